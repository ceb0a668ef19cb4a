namespace Zhili.Hotline.Features.Streets;

/// <summary>
/// H-FLOW 二级转办, shared by the API and the appeal page: the district passes down and reviews, the street replies or
/// returns. Each move is one save; a race on one appeal leaves one winner (the appeal's version, rule 16).
/// </summary>
public sealed class StreetService(HotlineDbContext db, TimeProvider clock, ICurrentActor actor, IAdminUnits units, IInbox inbox)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The streets and townships directly under the appeal's lead unit: the only ones it may pass down to.</summary>
    public IReadOnlyList<AdminUnit> StreetsOf(Appeal a) =>
        units.Under(a.UnitCode).Where(u => u.ParentCode == a.UnitCode && u.Kind.IsStreetLevel()).ToList();

    public async Task<Appeal> PassDownAsync(Appeal a, string streetCode, DateOnly deadlineOn, string? instructions, CancellationToken ct)
    {
        LeadUnit.Ensure(db.Scope, a);
        var street = units.Find(streetCode.Trim());
        if (street is null || !street.Kind.IsStreetLevel() || street.ParentCode != a.UnitCode)
        {
            throw new RuleViolationException("streetCode", $"{streetCode} 不是承办单位 {Name(a.UnitCode)} 下属的街道或乡镇", "K-UNITS");
        }

        var stage = a.PassDown(street.Code, deadlineOn, string.IsNullOrWhiteSpace(instructions) ? null : instructions.Trim(), Now, actor.Name);
        await db.SaveChangesAsync(ct);
        await inbox.PostAsync(new InboxMessage(street.Code, null, "deadline", $"区级转办诉求 {a.TrackingNumber}（{Texts.Type(a.Type)}）",
            $"街道办理期限 {Kernel.Civil.ToShanghai(stage.DeadlineAt):yyyy-MM-dd HH:mm}", $"/hotline/appeals/{a.Id}", "H-FLOW"), ct);
        return a;
    }

    public Task<Appeal> ReplyAsync(Appeal a, string text, CancellationToken ct) =>
        AsStreet(a, () => a.StreetReply(text.Trim(), Now, actor.Name), "已答复，请审核", text, ct);

    public Task<Appeal> ReturnAsync(Appeal a, string reason, CancellationToken ct) =>
        AsStreet(a, () => a.StreetReturn(reason.Trim(), Now, actor.Name), "已回退", $"回退理由：{reason.Trim()}", ct);

    public async Task<Appeal> ReviewAsync(Appeal a, bool accept, string text, CancellationToken ct)
    {
        LeadUnit.Ensure(db.Scope, a);
        a.ReviewStreetReply(accept, text.Trim(), Now, actor.Name);
        await db.SaveChangesAsync(ct);
        return a;
    }

    /// <summary>The street answers for its own stage; the district reviews, it does not reply in the street's name.</summary>
    public static bool IsStreetOf(DataScope scope, Appeal a) =>
        a.OpenStreetStage is { } stage && scope.Covers(stage.UnitCode) && !scope.Covers(a.UnitCode);

    private async Task<Appeal> AsStreet(Appeal a, Action move, string what, string body, CancellationToken ct)
    {
        if (a.OpenStreetStage is { } stage && !IsStreetOf(db.Scope, a))
        {
            throw new RuleViolationException("unitCode", $"街道答复、回退由承办街道 {Name(stage.UnitCode)} 办理；区级单位审核街道的答复", "H-FLOW");
        }

        var street = a.OpenStreetStage;
        move();
        await db.SaveChangesAsync(ct);
        if (street is not null)
        {
            await TellDistrictAsync(a, street, $"{Name(street.UnitCode)}{what}：诉求 {a.TrackingNumber}", body, ct);
        }

        return a;
    }

    /// <summary>
    /// The street's reply or return reaches its district's inbox, as the district's passing down reached the street's. The
    /// notice is the district's record, outside the street's scope: the street writes this one notice for its own district
    /// only, and reads nothing of that inbox.
    /// </summary>
    private async Task TellDistrictAsync(Appeal a, StreetAssignment stage, string title, string body, CancellationToken ct)
    {
        using (DataScope.Enter(DataScope.For([stage.DistrictCode])))
        {
            await inbox.PostAsync(new InboxMessage(stage.DistrictCode, null, "decision", title, body, $"/hotline/appeals/{a.Id}", "H-FLOW"), ct);
        }
    }

    private string Name(string code) => units.Find(code)?.Name ?? code;
}
