using System.Text.Json;

namespace Zhili.Web.Tests.OpenApi;

/// <summary>
/// The document tells a partner system how to call: the Open311 POST as the form GeoReport v2 defines, its key as a form
/// field, a query parameter or the X-Api-Key header, and every operation that needs a partner key says so.
/// </summary>
public sealed class PartnerKeyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenAPI_the_Open311_POST_shows_its_form_fields_and_its_key(TestDatabase database)
    {
        var document = await (await fixture.App(database)).Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var post = document.GetProperty("paths").GetProperty("/open311/v2/requests.{format}").GetProperty("post");

        var form = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded").GetProperty("schema");
        var fields = Resolve(document, form).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        fields.ShouldBe(
            ["api_key", "jurisdiction_id", "service_code", "lat", "long", "address_string", "address_id", "email", "device_id",
             "account_id", "first_name", "last_name", "phone", "description", "media_url"], ignoreOrder: true);
        post.GetProperty("parameters").EnumerateArray()
            .ShouldContain(p => p.GetProperty("name").GetString() == "api_key" && p.GetProperty("in").GetString() == "query");
        Schemes(post).ShouldBe(["partnerKey", "open311ApiKey"], ignoreOrder: true);
        post.GetProperty("description").GetString()!.ShouldContain("open311.post");

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("partnerKey").GetProperty("name").GetString().ShouldBe("X-Api-Key");
        schemes.GetProperty("open311ApiKey").GetProperty("in").GetString().ShouldBe("query");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenAPI_only_partner_operations_ask_for_a_key_and_only_Open311_takes_it_in_the_query(TestDatabase database)
    {
        var document = await (await fixture.App(database)).Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var keyed = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var schemes = Schemes(op.Value);
                if (schemes.Count > 0)
                {
                    keyed.Add($"{op.Name} {path.Name}");
                }

                schemes.Contains("open311ApiKey").ShouldBe(path.Name.StartsWith("/open311/", StringComparison.Ordinal) && schemes.Count > 0, path.Name);
            }
        }

        keyed.ShouldContain("post /open311/v2/requests.{format}");
        keyed.ShouldNotContain("get /open311/v2/requests.{format}"); // the public read needs no key
        keyed.Count.ShouldBeGreaterThan(1, "partner operations outside Open311 say so too");
    }

    private static List<string> Schemes(JsonElement operation) => operation.TryGetProperty("security", out var security)
        ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList()
        : [];

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }
}
