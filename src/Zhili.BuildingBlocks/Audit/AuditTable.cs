namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The audit table's name and its columns' names, quoted for SQL, as a context's model maps them (the name differs by
/// database, <see cref="AuditModel"/>), for the plain commands of <see cref="AuditInsert"/>, <see cref="AuditWriter"/>
/// and the sealer.
/// </summary>
internal sealed class AuditTable
{
    private readonly DbContext context;
    private readonly IEntityType type;
    private readonly StoreObjectIdentifier store;
    private readonly ISqlGenerationHelper sql;

    public AuditTable(DbContext context)
    {
        this.context = context;
        type = context.Model.FindEntityType(typeof(AuditRecord))
            ?? throw new InvalidOperationException($"{context.GetType().Name} does not map the audit table (AuditModel.MapAuditRecords).");
        store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        sql = context.GetService<ISqlGenerationHelper>();
        Name = sql.DelimitIdentifier(store.Name, store.Schema);
        // Unquoted, for pg_get_serial_sequence and sqlite_sequence.
        PlainName = store.Schema is null ? store.Name : $"{store.Schema}.{store.Name}";
    }

    public string Name { get; }

    public string PlainName { get; }

    public IProperty Property(string name) => type.FindProperty(name)!;

    public string Column(string property) => sql.DelimitIdentifier(PlainColumn(property));

    public string PlainColumn(string property) => Property(property).GetColumnName(store)!;

    /// <summary>A command on the context's connection, in its current transaction.</summary>
    public DbCommand Command(string text = "")
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = text;
        return command;
    }
}
