namespace Zhili.Hotline.Features.Appeals;

public sealed record AssignRequest(string UnitCode, IReadOnlyList<string>? CoUnitCodes);

public sealed record ReasonRequest(string Reason);

public sealed record TextRequest(string Text);

public sealed record CallbackRequest(Satisfaction Satisfaction);

public sealed record CloseRequest(ClosureReason Reason, string? Note);

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
