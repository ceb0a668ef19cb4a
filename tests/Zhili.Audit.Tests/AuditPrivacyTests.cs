using System.Text.Json;
using MiniExcelLibs;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>
/// ARCHITECTURE rule 11 and the hardening issue, part 1: the audit trail is scoped and masked like the records it
/// describes. A confidential caller (保密, H-FLOW) stays unreadable to the auditor and to a district administrator, a
/// caller's name and phone are masked (K-MASK), and a district administrator reads only its own units' records.
/// </summary>
public sealed class AuditPrivacyTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    private const string Office = "office.test;city-office;410100-SZDHS";
    private const string JinshuiAdmin = "jinshui-admin.test;admin;410105";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_an_auditor_and_a_district_administrator_cannot_read_a_confidential_callers_name_or_phone(TestDatabase database)
    {
        var app = await fixture.App(database);
        await ReceiveAsync(app, "王秀兰", "13903710123", confidential: true, "保密：楼上装修夜间施工扰民", "410105");
        await ReceiveAsync(app, "李建国", "13903710456", confidential: false, "公开：路口积水", "410105");

        foreach (var reader in new[] { app.AuditorClient(), app.Client(JinshuiAdmin) })
        {
            var seen = await EverythingAsync(reader);
            foreach (var secret in new[] { "王秀兰", "秀兰", "13903710123", "楼上装修", "李建国", "13903710456" })
            {
                seen.ShouldNotContain(secret, customMessage: secret);
            }
        }

        // The city-wide auditor reads the records of the appeals' receipt, with the caller masked, not dropped (K-MASK).
        var auditor = await EverythingAsync(app.AuditorClient());
        auditor.ShouldContain("李**");
        auditor.ShouldContain("139****0456");
        auditor.ShouldContain("（已隐去）", customMessage: "the confidential caller and text are withheld whole");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_district_administrator_reads_only_its_own_units_records(TestDatabase database)
    {
        var app = await fixture.App(database);
        await ReceiveAsync(app, "赵一", "13903710789", confidential: false, "金水区的诉求", "410105");
        await ReceiveAsync(app, "钱二", "13903710987", confidential: false, "中原区的诉求", "410102");
        var admin = app.Client(JinshuiAdmin);

        var api = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/records?pageSize=200", Ct);
        var units = api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("scopeUnit").GetString()).ToList();
        units.ShouldNotBeEmpty();
        units.ShouldAllBe(u => u != null && u.StartsWith("410105", StringComparison.Ordinal));
        var page = await admin.GetStringAsync("/audit?pageSize=200", Ct);
        page.ShouldContain("<code>410105</code>");
        page.ShouldNotContain("<code>410102</code>");
        page.ShouldContain("只显示您的数据范围内单位的记录");
        (await SheetAsync(admin)).Select(r => r["所述记录的单位"]?.ToString()).ShouldAllBe(u => u != null && u.StartsWith("410105", StringComparison.Ordinal));

        // The city-wide auditor reads both districts' records, and those of records that belong to no unit.
        var all = await app.AuditorClient().GetFromJsonAsync<JsonElement>("/api/v1/audit/records?pageSize=200&sort=id", Ct);
        var allUnits = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("scopeUnit").GetString()).ToList();
        allUnits.ShouldContain("410102");
        allUnits.ShouldContain("410105");
        allUnits.ShouldContain((string?)null);
    }

    /// <summary>An appeal the office receives and assigns to a unit.</summary>
    private static async Task ReceiveAsync(ZhiliFactory app, string name, string phone, bool confidential, string description, string unit)
    {
        var office = app.Client(Office);
        var received = await office.PostAsJsonAsync("/api/v1/hotline/appeals", new
        {
            channel = "Phone", callerName = name, callerPhone = phone, confidential, type = "Complaint", urgent = false, categoryCode = "110101",
            address = "金水区经八路与红旗路交叉口", latitude = 34.7745, longitude = 113.6838, description,
        }, Ct);
        received.StatusCode.ShouldBe(HttpStatusCode.Created, await received.Content.ReadAsStringAsync(Ct));
        var id = (await received.ReadJsonAsync()).GetProperty("id").GetInt64();
        var assigned = await office.PostAsJsonAsync($"/api/v1/hotline/appeals/{id}/assign", new { unitCode = unit, coUnitCodes = Array.Empty<string>() }, Ct);
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Everything a reader gets of the appeals' records: the API's JSON, the page's HTML and the export's cells.</summary>
    private static async Task<string> EverythingAsync(HttpClient reader)
    {
        var api = await reader.GetStringAsync("/api/v1/audit/records?entity=Appeal&pageSize=200", Ct);
        var page = await reader.GetStringAsync("/audit?entity=Appeal&pageSize=200", Ct);
        var sheet = string.Join("\n", (await SheetAsync(reader, "?entity=Appeal")).SelectMany(r => r.Values).Select(v => v?.ToString()));
        sheet.ShouldNotBeEmpty();
        return string.Join("\n", System.Text.RegularExpressions.Regex.Unescape(api), page, sheet);
    }

    private static async Task<List<IDictionary<string, object>>> SheetAsync(HttpClient reader, string query = "")
    {
        var export = await reader.GetAsync($"/audit/export{query}", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var xlsx = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        return MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "审计记录").Cast<IDictionary<string, object>>().ToList();
    }
}
