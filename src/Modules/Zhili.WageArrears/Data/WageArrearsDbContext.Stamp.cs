using Microsoft.EntityFrameworkCore;
using Zhili.BuildingBlocks.Audit;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Data;

/// <summary>
/// B-CREDIT: every save that changes a case or a party also moves the lookup stamp, in the same transaction, by an
/// atomic <c>version + 1</c> (two saves at once both count). The move is audited like any change (ARCHITECTURE rule
/// 11): the version is read back under the row lock the update holds, so the record says exactly which move it was.
/// </summary>
public sealed partial class WageArrearsDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!ChangesLookup())
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var owned = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        Stamp().ExecuteUpdate(u => u.SetProperty(s => s.Version, s => s.Version + 1));
        var version = Stamp().Select(s => s.Version).Single();
        AuditedUpdate.Record(this, Moved(version), Version(version - 1), Version(version));
        owned?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!ChangesLookup())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (owned)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await Stamp().ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
            var version = await Stamp().Select(s => s.Version).SingleAsync(cancellationToken);
            await AuditedUpdate.RecordAsync(this, Moved(version), Version(version - 1), Version(version), cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    private IQueryable<LookupStamp> Stamp() => LookupStamps.Where(s => s.Id == LookupStamp.SingleId);

    private static LookupStamp Moved(long version) => new() { Id = LookupStamp.SingleId, Version = version };

    private static Dictionary<string, object?> Version(long version) => new() { [nameof(LookupStamp.Version)] = version };

    private bool ChangesLookup() => ChangeTracker.Entries().Any(e =>
        e.Entity is BlacklistCase or Party && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}
