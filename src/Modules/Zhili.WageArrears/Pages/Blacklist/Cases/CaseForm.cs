using System.Text.RegularExpressions;

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
public sealed partial class CaseForm : IForm<CreateCaseRequest>
{
    public const int Subcontractors = 3;

    public PartyForm Employer { get; set; } = new();

    public List<PartyForm> Subs { get; set; } = [.. Enumerable.Range(0, Subcontractors).Select(_ => new PartyForm())];

    public string? DecisionNumber { get; set; }

    public DateOnly DecisionDate { get; set; }

    public List<Ground> Grounds { get; set; } = [];

    /// <summary>The command the API takes too.</summary>
    public CreateCaseRequest ToCommand() =>
        new([Employer.ToInput(PartyKind.Employer), ..Subs.Take(Subcontractors).Where(s => !s.IsEmpty).Select(s => s.ToInput(PartyKind.Subcontractor))],
            DecisionNumber, DecisionDate, Grounds);

    /// <summary>Which party a refusal of <c>Parties[i]…</c> names: the employer, or the subcontractor by its place on the form.</summary>
    public string LabelOf(string property)
    {
        if (PartyIndex().Match(property) is not { Success: true } m)
        {
            return "";
        }

        var labels = Subs.Take(Subcontractors).Select((s, i) => (s, i)).Where(x => !x.s.IsEmpty).Select(x => $"分包方 {x.i + 1}").Prepend("用人单位").ToList();
        var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return index < labels.Count ? labels[index] : "";
    }

    [GeneratedRegex(@"^Parties\[(\d+)\]")]
    private static partial Regex PartyIndex();
}
