using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Zhili.Kernel.Units;

/// <summary>
/// <c>&lt;unit-picker name="unitCode" label="承办单位" units="@choices" /&gt;</c>: units picked by name (K-UNITS), grouped by
/// kind, from the list the page allows. One unit is a <c>select</c>, several are checkboxes; both post codes and work
/// without script, which only adds a filter box that hides the names not matching what is typed.
/// </summary>
[HtmlTargetElement("unit-picker", TagStructure = TagStructure.WithoutEndTag)]
public sealed class UnitPickerTagHelper(IStringLocalizer t) : TagHelper
{
    private const string ScriptWritten = "unit-picker.script";

    /// <summary>The form field the codes post as.</summary>
    public string Name { get; set; } = "unitCode";

    /// <summary>The field's label, already in the reader's language.</summary>
    public string Label { get; set; } = "";

    public IEnumerable<AdminUnit> Units { get; set; } = [];

    public IEnumerable<string>? Selected { get; set; }

    public bool Multiple { get; set; }

    public bool Required { get; set; }

    /// <summary>The text of an empty first option (e.g. 全部) of a single choice; "请选择" when not set.</summary>
    public string? Empty { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var selected = new HashSet<string>(Selected ?? [], StringComparer.Ordinal);
        var groups = Units.GroupBy(u => u.Kind).ToList();
        output.TagName = Multiple ? "fieldset" : "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "unit-picker");
        output.Attributes.SetAttribute("data-unit-picker", "");
        if (Multiple)
        {
            output.Content.AppendHtml(Tag("legend", Label));
        }

        var filter = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        filter.MergeAttributes(new Dictionary<string, object?>
        {
            ["type"] = "search", ["class"] = "unit-filter", ["hidden"] = "hidden", ["placeholder"] = t["输入名称筛选"].Value,
            ["aria-label"] = t["按名称筛选：{0}", Label].Value,
        });
        output.Content.AppendHtml(filter);
        output.Content.AppendHtml(Multiple ? Boxes(groups, selected) : Select(groups, selected));
        if (ViewContext.HttpContext.Items.TryAdd(ScriptWritten, true))
        {
            output.PostElement.AppendHtml($"<script src=\"{ViewContext.HttpContext.Request.PathBase}/js/unit-picker.js\" defer></script>");
        }
    }

    private TagBuilder Select(List<IGrouping<UnitKind, AdminUnit>> groups, HashSet<string> selected)
    {
        var select = new TagBuilder("select");
        select.Attributes["name"] = Name;
        if (Required)
        {
            select.Attributes["required"] = "required";
        }

        select.InnerHtml.AppendHtml(Option("", Empty ?? t["请选择"].Value, selected.Count == 0));
        foreach (var g in groups)
        {
            var group = new TagBuilder("optgroup");
            group.Attributes["label"] = t[g.Key.ChineseName()].Value;
            foreach (var u in g)
            {
                group.InnerHtml.AppendHtml(Option(u.Code, u.Name, selected.Contains(u.Code)));
            }

            select.InnerHtml.AppendHtml(group);
        }

        var label = Tag("label", Label + " ");
        label.InnerHtml.AppendHtml(select);
        return label;
    }

    private TagBuilder Boxes(List<IGrouping<UnitKind, AdminUnit>> groups, HashSet<string> selected)
    {
        var box = new TagBuilder("div");
        box.AddCssClass("unit-choices");
        foreach (var u in groups.SelectMany(g => g))
        {
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.MergeAttributes(new Dictionary<string, object?> { ["type"] = "checkbox", ["name"] = Name, ["value"] = u.Code });
            if (selected.Contains(u.Code))
            {
                input.Attributes["checked"] = "checked";
            }

            var label = new TagBuilder("label");
            label.AddCssClass("unit-choice");
            label.InnerHtml.AppendHtml(input).Append(" " + u.Name);
            box.InnerHtml.AppendHtml(label);
        }

        return box;
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = Tag("option", text);
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        return option;
    }

    private static TagBuilder Tag(string name, string text)
    {
        var tag = new TagBuilder(name);
        tag.InnerHtml.Append(text);
        return tag;
    }
}
