using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Zhili.BuildingBlocks.Modules;

namespace Zhili.Gazette.Tests;

/// <summary>G-CITE: rule and feature titles show in Chinese on Chinese pages, in English after the switch; the API gives both.</summary>
public sealed class RuleTitlePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ImportedAsync(TestDatabase database)
    {
        var app = await fixture.App(database);
        using var body = new StringContent(SharedGazette.Text, Encoding.UTF8, "text/plain");
        (await app.Client(TestSignIn.Admin).PostAsync("/api/v1/gazette/imports", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return app.Client();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_rule_pages_show_Chinese_titles_and_English_after_the_switch(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var list = await client.GetStringAsync("/gazette/rules", Ct);
        list.ShouldContain("<td>延期与缓办申请</td>");
        list.ShouldContain("<td>责任追究：移交纪检监察</td>");
        list.ShouldNotContain("Application for extension or deferral");
        (await client.GetStringAsync("/gazette/rules/H-TALK", Ct)).ShouldContain("<small>两次以上通报批评的约谈</small>");

        (await client.GetAsync("/culture/en?returnUrl=/gazette/rules", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = await client.GetStringAsync("/gazette/rules", Ct);
        english.ShouldContain("<td>Application for extension or deferral</td>");
        english.ShouldContain("<td>Referral of misconduct to discipline inspection</td>");
        english.ShouldNotContain("延期与缓办申请");
        (await client.GetStringAsync("/gazette/rules/H-TALK", Ct)).ShouldContain("<small>Interview of a unit criticised twice or more in a year</small>");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_a_document_page_shows_its_rules_and_features_in_the_chosen_language(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var url = $"/gazette/{await IdOf(client, "郑政办文〔2018〕32号")}";
        var chinese = await client.GetStringAsync(url, Ct);
        chinese.ShouldContain("<a href=\"/gazette/rules/H-EXT\">H-EXT</a> 延期与缓办申请");
        // The hotline's feature title, registered by the hotline module in Chinese.
        chinese.ShouldContain("<a href=\"/hotline\">延期申请与审批</a>");

        await client.GetAsync("/culture/en", Ct);
        var english = await client.GetStringAsync(url, Ct);
        english.ShouldContain("<a href=\"/gazette/rules/H-EXT\">H-EXT</a> Application for extension or deferral");
        english.ShouldContain("<a href=\"/hotline\">Extension applications and their approval</a>");
        english.ShouldNotContain("延期与缓办申请");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_the_api_gives_each_rule_title_in_Chinese_and_in_English(TestDatabase database)
    {
        var client = await ImportedAsync(database);
        var rules = (await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/rules", Ct)).EnumerateArray().ToList();
        rules.Count.ShouldBe(Citations.RuleCatalog.All.Count);
        var ext = rules.Single(r => r.GetProperty("id").GetString() == "H-EXT");
        ext.GetProperty("title").GetString().ShouldBe("延期与缓办申请");
        ext.GetProperty("titleEn").GetString().ShouldBe("Application for extension or deferral");
        rules.ShouldAllBe(r => r.GetProperty("titleEn").GetString()!.All(char.IsAscii));

        var detail = await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/rules/B-CREDIT", Ct);
        detail.GetProperty("title").GetString().ShouldBe("守法诚信等级C级与联合惩戒");
        detail.GetProperty("titleEn").GetString().ShouldBe("Integrity grade C and joint punishment while listed");

        var doc = await client.GetFromJsonAsync<JsonElement>($"/api/v1/gazette/documents/{await IdOf(client, "郑政办〔2018〕68号")}", Ct);
        var flag = doc.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "R-FLAG-1");
        flag.GetProperty("title").GetString().ShouldBe("路段红黑旗月度评比");
        flag.GetProperty("titleEn").GetString().ShouldBe("Monthly red/black flag evaluation of segments");
    }

    /// <summary>A document page lists the features of every module: each feature title needs its English.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task G_CITE_every_feature_title_has_its_English(TestDatabase database)
    {
        var app = await fixture.App(database);
        var texts = app.Services.GetRequiredService<IStringLocalizer>();
        var features = app.Services.GetServices<RuleFeature>().ToList();
        features.ShouldContain(f => f.RulePrefix == "H-EXT");
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            foreach (var feature in features)
            {
                texts[feature.Title].ResourceNotFound.ShouldBeFalse($"{feature.RulePrefix}: {feature.Title}");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static async Task<int> IdOf(HttpClient client, string number) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/gazette/documents?pageSize=50", Ct)).GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("number").GetString() == number).GetProperty("id").GetInt32();
}
