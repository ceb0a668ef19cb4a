using System.Text.Json;
using MiniExcelLibs;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>Issue 3 item 5: an auditor searches by person, unit, entity and time, pages and sorts, and exports the result as .xlsx.</summary>
public sealed class AuditSearchTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    // Beijing 2025-06-10 23:30 and 2025-06-11 00:30: the same UTC date (15:30 and 16:30), two different civil dates.
    private static readonly DateTimeOffset LateOnTenth = new(2025, 6, 10, 15, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EarlyOnEleventh = new(2025, 6, 10, 16, 30, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_search_by_person_unit_entity_and_civil_dates_in_the_API_the_page_and_the_export(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.Clock.SetUtcNow(LateOnTenth);
        await AddStreetAsync(app, "searcher.a;admin;410105", "410105921", "甲街道");
        app.Clock.SetUtcNow(EarlyOnEleventh);
        await AddStreetAsync(app, "searcher.a;admin;410105", "410105922", "乙街道");
        await AddStreetAsync(app, "searcher.b;admin;410100", "410105923", "丙街道");
        var auditor = app.AuditorClient();

        (await IdsAsync(auditor, "actor=searcher")).ShouldBe(["410105923", "410105922", "410105921"], "newest first");
        (await IdsAsync(auditor, "actor=searcher.a&sort=at")).ShouldBe(["410105921", "410105922"]);
        (await IdsAsync(auditor, "actor=searcher&unit=410105")).ShouldBe(["410105922", "410105921"]);
        (await IdsAsync(auditor, "actor=searcher&entity=AdminUnit&entityId=410105922")).ShouldBe(["410105922"]);
        (await IdsAsync(auditor, "actor=searcher&from=2025-06-10&to=2025-06-10")).ShouldBe(["410105921"]);
        (await IdsAsync(auditor, "actor=searcher&from=2025-06-11")).ShouldBe(["410105923", "410105922"]);

        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/records?actor=searcher&sort=entityId&pageSize=2&page=2", Ct);
        page.GetProperty("total").GetInt32().ShouldBe(3);
        page.GetProperty("sort").GetString().ShouldBe("entityId");
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("entityId").GetString()).ShouldBe(["410105923"]);

        var html = await (await auditor.GetAsync("/audit?actor=searcher.a&from=2025-06-11", Ct)).Content.ReadAsStringAsync(Ct);
        html.ShouldContain("<code>410105922</code>");
        html.ShouldNotContain("<code>410105921</code>");
        html.ShouldContain("2025-06-11 00:30:00");
        html.ShouldContain("<details>");
        html.ShouldContain("乙街道");

        var export = await auditor.GetAsync("/audit/export?actor=searcher&sort=at", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await export.Content.ReadAsByteArrayAsync(Ct);
        OfficeSheets.Problems(bytes).ShouldBeEmpty(); // frozen headers, widths, valid
        OfficeSheets.Column(bytes, "审计记录", "记录编号").ShouldAllBe(c => c!.Number > 0 && c.Format == "0"); // numbers, not text
        await using var xlsx = new MemoryStream(bytes);
        MiniExcel.GetSheetNames(xlsx).ShouldBe(["审计记录", "说明"]);
        var rows = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "审计记录").Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => r["对象编号"]?.ToString()).ShouldBe(["410105921", "410105922", "410105923"]);
        rows.Select(r => r["操作人"]?.ToString()).ShouldBe(["searcher.a", "searcher.a", "searcher.b"]);
        rows[0]["时间（北京时间）"]?.ToString().ShouldBe("2025-06-10 23:30:00");
        rows[0]["变更后"].ShouldBeOfType<string>().ShouldContain("甲街道");
        var notes = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object>>()
            .ToDictionary(r => r["项目"].ToString()!, r => r["内容"]?.ToString());
        notes["符合条件的记录"].ShouldBe("3");
        notes["操作人"].ShouldBe("searcher");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_backwards_date_range_is_refused_with_a_reason(TestDatabase database)
    {
        var auditor = (await fixture.App(database)).AuditorClient();

        var api = await auditor.GetAsync("/api/v1/audit/records?from=2025-06-12&to=2025-06-10", Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.ReadJsonAsync()).GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();

        var html = await (await auditor.GetAsync("/audit?from=2025-13-01", Ct)).Content.ReadAsStringAsync(Ct);
        html.ShouldContain("日期应为 yyyy-MM-dd 格式");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_the_page_and_the_API_report_an_intact_chain_after_sealing(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.SealAllAsync();
        var auditor = app.AuditorClient();

        var verify = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        verify.GetProperty("intact").GetBoolean().ShouldBeTrue();
        verify.GetProperty("sealed").GetInt64().ShouldBeGreaterThan(0);
        verify.GetProperty("summary").GetString()!.ShouldStartWith("intact: ");
        verify.GetProperty("head").GetString()!.Length.ShouldBe(64);

        var verified = await auditor.VerifyOnPageAsync("/audit?actor=system&page=2");
        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await verified.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("data-chain=\"intact\"");
        html.ShouldContain("第 2/", customMessage: "the search and the page stay as they were");
        html.ShouldNotContain("handler=");
    }

    private static async Task AddStreetAsync(ZhiliFactory app, string user, string code, string name) =>
        (await app.Client(user).PostAsJsonAsync("/api/v1/kernel/units", new { code, name, parentCode = "410105", kind = "Street" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

    private static async Task<List<string?>> IdsAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit/records?{query}", Ct))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("entityId").GetString()).ToList();
}
