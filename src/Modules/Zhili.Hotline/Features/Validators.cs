using FluentValidation;
using Zhili.BuildingBlocks.Validation;

namespace Zhili.Hotline.Features;

internal static class Caller
{
    /// <summary>A mainland mobile number (11 digits from 13–19) or a landline with its area code (0371-6xxxxxxx).</summary>
    public static IRuleBuilderOptions<T, string> MustBePhone<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("请填写联系电话").Rule("H-FLOW")
            .Matches(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$").WithMessage("联系电话应为 11 位手机号码或带区号的固定电话").Rule("H-FLOW");
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

public sealed class AssignValidator : AbstractValidator<AssignRequest>
{
    public AssignValidator()
    {
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage("请选择承办单位").Rule("H-FLOW");
        RuleFor(r => r.CoUnitCodes).Must(c => c is null || c.Count <= 10).WithMessage("协办单位最多 10 个");
    }
}

public sealed class ReasonValidator : AbstractValidator<ReasonRequest>
{
    public ReasonValidator() => RuleFor(r => r.Reason).NotEmpty().WithMessage("请填写理由").MaximumLength(2000);
}

public sealed class TextValidator : AbstractValidator<TextRequest>
{
    public TextValidator() => RuleFor(r => r.Text).NotEmpty().WithMessage("请填写内容").MaximumLength(4000);
}

public sealed class CallbackValidator : AbstractValidator<CallbackRequest>
{
    public CallbackValidator() => RuleFor(r => r.Satisfaction).IsInEnum().WithMessage("满意度应为满意、基本满意或不满意").Rule("H-FLOW");
}

public sealed class CloseValidator : AbstractValidator<CloseRequest>
{
    public CloseValidator()
    {
        RuleFor(r => r.Reason).IsInEnum().WithMessage("请选择办结原因").Rule("H-FLOW");
        RuleFor(r => r.Note).MaximumLength(2000);
    }
}

public sealed class ExtensionValidator : AbstractValidator<ExtensionRequest>
{
    public ExtensionValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("延期申请须说明理由").Rule("H-EXT").MaximumLength(2000);
        RuleFor(r => r.WorkingDays).InclusiveBetween(1, 30).WithMessage("延期天数应为 1 至 30 个工作日").Rule("H-EXT");
    }
}

public sealed class ApproveExtensionValidator : AbstractValidator<ApproveExtensionRequest>
{
    public ApproveExtensionValidator()
    {
        RuleFor(r => r.WorkingDays).InclusiveBetween(1, 30).WithMessage("延期天数应为 1 至 30 个工作日").Rule("H-EXT");
        RuleFor(r => r.CitizenNotice).NotEmpty().WithMessage("须记录如何告知诉求人").Rule("H-EXT").MaximumLength(1000);
    }
}

public sealed class RefuseExtensionValidator : AbstractValidator<RefuseExtensionRequest>
{
    public RefuseExtensionValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("请填写不予延期的理由").Rule("H-EXT").MaximumLength(2000);
        RuleFor(r => r.CitizenNotice).NotEmpty().WithMessage("须记录如何告知诉求人").Rule("H-EXT").MaximumLength(1000);
    }
}

public sealed class SupervisionValidator : AbstractValidator<SupervisionRequest>
{
    public SupervisionValidator()
    {
        RuleFor(r => r.Level).IsInEnum().WithMessage("督办等级应为一般、专项或重点").Rule("H-LVL");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("督办须说明理由").Rule("H-LVL").MaximumLength(2000);
    }
}
