namespace Zhili.Hotline.Features.Bulletins;

public sealed record CriticismRequest(string UnitCode, CriticismGround Ground, string Reason, BulletinPeriod BulletinPeriod, DateOnly BulletinDate);

public sealed record ExplanationRequest(string Text);

public sealed record ProposalRequest(string UnitCode, string Grounds);

public sealed record DecisionRequest(string Note);

public sealed record ReferralRequest(string UnitCode, long? AppealId, string Misconduct, string ReferredTo, DateOnly ReferredOn);

public sealed record CriticismListQuery(string? Unit, int? Year, bool? Owed, int? Page, int? PageSize, string? Sort);

public sealed record ProposalListQuery(ProposalState? State, int? Page, int? PageSize, string? Sort);

public sealed record ReferralListQuery(int? Page, int? PageSize, string? Sort);

public sealed class CriticismRequestValidator : AbstractValidator<CriticismRequest>
{
    public CriticismRequestValidator()
    {
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage("请选择被通报单位").Rule("H-CRIT");
        RuleFor(r => r.Ground).IsInEnum().WithMessage("通报事由应为作风拖沓、办件不及时或未按要求回复").Rule("H-CRIT");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("请写明通报批评的事实").Rule("H-CRIT").MaximumLength(2000);
        RuleFor(r => r.BulletinPeriod).IsInEnum().WithMessage("请注明所依据的简报（日、周、月、季、年）").Rule("H-CRIT");
        RuleFor(r => r.BulletinDate).Must(d => d.Year is >= 2018 and <= 2100).WithMessage("简报日期应在 2018 年至 2100 年之间").Rule("H-CRIT");
    }
}

public sealed class ExplanationRequestValidator : AbstractValidator<ExplanationRequest>
{
    public ExplanationRequestValidator() =>
        RuleFor(r => r.Text).NotEmpty().WithMessage("请填写情况说明").Rule("H-CRIT").MaximumLength(4000);
}

public sealed class ProposalRequestValidator : AbstractValidator<ProposalRequest>
{
    public ProposalRequestValidator()
    {
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage("请选择单位").Rule("H-TALK");
        RuleFor(r => r.Grounds).NotEmpty().WithMessage("请写明提请约谈的事实（敷衍应付、推诿扯皮、落实不力等）").Rule("H-TALK").MaximumLength(2000);
    }
}

public sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public DecisionRequestValidator() =>
        RuleFor(r => r.Note).NotEmpty().WithMessage("请写明约谈安排或不予约谈的理由").Rule("H-TALK").MaximumLength(2000);
}

public sealed class ReferralRequestValidator : AbstractValidator<ReferralRequest>
{
    public ReferralRequestValidator()
    {
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage("请选择涉及的单位").Rule("H-ACC");
        RuleFor(r => r.Misconduct).NotEmpty().WithMessage("请写明发现的问题").Rule("H-ACC").MaximumLength(4000);
        RuleFor(r => r.ReferredTo).NotEmpty().WithMessage("请写明移送的纪检监察部门").Rule("H-ACC").MaximumLength(200);
        RuleFor(r => r.ReferredOn).Must(d => d.Year >= 2018).WithMessage("请填写移送日期").Rule("H-ACC");
    }
}
