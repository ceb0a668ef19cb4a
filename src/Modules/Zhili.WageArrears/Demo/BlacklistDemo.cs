using Zhili.BuildingBlocks.Modules;

namespace Zhili.WageArrears.Demo;

/// <summary>
/// Demo data: three fictional employers (valid K-USCC and K-ID codes), one listed last quarter and published in that
/// quarter's edition, one awaiting defence, one county case with an individual subcontractor.
/// </summary>
public sealed class BlacklistDemo(WageArrearsDbContext db, CaseService cases, EditionService editions) : IDemoSeeder
{
    public int Order => 30;

    private static string Code(string first17) => first17 + CreditCode.CheckCharacter(first17);

    private static string Id(string first17) => first17 + ResidentId.CheckCharacter(first17);

    private static CreateCaseRequest Case(string name, string code, string rep, string repId, DateOnly decided, params Ground[] grounds) => new(
        [new PartyInput(name, code, PartyKind.Employer, false, [new PersonInput(rep, PersonRole.LegalRepresentative, repId)])],
        $"郑人社监察决字〔{decided.Year}〕{decided.DayOfYear}号", decided, [.. grounds]);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Past the data scope: the demo is seeded once for every unit.
        if (await db.Cases.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var today = cases.Deadlines.Today;
        // Listed in the last quarter, well after the 5-working-day defence window (B-NOTICE), and published (B-PUB).
        var quarter = (today.Month + 2) / 3;
        var lastQuarterEnd = EditionService.QuarterStart(today.Year, quarter).AddDays(-1);
        var listed = await cases.CreateAsync(Case("郑州宏达建筑劳务有限公司", Code("91410100MA0000001"), "张建国", Id("41010519780512001"),
            lastQuarterEnd.AddDays(-60), Ground.CriminalAmount, Ground.Obstruction), "410100-RSJ", cancellationToken);
        await cases.ServeNoticeAsync(listed, lastQuarterEnd.AddDays(-55), cancellationToken);
        await cases.ListAsync(listed, lastQuarterEnd.AddDays(-30), cancellationToken);
        await editions.FreezeAsync(lastQuarterEnd.Year, (lastQuarterEnd.Month + 2) / 3, cancellationToken);

        var open = await cases.CreateAsync(Case("郑州鼎盛装饰工程有限公司", Code("91410100MA0000002"), "李卫东", Id("41010219800101002"),
            today.AddDays(-10), Ground.Absconding), "410100-RSJ", cancellationToken);
        await cases.ServeNoticeAsync(open, today.AddDays(-2), cancellationToken);

        // B-WHO: unlawful subcontracting to a person without 用工主体资格 (包工头) lists that person too, by identity number.
        var county = Case("金水区顺通物流有限公司", Code("91410105MA0000003"), "王秀兰", Id("41010519850303003"), today.AddDays(-5), Ground.Subcontracting);
        county.Parties!.Add(new PartyInput("赵铁柱", null, PartyKind.Subcontractor, false, [], Id("41010519900909004")));
        await cases.CreateAsync(county, "410105", cancellationToken);
    }
}
