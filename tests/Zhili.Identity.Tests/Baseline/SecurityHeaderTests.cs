using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Zhili.Identity.Tests.Baseline;

/// <summary>Issue 3 item 6: security headers on every kind of response, a CSP without inline code, request size limits.</summary>
public sealed class SecurityHeaderTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A page, an API answer, a 404 page, a 404 problem, a 401 problem and a static file.
    private static readonly (string Url, HttpStatusCode Status)[] Responses =
    [
        ("/", HttpStatusCode.OK),
        ("/api/v1/kernel/units", HttpStatusCode.OK),
        ("/units/000000", HttpStatusCode.NotFound),
        ("/api/v1/kernel/units/000000", HttpStatusCode.NotFound),
        ("/api/v1/identity/me", HttpStatusCode.Unauthorized),
        ("/css/site.css", HttpStatusCode.OK),
    ];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_API_answers_errors_and_files_all_carry_the_security_headers(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        foreach (var (url, status) in Responses)
        {
            var response = await client.GetAsync(url, Ct);
            response.StatusCode.ShouldBe(status, url);

            var csp = Header(response, "Content-Security-Policy");
            csp.ShouldBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'", url);
            csp.ShouldNotContain("unsafe-inline");
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff", url);
            Header(response, "X-Frame-Options").ShouldBe("DENY", url);
            Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin", url);
            Header(response, "Permissions-Policy").ShouldBe("camera=(), microphone=(), geolocation=()", url);
            Header(response, "Cross-Origin-Opener-Policy").ShouldBe("same-origin", url);
        }
    }

    [Fact]
    public async Task Request_bodies_are_limited_to_10_MB_and_the_server_does_not_name_itself()
    {
        var services = (await fixture.App(TestDatabase.Sqlite)).Services;
        var kestrel = services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        kestrel.Limits.MaxRequestBodySize.ShouldBe(10 * 1024 * 1024);
        kestrel.AddServerHeader.ShouldBeFalse();
        services.GetRequiredService<IOptions<FormOptions>>().Value.MultipartBodyLengthLimit.ShouldBe(10 * 1024 * 1024);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
