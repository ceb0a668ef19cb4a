using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Zhili.Gazette.Tests;

/// <summary>Published text is clean: a gazette file carrying characters no person types is published without them.</summary>
public sealed class CleanImportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_an_import_drops_control_characters_and_noncharacters(TestDatabase database)
    {
        var app = await fixture.App(database);
        var dirty = SharedGazette.Text.Replace("郑州", "郑\u0001州\uFFFE", StringComparison.Ordinal)
            .Replace("。", "。\u0008\u001B", StringComparison.Ordinal);
        using var body = new StringContent(dirty, Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));
        (await app.Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var client = app.Client();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/documents?pageSize=50", Ct);
        list.GetProperty("items").EnumerateArray()
            .Select(d => $"{d.GetProperty("number").GetString()} {d.GetProperty("date").GetString()} {d.GetProperty("title").GetString()}")
            .ShouldBe(Expected.Documents, ignoreOrder: true);
        foreach (var id in list.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()))
        {
            var document = await client.GetStringAsync($"/api/v1/gazette/documents/{id}", Ct);
            JsonSerializer.Deserialize<JsonElement>(document).ToString().ShouldNotContain('\u0001');
            foreach (var escaped in new[] { "\\u0001", "\\u0008", "\\u001B", "\\uFFFE" })
            {
                document.ShouldNotContain(escaped, Case.Insensitive);
            }
        }
    }
}
