using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Zhili.Gazette.Tests;

/// <summary>G-DOC: search finds a document by its number in any usual form, and a single character finds ranked text.</summary>
public sealed class SearchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ImportedAsync(TestDatabase database)
    {
        var app = await fixture.App(database);
        using var body = new StringContent(SharedGazette.Text, Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));
        (await app.Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return app.Client();
    }

    private static async Task<List<JsonElement>> SearchAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/search?q=" + Uri.EscapeDataString(q), Ct)).EnumerateArray().ToList();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_each_usual_form_of_a_number_finds_66_first(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        foreach (var form in new[] { "郑政办〔2018〕66号", "郑政办[2018]66号", "郑政办(2018)66号", "郑政办（2018）66号", "66号", "郑政办 〔2018〕 66 号" })
        {
            var hits = await SearchAsync(client, form);
            hits.ShouldNotBeEmpty(form);
            hits[0].GetProperty("number").GetString().ShouldBe("郑政办〔2018〕66号", form);
        }

        // Another series' 66 is not this document; a number no document has finds the documents that cite it.
        (await SearchAsync(client, "郑政文〔2018〕66号")).ShouldNotContain(h => h.GetProperty("number").GetString() == "郑政办〔2018〕66号");
        var cited = await SearchAsync(client, "郑政[2018]32号");
        cited.Select(h => h.GetProperty("number").GetString()).ShouldContain("郑政文〔2018〕135号");
        cited[0].GetProperty("snippet").GetString()!.ShouldContain("<mark>郑政〔2018〕32号</mark>");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_a_single_character_query_returns_results_ranked_title_first_then_by_occurrences(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var hits = await SearchAsync(client, "路");
        hits.Count.ShouldBeGreaterThanOrEqualTo(3);
        hits[0].GetProperty("number").GetString().ShouldBe("郑政办〔2018〕68号"); // the only title with 路 (路长制)

        var counts = new List<int>();
        foreach (var hit in hits.Skip(1))
        {
            hit.GetProperty("title").GetString()!.ShouldNotContain('路');
            hit.GetProperty("snippet").GetString()!.ShouldContain("<mark>路</mark>");
            counts.Add(await OccurrencesAsync(client, hit.GetProperty("id").GetInt32(), '路'));
        }

        counts.ShouldAllBe(c => c > 0);
        counts.ShouldBe(counts.OrderByDescending(c => c).ToList()); // the body-only hits, most occurrences first
    }

    /// <summary>How often the character occurs in the document's body (its headings and paragraphs), read from the API.</summary>
    private static async Task<int> OccurrencesAsync(HttpClient client, int id, char c)
    {
        var doc = await client.GetFromJsonAsync<JsonElement>($"/api/v1/gazette/documents/{id}", Ct);
        return doc.GetProperty("sections").EnumerateArray()
            .SelectMany(s => new[] { s.GetProperty("heading").GetString() ?? "" }.Concat(s.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!)))
            .Sum(text => text.Count(x => x == c));
    }
}
