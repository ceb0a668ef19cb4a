namespace Zhili.Hotline.Features.Extensions;

public sealed record ExtensionRequest(string Reason, int WorkingDays);

public sealed record ApproveExtensionRequest(int WorkingDays, string CitizenNotice);

public sealed record RefuseExtensionRequest(string Reason, string CitizenNotice);

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
