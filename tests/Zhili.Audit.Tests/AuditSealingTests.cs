using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.Identity.Data;
using Zhili.Identity.Inbox;
using Zhili.Kernel.Data;
using Zhili.Kernel.Units;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>
/// ARCHITECTURE rule 11: the sealer seals every committed record exactly once, in batches chained by their hashes,
/// without changing a record, however many sealers run, and anchors each batch in the checkpoint file.
/// </summary>
public sealed class AuditSealingTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_sealing_chains_every_record_into_batches_and_leaves_the_records_as_written(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        try
        {
            // Seeding the directory at start-up wrote one record per unit, each with its MAC.
            var written = await app.RecordsAsync();
            written.Count.ShouldBeGreaterThan(50);
            var keys = app.Keys();
            written.ShouldAllBe(r => r.KeyId == keys.CurrentId && r.Mac == AuditMac.Compute(keys.Current, r));

            (await app.SealAllAsync()).ShouldBe(written.Count);

            (await app.RecordsAsync()).Select(r => JsonSerializer.Serialize(r)).ShouldBe(written.Select(r => JsonSerializer.Serialize(r)), "sealing changes no record");
            var seals = await app.SealsAsync();
            seals.Select(s => s.Batch).ShouldBe(Enumerable.Range(1, seals.Count).Select(i => (long)i));
            seals.Sum(s => s.Count).ShouldBe(written.Count);
            var (previous, hash) = ((AuditSeal?)null, AuditSealHash.Genesis);
            foreach (var seal in seals)
            {
                var batch = await app.BatchAsync(previous, seal);
                batch.Count.ShouldBe(seal.Count);
                (batch[0].Id, batch[^1].Id).ShouldBe((seal.FirstId, seal.LastId));
                seal.Hash.ShouldBe(AuditSealHash.Compute(keys.Current, hash, seal, batch.Select(r => r.Mac)));
                (previous, hash) = (seal, seal.Hash);
            }

            (await app.SealAsync()).ShouldBe(0);
            var checkpoint = (await File.ReadAllLinesAsync(app.CheckpointFile(), Ct))[^1];
            checkpoint.ShouldContain($"\"batch\":{seals[^1].Batch},\"hash\":\"{seals[^1].Hash}\"");
            var exported = await app.AuditorClient().GetFromJsonAsync<JsonElement>("/api/v1/audit/checkpoints", Ct);
            exported.EnumerateArray().Select(c => (c.GetProperty("batch").GetInt64(), c.GetProperty("hash").GetString()))
                .ShouldBe(seals.Select(s => (s.Batch, (string?)s.Hash)), "every batch's checkpoint, for auditors to keep");
            var verified = await app.VerifyAsync();
            verified.IsIntact.ShouldBeTrue(verified.Summary);
            (verified.Batches, verified.Sealed, verified.Unsealed).ShouldBe((seals.Count, written.Count, 0));
            verified.Checkpoint!.Batch.ShouldBe(seals[^1].Batch);
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_records_written_later_go_into_later_batches_and_sealers_racing_leave_one_chain(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        try
        {
            await app.SealAllAsync();
            var before = (await app.SealsAsync()).Sum(s => s.Count);
            await AddStreetsAsync(app, "410105911", "410105912", "410105913");

            // Several sealers at once, as on several app nodes: each record ends up in exactly one batch.
            var sealers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(app.SealAsync, Ct)));
            var after = await app.SealAllAsync();

            (sealers.Sum() + after).ShouldBe(3, "the losers of a race seal nothing");
            var seals = await app.SealsAsync();
            seals.Sum(s => s.Count).ShouldBe(before + 3);
            seals.Select(s => s.Batch).ShouldBe(Enumerable.Range(1, seals.Count).Select(i => (long)i));
            var records = await app.RecordsAsync();
            records.Count.ShouldBe(before + 3);
            records.OrderBy(AuditPosition.Of).TakeLast(3).Select(r => r.EntityId).ShouldBe(["410105911", "410105912", "410105913"]);
            (await app.VerifyAsync()).IsIntact.ShouldBeTrue();
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    /// <summary>
    /// PostgreSQL hands out ids and commits in different orders. A batch holds only records of transactions older than
    /// every one still running, so a record that commits late, with a lower id, lands in a later batch: none is skipped.
    /// </summary>
    [Fact]
    public async Task Audit_a_record_committed_late_on_PostgreSQL_is_sealed_in_a_later_batch_and_none_is_skipped()
    {
        Assert.SkipWhen(Databases.PostgresConnectionString is null, $"PostgreSQL not configured: set {Databases.PostgresVariable}");
        var app = await FreshAppAsync(TestDatabase.Postgres);
        try
        {
            await app.SealAllAsync();
            await using var scope = app.Services.CreateAsyncScope();
            // An inbox notice: it is in no data set with a stamp, whose row lock would make the units' writer below wait.
            var early = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            await using var open = await early.Database.BeginTransactionAsync(Ct);
            early.InboxItems.Add(new InboxItem { UnitCode = "410105", Kind = "test", Title = "先写后提交" });
            await early.SaveChangesAsync(Ct);

            // Another writer commits meanwhile; it does not wait for the open transaction (no chain lock), and the sealer
            // leaves its record for later, since the open transaction might still commit a record before it.
            await AddStreetsAsync(app, "410105932");
            (await app.SealAsync()).ShouldBe(0);
            (await app.VerifyAsync()).Unsealed.ShouldBe(1);

            await open.CommitAsync(Ct);
            (await app.SealAllAsync()).ShouldBe(2);
            var records = (await app.RecordsAsync()).OrderBy(AuditPosition.Of).ToList();
            records.TakeLast(2).Select(r => r.Entity).ShouldBe([nameof(InboxItem), nameof(AdminUnit)], "in seal order, the early writer first");
            (await app.VerifyAsync()).IsIntact.ShouldBeTrue();
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_the_background_sealer_seals_when_its_interval_has_passed(TestDatabase database)
    {
        var app = new ZhiliFactory(await DatabaseInstance.CreateAsync(database));
        try
        {
            _ = app.Server;
            (await app.SealsAsync()).ShouldBeEmpty();

            app.Clock.Advance(TimeSpan.FromSeconds(AuditSealingService.DefaultIntervalSeconds));

            // The tick only starts the sealer; wait (bounded) until it has committed.
            for (var i = 0; i < 200 && (await app.VerifyAsync()).Unsealed > 0; i++)
            {
                await Task.Delay(50, Ct);
            }

            var verified = await app.VerifyAsync();
            verified.Unsealed.ShouldBe(0);
            verified.Sealed.ShouldBe((await app.RecordsAsync()).Count);
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    internal static async Task AddStreetsAsync(ZhiliFactory app, params string[] codes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        foreach (var code in codes)
        {
            db.Units.Add(new AdminUnit { Code = code, Name = $"测试{code}街道", Kind = UnitKind.Street, ParentCode = "410105" });
            await db.SaveChangesAsync(Ct);
        }
    }
}
