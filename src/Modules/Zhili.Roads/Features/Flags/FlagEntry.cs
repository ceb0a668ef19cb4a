namespace Zhili.Roads.Features.Flags;

/// <summary>
/// One line of a month's evaluation: a segment's counts for the month (R-FLAG-1) and its flags earlier in the year. For
/// R-SHOP the same line describes a street-front unit or shop (<see cref="Code"/> is its code; no patrol days).
/// Counts are never negative.
/// </summary>
public readonly record struct FlagEntry(
    string Code,
    string DistrictCode,
    AreaClass AreaClass,
    int ProblemsFound,
    int CasesOverdue,
    int Reworks,
    int MissedPatrolDays,
    FlagHistory History = default);
