using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Domain;

namespace Zhili.Security.Tests;

/// <summary>
/// The records of district A (二七区 410103 and its street 410103901), made through the API as their own users would make
/// them: an appeal with an extension, a supervision case with a notice, a criticism, an interview proposal, a referral,
/// a blacklist case with an objection, a road segment with its chief and a problem, an account and an inbox notice. Every text they hold carries <see cref="Marker"/>,
/// so that a leak to district B shows in any answer.
/// </summary>
public sealed class DistrictRecords
{
    public const string DistrictA = "410103";
    public const string StreetA = "410103901";

    /// <summary>Another street of district A: it sees nothing of the appeal A passed down to <see cref="StreetA"/>.</summary>
    public const string OtherStreetA = "410103902";
    public const string DistrictB = "410105";
    public const string StreetB = "410105901";
    public const string Marker = "甲区专用标记";

    public const string Office = "a.office;city-office;410100-SZDHS";
    public const string CityAdmin = "a.admin;admin;410100";
    public const string CountyA = "a.county;district;410103";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Route values of A's records by the path segment before the parameter and its name (<c>appeals/id</c>).</summary>
    public Dictionary<string, string> Values { get; } = [];

    /// <summary>Texts that only A's records hold.</summary>
    public List<string> Secrets { get; } = [Marker];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ZhiliFactory, Task<DistrictRecords>> Seeded = new();

    /// <summary>District A's records in this app, made on first use.</summary>
    public static Task<DistrictRecords> SeedAsync(ZhiliFactory app)
    {
        lock (Seeded)
        {
            return Seeded.GetValue(app, MakeAsync);
        }
    }

    private static async Task<DistrictRecords> MakeAsync(ZhiliFactory app)
    {
        var a = new DistrictRecords();
        var admin = app.Client(CityAdmin);
        var office = app.Client(Office);
        var county = app.Client(CountyA);
        foreach (var (code, parent) in new[] { (StreetA, DistrictA), (OtherStreetA, DistrictA), (StreetB, DistrictB) })
        {
            await OkAsync(admin, "/api/v1/kernel/units", new { code, name = $"{code}测试街道", parentCode = parent, kind = "Street" });
        }

        var appeal = await OkAsync(office, "/api/v1/hotline/appeals", new
        {
            channel = "Phone", callerName = "甲区来电人", callerPhone = "13803710999", confidential = false, type = "Complaint", urgent = false,
            categoryCode = "110101", address = "二七区大学路", latitude = 34.72, longitude = 113.65, description = $"{Marker}：占道经营",
        });
        var id = appeal.GetProperty("id").GetInt64();
        a.Secrets.Add(appeal.GetProperty("trackingNumber").GetString()!);
        a.Values["appeals/id"] = $"{id}";
        a.Values["public/appeals/trackingNumber"] = a.Values["requests/id"] = a.Values["tokens/token"] = a.Secrets[^1];
        await OkAsync(office, $"/api/v1/hotline/appeals/{id}/assign", new { unitCode = DistrictA });
        var extended = await OkAsync(county, $"/api/v1/hotline/appeals/{id}/extensions", new { reason = $"{Marker}：需协调", workingDays = 3 });
        a.Values["extensions/extensionId"] = $"{extended.GetProperty("extensions")[0].GetProperty("id").GetInt64()}";
        // 二级转办: the appeal is with A's first street, so its stage is among A's records too.
        await OkAsync(county, $"/api/v1/hotline/appeals/{id}/street", new { streetCode = StreetA, deadlineOn = "2025-06-13", instructions = $"{Marker}：转街道" });
        await OkAsync(office, $"/api/v1/hotline/appeals/{id}/supervision", new { level = "Special", reason = $"{Marker}：督办" });
        var cases = await county.GetFromJsonAsync<JsonElement>($"/api/v1/hotline/supervisions?AppealId={id}", Ct);
        var caseId = cases.GetProperty("items")[0].GetProperty("id").GetInt64();
        a.Values["supervisions/id"] = $"{caseId}";
        var noticed = await OkAsync(office, $"/api/v1/hotline/supervisions/{caseId}/notices",
            new { unitCode = DistrictA, workingDays = 5, requirements = $"{Marker}：限期办理", responsiblePerson = "甲区负责人" });
        a.Values["notices/noticeId"] = $"{noticed.GetProperty("notices")[0].GetProperty("id").GetInt64()}";

        var criticism = await OkAsync(office, "/api/v1/hotline/criticisms",
            new { unitCode = DistrictA, ground = "LateHandling", reason = $"{Marker}：超期", bulletinPeriod = "Month", bulletinDate = "2025-05-31" });
        a.Values["criticisms/id"] = $"{criticism.GetProperty("criticism").GetProperty("id").GetInt64()}";
        var proposal = await OkAsync(office, "/api/v1/hotline/interviews", new { unitCode = DistrictA, grounds = $"{Marker}：敷衍" });
        a.Values["interviews/id"] = $"{proposal.GetProperty("id").GetInt64()}";
        await OkAsync(office, "/api/v1/hotline/referrals",
            new { unitCode = DistrictA, appealId = id, misconduct = $"{Marker}：失职", referredTo = "市纪委监委", referredOn = "2025-06-09" });

        await a.BlacklistAsync(county);
        await a.RoadsAsync(county);
        await a.AccountAsync(app);
        var inbox = await county.GetFromJsonAsync<JsonElement>("/api/v1/identity/inbox", Ct);
        a.Values["inbox/id"] = $"{inbox.GetProperty("items")[0].GetProperty("id").GetInt64()}";
        a.Values["units/code"] = StreetA;
        return a;
    }

    private async Task BlacklistAsync(HttpClient county)
    {
        var opened = await OkAsync(county, "/api/v1/blacklist/cases", new
        {
            parties = new[] { new { name = "甲区某建筑公司", creditCode = "91410100MA45J8K3QY", kind = "Employer", registeredOutsideCity = false,
                persons = new[] { new { name = "甲区法人", role = "LegalRepresentative", idNumber = "410103198001011236" } } } },
            decisionNumber = $"二人社监罚〔2025〕{Marker}号", decisionDate = "2025-06-01", grounds = new[] { "CriminalAmount" },
        });
        var id = opened.GetProperty("id").GetInt32();
        Values["cases/id"] = $"{id}";
        Values["lookup/creditCode"] = "91410100MA45J8K3QY";
        // Notice received on 06-02 (Dragon Boat holiday): 03, 04, 05, 06, 09 are the five working days (B-NOTICE), listed 06-10.
        await OkAsync(county, $"/api/v1/blacklist/cases/{id}/notice", new { receivedOn = "2025-06-02" });
        await OkAsync(county, $"/api/v1/blacklist/cases/{id}/listing", new { decidedOn = "2025-06-10" });
        var objection = await OkAsync(county, $"/api/v1/blacklist/cases/{id}/objections",
            new { receivedOn = "2025-06-10", text = $"{Marker}：异议", evidence = "收据" });
        Values["objections/id"] = $"{objection.GetProperty("id").GetInt32()}";
    }

    /// <summary>A segment on A's street with its 二级路长 and a patrol (R-SCOPE, R-CHIEF, R-PATROL).</summary>
    private async Task RoadsAsync(HttpClient county)
    {
        await OkAsync(county, "/api/v1/roads/segments", new
        {
            code = "EQ-MX-01", name = $"{Marker}路段", roadName = "大学路", streetCode = StreetA, areaClass = "Key", lengthMetres = 900,
            startDescription = "陇海路口", endDescription = "航海路口",
        });
        var chief = await OkAsync(county, "/api/v1/roads/chiefs", new
        {
            level = "Second", place = "EQ-MX-01", holderName = "甲区路长", post = $"{Marker}街道副主任", officePhone = "0371-68960001", firstDay = "2025-06-01",
        });
        var problem = await OkAsync(county, "/api/v1/roads/problems", new { segmentCode = "EQ-MX-01", categoryCode = "order-vending", description = $"{Marker}：占道经营" });
        Values["problems/id"] = $"{problem.GetProperty("id").GetInt64()}";
        Values["segments/segmentCode"] = "EQ-MX-01";
        Values["chiefs/id"] = $"{chief.GetProperty("id").GetInt32()}";
        // R-PATROL: a patrol with its photo (the first bytes of a PNG), logged by the district on its own segment.
        var patrol = await OkAsync(county, "/api/v1/roads/patrols", new
        {
            segment = "EQ-MX-01", findings = $"{Marker}：巡查发现", photo = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A },
        });
        Values["patrols/id"] = $"{patrol.GetProperty("id").GetInt32()}";
    }

    private async Task AccountAsync(ZhiliFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>();
        var user = new ZhiliUser { UserName = "erqi.matrix", DisplayName = $"{Marker}用户", UnitCode = DistrictA, CreatedAt = ZhiliFactory.DefaultNow.UtcDateTime };
        (await users.CreateAsync(user, "Qh7#matrix-Zz9")).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(user, "district");
        Values["users/userName"] = user.UserName;
    }

    private static async Task<JsonElement> OkAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
