namespace Zhili.Roads.Features.Patrols;

/// <summary>A logged patrol as staff read it; the photo is fetched from <see cref="PhotoUrl"/>.</summary>
public sealed record PatrolDto(
    int Id, string SegmentCode, ChiefLevel Level, string LevelName, string HolderName, DateTimeOffset At, DateOnly Day,
    string? Findings, string? PhotoUrl, string LoggedBy)
{
    public static PatrolDto From(Patrol p) => new(
        p.Id, p.SegmentCode, p.Level, ChiefLevels.Text(p.Level), p.HolderName, Zhili.Kernel.Civil.ToShanghai(p.At), p.Day,
        p.Findings, p.HasPhoto ? $"/api/v1/roads/patrols/{p.Id}/photo" : null, p.LoggedBy);
}
