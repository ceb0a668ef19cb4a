using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zhili.Gazette.Tests;

/// <summary>G-DOC: a document page reads as the document, and its source text (原文) stays reachable unmodified.</summary>
public sealed partial class DocumentPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, int Id)> ImportedAsync(TestDatabase database)
    {
        var app = await fixture.App(database);
        using var body = new StringContent(SharedGazette.Text, Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));
        (await app.Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = app.Client();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/documents?pageSize=50", Ct);
        var id = list.GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("number").GetString() == "郑政办〔2018〕66号").GetProperty("id").GetInt32();
        return (client, id);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_the_66_page_shows_item_3_as_one_paragraph_with_full_width_punctuation(TestDatabase database)
    {
        var (client, id) = await ImportedAsync(database);
        var html = await client.GetStringAsync($"/gazette/{id}", Ct);
        // One <p> from the item's marker to its end, across the five short lines of the PDF text (quotes may be encoded).
        html.ShouldMatch(@"<p class=""body"">（三）拖欠农民工工资后，符合《人力资源和社会保障部公安部最高人民法院最高人民检察院关于"
            + @"加强涉嫌拒不支付劳动报酬犯罪案件查处衔接工作的通知》（人社部发〔2014〕100号）文件关于[^<]*情形的；</p>");
        html.ShouldContain("各县（市、区）人民政府，市人民政府各部门，各有关单位：");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_an_article_is_a_body_paragraph_and_only_real_headings_are_headings(TestDatabase database)
    {
        var (client, id) = await ImportedAsync(database);
        var html = await client.GetStringAsync($"/gazette/{id}", Ct);
        // The ideographic space after the article's number, as printed (encoded by the page's HTML encoder).
        html.ShouldMatch(@"<p class=""body"">第一条(\u3000|&#x3000;)为规范拖欠农民工工资");
        Headings().Matches(html).Select(m => m.Groups["text"].Value).ShouldAllBe(h => !h.StartsWith('第') && !h.StartsWith('（'));
        Headings().Matches(html).Select(m => m.Groups["text"].Value).ShouldContain(h => h.StartsWith("郑州市拖欠农民工工资", StringComparison.Ordinal));

        var doc = await client.GetFromJsonAsync<JsonElement>($"/api/v1/gazette/documents/{id}", Ct);
        var sections = doc.GetProperty("sections").EnumerateArray().ToList();
        sections.Where(s => s.GetProperty("heading").ValueKind == JsonValueKind.String).ShouldHaveSingleItem()
            .GetProperty("level").GetInt32().ShouldBe(7);
        sections.SelectMany(s => s.GetProperty("paragraphs").EnumerateArray()).Count(p => ArticleStart().IsMatch(p.GetString()!))
            .ShouldBe(18);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_DOC_the_raw_text_route_returns_the_unmodified_source_lines(TestDatabase database)
    {
        var (client, id) = await ImportedAsync(database);
        var doc = await client.GetFromJsonAsync<JsonElement>($"/api/v1/gazette/documents/{id}", Ct);
        var (first, last) = (doc.GetProperty("firstLine").GetInt32(), doc.GetProperty("lastLine").GetInt32());
        var source = string.Join('\n', SharedGazette.Text.Split('\n')[(first - 1)..last]);

        var raw = await client.GetAsync($"/api/v1/gazette/documents/{id}/raw", Ct);
        raw.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var text = await raw.Content.ReadAsStringAsync(Ct);
        text.ShouldBe(source);
        text.ShouldContain("各县 (市、 区) 人民政府, 市人民政府各部门, 各有关单位:");

        (await client.GetStringAsync($"/gazette/{id}", Ct)).ShouldContain($"href=\"/gazette/{id}/raw\"");
        (await client.GetStringAsync($"/gazette/{id}/raw", Ct)).ShouldContain("郑政办 〔2018〕 66 号");
        (await client.GetAsync("/api/v1/gazette/documents/99999/raw", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/gazette/99999/raw", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex(@"<h[1-6][^>]*>(?<text>[^<]*)</h[1-6]>")]
    private static partial Regex Headings();

    [GeneratedRegex(@"^第[一二三四五六七八九十]{1,3}条\u3000")]
    private static partial Regex ArticleStart();
}
