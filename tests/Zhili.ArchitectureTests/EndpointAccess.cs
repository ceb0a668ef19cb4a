using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Zhili.BuildingBlocks.Security;

namespace Zhili.ArchitectureTests;

/// <summary>Issue: every endpoint and page is either authorised by a policy or explicitly marked public.</summary>
public static class EndpointAccess
{
    public static bool IsMarked(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<PublicEndpointAttribute>() is not null
        || endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    public static IReadOnlyList<string> Unmarked(IEnumerable<Endpoint> endpoints) =>
        endpoints.Where(e => !IsMarked(e)).Select(e => e.DisplayName ?? e.ToString()!).ToList();
}
