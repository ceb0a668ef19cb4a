using Zhili.Kernel.Validation;

namespace Zhili.WageArrears.Features.SelfService;

/// <summary>B-NOTICE: the employer's written statement and defence, with the notice's access code and its credit code.</summary>
public sealed record PublicDefenceRequest(string? AccessCode, string? CreditCode, string? Text);

/// <summary>B-OBJ: the employer's objection with its evidence, with the listing decision's access code and its credit code.</summary>
public sealed record PublicObjectionRequest(string? AccessCode, string? CreditCode, string? Text, string? Evidence);

/// <summary>Staff: issue (or replace) the access code for the notice or the listing decision.</summary>
public sealed record AccessCodeRequest(AccessPurpose Purpose);

public sealed class PublicDefenceValidator : AbstractValidator<PublicDefenceRequest>
{
    public PublicDefenceValidator()
    {
        RuleFor(r => r.AccessCode).Must(c => AccessCodeFormat.Normalize(c).Length > 0)
            .WithMessage("请填写告知书上的 12 位访问码").Rule("B-NOTICE");
        RuleFor(r => r.CreditCode).MustBeCreditCode();
        RuleFor(r => r.Text).NotEmpty().WithMessage("请填写陈述申辩内容").Rule("B-NOTICE")
            .MaximumLength(4000).WithMessage("陈述申辩内容不能超过 4000 字");
    }
}

public sealed class PublicObjectionValidator : AbstractValidator<PublicObjectionRequest>
{
    public PublicObjectionValidator()
    {
        RuleFor(r => r.AccessCode).Must(c => AccessCodeFormat.Normalize(c).Length > 0)
            .WithMessage("请填写列入决定书上的 12 位访问码").Rule("B-OBJ");
        RuleFor(r => r.CreditCode).MustBeCreditCode();
        RuleFor(r => r.Text).NotEmpty().WithMessage("请填写异议内容").Rule("B-OBJ")
            .MaximumLength(4000).WithMessage("异议内容不能超过 4000 字");
        RuleFor(r => r.Evidence).NotEmpty().WithMessage("异议申请应当提交证据").Rule("B-OBJ")
            .MaximumLength(4000).WithMessage("证据说明不能超过 4000 字");
    }
}

public sealed class AccessCodeRequestValidator : AbstractValidator<AccessCodeRequest>
{
    public AccessCodeRequestValidator() =>
        RuleFor(r => r.Purpose).IsInEnum().WithMessage("访问码用途应为 Defence（陈述申辩）或 Objection（异议）").Rule("B-NOTICE");
}
