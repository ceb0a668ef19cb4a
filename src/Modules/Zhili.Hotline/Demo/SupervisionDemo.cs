namespace Zhili.Hotline.Demo;

/// <summary>Demo mode: the street-vendor appeal under 专项督办, with a phone follow-up and its 《专项督办通知》 (H-LVL, H-FORM-1, H-FORM-2).</summary>
public sealed class SupervisionDemo(HotlineDbContext db, SupervisionTerms terms, NoticeNumbers numbers, TimeProvider clock) : IDemoSeeder
{
    private const string Actor = "demo";

    public int Order => 21; // after the demo appeals

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.SupervisionCases.AnyAsync(cancellationToken)
            || await db.AppealsWithHistory.FirstOrDefaultAsync(a => a.TrackingNumber == "HLDEMO0000000001", cancellationToken) is not { } appeal
            || appeal.State != AppealState.Assigned || appeal.OpenSupervision is not null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var c = SupervisionCase.Open([appeal], SupervisionLevel.Special, "高峰时段占道经营，群众多次反映，需城管、交警配合", now.AddHours(-3), Actor);
        c.RecordPhoneCall(new PhoneCall(appeal.UnitCode, now.AddHours(-2), "市长电话室 王芳", "金水区城管局 赵科长", "当日组织清理，次日反馈"), now, Actor);
        var draft = new NoticeDraft(appeal.UnitCode, 3, "联合交警清理摊点，设置隔离护栏，建立长效机制", "李明");
        c.IssueNotice(draft, await numbers.NextAsync(now, cancellationToken), NoticeSummary.Of([appeal]), [appeal.UnitCode], terms, now, Actor);
        db.SupervisionCases.Add(c);
        await db.SaveChangesAsync(cancellationToken);
    }
}
