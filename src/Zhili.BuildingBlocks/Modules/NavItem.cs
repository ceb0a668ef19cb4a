namespace Zhili.BuildingBlocks.Modules;

/// <summary>
/// An entry of the top navigation; modules register theirs in DI. Title in Chinese (the text key). With
/// <paramref name="Roles"/>, only people in one of those roles see it (the page itself is guarded by its policy).
/// </summary>
public sealed record NavItem(string Title, string Path, int Order, string[]? Roles = null);
