namespace Zhili.Identity.Partners;

/// <summary>
/// A partner system's key for the public lookups (e.g. joint-punishment checks). The secret is shown once; only its
/// SHA-256 hash is kept. A key has scopes, a rate limit, an expiry, and can be revoked.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    /// <summary>The public part of the key (<c>zk_&lt;prefix&gt;_…</c>), used to find it.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, hex.</summary>
    public required string Hash { get; set; }

    /// <summary>The partner system, e.g. 市公共资源交易中心.</summary>
    public required string Partner { get; set; }

    /// <summary>Granted scopes, space-separated (e.g. <c>blacklist.lookup open311</c>).</summary>
    public required string Scopes { get; set; }

    public int RequestsPerMinute { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
