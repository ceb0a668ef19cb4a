using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Freshness;
using Zhili.WageArrears.Data;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Tests;

/// <summary>B-CREDIT: the partner lookup answers from the live decisions, one code or a batch of up to 1,000.</summary>
public sealed class LookupTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpClient Staff, int Id)> ListedAsync(ZhiliFactory app, int serial, string staffUser = Sample.CityStaff)
    {
        var staff = app.Client(staffUser);
        var c = await staff.Create(Sample.Case(new DateOnly(2025, 3, 3), serial));
        // Notice received Wed 2025-03-05: defence due 2025-03-12 (03-06 #1, 07 #2, 10 #3, 11 #4, 12 #5); listed after it.
        await staff.ListAsync(c.Id(), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20));
        return (staff, c.Id());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_a_listed_employer_is_under_joint_punishment_with_grade_C_since_until_grounds_and_authority(TestDatabase database)
    {
        var app = await fixture.App(database);
        await ListedAsync(app, 401);
        var partner = await app.PartnerAsync();

        var answer = await partner.Get($"{Partners.Lookup}/{Sample.Code(401)}");

        answer.GetProperty("listed").GetBoolean().ShouldBeTrue();
        answer.Str("since").ShouldBe("2025-03-20");
        answer.Str("until").ShouldBe("2026-03-20");
        answer.Str("integrityGrade").ShouldBe("C");
        answer.Str("decidingAuthority").ShouldBe("郑州市人力资源和社会保障局");
        answer.GetProperty("grounds").GetArrayLength().ShouldBe(2);
        answer.GetProperty("restrictedAreas").EnumerateArray().Select(a => a.GetString())
            .ShouldBe(["政府资金支持", "政府采购", "招投标", "生产许可", "资质审核", "融资贷款", "市场准入", "税收优惠", "评优评先"]);
        // Lower case and spaces are normalised before the lookup.
        (await partner.Get($"{Partners.Lookup}/{Sample.Code(401).ToLowerInvariant()}")).GetProperty("listed").GetBoolean().ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_an_unknown_valid_code_and_a_case_not_yet_decided_are_not_listed(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.Client(Sample.CityStaff).Create(Sample.Case(new DateOnly(2025, 3, 3), 402));
        var partner = await app.PartnerAsync();

        foreach (var code in new[] { Sample.Code(9402), Sample.Code(402) })
        {
            var answer = await partner.Get($"{Partners.Lookup}/{code}");
            answer.GetProperty("listed").GetBoolean().ShouldBeFalse();
            answer.GetProperty("integrityGrade").ValueKind.ShouldBe(JsonValueKind.Null);
            answer.GetProperty("restrictedAreas").GetArrayLength().ShouldBe(0);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_a_bad_code_is_a_400_naming_the_code_and_its_fault(TestDatabase database)
    {
        var app = await fixture.App(database);
        var partner = await app.PartnerAsync();
        var good = Sample.Code(403);
        var wrong = good[..17] + (good[17] == 'A' ? 'B' : 'A');

        var one = await partner.GetAsync($"{Partners.Lookup}/{wrong}", Ct).Refused("K-USCC");
        one.Str("detail").ShouldContain(wrong);
        one.Str("detail").ShouldContain($"第 18 位应为“{good[17]}”");

        var batch = await partner.Send(Partners.Lookup, new { codes = new[] { good, "91410100ABC", good } }).Refused("K-USCC");
        var violation = batch.GetProperty("violations")[0];
        violation.Str("field").ShouldBe("codes[1]");
        violation.Str("reason").ShouldContain("91410100ABC");
        violation.Str("reason").ShouldContain("长度为 11 位");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_a_batch_answers_every_code_in_order_and_refuses_more_than_1000(TestDatabase database)
    {
        var app = await fixture.App(database);
        await ListedAsync(app, 404);
        var partner = await app.PartnerAsync();

        var answers = (await partner.Post(Partners.Lookup, new { codes = new[] { Sample.Code(9404), Sample.Code(404), Sample.Code(404) } }))
            .GetProperty("results").EnumerateArray().ToList();
        answers.Select(a => a.GetProperty("listed").GetBoolean()).ShouldBe([false, true, true]);
        answers[1].Str("creditCode").ShouldBe(Sample.Code(404));

        var thousand = Enumerable.Range(0, 1000).Select(i => Sample.Code(10_000 + i)).ToList();
        (await partner.Post(Partners.Lookup, new { codes = thousand })).GetProperty("results").GetArrayLength().ShouldBe(1000);
        await partner.Send(Partners.Lookup, new { codes = thousand.Append(Sample.Code(404)) }).Refused("B-CREDIT");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_only_partner_keys_with_the_lookup_scope_reach_it(TestDatabase database)
    {
        var app = await fixture.App(database);
        var url = $"{Partners.Lookup}/{Sample.Code(405)}";
        (await app.Client().GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Client(Sample.CityStaff).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.PartnerAsync("open311")).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_FIX_a_revoked_decision_removes_the_entry_from_the_lookup_at_once_and_says_why(TestDatabase database)
    {
        var app = await fixture.App(database);
        var (staff, id) = await ListedAsync(app, 406);
        var partner = await app.PartnerAsync();

        var changed = await staff.Post($"{Api.Cases}/{id}/fix",
            new { revoked = false, on = new DateOnly(2025, 4, 1), reason = "复议决定变更处理决定", newDecisionNumber = "郑人社监察决字〔2025〕406-1号", newGrounds = new[] { "Absconding" } });
        changed.Str("fixReason").ShouldBe("复议决定变更处理决定");
        var answer = await partner.Get($"{Partners.Lookup}/{Sample.Code(406)}");
        answer.GetProperty("grounds").EnumerateArray().Single().GetString()!.ShouldContain("逃匿");

        var revoked = await staff.Post($"{Api.Cases}/{id}/fix", new { revoked = true, on = new DateOnly(2025, 4, 8), reason = "行政诉讼判决撤销处理决定" });
        revoked.Str("removedOn").ShouldBe("2025-04-08");
        revoked.Str("removalReason").ShouldContain("行政诉讼判决撤销处理决定");
        (await partner.Get($"{Partners.Lookup}/{Sample.Code(406)}")).GetProperty("listed").GetBoolean().ShouldBeFalse();
        await staff.Send($"{Api.Cases}/{id}/fix", new { revoked = true, on = new DateOnly(2025, 4, 9), reason = "再次撤销" }).Refused("B-FIX");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_a_decision_taken_on_another_app_node_shows_in_this_ones_lookup_within_the_freshness_bound(TestDatabase database)
    {
        var app = await fixture.App(database);
        // A second node on the same database, as behind a load balancer.
        await using var node2 = new ZhiliFactory(app.Database);
        node2.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        var staff = node2.Client(Sample.CityStaff);
        var partner = await app.PartnerAsync();
        var url = $"{Partners.Lookup}/{Sample.Code(407)}";
        var c = await staff.Create(Sample.Case(new DateOnly(2025, 3, 3), 407));
        await staff.Post($"{Api.Cases}/{c.Id()}/notice", new { receivedOn = new DateOnly(2025, 3, 5) });
        (await partner.Get(url)).GetProperty("listed").GetBoolean().ShouldBeFalse(); // this node now holds its snapshot

        // Another node's decision arrives within the freshness bound (pushed on PostgreSQL, polled on SQLite).
        await staff.Post($"{Api.Cases}/{c.Id()}/listing", new { decidedOn = new DateOnly(2025, 3, 20) });
        (await Eventually.Until(() => partner.Get(url), a => a.GetProperty("listed").GetBoolean())).Str("since").ShouldBe("2025-03-20");

        await staff.Post($"{Api.Cases}/{c.Id()}/fix", new { revoked = true, on = new DateOnly(2025, 4, 1), reason = "处理决定被撤销" });
        (await Eventually.Until(() => partner.Get(url), a => !a.GetProperty("listed").GetBoolean())).GetProperty("listed").GetBoolean().ShouldBeFalse();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_each_saved_decision_moves_the_lookup_version_once_and_the_trail_shows_the_case_not_the_stamp(TestDatabase database)
    {
        var app = await fixture.App(database);
        await using var scope = app.Services.CreateAsyncScope();
        var set = WageArrearsDbContext.Lookup.Name;
        var db = scope.ServiceProvider.GetRequiredService<WageArrearsDbContext>();
        var before = await db.Set<FreshStamp>().Where(s => s.DataSet == set).Select(s => s.Version).SingleAsync(Ct);

        var staff = app.Client(Sample.CityStaff);
        await staff.Create(Sample.Case(new DateOnly(2025, 3, 3), 408));
        await staff.Create(Sample.Case(new DateOnly(2025, 3, 3), 409));

        // Two saves, two moves (an atomic version + 1 each), and this node knows the newest at once.
        var after = await db.Set<FreshStamp>().Where(s => s.DataSet == set).Select(s => s.Version).SingleAsync(Ct);
        after.ShouldBe(before + 2);
        app.Services.GetRequiredService<FreshVersions>().Known(set).ShouldBe(after);
        // The stamp counts audited saves; it is not a record of anyone's work (ARCHITECTURE rule 11).
        var audit = scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking();
        (await audit.CountAsync(r => r.Entity == nameof(FreshStamp), Ct)).ShouldBe(0);
        (await audit.CountAsync(r => r.Module == "wagearrears" && r.Entity == nameof(BlacklistCase), Ct)).ShouldBeGreaterThanOrEqualTo(2);
    }
}
