using Zhili.Kernel.Validation;

namespace Zhili.WageArrears.Features.Cases;

public sealed record PersonInput(string? Name, PersonRole Role, string? IdNumber);

/// <summary>
/// An organisation with its credit code and responsible persons, or (with <paramref name="IdNumber"/> instead of a
/// credit code) a natural person without 用工主体资格 listed as a subcontractor (B-WHO, L2910–2918).
/// </summary>
public sealed record PartyInput(string? Name, string? CreditCode, PartyKind Kind, bool RegisteredOutsideCity, List<PersonInput>? Persons,
    string? IdNumber = null)
{
    public bool IsNaturalPerson => !string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(CreditCode);

    /// <summary>The normalised credit code, or a natural person's normalised identity number.</summary>
    public string Identifier => IsNaturalPerson ? ResidentId.Normalize(IdNumber) : Kernel.Codes.CreditCode.Normalize(CreditCode);
}

/// <summary>B-WHO, B-WHY: a case on an employer (and its subcontractors), resting on an administrative decision.</summary>
public sealed record CreateCaseRequest(List<PartyInput>? Parties, string? DecisionNumber, DateOnly DecisionDate, List<Ground>? Grounds);

public sealed class CreateCaseValidator : AbstractValidator<CreateCaseRequest>
{
    public CreateCaseValidator(TimeProvider clock)
    {
        RuleFor(r => r.DecisionNumber).NotEmpty().WithMessage("请填写行政处理（处罚）决定文号").Rule("B-WHY").MaximumLength(60);
        RuleFor(r => r.DecisionDate).NotEqual(default(DateOnly)).WithMessage("请填写行政处理（处罚）决定日期").Rule("B-WHY")
            .Must(d => d <= Zhili.Kernel.Civil.Today(clock)).WithMessage("决定日期不能晚于今天").Rule("B-WHY");
        RuleFor(r => r.Grounds).NotEmpty().WithMessage("请至少选择一项列入事由（第五条）").Rule("B-WHY");
        RuleForEach(r => r.Grounds).Must(g => g != Ground.None && (Grounds.All & g) == g && ((int)g & ((int)g - 1)) == 0)
            .WithMessage("列入事由不合法").Rule("B-WHY");
        RuleFor(r => r.Parties).NotEmpty().WithMessage("请填写用人单位").Rule("B-WHO")
            .Must(p => p is null || p.Count(x => x.Kind == PartyKind.Employer) == 1)
            .WithMessage("一个案件有且只有一个用人单位，违法分包、转包单位作为分包方一并列入").Rule("B-WHO")
            .Must(p => p is null || p.Select(x => x.Identifier).Distinct().Count() == p.Count)
            .WithMessage("同一统一社会信用代码或身份证号码重复填写").Rule("B-WHO");
        RuleForEach(r => r.Parties).ChildRules(party =>
        {
            party.RuleFor(p => p.Name).NotEmpty().WithMessage("请填写单位名称或姓名").MaximumLength(200);
            party.When(p => !p.IsNaturalPerson, () =>
            {
                party.RuleFor(p => p.CreditCode).MustBeCreditCode();
                party.RuleFor(p => p.IdNumber).Must(string.IsNullOrWhiteSpace)
                    .WithMessage("单位填写统一社会信用代码，自然人填写身份证号码，二者只填其一").Rule("B-WHO");
                party.RuleFor(p => p.Persons).Must(ps => ps is not null && ps.Count(x => x.Role == PersonRole.LegalRepresentative) == 1)
                    .WithMessage("请填写一名法定代表人").Rule("B-WHO");
            });
            // B-WHO: a person without 用工主体资格 is listed with the subcontracting unit, never as the employer itself.
            party.When(p => p.IsNaturalPerson, () =>
            {
                party.RuleFor(p => p.IdNumber).MustBeResidentId();
                party.RuleFor(p => p.Kind).Equal(PartyKind.Subcontractor)
                    .WithMessage("自然人（不具备用工主体资格的个人）只能作为违法分包、转包的承接方一并列入").Rule("B-WHO");
                party.RuleFor(p => p.Persons).Must(ps => ps is null || ps.Count == 0)
                    .WithMessage("自然人不填写法定代表人或其他责任人").Rule("B-WHO");
            });
            party.RuleForEach(p => p.Persons).ChildRules(person =>
            {
                person.RuleFor(x => x.Name).NotEmpty().WithMessage("请填写姓名").MaximumLength(50);
                person.RuleFor(x => x.IdNumber).MustBeResidentId();
            });
        });
    }
}
