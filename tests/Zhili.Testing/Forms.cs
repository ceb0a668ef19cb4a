using System.Text.RegularExpressions;
using Xunit;

namespace Zhili.Testing;

/// <summary>Posting a page's form as a browser does: with the antiforgery token from the form.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? postTo = null)
    {
        var values = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", await client.TokenAsync(url)) };
        return await client.PostAsync(postTo ?? url, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    /// <summary>The antiforgery token of the form on the page at <paramref name="url"/>, for this client.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string url)
    {
        var form = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        var token = Token().Match(form);
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException($"no antiforgery token on {url}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
