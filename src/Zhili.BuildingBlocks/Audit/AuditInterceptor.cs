namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// ARCHITECTURE rule 11: every save that adds, changes or deletes records writes one <see cref="AuditRecord"/> per
/// record, in the same transaction. Before the save it opens a transaction when none is open; after the save (when
/// database-generated keys are known) it inserts the audit records and commits; when the save fails it rolls back,
/// so that neither the change nor its record remains. Personal data is masked as the records are made
/// (<see cref="AuditPrivacy"/>), and the records get their ids and MACs from <see cref="AuditWriter"/>, the one writer
/// path. The audit records and seals themselves are never audited.
/// </summary>
public sealed class AuditInterceptor(
    TimeProvider clock, IEnumerable<ModuleDatabase> modules, AuditWriter writer, IPersonalDataMasking? masking = null, ICurrentActor? actor = null)
    : SaveChangesInterceptor, IAuditingInterceptor
{
    // One interceptor serves every context; a save's state lives beside its context until the save ends.
    private readonly ConditionalWeakTable<DbContext, AuditSave> saves = new();

    private readonly Dictionary<Type, string> moduleOf = modules
        .GroupBy(m => m.ContextType).ToDictionary(g => g.Key, g => g.First().Module);

    /// <summary>The one writer of audit records, for the audited updates written without SaveChanges too.</summary>
    internal AuditWriter Writer => writer;

    internal AuditPrivacy Privacy { get; } = new(masking);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Start(eventData.Context) is { } save && save.OwnsTransaction)
        {
            save.Transaction = eventData.Context!.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Start(eventData.Context) is { } save && save.OwnsTransaction)
        {
            save.Transaction = await eventData.Context!.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } save)
        {
            using (save)
            {
                writer.Write(eventData.Context!, save.Records().ToList());
                save.Transaction?.Commit();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } save)
        {
            await using (save)
            {
                await writer.WriteAsync(eventData.Context!, save.Records().ToList(), cancellationToken);
                if (save.Transaction is not null)
                {
                    await save.Transaction.CommitAsync(cancellationToken);
                }
            }
        }

        return result;
    }

    // Disposing the save rolls back the transaction it opened (an uncommitted transaction rolls back on dispose).
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context)?.Dispose();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } save)
        {
            await save.DisposeAsync();
        }
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Take(eventData.Context)?.Dispose();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } save)
        {
            await save.DisposeAsync();
        }
    }

    private AuditSave? Start(DbContext? context)
    {
        if (context is null)
        {
            return null;
        }

        // A save that ended without telling us (e.g. a concurrency failure) left its transaction open: roll it back first.
        Take(context)?.Dispose();
        var drafts = context.ChangeTracker.Entries().Select(e => AuditDraft.Of(e, Privacy)).OfType<AuditDraft>().ToList();
        if (drafts.Count == 0)
        {
            return null;
        }

        var save = new AuditSave(drafts, Stamp(context))
        {
            OwnsTransaction = context.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null,
        };
        saves.AddOrUpdate(context, save);
        return save;
    }

    private AuditSave? Take(DbContext? context)
    {
        if (context is null || !saves.TryGetValue(context, out var save))
        {
            return null;
        }

        saves.Remove(context);
        return save;
    }

    /// <summary>Who, for which module and when, for a save on this context now.</summary>
    public AuditStamp Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Microseconds: what PostgreSQL keeps, so that the hash of a record read back matches on both databases.
        var at = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
        var module = moduleOf.GetValueOrDefault(context.GetType()) ?? context.Model.GetDefaultSchema() ?? context.GetType().Name;
        return new AuditStamp(at, actor?.Name ?? "system", actor?.UnitCode, module, actor?.RequestId);
    }
}
