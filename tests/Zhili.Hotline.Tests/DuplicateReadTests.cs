using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Persistence;
using Zhili.BuildingBlocks.Security;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Features.Duplicates;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>
/// H-FLOW duplicate suggestions by phone read the caller's phone without dashes (<see cref="Appeal.CallerPhoneKey"/>),
/// and on PostgreSQL these reads are prepared once per connection and then
/// run on one plan made without the values (a generic plan): planned at every call they cost the server more than the
/// intake's writes (issue 4, Performance). For a city-wide scope they read past the data-scope filter; a unit's scope
/// keeps it (K-SCOPE). The office's suggestions come from memory (<see cref="DuplicateFeed"/>, DuplicateFeedTests); these
/// reads answer a unit, and a window reaching back past what the memory holds.
/// </summary>
public sealed class DuplicateReadTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_appeals_stored_before_the_phone_key_get_it_from_its_migration(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database);
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        db.Appeals.Add(Received("HLTESTMK0001", "0371-67180003", new DateTime(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync(Ct);

        // Back to the migration before the key (its column goes), then forward again: the stored appeal gets its key.
        var migrations = db.Database.GetMigrations().ToList();
        var keyMigration = migrations.FindIndex(m => m.EndsWith("_CallerPhoneKey", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[keyMigration - 1], cancellationToken: Ct);
        await migrator.MigrateAsync(cancellationToken: Ct);

        var stored = await db.Appeals.IgnoreQueryFilters().AsNoTracking().ToListAsync(Ct);
        stored.Single(a => a.TrackingNumber == "HLTESTMK0001").CallerPhoneKey.ShouldBe("037167180003");
        stored.ShouldAllBe(a => a.CallerPhoneKey == a.CallerPhone.Replace("-", ""));
    }

    [Fact]
    public async Task H_FLOW_duplicate_reads_are_prepared_once_per_connection_and_keep_one_plan_on_PostgreSQL()
    {
        Assert.SkipWhen(Databases.PostgresConnectionString is null, $"PostgreSQL not configured: set {Databases.PostgresVariable}");
        await using var database = await DatabaseInstance.CreateAsync(TestDatabase.Postgres);
        await using var app = IntakeApp.On(database);
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var finder = scope.ServiceProvider.GetRequiredService<DuplicateFinder>();
        var at = new DateTime(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc);
        db.Appeals.Add(Received("HLTESTPR0001", "0371-67180003", at));
        await db.SaveChangesAsync(Ct);
        await db.Database.OpenConnectionAsync(Ct);

        // The same landline written without its dash, at the same place: found by phone and by place, every time.
        // The database's reads, as a unit's scope, or a window the office's memory no longer holds, is answered.
        var probe = DuplicateProbe.Of(Received("HLTESTPR0002", "037167180003", at.AddHours(1)), new DuplicateOptions());
        for (var i = 0; i < 8; i++)
        {
            (await finder.ReadAsync(probe, Ct)).Values.Single().TrackingNumber.ShouldBe("HLTESTPR0001");
        }

        // Two reads (phone, place), each prepared once on this connection at its second call (Npgsql's automatic
        // preparation); after the server's five trial plans it keeps the generic one for the remaining two of eight calls
        // (a plan for each call would show as custom plans only).
        var plans = await db.Database.SqlQueryRaw<long>(
            "SELECT generic_plans AS \"Value\" FROM pg_prepared_statements WHERE name LIKE '\\_auto%' AND statement LIKE '%FROM hotline.appeals%'").ToListAsync(Ct);
        plans.Count.ShouldBe(2);
        plans.ShouldAllBe(n => n >= 2);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_SCOPE_duplicate_suggestions_keep_to_a_units_scope_and_the_city_wide_read_sees_every_unit(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database);
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var finder = scope.ServiceProvider.GetRequiredService<DuplicateFinder>();
        var at = new DateTime(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc);
        var stored = Received("HLTESTSC0001", "13903710051", at);
        stored.Assign("410105", [], at, "office", scope.ServiceProvider.GetRequiredService<Sla>());
        db.Appeals.Add(stored);
        await db.SaveChangesAsync(Ct);
        var probe = Received("HLTESTSC0002", "13903710051", at.AddHours(1));

        async Task<string[]> Suggested(DataScope unitScope)
        {
            using (DataScope.Enter(unitScope))
            {
                return [.. (await finder.SuggestAsync(probe, Ct)).Select(s => s.TrackingNumber)];
            }
        }

        (await Suggested(DataScope.Everything(canWrite: true))).ShouldBe(["HLTESTSC0001"]);
        (await Suggested(DataScope.Everything(canWrite: false))).ShouldBe(["HLTESTSC0001"]);
        (await Suggested(DataScope.For(["410105"]))).ShouldBe(["HLTESTSC0001"]);
        // 中原区 does not see 金水区's appeal, by phone or by place.
        (await Suggested(DataScope.For(["410102"]))).ShouldBeEmpty();
    }

    private static Appeal Received(string number, string phone, DateTime at)
    {
        var appeal = new Appeal
        {
            TrackingNumber = number, Channel = Channel.Phone, CallerName = "张卫东", CallerPhone = phone, Type = AppealType.Complaint,
            CategoryCode = "110101", Address = "二七区大学路与陇海路交叉口", Latitude = 34.7247, Longitude = 113.6505,
            Description = "早晚高峰有流动摊贩占用人行道经营。", ReceivedAt = at, ReceivedBy = "office",
        };
        appeal.Received("office");
        return appeal;
    }
}
