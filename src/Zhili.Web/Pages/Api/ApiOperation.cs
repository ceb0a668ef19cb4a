using Microsoft.AspNetCore.Http.Metadata;

namespace Zhili.Web.Pages.Api;

/// <summary>An API operation as the reference page lists it, read from the endpoint's own metadata.</summary>
public sealed record ApiOperation(string Tag, string Method, string Path, string? Summary, string Access)
{
    /// <summary>Zhili's own API, and the Open311 GeoReport v2 API, which the standard places outside it.</summary>
    private static readonly string[] Roots = ["/api/", "/open311/"];

    public static IReadOnlyList<ApiOperation> From(EndpointDataSource source) =>
        source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && Roots.Any(r => path.StartsWith(r, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => new ApiOperation(
                e.Metadata.GetMetadata<ITagsMetadata>()?.Tags is [var tag, ..] ? tag : "",
                m,
                e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary,
                AccessOf(e))))
            .OrderBy(o => o.Tag, StringComparer.Ordinal).ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();

    private static string AccessOf(Endpoint e)
    {
        if (e.Metadata.GetMetadata<PublicEndpointAttribute>() is not null)
        {
            return "公开";
        }

        if (e.Metadata.GetMetadata<PartnerScopeMetadata>() is { } partner)
        {
            return $"合作系统密钥（{partner.Scope}）";
        }

        var permissions = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>()
            .Select(PermissionRegistration.Find).OfType<Permission>().ToList();
        return permissions.Count == 0 ? "登录用户" : string.Join("；", permissions.Select(Describe));
    }

    /// <summary>Who holds a permission and at which level, as the reference shows it (ARCHITECTURE rule 15).</summary>
    private static string Describe(Permission p)
    {
        var roles = string.Join("、", p.Roles.Select(r => ZhiliRoles.All.FirstOrDefault(x => x.Role == r).Name ?? r));
        return $"{roles}（{(p.Reach == Reach.City ? "全市" : "本单位及下级")}{(p.Units is { } units ? "，限 " + string.Join("、", units) : "")}）";
    }
}
