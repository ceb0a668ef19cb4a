namespace Zhili.Roads.Features.Patrols;

/// <summary>
/// R-PATROL: each chief's patrols against the duty over <see cref="From"/>–<see cref="To"/>, counted up to
/// <see cref="CountedTo"/> (yesterday at the latest: today's patrol may still come).
/// </summary>
public sealed record ComplianceReport(DateOnly From, DateOnly To, DateOnly? CountedTo, IReadOnlyList<ComplianceRow> Rows);

/// <summary>
/// One holder of one office: <see cref="Required"/> units of duty owed while in office, <see cref="Met"/> of them with a
/// patrol, <see cref="Logged"/> patrols made on the days of those units, and the <see cref="Missing"/> days, ISO weeks or half-months.
/// </summary>
public sealed record ComplianceRow(
    int ChiefId, ChiefLevel Level, string LevelName, string Place, string PlaceName, string UnitCode, string HolderName,
    DateOnly FirstDay, DateOnly? LastDay, int Required, int Met, int Logged, IReadOnlyList<string> Missing)
{
    public double Rate => Required == 0 ? 1 : (double)Met / Required;
}
