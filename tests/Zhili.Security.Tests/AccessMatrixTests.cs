using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Security.Tests;

/// <summary>
/// Hardening issue, part 1: every API endpoint and page route, found in the app's own endpoint table (so that a new one
/// joins without anyone listing it), called by nine identities on the records of another district. Nobody outside the city
/// or district A reads A's records or changes them; city-wide acts need a city-level actor; the auditor changes nothing.
/// </summary>
public sealed class AccessMatrixTests(SweepFixture fixture, ITestOutputHelper output) : IClassFixture<SweepFixture>
{
    public static readonly (string Name, string? Header, bool OfDistrictB)[] Identities =
    [
        ("anonymous", null, false),
        ("street of B", $"b.street;street;{DistrictRecords.StreetB}", true),
        // A street of district A itself, other than the one A passed its appeal down to: outside A's records all the same.
        ("other street of A", $"b.sibling;street;{DistrictRecords.OtherStreetA}", true),
        ("district of B", $"b.county;district;{DistrictRecords.DistrictB}", true),
        ("administrator of B", $"b.admin;admin;{DistrictRecords.DistrictB}", true),
        // The road chief system's people of district B: a street's road chief and the district's inspector.
        ("road chief of B", $"b.chief;road-chief;{DistrictRecords.StreetB}", true),
        ("inspector of B", $"b.inspector;inspector;{DistrictRecords.DistrictB}", true),
        ("auditor", "c.auditor;auditor;410100", false),
        ("city office", "c.office;city-office;410100-SZDHS", false),
    ];

    private static readonly string[] NotTheOfficesToRead = ["/users/", "/inbox/", "/lookup/"];

    // Where a page sends someone it refuses: to sign in, to the access-denied page, or (the staff list) to the citizens' door.
    private static readonly string[] Refusals = ["/account/denied", "/account/sign-in", "/hotline/citizens"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Nobody_reads_or_changes_another_districts_records_and_city_wide_acts_need_a_city_level_actor(TestDatabase database)
    {
        var app = await fixture.App(database);
        var a = await DistrictRecords.SeedAsync(app);
        var routes = new MatrixRoutes(app, a);
        var (calls, failures, cityMissed) = (0, new List<string>(), new List<string>());
        foreach (var (name, header, ofB) in Identities)
        {
            var client = app.Client(header);
            var token = header is null ? null : await client.TokenAsync("/inbox");
            foreach (var route in routes.All)
            {
                using var response = await SendAsync(client, route, token);
                calls++;
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync(Ct);
                if (name == "city office" && route.OfDistrictA && route.Method == "GET" && status != 200)
                {
                    cityMissed.Add($"{route}: {status}");
                }

                var refused = response.Headers.Location?.OriginalString is { } to && Refusals.Any(to.Contains);
                failures.AddRange(Judge(route, name, header, ofB, status, refused, body, a)
                    .Select(f => $"{name} {route}: {f} {response.Headers.Location}"));
            }
        }

        failures.AddRange(await WritesOutOfScopeAsync(app));
        output.WriteLine($"access matrix on {database}: {routes.All.Count} routes × {Identities.Length} identities = {calls} calls, " +
            $"{failures.Count} out-of-scope successes or failures");
        failures.ShouldBeEmpty(string.Join('\n', failures.Take(60)));
        // The matrix proves something only if the records it calls are readable at all: the city office reads every one of
        // A's records but those that belong to an account (administrators'), to a person's inbox, or to partners.
        cityMissed.Where(m => !NotTheOfficesToRead.Any(m.Contains)).ShouldBeEmpty();
        routes.Unfilled.ShouldBeEmpty("route parameters with no record of district A: add one to DistrictRecords");
        routes.All.Count.ShouldBeGreaterThan(120);
    }

    /// <summary>What may not happen for this identity on this route.</summary>
    private static IEnumerable<string> Judge(MatrixRoute route, string name, string? header, bool ofB, int status, bool refused, string body, DistrictRecords a)
    {
        // A page refuses by sending the person to sign in or to the access-denied page; any other redirect is a page done.
        var success = status is >= 200 and < 300 || (route.IsPage && status == 302 && !refused);
        if (status >= 500)
        {
            yield return $"{status}";
        }

        if (header is null && success)
        {
            yield return $"anonymous got {status}";
        }

        if (ofB && success && (route.OfDistrictA || route.Reach == Reach.City))
        {
            yield return $"succeeded ({status}) on {(route.OfDistrictA ? "district A's record" : "a city-wide act")}";
        }

        if (ofB && success && a.Secrets.FirstOrDefault(body.Contains) is { } secret)
        {
            yield return $"answer holds district A's {secret}";
        }

        if (name == "auditor" && success && route.Writes)
        {
            yield return $"the read-only auditor changed something ({status})";
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, MatrixRoute route, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
        if (route.IsPage && route.Method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token ?? "")]);
        }
        else if (route.Body is not null)
        {
            request.Content = new StringContent(route.Body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, Ct);
    }

    /// <summary>The audit trail is the proof of every change: none by district B's people of a record of district A, none by the auditor.</summary>
    private static async Task<List<string>> WritesOutOfScopeAsync(ZhiliFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        using var all = DataScope.Enter(DataScope.Unrestricted);
        var records = await db.Records.AsNoTracking().Where(r => r.Actor.StartsWith("b.") || r.Actor == "c.auditor").ToListAsync(Ct);
        // The other street of A changes records of its own unit, which are not A's: A's records are the district's and StreetA's.
        static bool OfA(string? unit) => (unit ?? "").StartsWith(DistrictRecords.DistrictA, StringComparison.Ordinal) && unit != DistrictRecords.OtherStreetA;
        return records.Where(r => r.Actor == "c.auditor" || OfA(r.ScopeUnit))
            .Select(r => $"{r.Actor} changed {r.Entity} {r.EntityId} of {r.ScopeUnit}").ToList();
    }
}
