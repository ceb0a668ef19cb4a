using System.Text.RegularExpressions;
using Xunit;

namespace Zhili.Testing;

/// <summary>Posting a page's form as a browser does: with the antiforgery token from the form.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? postTo = null)
    {
        var form = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        var token = Token().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException($"no antiforgery token on {url}");
        }
        var values = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token.Groups[1].Value) };
        return await client.PostAsync(postTo ?? url, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
