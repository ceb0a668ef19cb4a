using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Zhili.Gazette.Tests;

/// <summary>The July 2018 gazette imported once per database through the API, then read, searched and exported.</summary>
public sealed class GazetteApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ImportedAsync(TestDatabase database)
    {
        var app = await fixture.App(database);
        var admin = app.Client(TestSignIn.Admin);
        var response = await admin.PostAsync("/api/v1/gazette/imports?fileName=" + SharedGazette.FileName, Body(), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return app.Client();
    }

    private static StringContent Body() => new(SharedGazette.Text, Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));

    private static async Task<JsonElement> GetAsync(HttpClient client, string url) => await client.GetFromJsonAsync<JsonElement>(url, Ct);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_import_lists_the_13_documents_and_a_second_import_adds_nothing(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var list = await GetAsync(client, "/api/v1/gazette/documents?pageSize=50&sort=number");
        list.GetProperty("total").GetInt32().ShouldBe(13);
        list.GetProperty("items").EnumerateArray()
            .Select(d => $"{d.GetProperty("number").GetString()} {d.GetProperty("date").GetString()} {d.GetProperty("title").GetString()}")
            .ShouldBe(Expected.Documents, ignoreOrder: true);

        var again = await (await fixture.App(database)).Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", Body(), Ct);
        var result = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        result.GetProperty("added").GetArrayLength().ShouldBe(0);
        (await GetAsync(client, "/api/v1/gazette/documents")).GetProperty("total").GetInt32().ShouldBe(13);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_import_is_for_administrators_only(TestDatabase database)
    {
        var app = await fixture.App(database);
        (await app.Client().PostAsync("/api/v1/gazette/imports", Body(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Client("clerk;clerk;410102").PostAsync("/api/v1/gazette/imports", Body(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_a_document_has_sections_attachments_and_its_rules(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var id = await IdOf(client, "郑政办〔2018〕68号");
        var doc = await GetAsync(client, $"/api/v1/gazette/documents/{id}");
        doc.GetProperty("issuers").EnumerateArray().Select(i => i.GetString()).ShouldBe(["郑州市人民政府办公厅"]);
        doc.GetProperty("recipients").GetString().ShouldBe("各县（市、区）人民政府，市人民政府各部门，各有关单位");
        var headings = doc.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("level").ValueKind == JsonValueKind.Number)
            .Select(s => s.GetProperty("marker").GetString() + s.GetProperty("heading").GetString()).ToList();
        headings.ShouldContain(h => h.StartsWith("一、", StringComparison.Ordinal));
        doc.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("R-FLAG-1");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_a_document_page_lists_the_features_that_come_from_its_rules(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        // 68号 (road chief) fixes the urban scope of K-UNITS (L3189): the directory is a feature that comes from it.
        var roadChief = Features(await client.GetStringAsync($"/gazette/{await IdOf(client, "郑政办〔2018〕68号")}", Ct));
        roadChief.ShouldContain("<a href=\"/units\">单位目录</a>");
        // 67号 (coal-mine closures) is a G-LIST registry.
        var mines = Features(await client.GetStringAsync($"/gazette/{await IdOf(client, "郑政办〔2018〕67号")}", Ct));
        mines.ShouldContain("<a href=\"/gazette/registries\">表彰名单与煤矿关闭名单</a>");
        mines.ShouldNotContain("<a href=\"/units\">");
    }

    // The page's list of features, not the navigation (which links /units on every page).
    private static string Features(string html) => html[html.IndexOf("由此而来的功能", StringComparison.Ordinal)..];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_a_rule_shows_its_clause_text(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var rule = await GetAsync(client, "/api/v1/gazette/rules/H-EXT");
        var clause = rule.GetProperty("clauses").EnumerateArray().Single();
        clause.GetProperty("number").GetString().ShouldBe("郑政办文〔2018〕32号");
        string.Concat(clause.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString())).ShouldContain("延期");
        (await client.GetAsync("/api/v1/gazette/rules/X-NONE", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_finds_the_road_chief_and_the_blacklist_documents_first(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var roads = (await GetAsync(client, "/api/v1/gazette/search?q=" + Uri.EscapeDataString("路长"))).EnumerateArray().ToList();
        roads[0].GetProperty("number").GetString().ShouldBe("郑政办〔2018〕68号");
        roads[0].GetProperty("snippet").GetString()!.ShouldContain("<mark>路长</mark>");

        var blacklist = (await GetAsync(client, "/api/v1/gazette/search?q=" + Uri.EscapeDataString("黑名单"))).EnumerateArray().ToList();
        blacklist[0].GetProperty("number").GetString().ShouldBe("郑政办〔2018〕66号");
        (await client.GetAsync("/api/v1/gazette/search?q=", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<int> IdOf(HttpClient client, string number) =>
        (await GetAsync(client, "/api/v1/gazette/documents?pageSize=50")).GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("number").GetString() == number).GetProperty("id").GetInt32();
}
