using Microsoft.AspNetCore.Mvc.TagHelpers;

namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// A refused field tells what is wrong with it where it stands (WCAG 3.3.1, 1.3.1): after the built-in helpers wrote
/// the field, it gets <c>aria-invalid</c>, the class <c>invalid</c> (a border and a mark, not colour alone) and, right
/// after it, its reasons in an element its <c>aria-describedby</c> names. The page's own
/// <c>&lt;span asp-validation-for&gt;</c> for that field then stays quiet (<see cref="QuietValidationMessageTagHelper"/>).
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    // After the framework's input, select and textarea helpers, which write the field's id and name.
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0
            || output.Text("type") == "hidden")
        {
            return;
        }

        var id = output.Text("id") ?? TagBuilder.CreateSanitizedId(name, "_");
        var errorId = id + "-error";
        var described = output.Text("aria-describedby");
        output.Attributes.SetAttribute("aria-describedby", described is { Length: > 0 } ? described + " " + errorId : errorId);
        output.Attributes.SetAttribute("aria-invalid", "true");
        output.AddClass("invalid", HtmlEncoder.Default);

        var message = new TagBuilder("span");
        message.Attributes["id"] = errorId;
        message.AddCssClass("field-error");
        message.InnerHtml.AppendHtml("<span aria-hidden=\"true\">⚠ </span>");
        message.InnerHtml.Append(string.Join("；", entry.Errors.Select(e => e.ErrorMessage)));
        output.PostElement.AppendHtml(message);
        ViewContext.HttpContext.Items[QuietValidationMessageTagHelper.Key(name)] = true;
    }
}

/// <summary>
/// <c>&lt;span asp-validation-for&gt;</c> of a field whose reasons <see cref="FieldErrorTagHelper"/> already wrote beside it:
/// shown once, not twice.
/// </summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class QuietValidationMessageTagHelper : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public static string Key(string fullName) => "field-error:" + fullName;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.HttpContext.Items.ContainsKey(Key(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name))))
        {
            output.SuppressOutput();
        }
    }
}
