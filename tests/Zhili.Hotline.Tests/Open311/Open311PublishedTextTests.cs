using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Hotline.Data;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>Published text (K-MASK, clean XML): what the public GET answers and the bulletins make of a citizen's words.</summary>
public sealed class Open311PublishedTextTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static async Task<string> ReceiveAsync(ZhiliFactory app, string address, string description)
    {
        var body = new
        {
            channel = "Phone", callerName = "张卫东", callerPhone = "037165551234", confidential = false, type = "Help", urgent = false,
            categoryCode = "110101", address, latitude = 34.7247, longitude = 113.6505, description,
        };
        return (await app.Client(Office).PostOk("/api/v1/hotline/appeals", body)).Str("trackingNumber")!;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_MASK_published_description_and_address_mask_contacts_however_written(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = await ReceiveAsync(app, "大学路卫东家楼下（电话 0371 6555 1234）",
            "卫东反映：请回 +86 138 0371 0001 或 0086-139-1234-5678，邮箱 weidong.zhang@example.cn，身份证 41010219900101123X。");
        foreach (var format in Open311Client.Formats)
        {
            var request = (await app.Open311(format).GetAsync($"requests/{number}")).Ok().Items.Single();
            request.Str("description").ShouldBe(
                "**反映：请回 +86 138 **** 0001 或 0086-139-****-5678，邮箱 w************@example.cn，身份证 410102********123X。");
            request.Str("address").ShouldBe("大学路**家楼下（电话 0371 **** 1234）");
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_MASK_bulletin_hot_places_publish_the_address_masked(TestDatabase database)
    {
        var app = await fixture.App(database);
        await ReceiveAsync(app, "大学路12号张卫东家门口，手机138-0371-0001", "路面塌陷。");
        var bulletin = await app.Client(Office).GetFromJsonAsync<JsonElement>("/api/v1/hotline/bulletins/month?date=2025-06-10", Ct);
        bulletin.GetProperty("topPlaces").EnumerateArray().Single().Str("address").ShouldBe("大学路12号张**家门口，手机138-****-0001");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_a_stored_appeal_with_characters_XML_forbids_still_reads_as_valid_XML_and_JSON(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = await ReceiveAsync(app, "大学路", "路面塌陷。");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As an old record, written before intake cleaned text: straight into the table, past every check.
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            await db.Appeals.Where(a => a.TrackingNumber == number).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Description, "路面\u0001塌陷\u0008，\u001B[31m已\uFFFE三天\uFDD0。")
                .SetProperty(a => a.Address, "大学路\u000B12号\uFFFF"), Ct);
        }

        foreach (var format in Open311Client.Formats)
        {
            foreach (var resource in new[] { "requests", $"requests/{number}" })
            {
                var request = (await app.Open311(format).GetAsync(resource)).Ok().Items.Single();
                request.Str("description").ShouldBe("路面塌陷，[31m已三天。");
                request.Str("address").ShouldBe("大学路12号");
            }
        }
    }
}
