namespace Zhili.Hotline.Features.Knowledge;

/// <summary>The search of the knowledge base: words in the title or keywords, a category, active answers only unless asked.</summary>
public sealed record KnowledgeQuery(string? Q = null, string? CategoryCode = null, bool IncludeInactive = false);

/// <summary>The office's knowledge base of answers to common consultations (H-FLOW), for the API and the pages.</summary>
public sealed class KnowledgeBase(HotlineDbContext db, TimeProvider clock, ICurrentActor actor)
{
    public const int MaxResults = 100;

    public async Task<IReadOnlyList<KnowledgeAnswer>> SearchAsync(KnowledgeQuery q, CancellationToken ct)
    {
        var query = db.KnowledgeAnswers.AsNoTracking();
        if (!q.IncludeInactive)
        {
            query = query.Where(k => k.Active);
        }

        if (!string.IsNullOrWhiteSpace(q.CategoryCode))
        {
            var code = q.CategoryCode.Trim();
            query = query.Where(k => k.CategoryCode == code);
        }

        // A plain substring search (LIKE '%word%') over title and keywords: the base is small, no index is needed.
        foreach (var word in (q.Q ?? "").Split([' ', ',', '，'], StringSplitOptions.RemoveEmptyEntries).Take(5))
        {
            query = query.Where(k => k.Title.Contains(word) || k.Keywords.Contains(word));
        }

        return await query.OrderBy(k => k.Title).Take(MaxResults).ToListAsync(ct);
    }

    public Task<KnowledgeAnswer?> FindAsync(long id, CancellationToken ct) => db.KnowledgeAnswers.SingleOrDefaultAsync(k => k.Id == id, ct);

    public async Task<KnowledgeAnswer> AddAsync(KnowledgeDraft draft, CancellationToken ct)
    {
        await CheckCategoryAsync(draft, ct);
        var answer = new KnowledgeAnswer { Title = draft.Title, Answer = draft.Answer, UpdatedBy = actor.Name };
        answer.Edit(draft, clock.GetUtcNow().UtcDateTime, actor.Name);
        db.KnowledgeAnswers.Add(answer);
        await db.SaveChangesAsync(ct);
        return answer;
    }

    public async Task<KnowledgeAnswer> EditAsync(KnowledgeAnswer answer, KnowledgeDraft draft, CancellationToken ct)
    {
        await CheckCategoryAsync(draft, ct);
        answer.Edit(draft, clock.GetUtcNow().UtcDateTime, actor.Name);
        await db.SaveChangesAsync(ct);
        return answer;
    }

    private async Task CheckCategoryAsync(KnowledgeDraft draft, CancellationToken ct)
    {
        var code = draft.CategoryCode?.Trim();
        if (!string.IsNullOrEmpty(code) && !await db.Categories.AnyAsync(c => c.Code == code, ct))
        {
            throw new RuleViolationException("categoryCode", $"分类 {code} 不存在", "H-FLOW");
        }
    }
}
