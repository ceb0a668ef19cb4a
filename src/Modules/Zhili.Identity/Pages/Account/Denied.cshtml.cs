using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhili.BuildingBlocks.Security;

namespace Zhili.Identity.Pages.Account;

[PublicEndpoint]
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = 403;
}
