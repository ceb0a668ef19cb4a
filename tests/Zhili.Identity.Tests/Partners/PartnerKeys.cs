using System.Text.Json;
using Zhili.BuildingBlocks.Security;
using Zhili.Kernel;

namespace Zhili.Identity.Tests.Partners;

/// <summary>Issuing and using partner keys in tests, through the administrators' API.</summary>
public static class PartnerKeys
{
    public const string Url = "/api/v1/identity/partners/keys";
    public const string Partner = "市公共资源交易中心";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<IssuedKey> IssueAsync(ZhiliFactory app, string scopes, int perMinute = 60, DateOnly? expiresOn = null)
    {
        var response = await app.Client(TestSignIn.Admin).PostAsJsonAsync(Url, new { partner = Partner, scopes, requestsPerMinute = perMinute, expiresOn }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var body = await response.ReadJsonAsync();
        return new IssuedKey(body.GetProperty("key").GetProperty("id").GetInt64(), body.GetProperty("secret").GetString()!);
    }

    public static async Task RevokeAsync(ZhiliFactory app, long id) =>
        (await app.Client(TestSignIn.Admin).PostAsync($"{Url}/{id}/revoke", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

    public static async Task<JsonElement> GetAsync(ZhiliFactory app, long id) =>
        await app.Client(TestSignIn.Admin).GetFromJsonAsync<JsonElement>($"{Url}/{id}", Ct);

    /// <summary>An anonymous client that sends <paramref name="key"/> in <c>X-Api-Key</c>.</summary>
    public static HttpClient PartnerClient(this ZhiliFactory app, string key)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add(PartnerAccess.Header, key);
        return client;
    }

    public static DateOnly Today(ZhiliFactory app) => Civil.Today(app.Clock);
}

public sealed record IssuedKey(long Id, string Secret);
