using System.Security.Cryptography;
using Zhili.Hotline.Features.GroupCommit;

namespace Zhili.Hotline.Features.Appeals;

/// <summary>The appeal commands shared by the API and the pages: load in scope, apply the entity's move, save whole.</summary>
public sealed class AppealService(
    HotlineDbContext db, Sla sla, TimeProvider clock, ICurrentActor actor, IAdminUnits units, IInbox inbox, SupervisionService cases,
    IntakeWriter intake, LeafCategories leaves)
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public Sla Sla => sla;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>H-FLOW intake; the caller's category must be a leaf of the tree still in use (not retired).</summary>
    public async Task<Appeal> ReceiveAsync(Intake r, CancellationToken ct)
    {
        // Screened here from memory; the intake writer checks the code again in the transaction that saves the appeal.
        if (await leaves.FindAsync(r.CategoryCode, ct) is null)
        {
            throw LeafCategories.NotInUse(r.CategoryCode);
        }

        var appeal = new Appeal
        {
            TrackingNumber = NewTrackingNumber(), Channel = r.Channel, CallerName = r.CallerName.Trim(), CallerPhone = r.CallerPhone.Trim(),
            Confidential = r.Confidential, Type = r.Type, Urgent = r.Urgent, CategoryCode = r.CategoryCode, Address = r.Address.Trim(),
            Latitude = r.Latitude, Longitude = r.Longitude, Description = r.Description.Trim(), ReceivedAt = Now, ReceivedBy = actor.Name,
        };
        appeal.Received(actor.Name);
        // Group commit: answered once the batch holding the appeal is committed.
        await intake.WriteAsync(appeal, ct);
        return appeal;
    }

    /// <summary>The appeal in the caller's scope, with its history; null when missing or out of scope (→ 404).</summary>
    public Task<Appeal?> FindAsync(long id, CancellationToken ct) => db.AppealsWithHistory.SingleOrDefaultAsync(a => a.Id == id, ct);

    public Task<Appeal?> FindByTrackingNumberAsync(string number, CancellationToken ct) =>
        db.AppealsWithHistory.SingleOrDefaultAsync(a => a.TrackingNumber == number, ct);

    public Task<Appeal> AssignAsync(Appeal a, string unit, IReadOnlyList<string>? coUnits, CancellationToken ct) =>
        AssignAsync(a, deadlines => a.Assign(Unit(unit), CoUnits(coUnits), Now, actor.Name, deadlines), ct);

    public Task<Appeal> ReassignAsync(Appeal a, string unit, IReadOnlyList<string>? coUnits, CancellationToken ct) =>
        AssignAsync(a, deadlines => a.Reassign(Unit(unit), CoUnits(coUnits), Now, actor.Name, deadlines), ct);

    public Task<Appeal> ReturnAsync(Appeal a, string reason, CancellationToken ct) => Save(a, () => a.Return(reason, Now, actor.Name, sla), ct);

    /// <summary>A handling note by the lead unit or the office, or by a co-handling unit under its own code (H-FLOW).</summary>
    public async Task<Appeal> NoteAsync(Appeal a, string text, CancellationToken ct)
    {
        if (Streets.StreetService.IsStreetOf(db.Scope, a))
        {
            a.StreetNote(text, Now, actor.Name); // the street notes its own stage, as the district notes the appeal
            await db.SaveChangesAsync(ct);
            return a;
        }

        if (LeadUnit.CoUnitOf(db.Scope, a) is not { } coUnit)
        {
            return await Save(a, () => a.Note(text, Now, actor.Name), ct);
        }

        a.CoHandlingNote(text, coUnit, Now, actor.Name);
        await db.SaveChangesAsync(ct);
        return a;
    }

    public Task<Appeal> ReplyAsync(Appeal a, string text, CancellationToken ct) => Save(a, () => a.Answer(text, Now, actor.Name), ct);

    public Task<Appeal> CallbackAsync(Appeal a, Satisfaction s, CancellationToken ct) => Save(a, () => a.Callback(s, Now, actor.Name), ct);

    public async Task<Appeal> ReopenAsync(Appeal a, string reason, CancellationToken ct)
    {
        var deadlines = await db.SlaForAsync(sla, a, ct);
        return await Save(a, () =>
        {
            a.Reopen(reason, Now, actor.Name, deadlines);
            a.NoteCategorySla(deadlines, Now, actor.Name);
        }, ct);
    }

    /// <summary>办结; the appeal's open duplicates (H-FLOW followers) close with it as 重复诉求, in the same save.</summary>
    public async Task<Appeal> CloseAsync(Appeal a, ClosureReason reason, string? note, CancellationToken ct)
    {
        LeadUnit.Ensure(db.Scope, a);
        await cases.GuardClosureAsync(a, ct); // H-FORM-5: not while listed and not yet written off
        a.Close(reason, note, Now, actor.Name);
        await db.CloseFollowersAsync(a, Now, actor.Name, ct);
        await db.SaveChangesAsync(ct);
        return a;
    }

    public Task<Appeal> ApplyForExtensionAsync(Appeal a, string reason, int workingDays, CancellationToken ct) =>
        Streets.StreetService.IsStreetOf(db.Scope, a)
            // H-EXT [decision] (docs/street-level.md): the lead unit applies; a street needing time goes back to its district.
            ? throw new RuleViolationException("unitCode", "街道不直接申请延期：需要更多时间时请回退区级，由区级向市长电话室申请延期后重新转办", "H-EXT")
            : Save(a, () => a.ApplyForExtension(reason, workingDays, Now, actor.Name, sla), ct);

    public async Task<Appeal> ApproveExtensionAsync(Appeal a, long extensionId, int workingDays, string citizenNotice, CancellationToken ct)
    {
        await Save(a, () => a.ApproveExtension(extensionId, workingDays, citizenNotice, Now, actor.Name, sla), ct);
        await PostAsync(a, "decision", $"延期申请已批准：{a.TrackingNumber}", "H-EXT", ct);
        return a;
    }

    public async Task<Appeal> RefuseExtensionAsync(Appeal a, long extensionId, string reason, string citizenNotice, CancellationToken ct)
    {
        await Save(a, () => a.RefuseExtension(extensionId, reason, citizenNotice, Now, actor.Name), ct);
        await PostAsync(a, "decision", $"延期申请未获批准：{a.TrackingNumber}", "H-EXT", ct);
        return a;
    }

    /// <summary>H-LVL: a supervision case of this one appeal (more may join it later).</summary>
    public async Task<Appeal> SuperviseAsync(Appeal a, SupervisionLevel level, string reason, CancellationToken ct)
    {
        await cases.OpenAsync([a], level, reason, ct);
        return a;
    }

    /// <summary>H-LVL: the appeal's whole supervision case goes up, with every appeal it covers.</summary>
    public async Task<Appeal> EscalateAsync(Appeal a, SupervisionLevel level, string reason, CancellationToken ct)
    {
        await cases.EscalateAsync(a, level, reason, ct);
        return a;
    }

    private async Task<Appeal> Save(Appeal a, Action move, CancellationToken ct)
    {
        LeadUnit.Ensure(db.Scope, a); // H-FLOW: a co-handling unit reads and notes; it makes no other move
        move();
        await db.SaveChangesAsync(ct);
        return a;
    }

    /// <summary>交办 or 改派 with the category's deadlines (H-SLA); the new lead unit is told in its inbox.</summary>
    private async Task<Appeal> AssignAsync(Appeal a, Action<Sla> move, CancellationToken ct)
    {
        var deadlines = await db.SlaForAsync(sla, a, ct);
        move(deadlines);
        a.NoteCategorySla(deadlines, Now, actor.Name);
        await db.SaveChangesAsync(ct);
        await PostAsync(a, "deadline", $"新交办诉求 {a.TrackingNumber}（{Texts.Type(a.Type)}）", "H-SLA", ct);
        return a;
    }

    private Task PostAsync(Appeal a, string kind, string title, string rule, CancellationToken ct) => inbox.PostAsync(
        new InboxMessage(a.UnitCode, null, kind, title, a.DeadlineAt is { } d ? $"办理期限 {Kernel.Civil.ToShanghai(d):yyyy-MM-dd HH:mm}" : null,
            $"/hotline/appeals/{a.Id}", rule), ct);

    private string Unit(string code) => units.Find(code)?.Code
        ?? throw new RuleViolationException("unitCode", $"单位代码 {code} 不在单位目录中", "K-UNITS");

    private List<string> CoUnits(IReadOnlyList<string>? codes) => (codes ?? []).Select(c => units.Find(c)?.Code
        ?? throw new RuleViolationException("coUnitCodes", $"单位代码 {c} 不在单位目录中", "K-UNITS")).ToList();

    /// <summary>HL + Beijing date + 8 random characters: unguessable, since the public lookup answers to it.</summary>
    private string NewTrackingNumber()
    {
        var day = Kernel.Civil.DateOf(Now);
        var random = RandomNumberGenerator.GetString(Alphabet, 8);
        return $"HL{day:yyMMdd}{random}";
    }
}
