using Microsoft.AspNetCore.Mvc.TagHelpers;

namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// The summary of a refused form (<c>&lt;div asp-validation-summary&gt;</c>) is announced and takes the focus when the
/// page comes back (WCAG 3.3.1, 4.1.3): <c>role=alert</c>, focusable by script only, <c>autofocus</c>, with a title
/// saying what to do. A form without errors keeps the framework's hidden summary as it is.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ErrorSummaryTagHelper(IStringLocalizer texts) : TagHelper
{
    // After the framework's summary helper, whose class says whether there is anything to show.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.TagName is null || output.Text("class")?.Contains("validation-summary-errors") != true)
        {
            return;
        }

        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("autofocus", "autofocus");
        output.AddClass("errors", HtmlEncoder.Default);
        var title = new TagBuilder("p");
        title.AddCssClass("errors-title");
        title.InnerHtml.Append(texts["请修改以下内容后再提交："]);
        output.PreContent.AppendHtml(title);
    }
}
