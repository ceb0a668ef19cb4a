namespace Zhili.BuildingBlocks.Modules;

/// <summary>
/// A module's door for citizens on the home page: its name, one line of what a citizen can do there, and its public
/// pages. Modules register theirs in DI, so the home page names only systems that exist. Texts in Chinese (the keys).
/// </summary>
public sealed record PublicService(string Title, string Summary, int Order, params PublicLink[] Links);

/// <summary>One public page of a <see cref="PublicService"/>.</summary>
public sealed record PublicLink(string Title, string Path);
