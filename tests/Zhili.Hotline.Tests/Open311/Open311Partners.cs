using Zhili.BuildingBlocks.Security;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>Partner keys and request forms for the Open311 tests.</summary>
internal static class Open311Partners
{
    public const string Partner = "市数字化城市管理中心";
    public const string PostScope = "open311.post";

    /// <summary>Issues a key through the administrators' API, as a partner system would receive one.</summary>
    public static async Task<string> IssueKeyAsync(this ZhiliFactory app, string scopes = PostScope)
    {
        var response = await app.Client(TestSignIn.Admin).PostAsJsonAsync("/api/v1/identity/partners/keys",
            new { partner = Partner, scopes, requestsPerMinute = 6000 }, Hotline.Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.ReadJsonAsync()).GetProperty("secret").GetString()!;
    }

    public static Open311Client Open311(this ZhiliFactory app, string format) => new(app.Client(), format);

    /// <summary>A pothole-style report: a service code, a location, and whatever else the test adds or removes.</summary>
    public static List<KeyValuePair<string, string>> Form(string serviceCode = "110202", params (string Key, string? Value)[] changes)
    {
        var fields = new Dictionary<string, string?>
        {
            ["service_code"] = serviceCode, ["lat"] = "34.7466", ["long"] = "113.6253", ["address_string"] = "中原区建设路桐柏路口",
            ["description"] = "路口三盏路灯连续一周不亮，夜间过马路很危险。",
        };
        var extra = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in changes)
        {
            if (key.EndsWith("[]", StringComparison.Ordinal))
            {
                extra.Add(new(key, value!));
            }
            else
            {
                fields[key] = value;
            }
        }

        return fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)).Concat(extra).ToList();
    }

    /// <summary>Posts a request with the key among the form fields and returns its service_request_id.</summary>
    public static async Task<string> PostRequestAsync(this ZhiliFactory app, string key, List<KeyValuePair<string, string>> form)
    {
        var answer = (await app.Open311("json").PostAsync("requests", form, key)).Ok();
        return answer.Items.Single().Str("service_request_id")!;
    }

    /// <summary>The staff view of an appeal found by its tracking number (the office sees everything).</summary>
    public static async Task<JsonElement> AppealAsync(this ZhiliFactory app, string number)
    {
        var office = app.Client(Hotline.Office);
        var page = await office.GetFromJsonAsync<JsonElement>($"/api/v1/hotline/appeals?q={number}", Hotline.Ct);
        return await office.GetAsync(page.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    public static async Task<int> AppealCountAsync(this ZhiliFactory app) =>
        (await app.Client(Hotline.Office).GetFromJsonAsync<JsonElement>("/api/v1/hotline/appeals", Hotline.Ct)).GetProperty("total").GetInt32();

    /// <summary>The key in the X-Api-Key header instead (the other way partner systems send it).</summary>
    public static HttpClient WithKeyHeader(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Add(PartnerAccess.Header, key);
        return client;
    }
}
