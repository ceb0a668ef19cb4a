using Zhili.WageArrears.Domain;
using Zhili.WageArrears.Features.Cases;

namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>One party on the new-case form: an organisation, or (identity number instead of credit code) a natural person.</summary>
public sealed class PartyForm
{
    public string? Name { get; set; }

    public string? CreditCode { get; set; }

    public string? IdNumber { get; set; }

    public bool RegisteredOutsideCity { get; set; }

    public string? RepresentativeName { get; set; }

    public string? RepresentativeId { get; set; }

    public string? OtherName { get; set; }

    public string? OtherId { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(CreditCode) && string.IsNullOrWhiteSpace(IdNumber);

    public PartyInput ToInput(PartyKind kind)
    {
        var persons = new List<PersonInput>();
        if (!string.IsNullOrWhiteSpace(RepresentativeName) || !string.IsNullOrWhiteSpace(RepresentativeId))
        {
            persons.Add(new PersonInput(RepresentativeName, PersonRole.LegalRepresentative, RepresentativeId));
        }

        if (!string.IsNullOrWhiteSpace(OtherName) || !string.IsNullOrWhiteSpace(OtherId))
        {
            persons.Add(new PersonInput(OtherName, PersonRole.Other, OtherId));
        }

        return new PartyInput(Name, CreditCode, kind, RegisteredOutsideCity, persons, IdNumber);
    }
}

/// <summary>The new-case form (B-WHO, B-WHY): the employer, up to three subcontractors, the decision and its grounds.</summary>
public sealed class CaseForm
{
    public const int Subcontractors = 3;

    public PartyForm Employer { get; set; } = new();

    public List<PartyForm> Subs { get; set; } = [.. Enumerable.Range(0, Subcontractors).Select(_ => new PartyForm())];

    public string? DecisionNumber { get; set; }

    public DateOnly DecisionDate { get; set; }

    public List<Ground> Grounds { get; set; } = [];

    /// <summary>The command the API takes too, with the label of each party in the order it holds them.</summary>
    public (CreateCaseRequest Command, List<string> Labels) ToCommand()
    {
        var labels = new List<string> { "用人单位" };
        var parties = new List<PartyInput> { Employer.ToInput(PartyKind.Employer) };
        for (var i = 0; i < Subs.Count; i++)
        {
            if (!Subs[i].IsEmpty)
            {
                parties.Add(Subs[i].ToInput(PartyKind.Subcontractor));
                labels.Add($"分包方 {i + 1}");
            }
        }

        return (new CreateCaseRequest(parties, DecisionNumber, DecisionDate, Grounds), labels);
    }
}
