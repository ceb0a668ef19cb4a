using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Zhili.BuildingBlocks.Security;
using Zhili.Identity.Domain;

namespace Zhili.Identity.Pages.Account;

/// <summary>Sign-in with user name and password; five failures lock the account for 15 minutes.</summary>
[PublicEndpoint]
public sealed class SignInModel(SignInManager<ZhiliUser> signIn, UserManager<ZhiliUser> users, IConfiguration configuration, TimeProvider clock) : PageModel
{
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

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = (await users.FindByNameAsync(UserName.Trim()))!;
            user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.IsLockedOut ? "登录失败次数过多，账户已暂时锁定，请 15 分钟后再试" : "用户名或密码不正确";
        return Page();
    }
}
