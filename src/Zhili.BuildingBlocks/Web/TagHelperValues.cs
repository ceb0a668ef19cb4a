using Microsoft.AspNetCore.Html;

namespace Zhili.BuildingBlocks.Web;

/// <summary>An attribute's value as the page will write it: other helpers may have left it as HTML content, not text.</summary>
internal static class TagHelperValues
{
    public static string? Text(this TagHelperOutput output, string name)
    {
        switch (output.Attributes[name]?.Value)
        {
            case null:
                return null;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return writer.ToString();
                }
            case var value:
                return value.ToString();
        }
    }
}
