using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Security;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>
/// The intake writer saves a batch of appeals through SaveChanges inside its own transaction, as
/// <c>IntakeBatch</c> does: the audit interceptor writes their records through the one writer path (ARCHITECTURE
/// rule 11), and the scope guard judges the save.
/// </summary>
public sealed class IntakeAuditTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_the_writers_records_are_keyed_as_written_and_writers_and_sealers_at_once_leave_one_sealed_trail(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database);
        var who = new ActorSnapshot("office", "410100-SZDHS", "request-1");
        var sealer = app.Web.Services.GetRequiredService<AuditSealer>();
        var keys = app.Web.Services.GetRequiredService<AuditKeys>();

        await InsertAsync(app, who, "HLTESTCH0001");
        // The one writer path gives the writer's records their MAC as it inserts them; sealing is left to the sealer.
        var first = (await app.AuditAsync("Appeal")).Single();
        (first.KeyId, first.Mac).ShouldBe((keys.CurrentId, AuditMac.Compute(keys.Current, first)));
        first.ScopeUnit.ShouldBe("410105", "the appeal's unit, which scopes who reads the record");
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(first.After!)!["CallerName"].GetString().ShouldBe(AuditPrivacy.Withheld, "a confidential caller");

        // Writers and sealers at once, as under load on several nodes: every record ends up sealed exactly once.
        var numbers = Enumerable.Range(2, 8).Select(i => $"HLTESTCH{i:D4}").ToList();
        await Task.WhenAll(numbers.Select(n => Task.Run(() => InsertAsync(app, who, n), Ct))
            .Concat(Enumerable.Range(0, 3).Select(_ => Task.Run(() => sealer.SealAsync(Ct), Ct))));

        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        (await db.Records.CountAsync(r => r.Entity == "Appeal" && r.Module == HotlineDbContext.Module, Ct)).ShouldBe(9);
        // On PostgreSQL a transaction open elsewhere on the server (another test's) holds sealing back: seal until all is sealed.
        var verified = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(Ct);
        for (var run = 0; verified.Unsealed > 0 && run < 300; run++)
        {
            await sealer.SealAsync(Ct);
            await Task.Delay(100, Ct);
            verified = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(Ct);
        }

        verified.IsIntact.ShouldBeTrue(verified.Summary);
        (verified.Sealed, verified.Unsealed).ShouldBe((await db.Records.CountAsync(Ct), 0));
        (await db.Seals.SumAsync(s => s.Count, Ct)).ShouldBe(await db.Records.CountAsync(Ct));
    }

    /// <summary>
    /// Issue 4 item 4: with two app nodes on one PostgreSQL database, no writer waits on another for the audit trail.
    /// A node's intake transaction stays open while the other node's intake commits; before, the chain's lock held the
    /// second until the first committed.
    /// </summary>
    [Fact]
    public async Task Audit_on_PostgreSQL_two_nodes_intake_writers_do_not_wait_for_each_other()
    {
        Assert.SkipWhen(Databases.PostgresConnectionString is null, $"PostgreSQL not configured: set {Databases.PostgresVariable}");
        await using var database = await DatabaseInstance.CreateAsync(TestDatabase.Postgres);
        await using var one = IntakeApp.On(database);
        await using var two = IntakeApp.On(database);
        var who = new ActorSnapshot("office", "410100-SZDHS", "request-1");

        await using var scope = one.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using (var open = await db.Database.BeginTransactionAsync(Ct))
        {
            var appeal = Sample("HLTESTNW0001", scope);
            using (ActorSnapshot.Attribute(Attribution([appeal, .. appeal.Events], who)))
            {
                db.Appeals.Add(appeal);
                await db.SaveChangesAsync(Ct);
            }

            // The bound only keeps a broken build from hanging the run; nothing here measures time.
            await InsertAsync(two, who, "HLTESTNW0002").WaitAsync(TimeSpan.FromMinutes(1), Ct);
            (await two.AuditAsync("Appeal")).ShouldHaveSingleItem("the first node's is not committed yet");
            await open.CommitAsync(Ct);
        }

        (await one.AuditAsync("Appeal")).Count.ShouldBe(2);
        await one.Web.Services.GetRequiredService<AuditSealer>().SealAsync(Ct);
        await using var check = two.Web.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(Ct)).IsIntact.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_SCOPE_an_intake_save_is_judged_by_the_scope_guard(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);
        await using var app = IntakeApp.On(database);

        using (DataScope.Enter(DataScope.Everything(canWrite: false)))
        {
            await Should.ThrowAsync<ReadOnlyScopeException>(() => SaveAsync(app, "HLTESTSG0001"));
        }

        using (DataScope.Enter(DataScope.For(["410102"])))
        {
            // The appeal is assigned to 金水区 (410105): outside 中原区's scope.
            await Should.ThrowAsync<OutOfScopeException>(() => SaveAsync(app, "HLTESTSG0002"));
        }

        (await app.AppealsAsync(["HLTESTSG0001", "HLTESTSG0002"])).ShouldBeEmpty();
        (await app.AuditAsync("Appeal")).ShouldBeEmpty("a refused save leaves no audit record");
        using (DataScope.Enter(DataScope.For(["410105"])))
        {
            await SaveAsync(app, "HLTESTSG0003");
        }

        (await app.AppealsAsync(["HLTESTSG0003"])).ShouldHaveSingleItem();
    }

    private static async Task SaveAsync(IntakeApp app, string number)
    {
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        db.Appeals.Add(Sample(number, scope));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>One appeal saved in a transaction the writer opened, as the intake writer does it.</summary>
    private static async Task InsertAsync(IntakeApp app, ActorSnapshot who, string number)
    {
        await using var scope = app.Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var appeal = Sample(number, scope);
        await db.Database.OpenConnectionAsync(Ct);
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        using (ActorSnapshot.Attribute(Attribution([appeal, .. appeal.Events], who)))
        {
            db.Appeals.Add(appeal);
            await db.SaveChangesAsync(Ct);
        }

        await transaction.CommitAsync(Ct);
    }

    private static Appeal Sample(string number, AsyncServiceScope scope)
    {
        var at = new DateTime(2018, 7, 2, 1, 30, 15, DateTimeKind.Utc).AddTicks(1230);
        var appeal = new Appeal
        {
            TrackingNumber = number, Channel = Channel.Web, CallerName = "张卫东", CallerPhone = "13803710001", Confidential = true,
            Type = AppealType.Complaint, Urgent = true, CategoryCode = "110101", Address = "金水区经八路与红旗路交叉口",
            Latitude = 34.7745, Longitude = 113.6838, Description = "早晚高峰有流动摊贩占用人行道经营。", ReceivedAt = at, ReceivedBy = "office",
        };
        appeal.Received("office");
        appeal.Assign("410105", ["410100-CGJ", "410105-JD01"], at.AddMinutes(5), "office", scope.ServiceProvider.GetRequiredService<Sla>());
        return appeal;
    }

    private static Dictionary<object, ActorSnapshot> Attribution(IEnumerable<object> records, ActorSnapshot who) =>
        records.ToDictionary(r => r, _ => who, ReferenceEqualityComparer.Instance);
}
