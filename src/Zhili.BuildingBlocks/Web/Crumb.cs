namespace Zhili.BuildingBlocks.Web;

/// <summary>One step of the breadcrumb trail; pages set ViewData["Crumbs"], the layout prepends 首页.</summary>
public sealed record Crumb(string Title, string? Path = null);
