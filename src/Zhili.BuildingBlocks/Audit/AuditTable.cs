using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The audit table's name and its columns' names, quoted for SQL, as a context's model maps them (the name differs by
/// database, <see cref="AuditModel"/>), for the plain commands of <see cref="AuditInsert"/> and <see cref="AuditSealer"/>.
/// </summary>
internal sealed class AuditTable
{
    private readonly IEntityType type;
    private readonly StoreObjectIdentifier store;
    private readonly ISqlGenerationHelper sql;

    public AuditTable(DbContext context)
    {
        type = context.Model.FindEntityType(typeof(AuditRecord))
            ?? throw new InvalidOperationException($"{context.GetType().Name} does not map the audit table (AuditModel.MapAuditRecords).");
        store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        sql = context.GetService<ISqlGenerationHelper>();
        Name = sql.DelimitIdentifier(store.Name, store.Schema);
    }

    public string Name { get; }

    public IProperty Property(string name) => type.FindProperty(name)!;

    public string Column(string property) => sql.DelimitIdentifier(Property(property).GetColumnName(store)!);
}
