namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// G-CITE on staff pages: <c>&lt;rule id="H-EXT" /&gt;</c> is a small link to the rule's clauses in the gazette library
/// (<c>/gazette/rules/{id}</c>). Pages for the public name no rule ids; they say the reason in words.
/// </summary>
[HtmlTargetElement("rule", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RuleTagHelper : TagHelper
{
    public const string Library = "/gazette/rules/";

    public string? Id { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (string.IsNullOrWhiteSpace(Id))
        {
            return;
        }

        output.Content.SetHtmlContent($"<small class=\"rule\"><a href=\"{Library}{Uri.EscapeDataString(Id)}\">");
        output.Content.Append(Id);
        output.Content.AppendHtml("</a></small>");
    }
}
