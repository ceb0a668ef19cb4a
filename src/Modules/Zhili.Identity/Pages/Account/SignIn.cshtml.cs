using System.ComponentModel.DataAnnotations;

namespace Zhili.Identity.Pages.Account;

/// <summary>Sign-in with user name and password; failures lock the account from that address (see <see cref="SignInLimits"/>).</summary>
[PublicEndpoint]
public sealed class SignInModel(SignInGate gate, IConfiguration configuration) : PageModel
{
    /// <summary>The one answer to every refusal: it does not say whether the account exists or is locked.</summary>
    public const string Refused = "用户名或密码不正确（多次失败后须稍候再试）";

    [BindProperty]
    [Required(ErrorMessage = "请输入用户名")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Demo accounts are listed only in demo mode.</summary>
    public bool Demo => configuration.GetValue<bool>("Zhili:Demo");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await gate.TryAsync(UserName, Password, ClientAddress.Of(HttpContext), HttpContext.RequestAborted))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = Refused;
        return Page();
    }
}
