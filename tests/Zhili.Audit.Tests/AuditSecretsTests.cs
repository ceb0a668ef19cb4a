using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Data;
using Zhili.Identity.Domain;
using Zhili.Identity.Partners;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>The audit log is read by auditors and exported to spreadsheets: it must never hold a secret.</summary>
public sealed class AuditSecretsTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_no_record_holds_a_password_hash_a_stamp_a_key_hash_or_key_material(TestDatabase database)
    {
        var app = await fixture.App(database);
        string passwordHash;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>();
            var user = new ZhiliUser { UserName = "secret.test", DisplayName = "保密测试", UnitCode = "410105" };
            (await users.CreateAsync(user, "Initial2018pass")).Succeeded.ShouldBeTrue();
            (await users.ChangePasswordAsync(user, "Initial2018pass", "Changed2018pass")).Succeeded.ShouldBeTrue();
            passwordHash = user.PasswordHash!;

            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            db.ApiKeys.Add(new ApiKey { Prefix = "zkaudit1", Hash = new string('f', 64), Partner = "审计测试", Scopes = "test", ExpiresAt = DateTime.UnixEpoch });
            await db.SaveChangesAsync(Ct);
        }

        // A form with an antiforgery token makes the app create (and store) its data-protection key ring.
        (await app.Client().GetAsync("/account/sign-in", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().DataProtectionKeys.CountAsync(Ct)).ShouldBeGreaterThan(0);
        }

        var records = await app.RecordsAsync();
        var userRecords = records.Where(r => r.Entity == nameof(ZhiliUser)).ToList();
        userRecords.Select(r => r.Action).ShouldContain("Added");
        userRecords.Select(r => r.Action).ShouldContain("Modified", "the password change is logged, without the password");
        records.ShouldContain(r => r.Entity == nameof(ApiKey) && r.Action == "Added");
        records.ShouldNotContain(r => r.Entity == "DataProtectionKey");
        var json = string.Join("\n", records.SelectMany(r => new[] { r.Before, r.After }).OfType<string>());
        json.ShouldContain("保密测试");
        json.ShouldNotContain(passwordHash);
        json.ShouldNotContain("\"PasswordHash\"");
        json.ShouldNotContain("\"SecurityStamp\"");
        json.ShouldNotContain("\"ConcurrencyStamp\"");
        json.ShouldNotContain(new string('f', 64));
        json.ShouldNotContain("<key ");
    }
}
