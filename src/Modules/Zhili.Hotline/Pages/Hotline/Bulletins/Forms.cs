namespace Zhili.Hotline.Pages.Hotline.Bulletins;

/// <summary>The office's criticism form (H-CRIT).</summary>
public sealed class CriticismForm
{
    public string UnitCode { get; set; } = "";

    public CriticismGround Ground { get; set; } = CriticismGround.LateHandling;

    public string Reason { get; set; } = "";

    public BulletinPeriod Period { get; set; } = BulletinPeriod.Month;

    public DateOnly? BulletinDate { get; set; }
}

/// <summary>The unit's written explanation (H-CRIT).</summary>
public sealed class ExplanationForm
{
    public long Id { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>The office's proposal for perfunctory handling, and its decisions (H-TALK).</summary>
public sealed class ProposalForm
{
    public string UnitCode { get; set; } = "";

    public string Grounds { get; set; } = "";
}

public sealed class DecisionForm
{
    public long Id { get; set; }

    public bool Confirm { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>The office's record of a discipline referral (H-ACC).</summary>
public sealed class ReferralForm
{
    public string UnitCode { get; set; } = "";

    public long? AppealId { get; set; }

    public string Misconduct { get; set; } = "";

    public string ReferredTo { get; set; } = "";

    public DateOnly? ReferredOn { get; set; }
}

public sealed class CriticismFormValidator : AbstractValidator<CriticismForm>
{
    public CriticismFormValidator()
    {
        RuleFor(f => f.UnitCode).NotEmpty().WithMessage("请选择被通报单位").Rule("H-CRIT");
        RuleFor(f => f.Ground).IsInEnum().WithMessage("请选择通报事由").Rule("H-CRIT");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请写明通报批评的事实").Rule("H-CRIT").MaximumLength(2000);
        RuleFor(f => f.Period).IsInEnum().WithMessage("请选择所依据的简报").Rule("H-CRIT");
        RuleFor(f => f.BulletinDate).NotNull().WithMessage("请填写简报日期").Rule("H-CRIT");
    }
}

public sealed class ExplanationFormValidator : AbstractValidator<ExplanationForm>
{
    public ExplanationFormValidator() => RuleFor(f => f.Text).NotEmpty().WithMessage("请填写情况说明").Rule("H-CRIT").MaximumLength(4000);
}

public sealed class ProposalFormValidator : AbstractValidator<ProposalForm>
{
    public ProposalFormValidator()
    {
        RuleFor(f => f.UnitCode).NotEmpty().WithMessage("请选择单位").Rule("H-TALK");
        RuleFor(f => f.Grounds).NotEmpty().WithMessage("请写明提请约谈的事实").Rule("H-TALK").MaximumLength(2000);
    }
}

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator() => RuleFor(f => f.Note).NotEmpty().WithMessage("请写明约谈安排或不予约谈的理由").Rule("H-TALK").MaximumLength(2000);
}

public sealed class ReferralFormValidator : AbstractValidator<ReferralForm>
{
    public ReferralFormValidator()
    {
        RuleFor(f => f.UnitCode).NotEmpty().WithMessage("请选择涉及的单位").Rule("H-ACC");
        RuleFor(f => f.Misconduct).NotEmpty().WithMessage("请写明发现的问题").Rule("H-ACC").MaximumLength(4000);
        RuleFor(f => f.ReferredTo).NotEmpty().WithMessage("请写明移送的纪检监察部门").Rule("H-ACC").MaximumLength(200);
        RuleFor(f => f.ReferredOn).NotNull().WithMessage("请填写移送日期").Rule("H-ACC");
    }
}
