namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// <c>&lt;deadline at="@appeal.DeadlineAt" /&gt;</c>: a deadline written the one way (<see cref="DeadlineText"/>), inside
/// <c>&lt;time datetime&gt;</c> with the instant itself; "—" when there is none. With <c>by</c>, "…24:00前".
/// </summary>
[HtmlTargetElement("deadline", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DeadlineTagHelper : TagHelper
{
    public DateTime? At { get; set; }

    public bool By { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (At is not { } at)
        {
            output.TagName = null;
            output.Content.SetContent("—");
            return;
        }

        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", DeadlineText.Iso(at));
        output.Content.SetContent(By ? DeadlineText.By(at) : DeadlineText.Of(at));
    }
}
