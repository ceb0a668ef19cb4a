using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Zhili.Load.Intake;

/// <summary>
/// Where the appeals go: the office intake (<c>POST /api/v1/hotline/appeals</c>, signed in with the office's cookie) or
/// the citizen form's API (<c>POST /api/v1/hotline/public/appeals</c>, anonymous).
/// </summary>
public sealed partial class Target(HttpClient client, string path, bool office)
{
    public string Path => path;

    public bool Office => office;

    public static async Task<Target> OfficeAsync(Uri baseUrl, string user, string password, int connections)
    {
        var cookie = await SignInAsync(baseUrl, user, password);
        var client = Client(baseUrl, connections);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return new Target(client, "/api/v1/hotline/appeals", office: true);
    }

    public static Target Public(Uri baseUrl, int connections) => new(Client(baseUrl, connections), "/api/v1/hotline/public/appeals", office: false);

    /// <summary>Sends appeal number <paramref name="n"/>; true when the app answered 201 Created.</summary>
    public async Task<bool> SendAsync(long n)
    {
        using var content = new ByteArrayContent(Body(n));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content);
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode == HttpStatusCode.Created;
    }

    /// <summary>A different caller phone for every appeal, so no two requests are the same appeal.</summary>
    private byte[] Body(long n)
    {
        var phone = $"138{n % 100_000_000:00000000}";
        var json = office
            ? $$"""{"channel":"Phone","callerName":"张卫东","callerPhone":"{{phone}}","confidential":false,"type":"Complaint","urgent":false,"categoryCode":"110101","address":"二七区大学路与陇海路交叉口","latitude":34.7247,"longitude":113.6505,"description":"早晚高峰有流动摊贩占用人行道经营，行人只能走机动车道。（压测 {{n}}）"}"""
            : $$"""{"callerName":"欧阳明华","callerPhone":"{{phone}}","confidential":false,"type":"Help","categoryCode":"110202","address":"中原区建设路桐柏路口","description":"路口三盏路灯连续一周不亮，夜间过马路很危险。（压测 {{n}}）"}""";
        return Encoding.UTF8.GetBytes(json);
    }

    private static HttpClient Client(Uri baseUrl, int connections) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The sign-in page's form, as a browser fills it: antiforgery token from the page, then the auth cookie.</summary>
    private static async Task<string> SignInAsync(Uri baseUrl, string user, string password)
    {
        var jar = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        var page = await client.GetStringAsync("/account/sign-in");
        var token = TokenPattern().Match(page) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("the sign-in page has no antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync("/account/sign-in", form);
        var auth = jar.GetCookies(baseUrl)["zhili.auth"]
            ?? throw new InvalidOperationException($"sign-in as {user} failed ({(int)response.StatusCode}); is the app running with --demo?");
        return $"{auth.Name}={auth.Value}";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
