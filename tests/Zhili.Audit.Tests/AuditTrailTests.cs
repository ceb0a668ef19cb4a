using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Data;
using Zhili.Identity.Inbox;
using Zhili.Identity.Partners;
using Zhili.Kernel.Units;
using static Zhili.Audit.Tests.AuditKit;

namespace Zhili.Audit.Tests;

/// <summary>Issue 3 item 5: every change writes one audit record of when, who, unit, entity, id, before and after, and request.</summary>
public sealed class AuditTrailTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_an_administrator_adding_a_street_writes_one_record_of_who_what_and_which_request(TestDatabase database)
    {
        var app = await fixture.App(database);
        await using var echoing = app.WithRequestIds();
        var street = new { code = "410105901", name = "测试路街道", parentCode = "410105", kind = "Street" };

        var response = await echoing.Client(TestSignIn.Admin).PostAsJsonAsync("/api/v1/kernel/units", street, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var record = (await app.RecordsAsync(q => q.Where(r => r.EntityId == "410105901"))).ShouldHaveSingleItem();
        record.Actor.ShouldBe("admin.test");
        record.UnitCode.ShouldBe("410100");
        record.Module.ShouldBe("kernel");
        record.Entity.ShouldBe(nameof(AdminUnit));
        record.Action.ShouldBe("Added");
        record.Before.ShouldBeNull();
        record.RequestId.ShouldBe(response.Headers.GetValues(RequestIdHeader).Single());
        record.At.ShouldBe(ZhiliFactory.DefaultNow.UtcDateTime);
        var after = JsonDocument.Parse(record.After!).RootElement;
        after.GetProperty("Code").GetString().ShouldBe("410105901");
        after.GetProperty("Name").GetString().ShouldBe("测试路街道");
        after.GetProperty("ParentCode").GetString().ShouldBe("410105");
        after.GetProperty("Kind").GetString().ShouldBe("Street");
        after.GetProperty("CreatedBy").GetString().ShouldBe("admin.test");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_refused_change_writes_no_record(TestDatabase database)
    {
        var app = await fixture.App(database);
        var before = (await app.RecordsAsync()).Count;

        // K-UNITS: the code must be the parent's code plus three digits.
        var response = await app.Client(TestSignIn.Admin).PostAsJsonAsync("/api/v1/kernel/units",
            new { code = "410102902", name = "错误街道", parentCode = "410105", kind = "Street" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.RecordsAsync()).Count.ShouldBe(before);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_a_key_the_database_generates_is_the_records_id_and_changes_log_only_what_changed(TestDatabase database)
    {
        var app = await fixture.App(database);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var item = new InboxItem { UnitCode = "410105", Kind = "test", Title = "原标题", Body = "正文", CreatedAt = ZhiliFactory.DefaultNow.UtcDateTime };
        db.InboxItems.Add(item);
        db.SaveChanges(); // the synchronous path

        item.Title = "新标题";
        await db.SaveChangesAsync(Ct);
        db.InboxItems.Remove(item);
        await db.SaveChangesAsync(Ct);

        var records = await app.RecordsAsync(q => q.Where(r => r.Entity == nameof(InboxItem) && r.EntityId == item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        records.Select(r => r.Action).ShouldBe(["Added", "Modified", "Deleted"]);
        records.ShouldAllBe(r => r.Module == "identity" && r.Actor == "system");
        records.ShouldAllBe(r => r.ScopeUnit == "410105", "the unit of the record described, which scopes who reads it");
        item.Id.ShouldBeGreaterThan(0);
        JsonDocument.Parse(records[0].After!).RootElement.GetProperty("Id").GetInt64().ShouldBe(item.Id);
        records[1].Before.ShouldBe("""{"Title":"原标题"}""");
        records[1].After.ShouldBe("""{"Title":"新标题"}""");
        var deleted = JsonDocument.Parse(records[2].Before!).RootElement;
        deleted.GetProperty("Title").GetString().ShouldBe("新标题");
        deleted.GetProperty("Body").GetString().ShouldBe("正文");
        records[2].After.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Audit_every_instant_in_before_and_after_carries_its_zone(TestDatabase database)
    {
        var app = await fixture.App(database);
        var created = new DateTime(2025, 6, 1, 8, 30, 0, DateTimeKind.Utc);
        var key = new ApiKey { Prefix = "zkzone01", Hash = new string('e', 64), Partner = "时区测试", Scopes = "test", CreatedAt = created, ExpiresAt = created.AddYears(1), RevokedAt = created };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync(Ct);
        }

        // Read back from the database, where a nullable instant comes without its kind on SQLite, then changed.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var stored = await db.ApiKeys.SingleAsync(k => k.Id == key.Id, Ct);
            stored.RevokedAt = created.AddDays(1);
            await db.SaveChangesAsync(Ct);
        }

        var records = await app.RecordsAsync(q => q.Where(r => r.Entity == nameof(ApiKey) && r.EntityId == key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        JsonDocument.Parse(records[0].After!).RootElement.GetProperty("CreatedAt").GetString().ShouldBe("2025-06-01T08:30:00.0000000Z");
        records[1].Before.ShouldBe("""{"RevokedAt":"2025-06-01T08:30:00.0000000Z"}""");
        records[1].After.ShouldBe("""{"RevokedAt":"2025-06-02T08:30:00.0000000Z"}""");
    }
}
