namespace Zhili.Hotline.Features;

/// <summary>H-FORM-1…5: the forms of supervision, shared by the API and the pages. Each command saves whole or not at all.</summary>
public sealed class SupervisionForms(
    HotlineDbContext db, SupervisionService cases, SupervisionTerms terms, NoticeNumbers numbers, IAdminUnits units)
{
    private const string OfficeUnit = Appeal.OfficeUnit;

    /// <summary>H-FORM-1 电话跟踪.</summary>
    public async Task<SupervisionCase> PhoneAsync(SupervisionCase c, PhoneCall call, CancellationToken ct)
    {
        var contactable = SupervisionUnits.Contactable(units, c, await cases.AppealsOfAsync(c, ct));
        var unit = Choice(Unit(call.UnitCode, "unitCode"), contactable, "unitCode", "所联系的单位应为本督办件诉求的承办、协办或街道单位", "H-FORM-1");
        c.RecordPhoneCall(call with { UnitCode = unit }, cases.Now, cases.Actor);
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>H-FORM-2 书面督办: numbered, written into the addressee's inbox.</summary>
    public async Task<SupervisionNotice> IssueNoticeAsync(SupervisionCase c, NoticeDraft draft, CancellationToken ct)
    {
        var (number, summary, handling) = await PrepareAsync(c, draft, ct);
        var notice = c.IssueNotice(draft, number, summary, handling, terms, cases.Now, cases.Actor);
        await numbers.SaveAsync(notice, ct);
        await NotifyAsync(notice, c, "H-FORM-2", ct);
        return notice;
    }

    /// <summary>H-FORM-2: the addressee unit's written reply (a late one is flagged).</summary>
    public async Task<SupervisionCase> ReplyAsync(SupervisionCase c, long noticeId, NoticeReply reply, CancellationToken ct)
    {
        var notice = c.Notices.SingleOrDefault(n => n.Id == noticeId) ?? throw new OutOfScopeException($"督办通知 {noticeId} 不存在");
        // The office follows replies on its supervision list (a unit may not write into the office's inbox: data scope).
        notice.Reply(reply, cases.Now, cases.Actor);
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>H-FORM-3 会议协调: every duty reaches its unit's inbox with its deadline.</summary>
    public async Task<SupervisionCase> MeetingAsync(SupervisionCase c, MeetingRecord m, CancellationToken ct)
    {
        var attending = SupervisionUnits.Attending(units, c, await cases.AppealsOfAsync(c, ct));
        const string Why = "应为市直部门、县（市、区）或本督办件诉求的承办单位";
        var record = m with
        {
            UnitCodes = m.UnitCodes.Select(u => Choice(Unit(u, "unitCodes"), attending, "unitCodes", "参会单位" + Why, "H-FORM-3")).ToList(),
            Duties = m.Duties.Select(d => d with { UnitCode = Choice(Unit(d.UnitCode, "duties"), attending, "duties", "责任单位" + Why, "H-FORM-3") }).ToList(),
        };
        var meeting = c.RecordMeeting(record, terms, cases.Now, cases.Actor);
        await db.SaveChangesAsync(ct);
        foreach (var d in meeting.Duties)
        {
            await cases.PostAsync(d.UnitCode, $"协调会明确的职责：{d.Duty}", $"办结时限 {Day(d.DueAt)}", Link(c), "H-FORM-3", ct);
        }

        return c;
    }

    /// <summary>H-FORM-4 现场督导.</summary>
    public async Task<SupervisionCase> VisitAsync(SupervisionCase c, VisitRecord v, CancellationToken ct)
    {
        c.RecordVisit(v, cases.Now, cases.Actor);
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>H-FORM-5 挂牌督办: lists the case and issues its 《重点督办通知》.</summary>
    public async Task<SupervisionCase> ListAsync(SupervisionCase c, string reason, NoticeDraft draft, CancellationToken ct)
    {
        var (number, summary, handling) = await PrepareAsync(c, draft, ct);
        var listing = c.List(reason, draft, number, summary, handling, terms, cases.Now, cases.Actor);
        await numbers.SaveAsync(listing.Notice, ct);
        await NotifyAsync(listing.Notice, c, "H-FORM-5", ct);
        return c;
    }

    /// <summary>H-FORM-5: a step of the loop on the case's open listing (the unit's plan and report, the office's verdict).</summary>
    public async Task<SupervisionCase> StepAsync(SupervisionCase c, Action<ListedSupervision, DateTime, string> step, CancellationToken ct)
    {
        var listing = c.OpenListing ?? throw new RuleViolationException("state", "本督办件没有进行中的挂牌督办", "H-FORM-5");
        step(listing, cases.Now, cases.Actor);
        await db.SaveChangesAsync(ct);
        if (listing.Steps[^1].Kind is ListingStepKind.WrittenOff or ListingStepKind.Refused)
        {
            // The office's verdict reaches the unit; the unit's filings show on the office's supervision list.
            var title = $"挂牌督办 {listing.Notice.Number}：{SupervisionTexts.Step(listing.Steps[^1].Kind)}";
            await cases.PostAsync(listing.UnitCode, title, listing.Steps[^1].Text, Link(c), "H-FORM-5", ct);
        }

        return c;
    }

    private async Task<(NoticeNumber Number, string Summary, IReadOnlyCollection<string> Handling)> PrepareAsync(
        SupervisionCase c, NoticeDraft draft, CancellationToken ct)
    {
        var appeals = (await cases.AppealsOfAsync(c, ct)).Where(a => a.OpenSupervision is { } s && c.Supervisions.Contains(s)).ToList();
        var handling = appeals.Select(a => a.UnitCode).Where(u => u != OfficeUnit).Distinct().ToList();
        var summary = NoticeSummary.Of(appeals.Where(a => a.UnitCode == draft.UnitCode).ToList());
        return (await numbers.NextAsync(cases.Now, ct), summary, handling);
    }

    private Task NotifyAsync(SupervisionNotice n, SupervisionCase c, string rule, CancellationToken ct) =>
        cases.PostAsync(n.UnitCode, $"《{n.Title}》{n.Number}", $"办结时限 {Day(n.DueAt)}，第一责任人 {n.ResponsiblePerson}", Link(c), rule, ct);

    private static string Link(SupervisionCase c) => $"/hotline/supervisions/{c.Id}";

    private static string Day(DateTime dueAt) => Sla.DayOf(dueAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A unit the form's picker offers; any other is refused by name, though it exists.</summary>
    private string Choice(string code, IReadOnlyList<AdminUnit> choices, string field, string reason, string rule) =>
        choices.Any(u => u.Code == code) ? code : throw new RuleViolationException(field, $"{units.Find(code)?.Name ?? code}：{reason}", rule);

    private string Unit(string code, string field) => units.Find(code.Trim())?.Code
        ?? throw new RuleViolationException(field, $"单位代码 {code} 不在单位目录中", "K-UNITS");
}
