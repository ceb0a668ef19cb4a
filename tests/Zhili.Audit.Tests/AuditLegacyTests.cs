using Zhili.BuildingBlocks.Audit;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>
/// Records written before records carried MACs (docs/security.md): the first seal gives them their MAC, and their legacy
/// hash chain is still verified, so a change made to them before that is still found.
/// </summary>
public sealed class AuditLegacyTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_legacy_records_are_signed_at_the_first_seal_and_their_chain_still_verifies(TestDatabase database)
    {
        var app = await LegacyAppAsync(database);
        try
        {
            var legacy = await app.RecordsAsync();

            (await app.SealAllAsync()).ShouldBe(legacy.Count);

            var keys = app.Keys();
            (await app.RecordsAsync()).ShouldAllBe(r => r.KeyId == keys.CurrentId && r.Mac == AuditMac.Compute(keys.Current, r));
            var verified = await app.VerifyAsync();
            verified.IsIntact.ShouldBeTrue(verified.Summary);
            verified.Sealed.ShouldBe(legacy.Count);
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_legacy_record_changed_before_it_was_signed_breaks_the_legacy_chain(TestDatabase database)
    {
        var app = await LegacyAppAsync(database);
        try
        {
            var target = (await app.RecordsAsync(q => q.Where(r => r.Seq == 9))).Single();
            await app.Services.TamperAsync(database, "UPDATE {table} SET actor = {0} WHERE id = {1}", "someone.else", target.Id);

            await app.SealAllAsync();

            var finding = (await app.VerifyAsync()).Findings.ShouldHaveSingleItem();
            (finding.Kind, finding.RecordId).ShouldBe((AuditFindingKind.LegacyBroken, target.Id));
            finding.Reason.ShouldContain("at seq 9");
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    /// <summary>
    /// A fresh app whose records look as the migration leaves those of an older version: no key id, no MAC, and the
    /// first twenty chained one by one (Seq, Hash) as the old sealer did.
    /// </summary>
    private static async Task<ZhiliFactory> LegacyAppAsync(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        await app.Services.TamperAsync(database, "UPDATE {table} SET key_id = NULL, mac = NULL");
        var (seq, previous) = (0L, AuditChain.Genesis);
        foreach (var record in (await app.RecordsAsync()).Take(20))
        {
            (seq, previous) = (seq + 1, AuditChain.Hash(previous, record));
            await app.Services.TamperAsync(database, "UPDATE {table} SET seq = {0}, hash = {1} WHERE id = {2}", seq, previous, record.Id);
        }

        return app;
    }
}
