namespace Zhili.Hotline.Features.Appeals;

/// <summary>Intake by the office (H-FLOW): a call, a web message or an app report.</summary>
public sealed record NewAppealRequest(
    Channel Channel, string CallerName, string CallerPhone, bool Confidential, AppealType Type, bool Urgent,
    string CategoryCode, string Address, double? Latitude, double? Longitude, string Description)
{
    public Intake ToIntake() => new(Channel, CallerName, CallerPhone, Confidential, Type, Urgent, CategoryCode, Address, Latitude, Longitude, Description);
}

public sealed class NewAppealValidator : AbstractValidator<NewAppealRequest>
{
    public NewAppealValidator()
    {
        RuleFor(r => r.Channel).IsInEnum().WithMessage("受理渠道无效").Rule("H-FLOW");
        RuleFor(r => r.CallerName).NotEmpty().WithMessage("请填写来电人姓名").MaximumLength(50);
        RuleFor(r => r.CallerPhone).MustBePhone();
        RuleFor(r => r.Type).IsInEnum().WithMessage("诉求类型应为咨询、求助、投诉、举报或建议").Rule("H-SLA");
        RuleFor(r => r.CategoryCode).Matches(@"^\d{6}$").WithMessage("分类代码应为 6 位数字").Rule("H-FLOW");
        RuleFor(r => r.Address).NotEmpty().WithMessage("请填写地址").MaximumLength(200);
        RuleFor(r => r.Latitude).InclusiveBetween(-90, 90);
        RuleFor(r => r.Longitude).InclusiveBetween(-180, 180);
        RuleFor(r => r.Description).NotEmpty().WithMessage("请填写诉求内容").MaximumLength(4000);
    }
}

internal static class Caller
{
    /// <summary>A mainland mobile number (11 digits from 13–19) or a landline with its area code (0371-6xxxxxxx).</summary>
    public static IRuleBuilderOptions<T, string> MustBePhone<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("请填写联系电话").Rule("H-FLOW")
            .Matches(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$").WithMessage("联系电话应为 11 位手机号码或带区号的固定电话").Rule("H-FLOW");
}
