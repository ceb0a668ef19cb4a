namespace Zhili.Identity.Pages.Admin.Users;

/// <summary>One account: roles, stop/restore, password reset. Another unit's account is "not found" (data scope).</summary>
public sealed class DetailModel(IdentityDbContext db, AccountService accounts, UserManager<ZhiliUser> users) : PageModel
{
    public ZhiliUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Done { get; private set; }

    public bool Locked => Account.LockoutEnd?.Year == 9999;

    public async Task<IActionResult> OnGetAsync(string userName) => await LoadAsync(userName) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRolesAsync(string userName, List<string> roles)
    {
        if (!await LoadAsync(userName))
        {
            return NotFound();
        }

        var refused = roles.Where(r => ZhiliRoles.All.All(a => a.Role != r) || (ZhiliRoles.IsCityWide(r) && !DataScope.Current.IsUnrestricted)).ToList();
        Errors = refused.Count > 0 ? refused.Select(r => $"不能授予角色 {r}").ToList() : await accounts.SetRolesAsync(Account, roles);
        Done = Errors.Count == 0 ? "角色已更新" : null;
        Roles = await users.GetRolesAsync(Account);
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(string userName, bool locked)
    {
        if (!await LoadAsync(userName))
        {
            return NotFound();
        }

        Errors = await accounts.LockAsync(Account, locked);
        Done = Errors.Count > 0 ? null : locked ? "账户已停用" : "账户已恢复";
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userName, string? password)
    {
        if (!await LoadAsync(userName))
        {
            return NotFound();
        }

        var token = await users.GeneratePasswordResetTokenAsync(Account);
        var result = await users.ResetPasswordAsync(Account, token, password ?? "");
        Errors = result.Errors.Select(e => e.Description).ToList();
        Done = result.Succeeded ? "密码已重设" : null;
        return Page();
    }

    private async Task<bool> LoadAsync(string userName)
    {
        var found = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName);
        if (found is null)
        {
            return false;
        }

        Account = found;
        Roles = await users.GetRolesAsync(found);
        return true;
    }
}
