namespace Zhili.Hotline.Features.Bulletins;

/// <summary>What the office criticises a unit for, and in which bulletin.</summary>
public sealed record CriticismDraft(string UnitCode, CriticismGround Ground, string Reason, BulletinPeriod Period, DateOnly BulletinDate);

/// <summary>
/// H-CRIT criticisms and their explanations; H-TALK: the second criticism of a unit in a calendar year raises an
/// interview proposal in the same transaction.
/// </summary>
public sealed class CriticismService(
    HotlineDbContext db, TimeProvider clock, ICurrentActor actor, IAdminUnits units, IInbox inbox, IOptions<BulletinOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<(Criticism Criticism, InterviewProposal? Proposal)> CriticiseAsync(CriticismDraft d, CancellationToken ct)
    {
        var unit = units.Find(d.UnitCode)?.Code ?? throw new RuleViolationException("unitCode", $"单位代码 {d.UnitCode} 不在单位目录中", "K-UNITS");
        var now = Now;
        var year = Civil.DateOf(now).Year;
        var bulletin = BulletinWindow.Of(d.Period, d.BulletinDate, now);
        if (bulletin.First > Civil.DateOf(now))
        {
            throw new RuleViolationException("bulletinDate", "通报所依据的简报期间尚未开始", "H-CRIT");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var earlier = await db.Set<Criticism>().Where(c => c.UnitCode == unit && c.Year == year).Select(c => c.Id).ToListAsync(ct);
        var criticism = new Criticism
        {
            UnitCode = unit, Year = year, Ordinal = earlier.Count + 1, Ground = d.Ground, Reason = d.Reason.Trim(),
            BulletinPeriod = d.Period, BulletinFirst = bulletin.First, BulletinLabel = bulletin.Label,
            SentTo = [.. Criticism.Recipients], IssuedAt = now, IssuedBy = actor.Name,
        };
        db.Add(criticism);
        await SaveAsync(ct);
        var (proposal, raised) = criticism.Ordinal >= options.Value.InterviewThreshold ? await ProposeAsync(criticism, earlier, ct) : (null, false);
        await tx.CommitAsync(ct);

        var name = units.Find(unit)?.Name ?? unit;
        await inbox.PostAsync(new InboxMessage(unit, null, "supervision", $"通报批评：{name}（{bulletin.Label}）",
            $"{Criticism.GroundName(d.Ground)}：{criticism.Reason}。请向市政府作出情况说明。", "/hotline/criticisms", "H-CRIT"), ct);
        if (raised)
        {
            await inbox.PostAsync(new InboxMessage(Appeal.OfficeUnit, null, "decision", $"约谈建议待确认：{name}", proposal!.Grounds,
                "/hotline/interviews", "H-TALK"), ct);
        }

        return (criticism, proposal);
    }

    /// <summary>The criticised unit's written explanation (情况说明), recorded once; only within the data scope.</summary>
    public async Task<Criticism?> ExplainAsync(long id, string text, CancellationToken ct)
    {
        if (await db.Set<Criticism>().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } criticism)
        {
            return null;
        }

        criticism.Explain(text, Now, actor.Name);
        await db.SaveChangesAsync(ct);
        return criticism;
    }

    /// <summary>H-TALK: a waiting system proposal of the unit's year takes the new criticism; otherwise a new one is raised.</summary>
    private async Task<(InterviewProposal? Proposal, bool Raised)> ProposeAsync(Criticism criticism, List<long> earlier, CancellationToken ct)
    {
        var pending = await db.Set<InterviewProposal>().FirstOrDefaultAsync(p => p.UnitCode == criticism.UnitCode
            && p.Year == criticism.Year && p.State == ProposalState.Proposed && p.RaisedBy == InterviewProposal.System, ct);
        if (pending is not null)
        {
            pending.Cite(criticism.Id);
            await SaveAsync(ct);
            return (pending, false);
        }

        var raised = new InterviewProposal
        {
            UnitCode = criticism.UnitCode, Year = criticism.Year, RaisedAt = criticism.IssuedAt, RaisedBy = InterviewProposal.System,
            Grounds = $"{criticism.Year}年度内第 {criticism.Ordinal} 次被通报批评（年度内被通报批评 {options.Value.InterviewThreshold} 次以上的，提请约谈）",
        };
        foreach (var id in earlier.Append(criticism.Id))
        {
            raised.Cite(id);
        }

        db.Add(raised);
        await SaveAsync(ct);
        return (raised, true);
    }

    /// <summary>Two criticisms of one unit at the same moment would take the same ordinal: the unique index refuses the second.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new RuleViolationException("unitCode", "该单位的另一项通报批评刚刚登记，请刷新后重试", "H-TALK");
        }
    }
}
