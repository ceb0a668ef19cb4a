namespace Zhili.Hotline.Features.Desk;

/// <summary>Links the appeal in the path as a follower (duplicate) of the primary (H-FLOW).</summary>
public sealed record LinkRequest(long PrimaryId);

/// <summary>Closes a consultation at first contact, citing a knowledge-base answer (H-FLOW).</summary>
public sealed record FirstContactRequest(long AnswerId, string? Note);

public sealed class LinkValidator : AbstractValidator<LinkRequest>
{
    public LinkValidator() => RuleFor(r => r.PrimaryId).GreaterThan(0).WithMessage("请选择主诉求").Rule("H-FLOW");
}

public sealed class FirstContactValidator : AbstractValidator<FirstContactRequest>
{
    public FirstContactValidator()
    {
        RuleFor(r => r.AnswerId).GreaterThan(0).WithMessage("请选择引用的知识库答复").Rule("H-FLOW");
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}
