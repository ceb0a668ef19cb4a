using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>GeoReport v2 GET Service Requests with each filter, GET Service Request, and the token lookup.</summary>
public sealed class Open311RequestTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    /// <summary>The office takes an appeal of <paramref name="category"/> at the app's time; its tracking number.</summary>
    internal static async Task<string> ReceiveAsync(ZhiliFactory app, string category, bool confidential = false, string? description = null)
    {
        var body = new
        {
            channel = "Phone", callerName = "张卫东", callerPhone = "13803710001", confidential, type = "Help", urgent = false,
            categoryCode = category, address = "二七区大学路与陇海路交叉口", latitude = 34.7247, longitude = 113.6505,
            description = description ?? "路面塌陷，车辆绕行。",
        };
        return (await app.Client(Office).PostOk("/api/v1/hotline/appeals", body)).Str("trackingNumber")!;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_requests_are_selected_by_id_service_code_dates_status_and_page(TestDatabase database)
    {
        var app = await fixture.App(database);
        var old = await ReceiveAsync(app, "110101"); // 10 June 2025
        app.At(2025, 9, 15, 9);
        var a = await ReceiveAsync(app, "110101");
        app.At(2025, 9, 16, 10);
        var b = await ReceiveAsync(app, "110202");
        app.At(2025, 9, 17, 15);
        var c = await ReceiveAsync(app, "120201");
        var closing = (await app.AppealAsync(c)).GetProperty("id").GetInt64();
        await app.Client(Office).PostOk($"/api/v1/hotline/appeals/{closing}/close", new { reason = "Resolved" });
        foreach (var format in Open311Client.Formats)
        {
            var client = app.Open311(format);
            async Task<IEnumerable<string?>> Ids(string query) =>
                (await client.GetAsync("requests", query)).Ok().Items.Select(r => r.Str("service_request_id"));

            (await Ids("")).ShouldBe([c, b, a]); // the last 90 days (from 19 June), newest first
            (await Ids($"?service_request_id={a},{old}&status=closed&service_code=120201")).ShouldBe([a, old]); // the ids override the rest
            (await Ids("?service_code=110202")).ShouldBe([b]);
            (await Ids("?service_code=110101,110202")).ShouldBe([b, a]);
            (await Ids("?status=closed")).ShouldBe([c]);
            (await Ids("?status=open")).ShouldBe([b, a]);
            (await Ids("?status=open,closed")).ShouldBe([c, b, a]);
            (await Ids("?start_date=2025-09-16T00:00:00%2B08:00&end_date=2025-09-16T23:59:59%2B08:00")).ShouldBe([b]);
            (await Ids("?start_date=2025-09-16&end_date=2025-09-16")).ShouldBe([b]); // bare dates: that Beijing day
            (await Ids("?start_date=2025-06-01T00:00:00Z")).ShouldBe([old]); // 90 days from the start: to 30 August
            (await Ids("?end_date=2025-09-15T23:59:59Z")).ShouldBe([a]); // 90 days up to the end: from 17 June
            (await Ids("?page_size=2")).ShouldBe([c, b]);
            (await Ids("?page=2&page_size=2")).ShouldBe([a]);

            (await client.GetAsync("requests", "?start_date=2025-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z")).Error(HttpStatusCode.BadRequest).ShouldContain("90 天");
            (await client.GetAsync("requests", "?start_date=2025-06-10T00:00:00Z&end_date=2025-06-01T00:00:00Z")).Error(HttpStatusCode.BadRequest);
            (await client.GetAsync("requests", "?start_date=2025/06/10")).Error(HttpStatusCode.BadRequest).ShouldContain("start_date");
            (await client.GetAsync("requests", "?end_date=2025-06-10T10:00:00")).Error(HttpStatusCode.BadRequest).ShouldContain("end_date"); // no zone
            (await client.GetAsync("requests", "?status=pending")).Error(HttpStatusCode.BadRequest).ShouldContain("status");
            (await client.GetAsync("requests", "?service_code=11010")).Error(HttpStatusCode.BadRequest).ShouldContain("service_code");
            (await client.GetAsync("requests", "?page_size=1001")).Error(HttpStatusCode.BadRequest).ShouldContain("page_size");
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_a_request_is_read_by_its_id_and_its_token_and_an_unknown_one_is_404(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = await ReceiveAsync(app, "110202");
        foreach (var format in Open311Client.Formats)
        {
            var client = app.Open311(format);
            var request = (await client.GetAsync($"requests/{number}")).Ok().Items.ShouldHaveSingleItem();
            request.Str("service_request_id").ShouldBe(number);
            request.Str("status").ShouldBe("open");
            request.Str("status_notes").ShouldBe("已受理，等待交办承办单位");
            request.Str("service_code").ShouldBe("110202");
            request.Str("service_name").ShouldBe("路灯故障");
            request.Str("description").ShouldBe("路面塌陷，车辆绕行。");
            request.Str("address").ShouldBe("二七区大学路与陇海路交叉口");
            request.Str("lat").ShouldBe("34.7247");
            request.Str("long").ShouldBe("113.6505");
            request.Str("agency_responsible").ShouldBe("市长电话室"); // the office holds it until assignment
            request.Time("requested_datetime").ShouldBe(ZhiliFactory.DefaultNow.UtcDateTime);
            request.Time("updated_datetime").ShouldBe(ZhiliFactory.DefaultNow.UtcDateTime);
            request.Str("expected_datetime").ShouldBeNull(); // no deadline before assignment (H-SLA)
            request.Str("media_url").ShouldBeNull();

            var token = (await client.GetAsync($"tokens/{number}")).Ok().Items.ShouldHaveSingleItem();
            token.Str("service_request_id").ShouldBe(number);
            token.Str("token").ShouldBe(number);

            (await client.GetAsync("requests/HL20250610XXXXXXXX")).Error(HttpStatusCode.NotFound).ShouldContain("HL20250610XXXXXXXX");
            (await client.GetAsync("tokens/HL20250610XXXXXXXX")).Error(HttpStatusCode.NotFound);
        }
    }
}
