namespace Zhili.WageArrears.Domain;

/// <summary>
/// B-PUB: the city bureau's acknowledgement of a county listing, without which it is not published (L3055–3061).
/// Not unit-scoped: the city bureau records it on a county's case.
/// </summary>
public sealed class Acknowledgement
{
    public int Id { get; private set; }

    public int CaseId { get; init; }

    public DateOnly AcknowledgedOn { get; init; }

    public required string AcknowledgedBy { get; init; }
}
