namespace Zhili.WageArrears.Domain;

public enum AccessPurpose
{
    /// <summary>B-NOTICE: the statement and defence, printed on the notice (告知书).</summary>
    Defence,

    /// <summary>B-OBJ: an objection with evidence, printed on the listing decision.</summary>
    Objection,
}

/// <summary>
/// B-NOTICE, B-OBJ: the one-time code that lets an employer file its defence or objection through the public form
/// without an account. Only the SHA-256 hash of the code is kept; it works once and until <see cref="ExpiresAt"/>.
/// One code per case and purpose: issuing again replaces the old one.
/// </summary>
public sealed class AccessCode : IUnitScoped
{
    public int Id { get; private set; }

    public int CaseId { get; init; }

    public required string UnitCode { get; init; }

    public AccessPurpose Purpose { get; init; }

    public required string Hash { get; set; }

    public DateTime IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When the code was used; also the concurrency token, so two uses at once cannot both succeed.</summary>
    public DateTime? UsedAt { get; private set; }

    public void Reissue(string hash, DateTime at, string by, DateTime expiresAt)
    {
        Hash = hash;
        IssuedAt = at;
        IssuedBy = by;
        ExpiresAt = expiresAt;
        UsedAt = null;
    }

    /// <summary>The defence window moved (the notice's receipt was recorded again): the code follows it.</summary>
    public void Follow(DateTime expiresAt) => ExpiresAt = expiresAt;

    public void Use(DateTime now, string rule)
    {
        if (UsedAt is not null)
        {
            throw new RuleViolationException("accessCode", "该访问码已使用过，每个访问码只能提交一次", rule);
        }

        if (now >= ExpiresAt)
        {
            throw new RuleViolationException("accessCode", "该访问码已过期", rule);
        }

        UsedAt = now;
    }
}
