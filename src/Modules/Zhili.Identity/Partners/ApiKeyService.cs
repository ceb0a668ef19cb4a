namespace Zhili.Identity.Partners;

/// <summary>
/// Issues, lists and revokes partner keys. Every change is a SaveChanges, so the audit interceptor
/// records who issued or revoked which key; the audit record leaves out even the key's hash, and never sees its secret.
/// </summary>
public sealed class ApiKeyService(IdentityDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct) =>
        await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToListAsync(ct);

    public Task<ApiKey?> FindAsync(long id, CancellationToken ct) =>
        db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, ct);

    /// <summary>Issues a key (the request was validated by <see cref="NewApiKeyValidator"/>); the returned key is its only copy.</summary>
    public async Task<(ApiKey Key, string Secret)> IssueAsync(NewApiKey request, string? by, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (prefix, whole) = ApiKeyFormat.Generate();
        // 36^8 prefixes make a clash very unlikely, but the unique index would turn one into a 500: draw again instead.
        while (await db.ApiKeys.AnyAsync(k => k.Prefix == prefix, ct))
        {
            (prefix, whole) = ApiKeyFormat.Generate();
        }

        var key = new ApiKey
        {
            Prefix = prefix,
            Hash = ApiKeyFormat.Hash(whole),
            Partner = request.Partner!.Trim(),
            Scopes = string.Join(' ', request.ScopeList),
            RequestsPerMinute = request.RequestsPerMinute ?? NewApiKey.DefaultRequestsPerMinute,
            CreatedAt = now,
            CreatedBy = by,
            // The key works through the last civil day chosen (K-TZ): until 24:00 Beijing time.
            ExpiresAt = Civil.EndOfDayUtc(request.ExpiresOn ?? NewApiKey.DefaultExpiry(Civil.Today(clock))),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (key, whole);
    }

    /// <summary>Revokes a key; revoking a revoked key changes nothing. Null when there is no such key.</summary>
    public async Task<ApiKey?> RevokeAsync(long id, string? by, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || key.RevokedAt is not null)
        {
            return key;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        key.RevokedBy = by;
        await db.SaveChangesAsync(ct); // moves the partner keys' version: every node reads the key again (rule 18)
        return key;
    }
}
