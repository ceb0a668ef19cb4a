namespace Zhili.Kernel.Units;

/// <summary>
/// K-UNITS: a street or township sits under a county-level unit, and its code is the parent's code followed by
/// three digits (the GB/T 10114 township code shape, e.g. 410102001 under 410102).
/// </summary>
public sealed class NewUnitValidator : AbstractValidator<NewUnit>
{
    public NewUnitValidator(IAdminUnits units)
    {
        RuleFor(x => x.Kind)
            .Must(k => k.IsStreetLevel())
            .WithMessage("只能新增街道或乡镇（Street 或 Township）").Rule("K-UNITS");
        RuleFor(x => x.ParentCode)
            .NotEmpty().WithMessage("请填写上级单位代码")
            .Must(code => units.Find(code ?? "")?.Kind.IsCountyLevel() == true)
            .WithMessage(x => $"上级单位 {x.ParentCode} 不是县级单位（区、县、县级市或开发区）").Rule("K-UNITS");
        RuleFor(x => x.Name)
            .NotEmpty().WithMessage("请填写名称")
            .MaximumLength(30).WithMessage("名称不能超过 30 个字")
            .Must(n => n is null || n.Trim().EndsWith('街') || n.Trim().EndsWith("街道", StringComparison.Ordinal)
                || n.Trim().EndsWith("办事处", StringComparison.Ordinal) || n.Trim().EndsWith('镇') || n.Trim().EndsWith('乡'))
            .WithMessage("名称应以“街道”“办事处”“镇”或“乡”结尾")
            .Must((x, n) => !units.Under(x.ParentCode ?? "").Any(u => u.Name == n?.Trim()))
            .WithMessage(x => $"{x.ParentCode} 下已有名为“{x.Name}”的单位");
        RuleFor(x => x.Code)
            .NotEmpty().WithMessage("请填写单位代码")
            .Must((x, code) => code is not null && x.ParentCode is not null && code.Trim().Length == x.ParentCode.Length + 3
                && code.Trim().StartsWith(x.ParentCode, StringComparison.Ordinal) && code.Trim()[^3..].All(char.IsAsciiDigit))
            .WithMessage(x => $"代码应为上级代码 {x.ParentCode} 加 3 位数字，例如 {x.ParentCode}001").Rule("K-UNITS")
            .Must(code => units.Find(code?.Trim() ?? "") is null)
            .WithMessage(x => $"代码 {x.Code} 已被使用");
    }
}
