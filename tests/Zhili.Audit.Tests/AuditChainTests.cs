using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.Kernel.Data;
using Zhili.Kernel.Units;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>ARCHITECTURE rule 11: the sealer chains every record exactly once, in id order, however many sealers run.</summary>
public sealed class AuditChainTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_sealing_chains_every_record_in_id_order(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        try
        {
            // Seeding the directory at start-up wrote one record per unit.
            var unsealed = await app.RecordsAsync();
            unsealed.Count.ShouldBeGreaterThan(50);
            unsealed.ShouldAllBe(r => r.Seq == null && r.Hash == null);

            (await app.SealAsync()).ShouldBe(unsealed.Count);

            var chain = await app.RecordsAsync();
            chain.Select(r => r.Seq).ShouldBe(Enumerable.Range(1, chain.Count).Select(i => (long?)i));
            var previous = AuditChain.Genesis;
            foreach (var record in chain)
            {
                record.Hash.ShouldBe(AuditChain.Hash(previous, record));
                previous = record.Hash!;
            }

            (await app.SealAsync()).ShouldBe(0);
            var verified = await app.VerifyAsync();
            verified.IsIntact.ShouldBeTrue();
            verified.Sealed.ShouldBe(chain.Count);
            verified.Unsealed.ShouldBe(0);
            verified.Head.ShouldBe(chain[^1].Hash);
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_records_written_later_are_chained_on_and_sealers_racing_leave_one_chain(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        try
        {
            await app.SealAsync();
            var sealedBefore = (await app.RecordsAsync()).Count;
            await AddStreetsAsync(app, "410105911", "410105912", "410105913");

            // Several sealers at once, as on several app nodes: each record ends up in the chain exactly once.
            var sealers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(app.SealAsync, Ct)));
            await app.SealAsync();

            sealers.Sum().ShouldBeLessThanOrEqualTo(3);
            var chain = await app.RecordsAsync();
            chain.Count.ShouldBe(sealedBefore + 3);
            chain.Select(r => r.Seq).Order().ShouldBe(Enumerable.Range(1, chain.Count).Select(i => (long?)i));
            (await app.VerifyAsync()).IsIntact.ShouldBeTrue();
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_record_committed_after_the_sealer_passed_its_id_is_chained_at_the_next_run(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        try
        {
            await app.SealAsync();
            var sealedBefore = (await app.RecordsAsync()).Count;

            // A writer that drew its key before the records just sealed and committed after them (PostgreSQL's sequences
            // give keys out of commit order): a run's later batches go on from the last id, so only the next run finds it.
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
                db.Records.Add(new AuditRecord
                {
                    Id = -1, At = DateTime.UtcNow, Actor = "late.writer", Module = "audit", Entity = "Test", EntityId = "late", Action = "Added",
                });
                await db.SaveChangesAsync(Ct);
            }

            (await app.SealAsync()).ShouldBe(1);
            var late = (await app.RecordsAsync(q => q.Where(r => r.Id == -1))).Single();
            late.Seq.ShouldBe(sealedBefore + 1);
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
            (await app.RecordsAsync()).ShouldAllBe(r => r.Seq == null);

            app.Clock.Advance(TimeSpan.FromSeconds(AuditSealingService.DefaultIntervalSeconds));

            // The tick only starts the sealer; wait (bounded) until it has committed.
            for (var i = 0; i < 200 && (await app.RecordsAsync()).Any(r => r.Seq == null); i++)
            {
                await Task.Delay(50, Ct);
            }

            (await app.RecordsAsync()).ShouldAllBe(r => r.Seq != null);
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    private static async Task AddStreetsAsync(ZhiliFactory app, params string[] codes)
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
