using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Security.Tests;

/// <summary>The app with public rate limits lifted, so that every hostile request reaches the code it probes.</summary>
public sealed class SweepFixture : AppFixture
{
    protected override void Configure(ZhiliFactory factory) =>
        factory.Settings[RateLimits.PublicPerMinuteKey] = "100000000";
}

/// <summary>
/// Hardening issue, part 3: hostile bodies and parameters, drawn from the OpenAPI document, sent to every operation in it as
/// a person holding every role at the city and with a partner key of every scope. No answer may be a 5xx.
/// </summary>
public sealed class HostileInputTests(SweepFixture fixture, ITestOutputHelper output) : IClassFixture<SweepFixture>
{
    /// <summary>Every role at the city's own unit: whatever an endpoint's policy, the request reaches its binding and its code.</summary>
    public const string EveryRole = "sweep;admin,city-office,department,district,street,road-chief,inspector,auditor;410100";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task No_hostile_body_or_parameter_sent_to_any_operation_of_the_OpenAPI_document_gets_a_5xx(TestDatabase database)
    {
        var app = await fixture.App(database);
        var client = app.Client(EveryRole);
        client.DefaultRequestHeaders.Add(PartnerAccess.Header, await PartnerKeyAsync(app, client));
        var (operations, document) = await OpenApiOperations.ReadAsync(client);

        var (sent, failures) = (0, new List<string>());
        foreach (var op in operations)
        {
            foreach (var probe in HostileInputs.For(op, document))
            {
                using var request = new HttpRequestMessage(new HttpMethod(op.Method), probe.Path);
                if (probe.Body is not null)
                {
                    request.Content = new StringContent(probe.Body, Encoding.UTF8, probe.MediaType);
                }

                using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                sent++;
                if ((int)response.StatusCode >= 500)
                {
                    var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                    failures.Add($"{op} [{probe.Probe}] → {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
                }
            }
        }

        output.WriteLine($"hostile-input sweep on {database}: {operations.Count} operations, {sent} hostile requests, {failures.Count} answered 5xx");
        operations.Count.ShouldBeGreaterThan(100);
        sent.ShouldBeGreaterThan(operations.Count * 10);
        failures.ShouldBeEmpty(string.Join('\n', failures.Take(60)));
    }

    /// <summary>A partner key granted every scope some endpoint requires, issued through the API as an administrator would.</summary>
    private static async Task<string> PartnerKeyAsync(ZhiliFactory app, HttpClient client)
    {
        var scopes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PartnerScopeMetadata>()?.Scope).OfType<string>().Distinct().ToList();
        scopes.ShouldNotBeEmpty();
        var issued = await client.PostAsJsonAsync("/api/v1/identity/partners/keys",
            new { partner = "安全测试", scopes = string.Join(' ', scopes), requestsPerMinute = 6000 }, TestContext.Current.CancellationToken);
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await issued.ReadJsonAsync()).GetProperty("secret").GetString()!;
    }
}
