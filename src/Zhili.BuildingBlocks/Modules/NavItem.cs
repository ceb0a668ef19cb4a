namespace Zhili.BuildingBlocks.Modules;

/// <summary>An entry of the top navigation; modules register theirs in DI. Title in Chinese (the text key).</summary>
public sealed record NavItem(string Title, string Path, int Order);
