using Zhili.BuildingBlocks.Audit;

namespace Zhili.WageArrears.Domain;

public enum PartyKind
{
    /// <summary>The employer the case is about (用人单位).</summary>
    Employer,

    /// <summary>B-WHO: a subcontractor listed together with the employer (L2910–2918).</summary>
    Subcontractor,
}

public enum PersonRole
{
    LegalRepresentative,
    Other,
}

/// <summary>
/// B-WHO: one listed party of a case: an organisation (K-USCC) with its responsible persons, or a natural person
/// without 用工主体资格 (an individual subcontractor, 包工头) identified by a resident identity number (K-ID, L2910–2918).
/// </summary>
public sealed class Party
{
    public int Id { get; private set; }

    public int CaseId { get; private set; }

    /// <summary>An organisation's name, or a natural person's (masked in the audit trail, K-MASK).</summary>
    [Personal(PersonalKind.Name, When = nameof(IsNaturalPerson))]
    public required string Name { get; set; }

    /// <summary>K-USCC, normalised; indexed for the B-CREDIT lookup. Null for a natural person.</summary>
    public string? CreditCode { get; init; }

    /// <summary>K-ID of a natural person, normalised; never published unmasked (K-MASK). Null for an organisation.</summary>
    [Personal(PersonalKind.IdNumber)]
    public string? IdNumber { get; init; }

    public bool IsNaturalPerson => CreditCode is null;

    /// <summary>What identifies the party: its credit code, or a natural person's identity number.</summary>
    public string Identifier => CreditCode ?? IdNumber ?? "";

    public PartyKind Kind { get; init; }

    /// <summary>B-WHO: registered outside Zhengzhou but employing in it (L3063–3067).</summary>
    public bool RegisteredOutsideCity { get; init; }

    public List<Person> Persons { get; init; } = [];
}

/// <summary>B-WHO: a legal representative or other responsible person of a party.</summary>
public sealed class Person
{
    public int Id { get; private set; }

    public int PartyId { get; private set; }

    [Personal(PersonalKind.Name)]
    public required string Name { get; init; }

    public PersonRole Role { get; init; }

    /// <summary>K-ID, never published unmasked (K-MASK).</summary>
    [Personal(PersonalKind.IdNumber)]
    public required string IdNumber { get; init; }
}
