using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.WageArrears.Data;
using Zhili.WageArrears.Domain;

namespace Zhili.WageArrears.Tests;

/// <summary>
/// A large register for the daily review: cases decided in January 2025 and never listed, each with its employer and
/// overdue for its listing decision (B-LIST) since 2025-02-10. Test data only: written set-based, as the load
/// generator's seeder does, without the audit records the app's own writes carry.
/// </summary>
public static class OverdueListings
{
    public const string EmployerName = "郑州测试劳务有限公司";

    /// <summary>Adds the cases in two statements (same SQL on SQLite and PostgreSQL) and returns their ids in order.</summary>
    public static async Task<List<int>> SeedAsync(ZhiliFactory app, int count)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WageArrearsDbContext>();
        string cases = Table<BlacklistCase>(db), parties = Table<Party>(db);
        var decided = new DateOnly(2025, 1, 6);
        var listingDue = new DateTime(2025, 2, 10, 16, 0, 0, DateTimeKind.Utc);
        var insertCases = $$"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {{count}})
            INSERT INTO {{cases}} (unit_code, decision_number, decision_date, grounds, listing_due_at, listing_due_rule,
              is_relisting, extensions, defence_filed_online, version)
            SELECT '410100-RSJ', '郑人社监处字〔2025〕' || i || '号', {0}, 0, {1}, 'B-LIST', FALSE, 0, FALSE, 0 FROM n
            """;
        await db.Database.ExecuteSqlRawAsync(insertCases, [decided, listingDue], ct);
        var insertParties = $"""
            INSERT INTO {parties} (case_id, kind, name, registered_outside_city)
            SELECT id, {(int)PartyKind.Employer}, '{EmployerName}' || id, FALSE FROM {cases}
            """;
        await db.Database.ExecuteSqlRawAsync(insertParties, ct);
        return await db.Cases.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
    }

    private static string Table<T>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        return entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
    }
}
