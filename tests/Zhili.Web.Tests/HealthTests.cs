namespace Zhili.Web.Tests;

public sealed class HealthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Healthz_reports_database_migrations_and_calendar(TestDatabase database)
    {
        var app = await fixture.App(database);
        var response = await app.Client().GetAsync("/healthz", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        checks["database"].GetProperty("data").GetProperty("provider").GetString().ShouldBe(app.Database.Provider);
        checks["database"].GetProperty("data").GetProperty("pendingMigrations").GetArrayLength().ShouldBe(0);
        checks["calendar"].GetProperty("data").GetProperty("yearsWithData").GetArrayLength().ShouldBe(9);
    }
}

/// <summary>Its own class (own app): it leaves the calendar having touched 2027, which degrades health.</summary>
public sealed class CalendarCoverageHealthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_1_a_date_outside_the_data_degrades_health_and_names_the_year(TestDatabase database)
    {
        var app = await fixture.App(database);
        var client = app.Client();

        // 2026-12-29 + 5 working days reaches into 2027, which has no data yet: it counts Monday–Friday.
        var add = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(
            "/api/v1/kernel/calendar/add?from=2026-12-29&n=5", TestContext.Current.CancellationToken);
        add.GetProperty("coveredByData").GetBoolean().ShouldBeFalse();
        // 12-30 Wed #1, 12-31 Thu #2, 2027-01-01 Fri #3 (no data: a plain Friday), 01-04 Mon #4, 01-05 Tue #5.
        add.GetProperty("result").GetString().ShouldBe("2027-01-05");

        var health = await (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).ReadJsonAsync();
        health.GetProperty("status").GetString().ShouldBe("Degraded");
        var calendar = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "calendar");
        calendar.GetProperty("description").GetString()!.ShouldContain("2027");
        calendar.GetProperty("data").GetProperty("yearsUsedWithoutData").EnumerateArray().Select(y => y.GetInt32()).ShouldContain(2027);
    }
}
