using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Security.Tests;

/// <summary>One call of the matrix: a method on a URL with district A's records in it, and what it is.</summary>
public sealed record MatrixRoute(string Method, string Url, string? Body, bool IsPage, bool OfDistrictA, Reach Reach, bool Writes)
{
    public override string ToString() => $"{Method} {Url}";
}

/// <summary>
/// Every route of the app that is not a public surface: API operations with a body each accepts (so that a refusal comes
/// from authority, not from a malformed request), page GETs, and each page handler's POST.
/// </summary>
public sealed class MatrixRoutes
{
    // Route values of the city's shared records (not of any district): categories, the gazette, jobs, editions, formats.
    private static readonly Dictionary<string, string> Shared = new()
    {
        ["categories/code"] = "110101", ["knowledge/id"] = "1", ["jobs/name"] = "hotline-deadlines", ["years/year"] = "2025",
        ["documents/id"] = "1", ["rules/id"] = "H-FLOW", ["gazette/registry"] = "groups", ["editions/year"] = "2025",
        ["year/quarter"] = "2", ["services/serviceCode"] = "110101", ["bulletins/period"] = "Month", ["keys/id"] = "1",
        ["culture/culture"] = "en", ["v2/format"] = "json", ["requests/format"] = "json",
    };

    public MatrixRoutes(ZhiliFactory app, DistrictRecords a)
    {
        var bodies = OpenApiBodies(app);
        var loader = app.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PublicEndpointAttribute>() is { KeepsScope: false })
            {
                continue;
            }

            var (url, ofA) = Fill(endpoint.RoutePattern, a);
            if (url is null)
            {
                continue;
            }

            var reach = ReachOf(endpoint);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                All.Add(new MatrixRoute("GET", url, null, true, ofA, reach, false));
                var compiled = loader.LoadAsync(page, endpoint.Metadata).GetAwaiter().GetResult();
                foreach (var handler in compiled.HandlerMethods.Where(h => HttpMethods.IsPost(h.HttpMethod)))
                {
                    // Whether a page POST changed anything is read from the audit trail, not from its answer: a search
                    // or a sign-out posts without writing.
                    All.Add(new MatrixRoute("POST", url + (handler.Name is null ? "" : $"?handler={handler.Name}"), null, true, ofA, reach, false));
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var method = methods is { Count: > 0 } ? methods[0] : "GET";
            bodies.TryGetValue($"{method} {Template(endpoint.RoutePattern)}", out var body);
            All.Add(new MatrixRoute(method, url, body, false, ofA, reach, method != "GET"));
        }
    }

    public List<MatrixRoute> All { get; } = [];

    /// <summary>Route parameters no record fills: the matrix fails on them, so a new kind of record gets one.</summary>
    public SortedSet<string> Unfilled { get; } = [];

    private (string? Url, bool OfDistrictA) Fill(RoutePattern pattern, DistrictRecords a)
    {
        var (parts, ofA, previous) = (new List<string>(), false, "");
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                if (part is RoutePatternLiteralPart literal)
                {
                    text += literal.Content;
                    previous = literal.Content.Trim('.');
                }
                else if (part is RoutePatternParameterPart parameter)
                {
                    var key = $"{previous}/{parameter.Name}";
                    if (a.Values.TryGetValue(key, out var value))
                    {
                        ofA = true;
                    }
                    else if (!Shared.TryGetValue(key, out value))
                    {
                        Unfilled.Add($"{pattern.RawText}: {key}");
                        return (null, false);
                    }

                    text += value;
                }
            }

            parts.Add(text);
        }

        return ("/" + string.Join('/', parts), ofA);
    }

    /// <summary>City when any policy the endpoint requires is a city-reach permission.</summary>
    private static Reach ReachOf(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(d => d.Policy).OfType<string>()
            .Any(p => PermissionRegistration.Find(p)?.Reach == Reach.City) ? Reach.City : Reach.Unit;

    private static string Template(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternParameterPart q => "{" + q.Name + "}",
            _ => "",
        }))));

    /// <summary>A plausible JSON body per operation of the OpenAPI document, keyed by method and path template.</summary>
    private static Dictionary<string, string> OpenApiBodies(ZhiliFactory app)
    {
        var (operations, document) = OpenApiOperations.ReadAsync(app.Client()).GetAwaiter().GetResult();
        return operations.Where(o => o.JsonBody is not null)
            .ToDictionary(o => $"{o.Method} {o.Path}", o => HostileInputs.PlausibleBody(o, document) ?? "{}");
    }
}
