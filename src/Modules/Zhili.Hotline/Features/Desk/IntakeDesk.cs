namespace Zhili.Hotline.Features.Desk;

/// <summary>
/// The office's intake desk (H-FLOW), shared by the API and the appeal page: advice (default unit, duplicate
/// suggestions, links), linking a follower to its primary and unlinking it, and closing a consultation at first
/// contact with a knowledge-base answer.
/// </summary>
public sealed class IntakeDesk(HotlineDbContext db, DuplicateFinder finder, LeafCategories leaves, TimeProvider clock, ICurrentActor actor)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The advice for an appeal; <paramref name="fresh"/>: just received, so it has no links yet.</summary>
    public async Task<IntakeAdvice> AdviceAsync(Appeal appeal, bool fresh, CancellationToken ct)
    {
        var (unit, days) = await DefaultsAsync(appeal, ct);
        var duplicates = await finder.SuggestAsync(appeal, ct);
        LinkedAppeal? primary = null;
        IReadOnlyList<LinkedAppeal> followers = [];
        if (!fresh)
        {
            primary = appeal.PrimaryAppealId is { } p ? (await Linked(db.Appeals.Where(x => x.Id == p), ct)).SingleOrDefault() : null;
            followers = await Linked(db.Appeals.Where(x => x.PrimaryAppealId == appeal.Id), ct);
        }

        return new IntakeAdvice(unit, days, duplicates, primary, followers);
    }

    /// <summary>The category's default unit and SLA days: from memory for a leaf in use, else read (a retired category).</summary>
    private async Task<(string? Unit, int? Days)> DefaultsAsync(Appeal appeal, CancellationToken ct)
    {
        if (await leaves.FindAsync(appeal.CategoryCode, ct) is { } leaf)
        {
            return (leaf.DefaultUnitCode, leaf.SlaDays.TryGetValue(appeal.Type, out var d) ? d : null);
        }

        var category = await db.Categories.AsNoTracking().Include(c => c.Sla).SingleOrDefaultAsync(c => c.Code == appeal.CategoryCode, ct);
        return (category?.DefaultUnitCode, category?.SlaDays(appeal.Type));
    }

    public async Task<Appeal> LinkAsync(Appeal follower, long primaryId, CancellationToken ct)
    {
        var primary = await db.AppealsWithHistory.SingleOrDefaultAsync(x => x.Id == primaryId, ct)
            ?? throw new RuleViolationException("primaryId", $"主诉求 {primaryId} 不存在", "H-FLOW");
        var hasFollowers = await db.Appeals.AnyAsync(x => x.PrimaryAppealId == follower.Id, ct);
        follower.LinkTo(primary, hasFollowers, Now, actor.Name);
        await db.SaveChangesAsync(ct);
        return follower;
    }

    public async Task<Appeal> UnlinkAsync(Appeal follower, CancellationToken ct)
    {
        follower.Unlink(Now, actor.Name);
        await db.SaveChangesAsync(ct);
        return follower;
    }

    /// <summary>Closes a consultation at first contact citing the answer; its open duplicates close with it.</summary>
    public async Task<Appeal> ResolveAtFirstContactAsync(Appeal appeal, long answerId, string? note, CancellationToken ct)
    {
        var answer = await db.KnowledgeAnswers.SingleOrDefaultAsync(k => k.Id == answerId, ct)
            ?? throw new RuleViolationException("answerId", $"知识库答复 {answerId} 不存在", "H-FLOW");
        appeal.ResolveAtFirstContact(answer, note, Now, actor.Name);
        await db.CloseFollowersAsync(appeal, Now, actor.Name, ct);
        await db.SaveChangesAsync(ct);
        return appeal;
    }

    /// <summary>The active answers to offer for a consultation: those of its category and the levels above it first.</summary>
    public async Task<IReadOnlyList<KnowledgeAnswer>> AnswersForAsync(Appeal appeal, CancellationToken ct)
    {
        var path = new[] { appeal.CategoryCode, appeal.CategoryCode[..4] + "00", appeal.CategoryCode[..2] + "0000" };
        return await db.KnowledgeAnswers.AsNoTracking().Where(k => k.Active)
            .OrderBy(k => k.CategoryCode != null && path.Contains(k.CategoryCode) ? 0 : 1).ThenBy(k => k.Title)
            .Take(50).ToListAsync(ct);
    }

    private static async Task<List<LinkedAppeal>> Linked(IQueryable<Appeal> query, CancellationToken ct) => await query.AsNoTracking()
        .OrderBy(x => x.ReceivedAt)
        .Select(x => new LinkedAppeal(x.Id, x.TrackingNumber, x.State, x.UnitCode, x.ReceivedAt, x.DeadlineAt))
        .ToListAsync(ct);
}
