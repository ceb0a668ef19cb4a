using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Zhili.Identity.SignIn;

/// <summary>
/// The failure counters of <see cref="SignInLimits"/>, in the database so that every app node sees the same counts.
/// Each failure is one atomic upsert per counter (no lost count when two nodes fail at once), and each also deletes the
/// runs that have ended, so the table holds only what the last <see cref="SignInLimits.LockMinutes"/> produced.
/// </summary>
public sealed class SignInFailures(IdentityDbContext db, IOptions<SignInLimits> options, TimeProvider clock)
{
    private readonly SignInLimits limits = options.Value;

    /// <summary>True when the pair is locked or the address throttled.</summary>
    public async Task<bool> IsLockedAsync(string userName, string address, CancellationToken ct)
    {
        var (pair, from) = (PairKey(userName, address), AddressKey(address));
        var since = clock.GetUtcNow().UtcDateTime - limits.LockFor;
        var runs = await db.SignInFailures.AsNoTracking()
            .Where(f => (f.Key == pair || f.Key == from) && f.LastAt > since).ToListAsync(ct);
        return runs.Any(f => f.Failures >= (f.Key == pair ? limits.PairFailures : limits.AddressFailures));
    }

    public async Task RecordAsync(string userName, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - limits.LockFor;
        var upsert = UpsertSql();
        // Not audited: throttling counters under hashed keys, the app's defence rather than anyone's work; auditing each
        // failed sign-in would let a guesser flood the audit trail.
        await db.Database.ExecuteSqlRawAsync(upsert, [PairKey(userName, address), now, since], ct);
        await db.Database.ExecuteSqlRawAsync(upsert, [AddressKey(address), now, since], ct);
        await db.SignInFailures.Where(f => f.LastAt <= since).ExecuteDeleteAsync(ct);
    }

    /// <summary>A successful sign-in ends the pair's run (never the address's: one good account must not reset it).</summary>
    public Task ClearAsync(string userName, string address, CancellationToken ct)
    {
        var pair = PairKey(userName, address);
        // Not audited: a throttling counter (see RecordAsync).
        return db.SignInFailures.Where(f => f.Key == pair).ExecuteDeleteAsync(ct);
    }

    public static string PairKey(string userName, string address) => Hash($"pair\n{userName.Trim().ToUpperInvariant()}\n{address}");

    public static string AddressKey(string address) => Hash($"address\n{address}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// One statement on both providers (SQLite and PostgreSQL share the upsert syntax): a failure within the lock time
    /// of the last one adds to the run, a later one starts a new run. Names come from the model (schema or prefix).
    /// </summary>
    private string UpsertSql()
    {
        var type = db.Model.FindEntityType(typeof(SignInFailure))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());
        var (key, failures, last) = (Column(nameof(SignInFailure.Key)), Column(nameof(SignInFailure.Failures)), Column(nameof(SignInFailure.LastAt)));
        // Not audited: a throttling counter (see RecordAsync).
        return $"INSERT INTO {table} AS f ({key}, {failures}, {last}) VALUES ({{0}}, 1, {{1}}) "
            + $"ON CONFLICT ({key}) DO UPDATE SET {failures} = CASE WHEN f.{last} > {{2}} THEN f.{failures} + 1 ELSE 1 END, {last} = {{1}}";
    }
}
