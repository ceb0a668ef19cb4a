using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Open311.Open311Partners;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>
/// Hardening issue, part 4: how an Open311 request's form and parameters are read — an unreadable form is 400 and an
/// over-size one 413 whatever the key, empty optional parameters are absent, a phone of another shape is kept.
/// </summary>
public sealed class Open311FormTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static async Task<Open311Answer> PostRawAsync(HttpClient client, string format, HttpContent body)
    {
        using var response = await client.PostAsync($"/open311/v2/requests.{format}", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var items = format == "json" ? JsonNode.Parse(text) : null;
        return new Open311Answer(response.StatusCode, items, text, format == "xml" ? System.Xml.Linq.XDocument.Parse(text).Root!.Name.LocalName : null);
    }

    private static StringContent Multipart(string body, string type) =>
        new(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(type));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_an_unreadable_form_is_400_before_the_key_is_judged(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await app.IssueKeyAsync();
        foreach (var format in Open311Client.Formats)
        {
            foreach (var client in new[] { app.Client(), app.Client().WithKeyHeader(key), app.Client().WithKeyHeader("zl_wrong") })
            {
                var json = await PostRawAsync(client, format, new StringContent("{\"service_code\":\"110202\"}", Encoding.UTF8, "application/json"));
                json.Status.ShouldBe(HttpStatusCode.BadRequest, json.Text);
                json.Text.ShouldContain("application/x-www-form-urlencoded");
                json.Text.ShouldNotContain("api_key");
                (await PostRawAsync(client, format, Multipart("x", "multipart/form-data"))).Status.ShouldBe(HttpStatusCode.BadRequest);
                var truncated = await PostRawAsync(client, format,
                    Multipart("--b\r\nContent-Disposition: form-data; name=\"service_code\"\r\n\r\n1102", "multipart/form-data; boundary=b"));
                truncated.Status.ShouldBe(HttpStatusCode.BadRequest, truncated.Text);
                truncated.Text.ShouldContain("表单无法读取");
            }
        }

        (await app.AppealCountAsync()).ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_an_over_size_form_is_413_with_or_without_a_key(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await app.IssueKeyAsync();
        var longValue = Form("110202", ("description", new string('路', 1024 * 1024)));
        var manyFields = Form("110202").Concat(Enumerable.Range(0, 1100).Select(i => KeyValuePair.Create($"f{i}", "x"))).ToList();
        foreach (var format in Open311Client.Formats)
        {
            foreach (var (fields, withKey) in new[] { (longValue, false), (longValue, true), (manyFields, false), (manyFields, true) })
            {
                var answer = await app.Open311(format).PostAsync("requests", fields, withKey ? key : null);
                answer.Error(HttpStatusCode.RequestEntityTooLarge).ShouldContain("请求过大");
            }
        }

        (await app.AppealCountAsync()).ShouldBe(0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_empty_optional_parameters_count_as_absent(TestDatabase database)
    {
        var app = await fixture.App(database);
        var number = await Open311RequestTests.ReceiveAsync(app, "110101");
        foreach (var format in Open311Client.Formats)
        {
            var client = app.Open311(format);
            var empty = await client.GetAsync("requests",
                "?page=&page_size=&status=&start_date=&end_date=&service_code=&service_request_id=&jurisdiction_id=");
            empty.Ok().Items.Select(r => r.Str("service_request_id")).ShouldBe([number]);
            (await client.GetAsync("requests", "?page=%20&page_size=%20")).Ok().Items.Count.ShouldBe(1);
            (await client.GetAsync($"requests/{number}", "?jurisdiction_id=")).Ok().Items.Count.ShouldBe(1);
            (await client.GetAsync("services", "?jurisdiction_id=")).Ok();
            (await client.GetAsync("requests", "?page=0")).Error(HttpStatusCode.BadRequest).ShouldContain("page");
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_a_phone_of_another_shape_is_kept_as_given_and_normalised_where_possible(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await app.IssueKeyAsync();
        foreach (var (given, kept) in new[]
        {
            ("+852 9123 4567", "+85291234567"),
            ("+86 371 6555 1234", "037165551234"),
            ("+86 10 6555 1234", "01065551234"),
            ("(0371) 6555-1234", "037165551234"),
            ("0086 138-0371-0005", "13803710005"),
            ("+1 (415) 555.0123", "+14155550123"),
            ("110", "110"),
        })
        {
            var number = await app.PostRequestAsync(key, Form("110202", ("phone", given)));
            (await app.AppealAsync(number)).Str("callerPhone").ShouldBe(kept, given);
        }

        var refused = await app.Open311("json").PostAsync("requests", Form("110202", ("phone", "+8613800000000000000000")), key);
        refused.Error(HttpStatusCode.BadRequest).ShouldContain("phone");
    }
}
