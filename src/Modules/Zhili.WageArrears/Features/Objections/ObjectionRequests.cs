namespace Zhili.WageArrears.Features.Objections;

public sealed record ObjectionRequest(DateOnly ReceivedOn, string? Text, string? Evidence);

/// <summary>B-OBJ outcome; for <c>Corrected</c> the changed decision (B-FIX).</summary>
public sealed record ObjectionDecisionRequest(ObjectionOutcome Outcome, DateOnly DecidedOn, string? Reason, string? NewDecisionNumber, List<Ground>? NewGrounds);

/// <summary>B-FIX: the administrative decision was changed (new number and grounds) or revoked.</summary>
public sealed record FixRequest(bool Revoked, DateOnly On, string? Reason, string? NewDecisionNumber, List<Ground>? NewGrounds);

public sealed class ObjectionValidator : AbstractValidator<ObjectionRequest>
{
    public ObjectionValidator()
    {
        RuleFor(r => r.ReceivedOn).NotEqual(default(DateOnly)).WithMessage("请填写收到异议申请的日期").Rule("B-OBJ");
        RuleFor(r => r.Text).NotEmpty().WithMessage("请填写异议内容").Rule("B-OBJ").MaximumLength(4000);
        RuleFor(r => r.Evidence).NotEmpty().WithMessage("异议申请应当提交证据").Rule("B-OBJ").MaximumLength(4000);
    }
}

public sealed class ObjectionDecisionValidator : AbstractValidator<ObjectionDecisionRequest>
{
    public ObjectionDecisionValidator()
    {
        RuleFor(r => r.Outcome).NotEqual(ObjectionOutcome.Pending).IsInEnum().WithMessage("请选择处理结果").Rule("B-OBJ");
        RuleFor(r => r.DecidedOn).NotEqual(default(DateOnly)).WithMessage("请填写处理日期").Rule("B-OBJ");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("请说明理由").Rule("B-FIX").MaximumLength(1000);
        When(r => r.Outcome == ObjectionOutcome.Corrected, () =>
        {
            RuleFor(r => r.NewDecisionNumber).NotEmpty().WithMessage("变更时请填写变更后的决定文号").Rule("B-FIX");
            RuleFor(r => r.NewGrounds).NotEmpty().WithMessage("变更时请填写变更后的列入事由").Rule("B-FIX");
        });
    }
}

public sealed class FixValidator : AbstractValidator<FixRequest>
{
    public FixValidator()
    {
        RuleFor(r => r.On).NotEqual(default(DateOnly)).WithMessage("请填写日期").Rule("B-FIX");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("请说明更正理由").Rule("B-FIX").MaximumLength(1000);
        When(r => !r.Revoked, () =>
        {
            RuleFor(r => r.NewDecisionNumber).NotEmpty().WithMessage("请填写变更后的决定文号").Rule("B-FIX");
            RuleFor(r => r.NewGrounds).NotEmpty().WithMessage("请填写变更后的列入事由").Rule("B-FIX");
        });
    }
}
