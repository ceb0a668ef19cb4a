using System.Text.Json;
using Zhili.BuildingBlocks.Audit;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>
/// Hardening issue item 5: every way of tampering with the trail that an intruder with database access has is found by
/// <c>audit verify</c>, and told apart: rewriting, deleting or inserting sealed records, cutting sealed batches off the
/// end, rewriting and sealing again with the key, editing a record before it is sealed.
/// </summary>
public sealed class AuditTamperTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_a_sealed_record_rewritten_with_SQL_in_the_API_and_the_page(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            var seals = await app.SealsAsync();
            var target = (await app.BatchAsync(null, seals[0]))[41];

            (await app.Services.TamperAsync(database, "UPDATE {table} SET after = {0} WHERE id = {1}", """{"Name":"篡改"}""", target.Id)).ShouldBe(1);

            var finding = (await app.VerifyAsync()).Findings.ShouldHaveSingleItem();
            (finding.Kind, finding.Batch, finding.RecordId).ShouldBe((AuditFindingKind.Rewritten, 1L, target.Id));
            var auditor = app.AuditorClient();
            var api = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
            api.GetProperty("intact").GetBoolean().ShouldBeFalse();
            var found = api.GetProperty("findings")[0];
            (found.GetProperty("kind").GetString(), found.GetProperty("recordId").GetInt64()).ShouldBe(("Rewritten", target.Id));
            var html = await (await auditor.VerifyOnPageAsync()).Content.ReadAsStringAsync(Ct);
            html.ShouldContain("data-chain=\"broken\"");
            html.ShouldContain("data-finding=\"Rewritten\"");
            html.ShouldContain($"（记录编号 {target.Id}）");
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_a_record_deleted_from_a_sealed_batch(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            var seals = await app.SealsAsync();
            var target = (await app.BatchAsync(null, seals[0]))[6];

            (await app.Services.TamperAsync(database, "DELETE FROM {table} WHERE id = {0}", target.Id)).ShouldBe(1);

            var finding = (await app.VerifyAsync()).Findings.ShouldHaveSingleItem();
            (finding.Kind, finding.Batch).ShouldBe((AuditFindingKind.Deleted, 1L));
            finding.Reason.ShouldContain($"sealed with {seals[0].Count} records and now holds {seals[0].Count - 1}");
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_a_record_inserted_into_a_sealed_batch(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            // A copy of a sealed record, MAC and all, under an id that falls inside the first batch.
            var columns = "at, actor, unit_code, module, entity, entity_id, action, before, after, request_id, key_id, mac"
                + (database == TestDatabase.Postgres ? ", writer_xid" : "");
            var first = (await app.SealsAsync())[0];
            (await app.Services.TamperAsync(database, $"INSERT INTO {{table}} (id, {columns}) SELECT -1, {columns} FROM {{table}} WHERE id = {{0}}",
                first.FirstId)).ShouldBe(1);

            var findings = (await app.VerifyAsync()).Findings;
            findings.ShouldContain(f => f.Kind == AuditFindingKind.Inserted && f.Batch == 1);
            findings.ShouldContain(f => f.Kind == AuditFindingKind.Rewritten && f.RecordId == -1, "its MAC was made for another id");
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_truncation_when_the_newest_sealed_batches_are_cut_off(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            await AuditSealingTests.AddStreetsAsync(app, "410105941");
            await app.SealAllAsync();
            var seals = await app.SealsAsync();
            var last = seals[^1];

            // The newest batch goes, records and seal: what is left is a consistent, shorter trail.
            await app.Services.TamperAsync(database, "DELETE FROM {table} WHERE id >= {0}", last.FirstId);
            await app.Services.TamperAsync(database, "DELETE FROM {seals} WHERE batch = {0}", last.Batch);

            var finding = (await app.VerifyAsync()).Findings.ShouldHaveSingleItem();
            (finding.Kind, finding.Batch).ShouldBe((AuditFindingKind.Truncated, last.Batch));
            finding.Reason.ShouldContain($"the database's last batch is {last.Batch - 1}");
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_records_rewritten_and_sealed_again_even_with_the_key(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            // An insider with the key rewrites a record, gives it a new MAC and seals every batch again from there on:
            // every MAC and every batch hash then match, and only the checkpoint outside the database tells.
            var keys = app.Keys();
            var seals = await app.SealsAsync();
            var target = (await app.BatchAsync(null, seals[0]))[3];
            target.Actor = "someone.else";
            await app.Services.TamperAsync(database, "UPDATE {table} SET actor = {0}, mac = {1} WHERE id = {2}",
                target.Actor, AuditMac.Compute(keys.Current, target), target.Id);
            var (previous, hash) = ((AuditSeal?)null, AuditSealHash.Genesis);
            foreach (var seal in seals)
            {
                var macs = (await app.BatchAsync(previous, seal)).Select(r => r.Mac);
                seal.Hash = AuditSealHash.Compute(keys.Current, hash, seal, macs);
                await app.Services.TamperAsync(database, "UPDATE {seals} SET hash = {0} WHERE batch = {1}", seal.Hash, seal.Batch);
                (previous, hash) = (seal, seal.Hash);
            }

            var finding = (await app.VerifyAsync()).Findings.ShouldHaveSingleItem();
            (finding.Kind, finding.Batch).ShouldBe((AuditFindingKind.Diverged, seals[^1].Batch));
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_a_record_edited_before_it_was_sealed(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            await AuditSealingTests.AddStreetsAsync(app, "410105942");
            var target = (await app.RecordsAsync(q => q.Where(r => r.EntityId == "410105942"))).Single();

            await app.Services.TamperAsync(database, "UPDATE {table} SET actor = {0} WHERE id = {1}", "someone.else", target.Id);

            var verified = await app.VerifyAsync();
            verified.Unsealed.ShouldBe(1);
            var finding = verified.Findings.ShouldHaveSingleItem();
            (finding.Kind, finding.RecordId).ShouldBe((AuditFindingKind.UnsealedRewritten, target.Id));
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_a_checkpoint_edited_in_its_file(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            var file = app.CheckpointFile();
            var lines = await File.ReadAllLinesAsync(file, Ct);
            var newest = JsonSerializer.Deserialize<AuditCheckpoint>(lines[^1], JsonSerializerOptions.Web)!;
            lines[^1] = JsonSerializer.Serialize(newest with { Hash = new string('0', 64) }, JsonSerializerOptions.Web);
            await File.WriteAllLinesAsync(file, lines, Ct);

            var finding = (await app.VerifyAsync()).Findings.ShouldHaveSingleItem();
            (finding.Kind, finding.Batch).ShouldBe((AuditFindingKind.CheckpointForged, newest.Batch));
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_the_sealer_signs_no_record_without_a_MAC_once_batches_were_sealed(TestDatabase database)
    {
        var app = await SealedAppAsync(database);
        try
        {
            // An intruder rewrites a record, drops its MAC and every batch, hoping the sealer will sign it as a legacy record.
            var target = (await app.RecordsAsync())[5];
            await app.Services.TamperAsync(database, "UPDATE {table} SET actor = {0}, key_id = NULL, mac = NULL WHERE id = {1}", "someone.else", target.Id);
            await app.Services.TamperAsync(database, "DELETE FROM {seals}");

            (await app.SealAsync()).ShouldBe(0);

            (await app.RecordsAsync(q => q.Where(r => r.Id == target.Id))).Single().Mac.ShouldBeNull();
            var findings = (await app.VerifyAsync()).Findings;
            findings.ShouldContain(f => f.Kind == AuditFindingKind.Truncated);
            findings.ShouldContain(f => f.Kind == AuditFindingKind.UnsealedRewritten && f.RecordId == target.Id);
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    /// <summary>A fresh app whose start-up records are all sealed, and intact.</summary>
    private static async Task<ZhiliFactory> SealedAppAsync(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        await app.SealAllAsync();
        (await app.VerifyAsync()).IsIntact.ShouldBeTrue();
        return app;
    }
}
