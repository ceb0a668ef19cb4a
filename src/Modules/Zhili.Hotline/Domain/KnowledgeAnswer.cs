namespace Zhili.Hotline.Domain;

/// <summary>
/// A knowledge-base answer to a common consultation (咨询), kept by the office (H-FLOW): the office may close a
/// consultation at first contact by citing one. Never deleted: an outdated answer is deactivated, so citations stay.
/// </summary>
public sealed class KnowledgeAnswer : IVersioned
{
    public long Id { get; set; }

    /// <summary>ARCHITECTURE rule 16: moved by every edit.</summary>
    public int Version { get; private set; }

    public required string Title { get; set; }

    public required string Answer { get; set; }

    /// <summary>The category the answer belongs to, if any (any level of the tree).</summary>
    public string? CategoryCode { get; set; }

    /// <summary>Search words, separated by spaces.</summary>
    public string Keywords { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public void Edit(KnowledgeDraft draft, DateTime at, string actor)
    {
        Title = draft.Title.Trim();
        Answer = draft.Answer.Trim();
        CategoryCode = string.IsNullOrWhiteSpace(draft.CategoryCode) ? null : draft.CategoryCode.Trim();
        Keywords = string.Join(' ', (draft.Keywords ?? "").Split([' ', ',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries));
        Active = draft.Active;
        UpdatedAt = at;
        UpdatedBy = actor;
    }
}

/// <summary>What the office writes in an answer, whichever way it edits it (API or page).</summary>
public sealed record KnowledgeDraft(string Title, string Answer, string? CategoryCode, string? Keywords, bool Active);
