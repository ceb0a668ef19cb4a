using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhili.BuildingBlocks.Web;

namespace Zhili.Web.Tests.OpenApi;

/// <summary>
/// The OpenAPI document shows each operation's own request body: read from the endpoints themselves (the type each one
/// accepts), not from the document, so that two types of one name in two modules cannot show one module's body for both.
/// </summary>
public sealed class RequestBodyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task OpenAPI_every_request_body_is_the_type_its_endpoint_takes(TestDatabase database)
    {
        var app = await fixture.App(database);
        var document = await app.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var wrong = new List<string>();
        var names = new Dictionary<string, Type>();
        var compared = 0;
        var swept = new List<string>();
        foreach (var (method, path, takes, contentTypes) in Bodies(app.Services))
        {
            var name = $"{method} {path} ({takes.Name})";
            swept.Add($"{method} {path}");
            if (!document.GetProperty("paths").TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var op))
            {
                wrong.Add($"{name}: not in the document");
                continue;
            }

            var content = op.GetProperty("requestBody").GetProperty("content");
            foreach (var type in contentTypes)
            {
                if (!content.TryGetProperty(type, out var media))
                {
                    wrong.Add($"{name}: no {type} body");
                    continue;
                }

                var schema = media.GetProperty("schema");
                if (schema.TryGetProperty("$ref", out var reference) && names.TryGetValue(reference.GetString()!, out var other)
                    && other != takes)
                {
                    wrong.Add($"{name}: schema {reference} is also {other.FullName}'s");
                }

                if (schema.TryGetProperty("$ref", out reference))
                {
                    names[reference.GetString()!] = takes;
                }

                var info = json.GetTypeInfo(takes);
                if (info.Kind != JsonTypeInfoKind.Object)
                {
                    continue;
                }

                compared++;
                var expected = info.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                var shown = Properties(document, schema).Order(StringComparer.Ordinal).ToList();
                if (!shown.SequenceEqual(expected))
                {
                    wrong.Add($"{name} {type}: shows [{string.Join(", ", shown)}], takes [{string.Join(", ", expected)}]");
                }
            }
        }

        compared.ShouldBeGreaterThan(30, "the sweep reads the bodies of many endpoints");
        swept.ShouldContain("POST /open311/v2/requests.{format}", "a form the endpoint reads itself is described too");
        wrong.ShouldBeEmpty();
    }

    /// <summary>
    /// Every endpoint in the document that reads a body: its method, its path as the document writes it, the type it takes
    /// (bound, or a form it reads itself) and the content types it takes it in.
    /// </summary>
    private static IEnumerable<(string Method, string Path, Type Takes, IReadOnlyList<string> ContentTypes)> Bodies(IServiceProvider services) =>
        from endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        where endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true }
        let accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()
        let form = endpoint.Metadata.GetMetadata<FormBodyMetadata>()
        let body = form is not null ? (form.Form, form.ContentTypes) : accepts?.RequestType is { } t ? (t, accepts.ContentTypes) : default
        where body.Item1 is not null
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []
        select (method, DocumentPath(endpoint.RoutePattern), body.Item1, body.Item2);

    // {id:long}, {code:regex(...)} and {**rest} are {id}, {code} and {rest} in the document, and no path ends in a slash.
    private static string DocumentPath(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(
        s.Parts.Select(p => p is RoutePatternParameterPart parameter ? $"{{{parameter.Name}}}" : p is RoutePatternLiteralPart literal ? literal.Content
            : ((RoutePatternSeparatorPart)p).Content))));

    /// <summary>The property names of a schema, through its <c>$ref</c> and any <c>allOf</c>.</summary>
    private static IEnumerable<string> Properties(JsonElement document, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        var own = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];
        var parts = schema.TryGetProperty("allOf", out var all) ? all.EnumerateArray().SelectMany(s => Properties(document, s)) : [];
        return own.Concat(parts).Distinct();
    }
}
