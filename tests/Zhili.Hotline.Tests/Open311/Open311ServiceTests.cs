using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>GeoReport v2 discovery, GET Service List and GET Service Definition, in both formats; the API reference.</summary>
public sealed class Open311ServiceTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_discovery_names_the_GeoReport_v2_endpoint_and_both_formats(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var format in Open311Client.Formats)
        {
            var discovery = (await app.Open311(format).GetAsync("discovery")).Ok().Body!;
            discovery.Str("changeset").ShouldNotBeNullOrWhiteSpace();
            discovery.Str("contact")!.ShouldContain("12345");
            discovery.Str("key_service")!.ShouldContain("open311.post");
            var endpoint = discovery.List("endpoints").ShouldHaveSingleItem();
            endpoint.Str("specification").ShouldBe("http://wiki.open311.org/GeoReport_v2");
            endpoint.Str("url")!.ShouldEndWith("/open311/v2");
            endpoint.Str("type").ShouldBe("test"); // the test host is not Production
            endpoint.List("formats").Select(f => f.GetValue<string>()).ShouldBe(["text/xml", "application/json"]);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_the_services_are_the_leaf_categories_each_with_a_description(TestDatabase database)
    {
        var app = await fixture.App(database);
        var leaves = (await app.Client().GetFromJsonAsync<JsonElement>("/api/v1/hotline/categories", Ct)).EnumerateArray()
            .Where(c => c.GetProperty("level").GetInt32() == 3).Select(c => c.Str("code")).ToList();
        foreach (var format in Open311Client.Formats)
        {
            var services = (await app.Open311(format).GetAsync("services")).Ok().Items;
            services.Select(s => s.Str("service_code")).ShouldBe(leaves);
            services.ShouldAllBe(s => !string.IsNullOrWhiteSpace(s.Str("description")) && s.Str("metadata") == "true" && s.Str("type") == "realtime");
            var stalls = services.Single(s => s.Str("service_code") == "110101");
            stalls.Str("service_name").ShouldBe("占道经营");
            stalls.Str("group").ShouldBe("城乡建设");
            stalls.Str("keywords").ShouldBe("城乡建设, 市容环境, 占道经营, 投诉");
            // H-SLA: a complaint by default, 5 working days; the category's default unit.
            stalls.Str("description").ShouldBe("城乡建设 / 市容环境 / 占道经营：默认按投诉办理，交办后 5 个工作日内答复（H-SLA），通常由市城管局承办。");
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_a_service_definition_lists_its_attributes_and_an_unknown_code_is_404(TestDatabase database)
    {
        var app = await fixture.App(database);
        foreach (var format in Open311Client.Formats)
        {
            var client = app.Open311(format);
            var definition = (await client.GetAsync("services/110101")).Ok().Body!;
            definition.Str("service_code").ShouldBe("110101");
            var attributes = definition.List("attributes");
            attributes.Select(a => a.Str("code")).ShouldBe(["TYPE", "URGENT", "CONFIDENTIAL", "PERIOD"]);
            attributes.Select(a => a.Str("order")).ShouldBe(["1", "2", "3", "4"]);
            attributes.ShouldAllBe(a => a.Str("variable") == "true" && a.Str("required") == "false" && a.Str("description") != null);
            var type = attributes[0];
            type.Str("datatype").ShouldBe("singlevaluelist");
            type.Str("description")!.ShouldContain("默认的“投诉”");
            type.List("values").Select(v => v.Str("key")).ShouldBe(["consultation", "help", "complaint", "report", "suggestion"]);
            type.List("values").Single(v => v.Str("key") == "report").Str("name").ShouldBe("举报（交办后 15 个工作日）");
            attributes[3].Str("datatype").ShouldBe("multivaluelist");

            (await client.GetAsync("services/110100")).Error(HttpStatusCode.NotFound).ShouldContain("110100"); // a group, not a service
            (await client.GetAsync("services/999999")).Error(HttpStatusCode.NotFound).ShouldContain("service_code");
        }

        // Any other extension is no resource here: the error comes in XML, the spec's required format.
        var csv = await app.Client().GetAsync("/open311/v2/services.csv", Ct);
        csv.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await csv.Content.ReadAsStringAsync(Ct)).ShouldContain("<errors><error><code>404</code>");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Open311_the_API_reference_and_the_OpenAPI_document_list_the_endpoints(TestDatabase database)
    {
        var app = await fixture.App(database);
        var reference = await app.Client().GetStringAsync("/api", Ct);
        reference.ShouldContain("Open311 GeoReport v2");
        reference.ShouldContain("/open311/v2/requests.{format}");
        reference.ShouldContain("合作系统密钥（open311.post）");
        var openApi = await app.Client().GetStringAsync("/openapi/v1.json", Ct);
        openApi.ShouldContain("/open311/v2/services/{serviceCode}.{format}");
        openApi.ShouldContain("text/xml");
    }
}
