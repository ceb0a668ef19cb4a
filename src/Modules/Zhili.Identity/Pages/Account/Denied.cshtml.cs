namespace Zhili.Identity.Pages.Account;

[PublicEndpoint]
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = 403;
}
