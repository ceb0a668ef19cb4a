namespace Zhili.Hotline.Features.Public;

/// <summary>A citizen's own appeal through the public form or API (channel web, never urgent by the citizen's say).</summary>
public sealed record PublicAppealRequest(
    string CallerName, string CallerPhone, bool Confidential, AppealType Type, string CategoryCode, string Address, string Description)
{
    public Intake ToIntake() => new(Channel.Web, CallerName, CallerPhone, Confidential, Type, false, CategoryCode, Address, null, null, Description);
}

public sealed class PublicAppealValidator : AbstractValidator<PublicAppealRequest>
{
    public PublicAppealValidator()
    {
        RuleFor(r => r.CallerName).NotEmpty().WithMessage("请填写姓名").MaximumLength(50);
        RuleFor(r => r.CallerPhone).MustBePhone();
        RuleFor(r => r.Type).IsInEnum().WithMessage("诉求类型应为咨询、求助、投诉、举报或建议").Rule("H-SLA");
        RuleFor(r => r.CategoryCode).Matches(@"^\d{6}$").WithMessage("分类代码应为 6 位数字").Rule("H-FLOW");
        RuleFor(r => r.Address).NotEmpty().WithMessage("请填写地址").MaximumLength(200);
        RuleFor(r => r.Description).NotEmpty().WithMessage("请填写诉求内容").MaximumLength(4000);
    }
}
