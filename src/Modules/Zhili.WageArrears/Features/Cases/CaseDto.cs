namespace Zhili.WageArrears.Features.Cases;

public sealed record PersonDto(string Name, PersonRole Role, string IdNumber);

/// <summary>A party as staff see it: an organisation's credit code, or a natural person's identity number (B-WHO).</summary>
public sealed record PartyDto(string Name, string? CreditCode, string? IdNumber, PartyKind Kind, bool RegisteredOutsideCity, IReadOnlyList<PersonDto> Persons);

public sealed record DueDto(DateTime At, string Rule);

/// <summary>A case as staff see it, with its computed states and every deadline with the rule that set it.</summary>
public sealed record CaseDto(
    int Id, string UnitCode, IReadOnlyList<PartyDto> Parties, string DecisionNumber, DateOnly DecisionDate,
    IReadOnlyList<Ground> Grounds, IReadOnlyList<string> GroundNames, DueDto ListingDue, ListingState ListingState,
    DateOnly? NoticeReceivedOn, DueDto? DefenceDue, DefenceState DefenceState, DateOnly? DefenceFiledOn, string? Defence, bool DefenceFiledOnline,
    DateOnly? ListedOn, bool IsRelisting, DateOnly? ExpiresOn, int Extensions, bool Acknowledged,
    DateOnly? CorrectedOn, DueDto? RemovalDue, DateOnly? RemovedOn, string? RemovalReason, DateOnly? FixedOn, string? FixReason)
{
    public static CaseDto From(BlacklistCase c, Deadlines d, bool acknowledged) => new(
        c.Id, c.UnitCode,
        c.Parties.Select(p => new PartyDto(p.Name, p.CreditCode, p.IdNumber, p.Kind, p.RegisteredOutsideCity,
            p.Persons.Select(x => new PersonDto(x.Name, x.Role, x.IdNumber)).ToList())).ToList(),
        c.DecisionNumber, c.DecisionDate,
        Enum.GetValues<Ground>().Where(g => g != Ground.None && c.Grounds.HasFlag(g)).ToList(), Domain.Grounds.ChineseNames(c.Grounds),
        new DueDto(c.ListingDueAt, c.ListingDueRule), d.ListingState(c),
        c.NoticeReceivedOn, c.DefenceDueAt is { } dd ? new DueDto(dd, c.DefenceDueRule!) : null, c.DefenceStateAt(d.Now), c.DefenceFiledOn, c.Defence, c.DefenceFiledOnline,
        c.ListedOn, c.IsRelisting, c.ExpiresOn, c.Extensions, acknowledged,
        c.CorrectedOn, c.RemovalDueAt is { } rd ? new DueDto(rd, c.RemovalDueRule!) : null, c.RemovedOn, c.RemovalReason, c.FixedOn, c.FixReason)
    {
        Version = c.Version, NoticeNumber = c.NoticeNumber, ListingNumber = c.ListingNumber,
    };

    /// <summary>ARCHITECTURE rule 16: moved by every change of the case; a change made on an older version is refused (409).</summary>
    public int Version { get; init; }

    /// <summary>B-NOTICE: the 告知书's number, once it was issued.</summary>
    public string? NoticeNumber { get; init; }

    /// <summary>B-LIST: the 列入决定书's number, given with the listing decision.</summary>
    public string? ListingNumber { get; init; }
}
