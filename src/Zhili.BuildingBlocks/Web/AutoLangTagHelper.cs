namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// <c>&lt;span auto-lang&gt;@name&lt;/span&gt;</c>: text whose language is not the page's — a Chinese name from the
/// database on an English page, an English word on a Chinese one — says its language (WCAG 3.1.2), so that a screen
/// reader speaks it in the right voice. Text in the page's own language, or in none (numbers, codes), is left alone.
/// </summary>
[HtmlTargetElement(Attributes = "auto-lang")]
public sealed partial class AutoLangTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("auto-lang");
        var text = System.Net.WebUtility.HtmlDecode((await output.GetChildContentAsync()).GetContent());
        if (LangOf(text, CultureInfo.CurrentUICulture) is { } lang)
        {
            output.Attributes.SetAttribute("lang", lang);
        }
    }

    /// <summary>The language to mark the text with, or null when it reads as the page does.</summary>
    public static string? LangOf(string text, CultureInfo page)
    {
        var chinesePage = page.TwoLetterISOLanguageName == "zh";
        if (!chinesePage && Han().IsMatch(text))
        {
            return "zh-CN";
        }

        return chinesePage && !Han().IsMatch(text) && Latin().IsMatch(text) ? "en" : null;
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Latin();
}
