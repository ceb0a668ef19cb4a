namespace Zhili.WageArrears.Domain;

/// <summary>B-PUB: a quarterly edition, frozen when published; its rows never change afterwards.</summary>
public sealed class Edition : IVersioned
{
    public int Id { get; private set; }

    /// <summary>ARCHITECTURE rule 16; a frozen edition never changes, so it stays at 0.</summary>
    public int Version { get; private set; }

    public int Year { get; init; }

    public int Quarter { get; init; }

    public DateTime FrozenAt { get; init; }

    public List<EditionRow> Rows { get; init; } = [];

    public string Label => $"{Year}年第{Quarter}季度";
}

public enum EditionEntryKind
{
    Listing,
    Removal,
}

/// <summary>B-PUB: exactly the published fields, personal data masked (K-MASK).</summary>
public sealed class EditionRow
{
    public int Id { get; private set; }

    public int EditionId { get; private set; }

    public EditionEntryKind Kind { get; init; }

    public required string EmployerName { get; init; }

    public required string LegalRepresentative { get; init; }

    public required string OtherResponsiblePersons { get; init; }

    /// <summary>An organisation's credit code (not masked, K-MASK); null for a natural person.</summary>
    public string? CreditCode { get; init; }

    /// <summary>A natural person's identity number, masked when frozen (K-MASK); null for an organisation.</summary>
    public string? IdNumber { get; init; }

    public DateOnly ListedOn { get; init; }

    public required string Grounds { get; init; }

    public required string Redress { get; init; }

    public required string DecidingAuthority { get; init; }

    public DateOnly? RemovedOn { get; init; }
}
