using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// An audit context on the connection and transaction of a module's context, for the interceptor to insert the audit
/// records with. A context of its own (rather than the module's) saves only the audit records, never the module's
/// entries a second time, and carries no interceptors, so the insert cannot re-enter the audit.
/// </summary>
public static class AuditConnection
{
    public static AuditDbContext Open(DbContext context)
    {
        var builder = new DbContextOptionsBuilder<AuditDbContext>();
        var connection = context.Database.GetDbConnection();
        if (context.Database.IsNpgsql())
        {
            builder.UseNpgsql(connection);
        }
        else if (context.Database.IsSqlite())
        {
            builder.UseSqlite(connection);
        }
        else
        {
            throw new NotSupportedException($"The audit trail supports SQLite and PostgreSQL, not {context.Database.ProviderName}.");
        }

        var audit = new AuditDbContext(builder.Options);
        if (context.Database.CurrentTransaction is { } transaction)
        {
            audit.Database.UseTransaction(transaction.GetDbTransaction());
        }

        return audit;
    }
}
