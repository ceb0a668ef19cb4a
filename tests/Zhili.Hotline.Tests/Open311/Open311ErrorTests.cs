using static Zhili.Hotline.Tests.Hotline;
using System.Xml.Linq;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>
/// Hardening issue, part 4: every error under /open311 — no such resource, a method it does not take, too many requests,
/// a refused value — is GeoReport's error array, in the format the resource's extension names.
/// </summary>
public sealed class Open311ErrorTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_no_such_resource_and_a_method_not_allowed_answer_GeoReport_errors_in_each_format(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var format in Open311Client.Formats)
        {
            (await app.Open311(format).GetAsync("no-such-resource")).Error(HttpStatusCode.NotFound);
            using var delete = await app.Client().DeleteAsync($"/open311/v2/services.{format}", Ct);
            delete.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
            var text = await delete.Content.ReadAsStringAsync(Ct);
            (format == "json" ? text.StartsWith("[{\"code\":405", StringComparison.Ordinal) : XDocument.Parse(text).Root!.Name == "errors").ShouldBeTrue(text);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_too_many_requests_is_a_GeoReport_429_with_Retry_After(TestDatabase database)
    {
        var database1 = await DatabaseInstance.CreateAsync(database);
        await using var app = new ZhiliFactory(database1);
        app.Settings["Zhili:RateLimits:PublicPerMinute"] = "2";
        try
        {
            var client = app.Open311("json");
            (await client.GetAsync("services")).Ok();
            (await client.GetAsync("services")).Ok();
            (await client.GetAsync("services")).Error(HttpStatusCode.TooManyRequests).ShouldContain("秒后再试");
        }
        finally
        {
            await database1.DisposeAsync();
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_text_XML_forbids_never_breaks_an_answer(TestDatabase database)
    {
        var app = await fixture.App(database);
        // A format echoed in the error's description, holding a control character.
        var answer = await app.Client().GetAsync("/open311/v2/discovery.%01xml", Ct);
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        XDocument.Parse(await answer.Content.ReadAsStringAsync(Ct)).Root!.Name.LocalName.ShouldBe("errors");
    }
}
