using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.Web.Cli;
using Zhili.Web.Hosting;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>Issue 3 item 5: <c>audit seal</c>, <c>audit verify</c> and <c>audit checkpoints</c> on the command line, against a real database.</summary>
public sealed class AuditCliTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_exits_0_when_intact_and_1_naming_the_rewritten_record(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);

        // On PostgreSQL a transaction open elsewhere on the server can hold sealing back: seal again until all is sealed.
        var (sealedCount, exit, output) = (0, 0, "");
        for (var run = 0; run == 0 || (output.Contains("not yet sealed", StringComparison.Ordinal) && run < 100); run++)
        {
            (exit, output) = await CommandLine.RunAsync(database, "audit", "seal");
            exit.ShouldBe(0);
            sealedCount += int.Parse(output.Trim().Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            (exit, output) = await CommandLine.RunAsync(database, "audit", "verify");
            exit.ShouldBe(0);
        }

        sealedCount.ShouldBeGreaterThan(10, "migrating seeded the directory, which is audited");
        var lines = output.Trim().Split('\n');
        lines[0].ShouldMatch($"^intact: {sealedCount} records in [0-9]+ batches$");
        var head = System.Text.RegularExpressions.Regex.Match(lines[1], "^head: batch ([0-9]+) hash ([0-9a-f]{64})$");
        head.Success.ShouldBeTrue(lines[1]);
        lines[2].ShouldBe($"checkpoint: batch {head.Groups[1].Value} hash {head.Groups[2].Value}");

        (exit, output) = await CommandLine.RunAsync(database, "audit", "checkpoints");
        exit.ShouldBe(0);
        output.Trim().Split('\n')[^1].ShouldStartWith($"{{\"batch\":{head.Groups[1].Value},\"hash\":\"{head.Groups[2].Value}\"");

        long id;
        await using (var app = ZhiliApp.Build(Invocation.Parse(["audit", "verify", .. database.HostArgs])))
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.OrderBy(r => r.Id).Skip(4).Select(r => r.Id).FirstAsync(Ct);
            (await app.Services.TamperAsync(kind, "UPDATE {table} SET actor = {0} WHERE id = {1}", "someone.else", id)).ShouldBe(1);
        }

        (exit, output) = await CommandLine.RunAsync(database, "audit", "verify");
        exit.ShouldBe(1);
        output.ShouldStartWith("broken: Rewritten: record " + id + " of batch ");
        output.ShouldContain("its content does not match its MAC");
    }

    [Fact]
    public async Task Audit_the_usage_lists_the_audit_commands()
    {
        await using var database = await DatabaseInstance.CreateAsync(TestDatabase.Sqlite);
        var (exit, output) = await CommandLine.RunAsync(database, "audit");
        exit.ShouldBe(2);
        output.ShouldContain("audit verify");
        output.ShouldContain("audit seal");
        output.ShouldContain("audit checkpoints");
    }
}
