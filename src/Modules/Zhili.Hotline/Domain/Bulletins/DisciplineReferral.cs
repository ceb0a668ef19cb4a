namespace Zhili.Hotline.Domain.Bulletins;

/// <summary>
/// H-ACC: misconduct found during supervision (不履职、不作为、慢作为、乱作为、失职渎职、打击报复…) referred to discipline
/// inspection (纪检监察) for investigation (L4271–4276): what, about which unit, to whom, when, and by whom it was recorded.
/// </summary>
public sealed class DisciplineReferral : IUnitScoped
{
    public long Id { get; private set; }

    public required string UnitCode { get; init; }

    /// <summary>The appeal under supervision where it was found, if one.</summary>
    public long? AppealId { get; init; }

    public required string Misconduct { get; init; }

    public required string ReferredTo { get; init; }

    public DateOnly ReferredOn { get; init; }

    public DateTime RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}
