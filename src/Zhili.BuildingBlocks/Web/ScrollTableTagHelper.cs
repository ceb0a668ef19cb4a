namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// Every data table (<c>&lt;table class="data"&gt;</c>) scrolls sideways inside its own box, so that a phone-wide page
/// never does (WCAG 1.4.10), and the box can be scrolled by keyboard (2.1.1): a region in the tab order, named by the
/// table's caption, else its <c>aria-label</c>, else as a table.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed class ScrollTableTagHelper(IStringLocalizer texts) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Text("class")?.Split(' ') ?? [];
        if (!classes.Contains("data"))
        {
            return;
        }

        var caption = new CaptionId();
        context.Items[typeof(CaptionId)] = caption;
        await output.GetChildContentAsync();

        var box = new TagBuilder("div");
        box.AddCssClass("scroll");
        box.Attributes["role"] = "region";
        box.Attributes["tabindex"] = "0";
        if (caption.Id is { } id)
        {
            box.Attributes["aria-labelledby"] = id;
        }
        else
        {
            box.Attributes["aria-label"] = output.Text("aria-label") ?? texts["表格"];
        }

        output.PreElement.AppendHtml(box.RenderStartTag());
        output.PostElement.AppendHtml(box.RenderEndTag());
    }

    /// <summary>Where a table's caption leaves its id for the table around it.</summary>
    internal sealed class CaptionId
    {
        public string? Id { get; set; }
    }
}

/// <summary>The caption of a data table names the table's scroll box (<see cref="ScrollTableTagHelper"/>).</summary>
[HtmlTargetElement("caption")]
public sealed class TableCaptionTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(ScrollTableTagHelper.CaptionId), out var found) || found is not ScrollTableTagHelper.CaptionId caption)
        {
            return;
        }

        if (output.Text("id") is not { Length: > 0 } id)
        {
            var items = ViewContext.HttpContext.Items;
            var n = (items["caption-count"] as int? ?? 0) + 1;
            items["caption-count"] = n;
            id = "caption-" + n;
            output.Attributes.SetAttribute("id", id);
        }

        caption.Id = id;
    }
}
