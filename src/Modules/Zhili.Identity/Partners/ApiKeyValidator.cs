using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Caching.Memory;

namespace Zhili.Identity.Partners;

/// <summary>
/// Checks a presented partner key: well-formed, known, the same hash (compared in constant time), not revoked and not
/// expired. Keys found are kept per node, so a partner's steady traffic costs no database round-trip.
/// </summary>
/// <remarks>
/// A kept key is read again once the partner keys' version has moved past the one it was read at (ARCHITECTURE rule
/// 18): a key issued or revoked takes effect at once on the node that saved it and within the freshness bound on every
/// other. Expiry is exact everywhere: it is checked against the clock on every request, not kept.
/// </remarks>
public sealed partial class ApiKeyValidator(IServiceScopeFactory scopes, TimeProvider clock, FreshVersions versions, ILogger<ApiKeyValidator> log)
    : IDisposable
{
    /// <summary><see cref="ApiKey.LastUsedAt"/> is written at most this often per key.</summary>
    public static readonly TimeSpan LastUsedEvery = TimeSpan.FromMinutes(1);

    // Bounded, so that a flood of made-up prefixes cannot grow memory without limit; each entry has size 1.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private readonly ConcurrentDictionary<long, DateTime> lastUseWritten = new();

    /// <summary>The key, or null when it must be refused.</summary>
    public async Task<ValidApiKey?> ValidateAsync(string presented, CancellationToken ct)
    {
        var prefix = ApiKeyFormat.PrefixOf(presented);
        if (prefix is null)
        {
            return null;
        }

        var key = await FindAsync(prefix, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key is null || !ApiKeyFormat.Matches(presented, key.Hash) || key.ExpiresAt <= now)
        {
            return null;
        }

        if (IsUseToRecord(key.Id, now))
        {
            await RecordUseAsync(key.Id, now, ct);
        }

        return key;
    }

    public void Dispose() => cache.Dispose();

    private async Task<ValidApiKey?> FindAsync(string prefix, CancellationToken ct)
    {
        var version = versions.Known(IdentityDbContext.PartnerKeys.Name); // taken before the read, as FreshSnapshot does
        if (cache.TryGetValue(prefix, out Lookup? cached) && cached!.Version >= version)
        {
            return cached.Key;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var row = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        // Unknown and revoked prefixes are cached too (as "no key"), so repeating a bad key does not reach the database.
        var found = new Lookup(row is null || row.RevokedAt is not null ? null : ValidApiKey.From(row), version);
        cache.Set(prefix, found, new MemoryCacheEntryOptions { Size = 1 });
        return found.Key;
    }

    private bool IsUseToRecord(long id, DateTime now)
    {
        while (true)
        {
            if (!lastUseWritten.TryGetValue(id, out var last))
            {
                if (lastUseWritten.TryAdd(id, now))
                {
                    return true;
                }
            }
            else if (now - last < LastUsedEvery)
            {
                return false;
            }
            else if (lastUseWritten.TryUpdate(id, now, last))
            {
                return true;
            }
        }
    }

    private async Task RecordUseAsync(long id, DateTime now, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var before = now - LastUsedEvery;
            // A save like any other, so the use is in the audit trail (ARCHITECTURE rule 11); the condition keeps several
            // nodes from writing more than about once a minute between them, and only LastUsedAt is written.
            var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
            if (key is not null && (key.LastUsedAt == null || key.LastUsedAt <= before))
            {
                key.LastUsedAt = now;
                await db.SaveChangesAsync(ct);
            }
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            // A missed "last used" time must not refuse a partner's valid request.
            LogUseNotRecorded(log, e, id);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not record the last use of partner key {KeyId}")]
    private static partial void LogUseNotRecorded(ILogger logger, Exception exception, long keyId);

    private sealed record Lookup(ValidApiKey? Key, long Version);
}
