namespace Zhili.Identity.Accounts;

/// <summary>An administrator's request to open an account.</summary>
public sealed class NewAccount
{
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string UnitCode { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public string Password { get; set; } = "";
}

/// <summary>
/// The unit must exist and lie in the administrator's own data scope, and an administrator below the city cannot
/// grant the city-wide roles (that would widen their own reach).
/// </summary>
public sealed class NewAccountValidator : AbstractValidator<NewAccount>
{
    public NewAccountValidator(IAdminUnits units)
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("请填写用户名")
            .Matches("^[a-z0-9][a-z0-9._-]{2,39}$").WithMessage("用户名为 3–40 位小写字母、数字或 .-_，以字母或数字开头");
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("请填写姓名").MaximumLength(30).WithMessage("姓名不能超过 30 个字");
        RuleFor(x => x.UnitCode).Must(code => units.Find(code ?? "") is not null).WithMessage(x => $"没有代码为 {x.UnitCode} 的单位")
            .Must(code => DataScope.Current.Covers(code)).WithMessage("只能在本单位及下级单位开设账户");
        RuleFor(x => x.Roles).NotEmpty().WithMessage("至少选择一个角色")
            .Must(roles => roles.All(r => ZhiliRoles.All.Any(a => a.Role == r))).WithMessage("有不存在的角色")
            .Must(roles => DataScope.Current.IsUnrestricted || !roles.Any(ZhiliRoles.IsCityWide)).WithMessage("市级角色只能由市级管理员授予");
        RuleFor(x => x.Password).NotEmpty().WithMessage("请设置初始密码");
    }
}
