using Zhili.BuildingBlocks.Audit;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>Issue 3 "done when": a tampered or deleted audit row is found by the verifier at the right position.</summary>
public sealed class AuditTamperTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_a_sealed_record_changed_with_SQL_at_exactly_its_seq(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        try
        {
            await app.SealAsync();
            var target = (await app.RecordsAsync(q => q.Where(r => r.Seq == 42))).Single();

            (await app.Services.TamperAsync(database, "UPDATE {table} SET after = {0} WHERE id = {1}", """{"Name":"篡改"}""", target.Id)).ShouldBe(1);

            var verified = await app.VerifyAsync();
            verified.IsIntact.ShouldBeFalse();
            verified.Break!.Seq.ShouldBe(42);
            verified.Break.RecordId.ShouldBe(target.Id);
            verified.Break.Kind.ShouldBe(AuditBreakKind.Changed);
            verified.Sealed.ShouldBe(41, "the records before the break are intact");
            verified.Summary.ShouldStartWith($"broken at seq 42 (record id {target.Id}): ");

            var auditor = app.AuditorClient();
            var api = await auditor.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/audit/verify", Ct);
            api.GetProperty("intact").GetBoolean().ShouldBeFalse();
            api.GetProperty("brokenAtSeq").GetInt64().ShouldBe(42);
            api.GetProperty("recordId").GetInt64().ShouldBe(target.Id);
            var html = await (await auditor.VerifyOnPageAsync()).Content.ReadAsStringAsync(Ct);
            html.ShouldContain("data-chain=\"broken\"");
            html.ShouldContain($"第 42 号（记录编号 {target.Id}）");
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_reports_a_deleted_sealed_record_at_the_gap(TestDatabase database)
    {
        var app = await FreshAppAsync(database);
        try
        {
            await app.SealAsync();
            var next = (await app.RecordsAsync(q => q.Where(r => r.Seq == 8))).Single();

            (await app.Services.TamperAsync(database, "DELETE FROM {table} WHERE seq = 7")).ShouldBe(1);

            var verified = await app.VerifyAsync();
            verified.IsIntact.ShouldBeFalse();
            verified.Break!.Kind.ShouldBe(AuditBreakKind.Missing);
            verified.Break.Seq.ShouldBe(7);
            verified.Break.RecordId.ShouldBe(next.Id);
            verified.Summary.ShouldContain("seq 7 missing");
        }
        finally
        {
            await DisposeAppAsync(app);
        }
    }
}
