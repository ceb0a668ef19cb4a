using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Kernel.Data;
using Zhili.Kernel.Units;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>ARCHITECTURE rule 11: a change and its audit record commit together or not at all.</summary>
public sealed class AuditTransactionTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_save_the_database_refuses_leaves_neither_the_change_nor_a_record(TestDatabase database)
    {
        var app = await fixture.App(database);
        var before = (await app.RecordsAsync()).Count;

        // One good street and one with the code of an existing district: the insert of the second breaks the key.
        foreach (var sync in new[] { false, true })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
            db.Units.Add(Street("410105903", "好街道"));
            db.Units.Add(Street("410105", "重复代码街道"));
            if (sync)
            {
                Should.Throw<DbUpdateException>(() => db.SaveChanges());
            }
            else
            {
                await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            }
        }

        (await app.RecordsAsync()).Count.ShouldBe(before);
        await using (var check = app.Services.CreateAsyncScope())
        {
            (await check.ServiceProvider.GetRequiredService<KernelDbContext>().Units.AnyAsync(u => u.Code == "410105903", Ct)).ShouldBeFalse();
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_when_the_audit_record_cannot_be_written_the_change_is_undone_too(TestDatabase database)
    {
        var app = await fixture.App(database);
        // A trigger makes the database refuse the audit record of one street: the insert of the street itself succeeds.
        string[] refuse = database == TestDatabase.Sqlite
            ? ["CREATE TRIGGER audit_refuse BEFORE INSERT ON {table} WHEN NEW.entity_id = '410105999' BEGIN SELECT RAISE(ABORT, 'audit refused'); END"]
            : ["CREATE FUNCTION audit.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$",
               "CREATE TRIGGER audit_refuse BEFORE INSERT ON {table} FOR EACH ROW WHEN (NEW.entity_id = '410105999') EXECUTE FUNCTION audit.refuse()"];
        string[] allow = database == TestDatabase.Sqlite
            ? ["DROP TRIGGER audit_refuse"]
            : ["DROP TRIGGER audit_refuse ON {table}", "DROP FUNCTION audit.refuse()"];
        foreach (var sql in refuse)
        {
            await app.Services.TamperAsync(database, sql);
        }

        try
        {
            foreach (var sync in new[] { false, true })
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
                db.Units.Add(Street("410105999", "无审计街道"));
                if (sync)
                {
                    Should.Throw<DbUpdateException>(() => db.SaveChanges());
                }
                else
                {
                    await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
                }
            }
        }
        finally
        {
            foreach (var sql in allow)
            {
                await app.Services.TamperAsync(database, sql);
            }
        }

        await using var check = app.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<KernelDbContext>().Units.AnyAsync(u => u.Code == "410105999", Ct)).ShouldBeFalse();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_records_roll_back_with_the_callers_own_transaction(TestDatabase database)
    {
        var app = await fixture.App(database);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Units.Add(Street("410105904", "回滚街道"));
            await db.SaveChangesAsync(Ct);
            (await app.RecordsAsync(q => q.Where(r => r.EntityId == "410105904"))).ShouldBeEmpty("not committed yet");
            await transaction.RollbackAsync(Ct);
        }

        (await app.RecordsAsync(q => q.Where(r => r.EntityId == "410105904"))).ShouldBeEmpty();
        db.ChangeTracker.Clear();
        db.Units.Add(Street("410105905", "提交街道"));
        await db.SaveChangesAsync(Ct);
        (await app.RecordsAsync(q => q.Where(r => r.EntityId == "410105905"))).ShouldHaveSingleItem();
    }

    private static AdminUnit Street(string code, string name) => new()
    {
        Code = code, Name = name, Kind = UnitKind.Street, ParentCode = "410105", CreatedAt = ZhiliFactory.DefaultNow.UtcDateTime,
    };
}
