using Zhili.Web.Cli;
using Zhili.Web.Hosting;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>Issue 3 item 5: <c>audit seal</c> and <c>audit verify</c> on the command line, against a real database.</summary>
public sealed class AuditCliTests
{
    private static string[] HostArgs(DatabaseInstance database) =>
        ["--environment", "Testing", "--Zhili:Database:Provider", database.Provider, "--Zhili:Database:ConnectionString", database.ConnectionString];

    private static async Task<(int Exit, string Output)> RunAsync(DatabaseInstance database, params string[] args)
    {
        var invocation = Invocation.Parse([.. args, .. HostArgs(database)]);
        await using var app = ZhiliApp.Build(invocation);
        using var output = new StringWriter();
        var exit = await CliCommands.RunAsync(app, invocation.Command, output);
        return (exit, output.ToString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_verify_exits_0_when_intact_and_1_at_the_tampered_seq(TestDatabase kind)
    {
        await using var database = await DatabaseInstance.CreateAsync(kind);

        var (exit, output) = await RunAsync(database, "audit", "seal");
        exit.ShouldBe(0);
        var sealedCount = int.Parse(output.Trim().Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        sealedCount.ShouldBeGreaterThan(10, "migrating seeded the directory, which is audited");

        (exit, output) = await RunAsync(database, "audit", "verify");
        exit.ShouldBe(0);
        var lines = output.Trim().Split('\n');
        lines[0].ShouldBe($"intact: {sealedCount} records");
        lines[1].ShouldMatch($"^head: seq {sealedCount} hash [0-9a-f]{{64}}$");

        var invocation = Invocation.Parse(["audit", "verify", .. HostArgs(database)]);
        await using (var app = ZhiliApp.Build(invocation))
        {
            (await app.Services.TamperAsync(kind, "UPDATE {table} SET actor = {0} WHERE seq = 5", "someone.else")).ShouldBe(1);
        }

        (exit, output) = await RunAsync(database, "audit", "verify");
        exit.ShouldBe(1);
        output.ShouldStartWith("broken at seq 5 (record id ");
        output.ShouldContain("changed after sealing");
    }

    [Fact]
    public async Task Audit_the_usage_lists_the_audit_commands()
    {
        await using var database = await DatabaseInstance.CreateAsync(TestDatabase.Sqlite);
        var (exit, output) = await RunAsync(database, "audit");
        exit.ShouldBe(2);
        output.ShouldContain("audit verify");
        output.ShouldContain("audit seal");
    }
}
