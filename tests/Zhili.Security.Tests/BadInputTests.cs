using System.Text;
using System.Text.Json;

namespace Zhili.Security.Tests;

/// <summary>
/// Hardening issue, part 3 (ARCHITECTURE rule 17): bad input gets a clear 4xx naming the field and the reason, from the one
/// error mapping, in every environment; nothing a client sends is a 500.
/// </summary>
public sealed class BadInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Admin = TestSignIn.Admin;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Malformed_JSON_is_400_saying_the_body_is_not_JSON(TestDatabase database)
    {
        var answer = await PostRawAsync(await fixture.App(database), "/api/v1/kernel/checks/credit-code", "{\"creditCode\":");

        var v = await RefusedAsync(answer, HttpStatusCode.BadRequest);
        v.GetProperty("reason").GetString().ShouldBe("请求体不是有效的 JSON");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_value_of_the_wrong_type_is_400_naming_its_field(TestDatabase database)
    {
        var answer = await PostRawAsync(await fixture.App(database), "/api/v1/kernel/checks/credit-code", "{\"creditCode\":[1,2]}");

        var v = await RefusedAsync(answer, HttpStatusCode.BadRequest);
        v.GetProperty("field").GetString().ShouldBe("creditCode");
        v.GetProperty("reason").GetString().ShouldBe("类型或格式不正确");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_body_of_another_media_type_is_415_with_the_reason(TestDatabase database)
    {
        var answer = await PostRawAsync(await fixture.App(database), "/api/v1/kernel/checks/credit-code", "{}", "text/plain");

        var v = await RefusedAsync(answer, HttpStatusCode.UnsupportedMediaType);
        v.GetProperty("reason").GetString()!.ShouldContain("application/json");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Non_numeric_paging_is_400_naming_the_parameter_and_the_value(TestDatabase database)
    {
        var answer = await (await fixture.App(database)).Client(Admin).GetAsync("/api/v1/kernel/units?page=abc", Ct);

        var v = await RefusedAsync(answer, HttpStatusCode.BadRequest);
        v.GetProperty("field").GetString().ShouldBe("page");
        v.GetProperty("reason").GetString().ShouldBe("格式不正确：“abc”");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Dates_outside_1900_to_2199_are_refused_at_the_edge_in_queries_and_bodies(TestDatabase database)
    {
        var app = await fixture.App(database);
        var client = app.Client(Admin);

        var add = await RefusedAsync(await client.GetAsync("/api/v1/kernel/calendar/add?from=0001-01-01&n=5", Ct), HttpStatusCode.BadRequest);
        add.GetProperty("field").GetString().ShouldBe("from");
        var audit = await RefusedAsync(await client.GetAsync("/api/v1/audit/records?from=2025-01-01&to=9999-12-31", Ct), HttpStatusCode.BadRequest);
        audit.GetProperty("field").GetString().ShouldBe("to");
        audit.GetProperty("reason").GetString().ShouldBe("日期应在 1900-01-01 至 2199-12-31 之间");
        var key = await client.PostAsJsonAsync("/api/v1/identity/partners/keys", new { partner = "测试", scopes = "blacklist.lookup", expiresOn = "9999-12-31" }, Ct);
        (await RefusedAsync(key, HttpStatusCode.BadRequest)).GetProperty("field").GetString().ShouldBe("expiresOn");
        (await client.GetAsync("/api/v1/kernel/calendar/years/0", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_API_path_nobody_answers_is_404_problem_details_for_anonymous_and_signed_in_alike(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var client in new[] { app.Client(), app.Client(Admin) })
        {
            using var answer = await client.GetAsync("/api/v1/no-such-thing", Ct);
            answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        using var wrongMethod = await app.Client().DeleteAsync("/api/v1/kernel/calendar/years", Ct);
        wrongMethod.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        wrongMethod.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Control_characters_and_noncharacters_are_dropped_from_text_on_intake(TestDatabase database)
    {
        // A valid code (K-USCC) with control characters and noncharacters among its characters.
        var answer = await PostRawAsync(await fixture.App(database), "/api/v1/kernel/checks/credit-code",
            JsonSerializer.Serialize(new { creditCode = "\u00019141\u00080100\uFFFEMA45J8\u007FK3QY\uFDD0" }));

        var body = await answer.ReadJsonAsync();
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        body.GetProperty("creditCode").GetString().ShouldBe("91410100MA45J8K3QY");
        body.GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_return_address_with_a_backslash_or_two_slashes_goes_home_instead(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var url in new[] { "/\\evil.example", "//evil.example", "https://evil.example" })
        {
            using var answer = await app.Client().GetAsync($"/culture/en?returnUrl={Uri.EscapeDataString(url)}", Ct);
            answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            answer.Headers.Location!.OriginalString.ShouldBe("/");
        }

        using var home = await app.Client().GetAsync("/culture/en?returnUrl=%2Fcalendar", Ct);
        home.Headers.Location!.OriginalString.ShouldBe("/calendar");
    }

    private static async Task<HttpResponseMessage> PostRawAsync(ZhiliFactory app, string url, string body, string mediaType = "application/json") =>
        await app.Client(Admin).PostAsync(url, new StringContent(body, Encoding.UTF8, mediaType), Ct);

    /// <summary>The answer is problem details with that status; returns its first violation.</summary>
    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage answer, HttpStatusCode status)
    {
        var body = await answer.ReadJsonAsync();
        answer.StatusCode.ShouldBe(status, body.ToString());
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return body.GetProperty("violations")[0];
    }
}
