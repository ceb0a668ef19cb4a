namespace Zhili.Identity.Pages.Account;

/// <summary>Sign-out is a POST (with the antiforgery token), never a link that another site could follow.</summary>
[Authorize]
public sealed class SignOutModel(SignInManager<ZhiliUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
