namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The audit record of a change made without SaveChanges (an <c>ExecuteUpdate</c> on one record), written by the one
/// writer path in the same transaction as the change (ARCHITECTURE rule 11: bulk writes are audited or not used).
/// The caller reads the changed values where no other writer can change them between its read and its update.
/// </summary>
public static class AuditedUpdate
{
    /// <param name="record">The record as it is after the change (its key and, for a unit-scoped record, its unit).</param>
    public static void Record(DbContext context, object record, IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after)
    {
        var (audit, records) = Records(context, record, before, after);
        audit.Writer.Write(context, records);
    }

    /// <inheritdoc cref="Record"/>
    public static Task RecordAsync(
        DbContext context, object record, IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after, CancellationToken ct)
    {
        var (audit, records) = Records(context, record, before, after);
        return audit.Writer.WriteAsync(context, records, ct);
    }

    private static (AuditInterceptor, List<AuditRecord>) Records(
        DbContext context, object record, IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An audited update and its audit record are written in one transaction.");
        }

        var audit = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditInterceptor>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{context.GetType().Name} has no audit interceptor.");
        var type = context.Model.FindEntityType(record.GetType())
            ?? throw new InvalidOperationException($"{record.GetType().Name} is not in {context.GetType().Name}'s model.");
        var draft = AuditDraft.Updated(type, record, audit.Privacy, before, after);
        return (audit, new AuditSave([draft], audit.Stamp(context)).Records().ToList());
    }
}
