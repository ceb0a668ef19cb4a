using Zhili.BuildingBlocks.Security;

namespace Zhili.WageArrears.Tests;

/// <summary>Issues partner keys through the administrators' API, as a partner system would receive one.</summary>
public static class Partners
{
    public const string Lookup = "/api/v1/blacklist/lookup";

    public static async Task<HttpClient> PartnerAsync(this ZhiliFactory app, string scopes = "blacklist.lookup")
    {
        var issued = await app.Client(TestSignIn.Admin).PostAsJsonAsync("/api/v1/identity/partners/keys",
            new { partner = "市公共资源交易中心", scopes, requestsPerMinute = 6000 }, TestContext.Current.CancellationToken).Ok(HttpStatusCode.Created);
        var client = app.Client();
        client.DefaultRequestHeaders.Add(PartnerAccess.Header, issued.GetProperty("secret").GetString());
        return client;
    }
}
