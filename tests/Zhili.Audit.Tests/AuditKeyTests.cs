using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Persistence;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>ARCHITECTURE rule 11: the audit keys live outside the database, are rotated by id, and without one the app does not start.</summary>
public sealed class AuditKeyTests
{
    private static readonly string K1 = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
    private static readonly string K2 = Convert.ToBase64String([.. Enumerable.Range(101, 32).Select(i => (byte)i)]);

    [Theory]
    [InlineData("Production", false, false)]
    [InlineData("Staging", false, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, true)]
    [InlineData("Testing", false, true)]
    public async Task Audit_without_a_key_only_demo_Development_and_tests_make_one_and_elsewhere_the_start_is_refused(string environment, bool demo, bool made)
    {
        var folder = Directory.CreateTempSubdirectory("zhili-keys-").FullName;
        try
        {
            var keys = Keys(folder, environment, new() { ["Zhili:Demo"] = demo ? "true" : "false" });
            var start = new AuditKeyCheck(keys);

            if (made)
            {
                await start.RunAsync(Ct);
                keys.Find(keys.CurrentId)!.Length.ShouldBe(32);
                File.ReadAllText(Path.Combine(folder, "audit-keys.json")).ShouldContain(keys.CurrentId, customMessage: "made in the data folder, beside the SQLite file");
            }
            else
            {
                var refused = await Should.ThrowAsync<AuditKeyException>(() => start.RunAsync(Ct));
                refused.Message.ShouldStartWith("未配置审计密钥，拒绝启动");
                File.Exists(Path.Combine(folder, "audit-keys.json")).ShouldBeFalse();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Audit_a_short_key_or_a_current_key_that_is_not_configured_is_refused()
    {
        // No key file in a folder of its own, whatever else the temp folder holds.
        var folder = Path.Combine(Path.GetTempPath(), $"zhili-keys-{Guid.NewGuid():N}");
        Should.Throw<AuditKeyException>(() => Keys(folder, "Production", new() { ["Zhili:Audit:Keys:k1"] = "c2hvcnQ=" }).CurrentId)
            .Message.ShouldContain("k1");
        Should.Throw<AuditKeyException>(() => Keys(folder, "Production", new() { ["Zhili:Audit:Keys:k1"] = K1, ["Zhili:Audit:Keys:k2"] = K2 }).CurrentId)
            .Message.ShouldContain("Zhili:Audit:CurrentKey");
        Keys(folder, "Production", new() { ["Zhili:Audit:Keys:k1"] = K1, ["Zhili:Audit:Keys:k2"] = K2, ["Zhili:Audit:CurrentKey"] = "k2" })
            .CurrentId.ShouldBe("k2");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_records_made_under_an_old_key_still_verify_after_the_key_is_rotated(TestDatabase database)
    {
        await using var db = await DatabaseInstance.CreateAsync(database);
        await using (var before = Start(db, ("k1", K1)))
        {
            await AuditSealingTests.AddStreetsAsync(before, "410105951");
            await before.SealAllAsync();
        }

        await using (var rotated = Start(db, ("k1", K1), ("k2", K2)))
        {
            await AuditSealingTests.AddStreetsAsync(rotated, "410105952");
            await rotated.SealAllAsync();
            var records = await rotated.RecordsAsync(q => q.Where(r => r.EntityId == "410105951" || r.EntityId == "410105952"));
            records.Select(r => r.KeyId).ShouldBe(["k1", "k2"]);
            (await rotated.SealsAsync()).Select(s => s.KeyId).Distinct().ShouldBe(["k1", "k2"]);
            var verified = await rotated.VerifyAsync();
            verified.IsIntact.ShouldBeTrue(verified.Summary);
        }

        await using var forgotten = Start(db, ("k2", K2));
        (await forgotten.VerifyAsync()).Findings.ShouldContain(f => f.Kind == AuditFindingKind.UnknownKey);
    }

    /// <summary>An app with these keys, the last one current.</summary>
    private static ZhiliFactory Start(DatabaseInstance db, params (string Id, string Key)[] keys)
    {
        var app = AuditFixture.Quiet(new ZhiliFactory(db));
        foreach (var (id, key) in keys)
        {
            app.Settings[$"Zhili:Audit:Keys:{id}"] = key;
        }

        app.Settings["Zhili:Audit:CurrentKey"] = keys[^1].Id;
        _ = app.Server;
        return app;
    }

    private static AuditKeys Keys(string folder, string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder, "zhili.db")}" };
        var host = new HostingEnvironment { EnvironmentName = environment, ContentRootPath = folder };
        return new AuditKeys(configuration, host, database, TimeProvider.System, NullLogger<AuditKeys>.Instance);
    }
}
