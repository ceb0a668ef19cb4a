using Microsoft.EntityFrameworkCore;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Data;

/// <summary>
/// B-CREDIT: every save that changes a case or a party also moves the lookup stamp, in the same transaction, by an
/// atomic <c>version + 1</c> (two saves at once both count). The stamp is housekeeping, so it is not audited.
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
        LookupStamps.Where(s => s.Id == LookupStamp.SingleId).ExecuteUpdate(u => u.SetProperty(s => s.Version, s => s.Version + 1));
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
            await LookupStamps.Where(s => s.Id == LookupStamp.SingleId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    private bool ChangesLookup() => ChangeTracker.Entries().Any(e =>
        e.Entity is BlacklistCase or Party && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}
