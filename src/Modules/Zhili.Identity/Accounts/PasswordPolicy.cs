using Zhili.Identity.Demo;

namespace Zhili.Identity.Accounts;

/// <summary>
/// What Identity's length and character rules let through: a common password (<see cref="CommonPasswords"/>), the user
/// name as password (also with digits or symbols after it), and the demo password outside demo mode, where everyone
/// who read the README knows it.
/// </summary>
public sealed class PasswordPolicy(IConfiguration configuration) : IPasswordValidator<ZhiliUser>
{
    public const string CommonCode = "PasswordCommon";
    public const string UserNameCode = "PasswordIsUserName";
    public const string DemoCode = "PasswordIsDemo";

    public Task<IdentityResult> ValidateAsync(UserManager<ZhiliUser> manager, ZhiliUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (IsUserName(password, user.UserName))
        {
            errors.Add(new IdentityError { Code = UserNameCode, Description = "密码不能是用户名，也不能是用户名加数字或符号" });
        }

        if (!configuration.GetValue<bool>("Zhili:Demo") && string.Equals(password.Trim(), DemoAccounts.Password, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = DemoCode, Description = "不能使用演示密码：它已公开，只在演示模式下可用" });
        }

        if (CommonPasswords.Contains(password))
        {
            errors.Add(new IdentityError { Code = CommonCode, Description = "密码过于常见，容易被猜中，请换一个" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool IsUserName(string password, string? userName)
    {
        var (lower, name) = (password.Trim().ToLowerInvariant(), userName?.Trim().ToLowerInvariant() ?? "");
        return name.Length > 0 && lower.StartsWith(name, StringComparison.Ordinal) && !lower[name.Length..].Any(char.IsLetter);
    }
}
