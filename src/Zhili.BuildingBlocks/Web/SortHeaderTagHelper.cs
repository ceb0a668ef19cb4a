using Microsoft.AspNetCore.WebUtilities;

namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// <c>&lt;th sort-key="name" current-sort="@Model.Page.Sort"&gt;名称&lt;/th&gt;</c>: a column header that sorts the table by
/// a link (no script), toggles the direction, keeps the other query values, and tells screen readers (aria-sort).
/// </summary>
[HtmlTargetElement("th", Attributes = "sort-key")]
public sealed class SortHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("sort-key")]
    public string SortKey { get; set; } = "";

    [HtmlAttributeName("current-sort")]
    public string? CurrentSort { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var ascending = CurrentSort == SortKey;
        var descending = CurrentSort == "-" + SortKey;
        var query = ViewContext.HttpContext.Request.Query
            .Where(q => q.Key is not ("sort" or "page"))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["sort"] = ascending ? "-" + SortKey : SortKey;
        var href = QueryHelpers.AddQueryString(ViewContext.HttpContext.Request.Path, query);

        output.Attributes.SetAttribute("aria-sort", ascending ? "ascending" : descending ? "descending" : "none");
        var label = (await output.GetChildContentAsync()).GetContent();
        var arrow = ascending ? " ▲" : descending ? " ▼" : "";
        var link = new TagBuilder("a");
        link.Attributes["href"] = href;
        link.InnerHtml.AppendHtml(label);
        link.InnerHtml.Append(arrow);
        output.Content.SetHtmlContent(link);
    }
}
