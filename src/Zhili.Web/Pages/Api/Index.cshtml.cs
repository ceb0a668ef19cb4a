namespace Zhili.Web.Pages.Api;

/// <summary>The browsable API reference: every endpoint under /api with its summary, access, and the OpenAPI document.</summary>
[PublicEndpoint]
public sealed class IndexModel(EndpointDataSource endpoints) : PageModel
{
    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public void OnGet() => Operations = ApiOperation.From(endpoints);
}
