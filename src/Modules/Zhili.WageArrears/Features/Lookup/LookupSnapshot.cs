using System.Collections.Frozen;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Zhili.BuildingBlocks.Persistence;
using Zhili.Kernel.Units;
using Zhili.WageArrears.Data;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Features.Lookup;

/// <summary>
/// B-CREDIT: the listed entries in this node's memory, keyed by credit code with each answer made up in advance, so a
/// lookup is one read of the one-row stamp (<see cref="LookupStamp"/>, a prepared statement on a connection kept open)
/// and a dictionary probe. When the stamp has moved (a decision anywhere, on any node) the lookup reloads the entries
/// first, so an answer always reflects every decision committed before the lookup began. Codes that are not listed cost
/// no memory and no more database work.
/// </summary>
public sealed class LookupSnapshot(DatabaseOptions database, IAdminUnits units) : IDisposable
{
    private readonly SemaphoreSlim reloading = new(1, 1);
    private readonly StampGate gate = new();
    private readonly Lazy<DbContextOptions<WageArrearsDbContext>> options = new(() =>
        ((DbContextOptionsBuilder<WageArrearsDbContext>)ModuleDbContextRegistration.Configure(
            new DbContextOptionsBuilder<WageArrearsDbContext>(), database, WageArrearsDbContext.Module)).Options);

    private volatile Entries? current;

    // The gate runs one stamp read at a time, so one open connection and one prepared command serve them all.
    private WageArrearsDbContext? stampContext;
    private DbCommand? stampCommand;
    private Func<CancellationToken, Task<long>>? stampRead; // made once, not a delegate per lookup

    private sealed record Entries(long Version, FrozenDictionary<string, LookupAnswer> Listed);

    /// <summary>The listed entries as of now: the stamp is read first, then the entries when they are older than it.</summary>
    public async ValueTask<FrozenDictionary<string, LookupAnswer>> ListedAsync(CancellationToken ct)
    {
        var read = stampRead ??= StampAsync;
        var version = await gate.ReadAsync(read, ct);
        var entries = current;
        if (entries is not null && entries.Version >= version)
        {
            return entries.Listed;
        }

        await reloading.WaitAsync(ct);
        try
        {
            entries = current;
            if (entries is null || entries.Version < version)
            {
                // The stamp is read again before the entries: if a decision lands in between, the entries are newer
                // than their version says and the next lookup merely loads them once more.
                var loadedAt = await gate.ReadAsync(read, ct);
                current = entries = new Entries(loadedAt, await LoadAsync(ct));
            }

            return entries.Listed;
        }
        finally
        {
            reloading.Release();
        }
    }

    public void Dispose()
    {
        reloading.Dispose();
        ResetStamp();
    }

    private async Task<long> StampAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                stampCommand ??= await PrepareStampAsync(ct);
                return Convert.ToInt64(await stampCommand.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }
            catch (Exception) when (attempt == 1)
            {
                ResetStamp(); // the kept connection broke (a database restart, say): open a fresh one and read once more
            }
        }
    }

    /// <summary>
    /// The stamp read as one prepared statement on a connection kept open, named from the model (each provider's table
    /// and column names), so a lookup pays for neither a context's options nor a query's translation and materializing.
    /// </summary>
    private async Task<DbCommand> PrepareStampAsync(CancellationToken ct)
    {
        stampContext = new WageArrearsDbContext(options.Value);
        await stampContext.Database.OpenConnectionAsync(ct);
        var entity = stampContext.Model.FindEntityType(typeof(LookupStamp))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = stampContext.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var command = stampContext.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT {Column(nameof(LookupStamp.Version))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"WHERE {Column(nameof(LookupStamp.Id))} = {LookupStamp.SingleId}";
        await command.PrepareAsync(ct);
        return command;
    }

    private void ResetStamp()
    {
        stampCommand?.Dispose();
        stampCommand = null;
        stampContext?.Dispose();
        stampContext = null;
    }

    private async Task<FrozenDictionary<string, LookupAnswer>> LoadAsync(CancellationToken ct)
    {
        await using var db = new WageArrearsDbContext(options.Value);
        // City-wide by nature (partners have no data scope), hence without the unit filter.
        var hits = await db.Parties.AsNoTracking().Where(p => p.CreditCode != null)
            .Join(db.Cases.IgnoreQueryFilters().Where(c => c.ListedOn != null && c.RemovedOn == null), p => p.CaseId, c => c.Id,
                (p, c) => new LookupHit(p.CreditCode!, p.Name, c.ListedOn!.Value, c.ExpiresOn, c.Grounds, c.UnitCode))
            .ToListAsync(ct);
        var answers = new LookupAnswers(units);
        return hits.GroupBy(h => h.CreditCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => answers.Answer(g.Key, [.. g]), StringComparer.Ordinal);
    }
}
