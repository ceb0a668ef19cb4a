namespace Zhili.Web.Pages;

/// <summary>Errors and status codes of pages, without any detail of the failure (no stack trace to users).</summary>
[PublicEndpoint]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string RequestId => HttpContext.TraceIdentifier;

    public void OnGet(int? status) => Status = status ?? Response.StatusCode;

    public void OnPost(int? status) => Status = status ?? Response.StatusCode;
}
