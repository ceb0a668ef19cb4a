namespace Zhili.Hotline.Features;

/// <summary>H-LVL: supervision cases shared by the API and the pages: find in scope, open, add an appeal, escalate.</summary>
public sealed class SupervisionService(HotlineDbContext db, TimeProvider clock, ICurrentActor actor, IInbox inbox)
{
    internal DateTime Now => clock.GetUtcNow().UtcDateTime;

    internal string Actor => actor.Name;

    /// <summary>Cases with every record; the scope filter hides notices, calls and listings addressed to other units.</summary>
    internal IQueryable<SupervisionCase> WithRecords => db.SupervisionCases
        .Include(c => c.Supervisions).Include(c => c.PhoneFollowUps).Include(c => c.Notices).Include(c => c.Visits)
        .Include(c => c.Meetings).ThenInclude(m => m.Guests).Include(c => c.Meetings).ThenInclude(m => m.Duties)
        .Include(c => c.Listings).ThenInclude(l => l.Steps).Include(c => c.Listings).ThenInclude(l => l.Notice)
        .AsSplitQuery();

    /// <summary>Cases one of whose appeals is in the caller's scope (the appeal's query filter decides).</summary>
    internal IQueryable<SupervisionCase> Visible(IQueryable<SupervisionCase> cases) =>
        cases.Where(c => c.Supervisions.Any(s => db.Appeals.Any(a => a.Id == s.AppealId)));

    /// <summary>The case in the caller's scope, with its records; null when missing or out of scope (→ 404).</summary>
    public Task<SupervisionCase?> FindAsync(long id, CancellationToken ct) =>
        Visible(WithRecords).SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The cases an appeal has been under, newest first (the appeal page's supervision section).</summary>
    public Task<List<SupervisionCase>> ForAppealAsync(long appealId, CancellationToken ct) =>
        Visible(WithRecords).Where(c => c.Supervisions.Any(s => s.AppealId == appealId)).OrderByDescending(c => c.OpenedAt).ToListAsync(ct);

    /// <summary>The case's appeals in the caller's scope, with their history: a unit sees only its own.</summary>
    public Task<List<Appeal>> AppealsOfAsync(SupervisionCase c, CancellationToken ct)
    {
        var ids = c.AppealIds.ToList();
        return db.AppealsWithHistory.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(ct);
    }

    /// <summary>The ids of appeals by tracking number (the pages' way of naming them); an unknown number is refused.</summary>
    public async Task<List<long>> IdsOfAsync(IReadOnlyList<string> numbers, CancellationToken ct)
    {
        var found = await db.Appeals.Where(a => numbers.Contains(a.TrackingNumber)).Select(a => new { a.Id, a.TrackingNumber }).ToListAsync(ct);
        return numbers.Select(n => found.FirstOrDefault(f => f.TrackingNumber == n)?.Id
            ?? throw new RuleViolationException("appealIds", $"受理编号 {n} 不存在", "H-LVL")).ToList();
    }

    public async Task<SupervisionCase> OpenAsync(IReadOnlyList<long> appealIds, SupervisionLevel level, string reason, CancellationToken ct)
    {
        var ids = appealIds.Distinct().ToList();
        var appeals = await db.AppealsWithHistory.Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        var ordered = ids.Select(id => appeals.FirstOrDefault(a => a.Id == id)
            ?? throw new RuleViolationException("appealIds", $"诉求 {id} 不存在", "H-LVL")).ToList();
        return await OpenAsync(ordered, level, reason, ct);
    }

    /// <summary>督办 over one appeal or a group; each appeal's own H-LVL rule applies.</summary>
    public async Task<SupervisionCase> OpenAsync(IReadOnlyList<Appeal> appeals, SupervisionLevel level, string reason, CancellationToken ct)
    {
        var opened = SupervisionCase.Open(appeals, level, reason, Now, actor.Name);
        db.SupervisionCases.Add(opened);
        await db.SaveChangesAsync(ct);
        foreach (var a in appeals)
        {
            await PostAsync(a, $"{Texts.Level(level)}：{a.TrackingNumber}", ct);
        }

        return opened;
    }

    /// <summary>Another appeal on the same problem joins the case at its level.</summary>
    public async Task<SupervisionCase> AddAppealAsync(SupervisionCase c, long appealId, string reason, CancellationToken ct)
    {
        var appeal = await db.AppealsWithHistory.SingleOrDefaultAsync(a => a.Id == appealId, ct)
            ?? throw new RuleViolationException("appealId", $"诉求 {appealId} 不存在", "H-LVL");
        c.Add(appeal, reason, Now, actor.Name);
        await db.SaveChangesAsync(ct);
        await PostAsync(appeal, $"{Texts.Level(c.Level)}：{appeal.TrackingNumber}", ct);
        return c;
    }

    /// <summary>H-LVL from an appeal: its whole case goes up, every appeal it covers with it.</summary>
    public async Task EscalateAsync(Appeal a, SupervisionLevel to, string reason, CancellationToken ct)
    {
        var open = a.OpenSupervision ?? throw new RuleViolationException("level", "该诉求没有进行中的督办", "H-LVL");
        if (open.CaseId is not { } caseId)
        {
            // A supervision opened before supervision cases existed escalates on its own.
            a.Escalate(to, reason, Now, actor.Name);
            await db.SaveChangesAsync(ct);
            return;
        }

        await EscalateAsync(await WithRecords.SingleAsync(x => x.Id == caseId, ct), to, reason, ct);
    }

    public async Task<SupervisionCase> EscalateAsync(SupervisionCase c, SupervisionLevel to, string reason, CancellationToken ct)
    {
        var appeals = await AppealsOfAsync(c, ct);
        c.Escalate(appeals, to, reason, Now, actor.Name);
        await db.SaveChangesAsync(ct);
        foreach (var a in appeals.Where(a => a.OpenSupervision?.CaseId == c.Id))
        {
            await PostAsync(a, $"升级为{Texts.Level(to)}：{a.TrackingNumber}", ct);
        }

        return c;
    }

    /// <summary>H-FORM-5: an appeal whose case is listed (挂牌督办) is not closed until the listing is written off.</summary>
    public async Task GuardClosureAsync(Appeal a, CancellationToken ct)
    {
        if (a.OpenSupervision?.CaseId is not { } id)
        {
            return;
        }

        var listed = await db.SupervisionCases.Where(c => c.Id == id).SelectMany(c => c.Listings)
            .Where(l => l.State != ListingState.WrittenOff).Select(l => l.Notice.Number).FirstOrDefaultAsync(ct);
        if (listed is not null)
        {
            throw new RuleViolationException("listing", $"挂牌督办（{listed}）尚未核销，诉求不能办结", "H-FORM-5");
        }
    }

    internal Task PostAsync(string unit, string title, string? body, string link, string rule, CancellationToken ct) =>
        inbox.PostAsync(new InboxMessage(unit, null, "supervision", title, body, link, rule), ct);

    private Task PostAsync(Appeal a, string title, CancellationToken ct) => PostAsync(a.UnitCode, title,
        a.DeadlineAt is { } d ? $"办理期限 {Kernel.Civil.ToShanghai(d):yyyy-MM-dd HH:mm}" : null, $"/hotline/appeals/{a.Id}", "H-LVL", ct);
}
