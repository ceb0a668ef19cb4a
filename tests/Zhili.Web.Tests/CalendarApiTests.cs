using System.Text;
using System.Text.Json;

namespace Zhili.Web.Tests;

public sealed class CalendarApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_2_the_api_counts_the_worked_example_across_national_day_2018(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/v1/kernel/calendar/add?from=2018-09-21&n=20", Ct);

        // Shared README example 1: 09-25..28 #1–4; 09-29, 09-30 make-up #5, #6; 10-08..12 #7–11; 10-15..19 #12–16; 10-22..25 #17–20.
        answer.GetProperty("result").GetString().ShouldBe("2018-10-25");
        // K-TZ: 24:00 in Zhengzhou is 16:00 UTC of the same day.
        answer.GetProperty("deadlineUtc").GetString().ShouldBe("2018-10-25T16:00:00Z");
        answer.GetProperty("rule").GetString().ShouldBe("K-WD-2");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_3_between_counts_working_days_after_the_start_up_to_the_deadline(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        // (2025-09-26, 2025-10-09]: 09-28 Sun make-up #1, 09-29 #2, 09-30 #3; 10-01..08 off; 10-09 #4.
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/v1/kernel/calendar/between?from=2025-09-26&to=2025-10-09", Ct);
        answer.GetProperty("workingDays").GetInt32().ShouldBe(4);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_2_a_bad_date_or_count_is_a_400_naming_the_field(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();

        var badDate = await client.GetAsync("/api/v1/kernel/calendar/add?from=2018-02-30&n=3", Ct);
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badDate.ReadJsonAsync()).GetProperty("violations")[0].GetProperty("field").GetString().ShouldBe("from");

        var zero = await client.GetAsync("/api/v1/kernel/calendar/add?from=2018-02-01&n=0", Ct);
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await zero.ReadJsonAsync()).GetProperty("violations")[0].GetProperty("field").GetString().ShouldBe("n");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_1_an_administrator_imports_a_year_and_it_is_used_at_once(TestDatabase database)
    {
        var app = await fixture.App(database);
        // A test arrangement for 2030 (no notice exists yet): 2030-01-01 Tue off, 2030-01-05 Sat a make-up working day.
        const string file = """
            {"year": 2030, "source": "test arrangement", "days": [
              {"date": "2030-01-01", "name": "元旦", "off": true},
              {"date": "2030-01-05", "name": "元旦", "off": false}
            ]}
            """;
        using var body = new StringContent(file, Encoding.UTF8, "application/json");
        (await app.Client().PostAsync("/api/v1/kernel/calendar/years", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var body2 = new StringContent(file, Encoding.UTF8, "application/json");
        var imported = await app.Client(TestSignIn.Admin).PostAsync("/api/v1/kernel/calendar/years", body2, Ct);
        imported.StatusCode.ShouldBe(HttpStatusCode.Created);

        // 2029-12-31 Mon + 2: 01-01 Tue off; 01-02 Wed #1; 01-03 Thu #2.
        var add = await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/kernel/calendar/add?from=2029-12-31&n=2", Ct);
        add.GetProperty("result").GetString().ShouldBe("2030-01-03");
        // 2030-01-04 Fri + 1: 01-05 Sat is a make-up working day #1.
        add = await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/kernel/calendar/add?from=2030-01-04&n=1", Ct);
        add.GetProperty("result").GetString().ShouldBe("2030-01-05");

        var years = await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/kernel/calendar/years", Ct);
        years.GetProperty("yearsWithData").EnumerateArray().Select(y => y.GetInt32()).ShouldContain(2030);
        years.GetProperty("imported")[0].GetProperty("importedBy").GetString().ShouldBe("admin.test");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_WD_1_a_bad_year_file_is_refused_with_every_fault_and_changes_nothing(TestDatabase database)
    {
        var app = await fixture.App(database);
        // 2031-02-30 does not exist; 2031-03-05 is a Wednesday, so it cannot be a make-up working day.
        const string file = """
            {"year": 2031, "source": "bad", "days": [
              {"date": "2031-02-30", "name": "春节", "off": true},
              {"date": "2031-03-05", "name": "春节", "off": false}
            ]}
            """;
        using var body = new StringContent(file, Encoding.UTF8, "application/json");
        var response = await app.Client(TestSignIn.Admin).PostAsync("/api/v1/kernel/calendar/years", body, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var violations = (await response.ReadJsonAsync()).GetProperty("violations").EnumerateArray().ToList();
        violations.Count.ShouldBe(2);
        violations.ShouldAllBe(v => v.GetProperty("rule").GetString() == "K-WD-1");
        var years = await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/kernel/calendar/years", Ct);
        years.GetProperty("yearsWithData").EnumerateArray().Select(y => y.GetInt32()).ShouldNotContain(2031);
    }
}
