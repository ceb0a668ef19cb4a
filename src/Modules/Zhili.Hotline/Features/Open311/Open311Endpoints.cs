using Microsoft.Extensions.Hosting;

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// Open311 GeoReport v2 over the hotline's appeals (H-FLOW channel Open311): discovery, services and their definitions,
/// posting a request (a partner key with <see cref="PostScope"/>), and public reads of requests. Every resource answers
/// in <c>.xml</c> and <c>.json</c>; errors are the spec's <c>{code, description}</c> array.
/// </summary>
public static class Open311Endpoints
{
    public const string Root = "/open311/v2";
    public const string PostScope = "open311.post";
    public const string Tag = "Open311 GeoReport v2";

    public static void MapOpen311Endpoints(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup(Root).WithTags(Tag).WithMetadata(Open311Marker.Instance);
        g.MapGet("/discovery.{format}", Discovery).PublicSurface().WithName("Open311Discovery")
            .WithSummary("Service discovery: contact, how to get a key, the GeoReport v2 endpoint and its formats (.xml/.json)");
        g.MapGet("/services.{format}", Services).PublicSurface().WithName("Open311Services")
            .WithSummary("GET Service List: the leaf appeal categories, with description, group, keywords (.xml/.json)");
        g.MapGet("/services/{serviceCode}.{format}", Definition).PublicSurface().WithName("Open311ServiceDefinition")
            .WithSummary("GET Service Definition: the attributes TYPE, URGENT, CONFIDENTIAL, PERIOD of a service (.xml/.json)");
        g.MapPost("/requests.{format}", Open311Post.PostAsync).RequirePartnerScope(PostScope).WithName("Open311PostRequest")
            .DescribesForm<Open311PostForm>("application/x-www-form-urlencoded", "multipart/form-data")
            .WithSummary("POST Service Request (form-encoded; api_key with scope open311.post): an appeal of channel Open311, answered with its tracking number (H-FLOW)");
        g.MapGet("/requests.{format}", Requests).PublicSurface().WithName("Open311Requests")
            .WithSummary("GET Service Requests by service_request_id, service_code, start_date/end_date (≤90 days), status, page/page_size; no personal data (K-MASK)");
        g.MapGet("/requests/{id}.{format}", Request).PublicSurface().WithName("Open311Request")
            .WithSummary("GET Service Request by tracking number; no personal data (K-MASK)");
        g.MapGet("/tokens/{token}.{format}", Token).PublicSurface().WithName("Open311Token")
            .WithSummary("GET service_request_id from a token: every service is realtime, so a tracking number is its own token");
    }

    private static Open311Result Discovery(string format, HttpRequest request, IHostEnvironment environment) =>
        Open311Formats.Parse(format) is { } f ? new Open311Result(Open311Discovery.Of(request, environment), f) : Open311Errors.UnknownFormat(format);

    private static async Task<Open311Result> Services(string format, Open311Catalogue catalogue, Sla sla, CancellationToken ct)
    {
        if (Open311Formats.Parse(format) is not { } f)
        {
            return Open311Errors.UnknownFormat(format);
        }

        var services = await catalogue.ServicesAsync(ct);
        return new Open311Result(new Open311List("services", services.Select(s => (Open311Node)s.ToNode(sla)).ToList()), f);
    }

    private static async Task<Open311Result> Definition(string serviceCode, string format, Open311Catalogue catalogue, Sla sla, CancellationToken ct)
    {
        if (Open311Formats.Parse(format) is not { } f)
        {
            return Open311Errors.UnknownFormat(format);
        }

        return await catalogue.FindAsync(serviceCode, ct) is { } service
            ? new Open311Result(service.Definition(sla), f)
            : Open311Errors.NotFound(f, Open311Post.UnknownService(serviceCode));
    }

    private static async Task<Open311Result> Requests(
        string format, [AsParameters] Open311RequestQuery query, Open311Reads reads, CancellationToken ct) =>
        Open311Formats.Parse(format) is { } f ? await reads.ListAsync(query, f, ct) : Open311Errors.UnknownFormat(format);

    private static async Task<Open311Result> Request(string id, string format, Open311Reads reads, CancellationToken ct) =>
        Open311Formats.Parse(format) is { } f ? await reads.OneAsync(id, f, ct) : Open311Errors.UnknownFormat(format);

    private static async Task<Open311Result> Token(string token, string format, Open311Reads reads, CancellationToken ct) =>
        Open311Formats.Parse(format) is { } f ? await reads.TokenAsync(token, f, ct) : Open311Errors.UnknownFormat(format);
}

/// <summary>Endpoint metadata: an Open311 endpoint, whose refusals by authorization are GeoReport errors too.</summary>
public sealed class Open311Marker
{
    public static readonly Open311Marker Instance = new();

    private Open311Marker()
    {
    }
}
