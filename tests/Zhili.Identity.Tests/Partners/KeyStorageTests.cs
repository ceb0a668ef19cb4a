using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.Identity.Data;
using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Partners;

/// <summary>Issue 3 item 3: a key is hashed at rest and shown once; its secret is in no table, not even the audit trail.</summary>
public sealed class KeyStorageTests(PartnerFixture fixture) : IClassFixture<PartnerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_key_is_stored_as_its_SHA256_and_its_secret_is_neither_in_the_key_table_nor_in_the_audit_trail(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);
        await PartnerKeys.RevokeAsync(app, key.Id);
        var secretPart = key.Secret[12..];

        using var scope = app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().ApiKeys.AsNoTracking().SingleAsync(k => k.Id == key.Id, Ct);
        row.Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Secret))));
        row.Prefix.ShouldBe(key.Secret[3..11]);
        Texts(row).ShouldAllBe(text => !text.Contains(secretPart, StringComparison.Ordinal));

        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking().ToListAsync(Ct);
        audit.SelectMany(Texts).ShouldAllBe(text => !text.Contains(secretPart, StringComparison.Ordinal));
        // Issuing and revoking were audited, with who did it.
        var trail = audit.Where(r => r.Entity == "ApiKey" && r.EntityId == key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        trail.Select(r => r.Action).ShouldBe(["Added", "Modified"], ignoreOrder: true);
        trail.ShouldAllBe(r => r.Actor == "admin.test");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Last_use_is_recorded_at_most_once_a_minute(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, BlacklistScope);
        var partner = app.PartnerClient(key.Secret);
        (await PartnerKeys.GetAsync(app, key.Id)).GetProperty("lastUsedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var first = app.Clock.GetUtcNow().UtcDateTime;
        (await partner.GetAsync(BlacklistUrl, Ct)).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromSeconds(40));
        (await partner.GetAsync(BlacklistUrl, Ct)).EnsureSuccessStatusCode();
        (await PartnerKeys.GetAsync(app, key.Id)).GetProperty("lastUsedAt").GetDateTime().ShouldBe(first);

        app.Clock.Advance(TimeSpan.FromSeconds(20));
        (await partner.GetAsync(BlacklistUrl, Ct)).EnsureSuccessStatusCode();
        (await PartnerKeys.GetAsync(app, key.Id)).GetProperty("lastUsedAt").GetDateTime().ShouldBe(first.AddMinutes(1));

        // Each recorded use is a save like any other, in the audit trail (ARCHITECTURE rule 11).
        using var scope = app.Services.CreateScope();
        var uses = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Entity == "ApiKey" && r.EntityId == key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && r.Action == "Modified")
            .OrderBy(r => r.Id).Select(r => r.After).ToListAsync(Ct);
        uses.Count.ShouldBe(2);
        uses.ShouldAllBe(a => a!.StartsWith("{\"LastUsedAt\":", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Texts(object entity) =>
        entity.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string?)p.GetValue(entity) ?? "");
}
