namespace Zhili.BuildingBlocks.Persistence;

/// <summary>The command half of the data scope: a save that adds, changes or deletes a record outside the scope is refused whole.</summary>
public sealed class ScopeGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// The data-protection key ring is the app's own housekeeping, written whenever a key is made or renewed, whoever
    /// happens to be asking (an auditor's first form included): never a person's change.
    /// </summary>
    private static bool IsInfrastructure(Type type) => type.Name == "DataProtectionKey";

    private static void Guard(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var scope = DataScope.Current;
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !IsInfrastructure(e.Metadata.ClrType)).ToList();
        GuardWrite(scope, changes.Count);
        if (scope.IsUnrestricted)
        {
            return;
        }

        foreach (var entry in changes.Where(e => e.Entity is IUnitScoped))
        {
            var unit = ((IUnitScoped)entry.Entity).UnitCode;
            var original = entry.State == EntityState.Added ? unit : entry.OriginalValues[nameof(IUnitScoped.UnitCode)] as string;
            GuardUnit(scope, entry.Metadata.ClrType, unit, original);
        }
    }

    private static void GuardWrite(DataScope scope, int changes)
    {
        if (changes > 0 && !scope.CanWrite)
        {
            throw new ReadOnlyScopeException("只读角色不能修改数据 (a read-only role cannot change data)");
        }
    }

    private static void GuardUnit(DataScope scope, Type type, string? unit, string? original)
    {
        if (!scope.Covers(unit) || !scope.Covers(original))
        {
            throw new OutOfScopeException($"{type.Name} of unit {original} is outside the caller's scope");
        }
    }
}
