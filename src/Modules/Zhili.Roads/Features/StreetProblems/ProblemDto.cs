namespace Zhili.Roads.Features.StreetProblems;

public sealed record ProblemHistoryLine(DateTime At, string Sentence, string Rule);

public sealed record ProblemPhotoRef(long Id, string Stage);

/// <summary>A problem as staff read it (R-3BAO, R-LOOP): where it stands, every stage's time stamp and its history in Chinese.</summary>
public sealed record ProblemDto(
    long Id, int Version, string SegmentCode, string StreetCode, string StreetName, string DistrictCode, string DistrictName,
    string CategoryCode, string CategoryName, string Responsibility, string Description, double? Latitude, double? Longitude,
    string ReportedBy, ProblemStage Stage, string StageName, DateTime FoundAt, DateTime? FiledAt, DateTime? DeadlineAt, string? DeadlineRule,
    DateTime? HandledAt, DateTime? RecheckedAt, DateTime? ClosedAt, DateTime? EscalatedAt, int Reworks, bool Overdue,
    IReadOnlyList<ProblemHistoryLine> History, IReadOnlyList<ProblemPhotoRef> Photos)
{
    public static ProblemDto From(RoadProblem p, IAdminUnits units, DateTime now, IReadOnlyDictionary<string, string>? names = null,
        IReadOnlyList<ProblemPhotoRef>? photos = null)
    {
        var category = ProblemCategory.Find(p.CategoryCode);
        return new(p.Id, p.Version, p.SegmentCode, p.UnitCode, units.Find(p.UnitCode)?.Name ?? p.UnitCode, p.DistrictCode,
            units.Find(p.DistrictCode)?.Name ?? p.DistrictCode, p.CategoryCode, category?.Name ?? p.CategoryCode,
            category is null ? "" : ProblemCategory.ResponsibilityName(category.Responsibility), p.Description, p.Latitude, p.Longitude,
            p.ReportedBy, p.Stage, ProblemStages.Text(p.Stage), p.FoundAt, p.FiledAt, p.DeadlineAt, p.DeadlineRule, p.HandledAt,
            p.RecheckedAt, p.ClosedAt, p.EscalatedAt, p.Reworks, p.IsOverdue(now),
            p.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new ProblemHistoryLine(e.At, ProblemHistory.Sentence(e, names), e.Rule)).ToList(),
            photos ?? []);
    }
}

/// <summary>R-LOOP: a history line in Chinese, like the hotline's: who, then what they did.</summary>
public static class ProblemHistory
{
    public static string Sentence(ProblemEvent e, IReadOnlyDictionary<string, string>? names = null)
    {
        var who = names?.GetValueOrDefault(e.Actor) ?? e.Actor;
        var text = e.Text ?? "";
        return e.Kind switch
        {
            ProblemEvent.Reported => $"{who} 发现并报送问题（{text}）",
            ProblemEvent.Filed => $"{who} 立案，处理时限 {text}",
            ProblemEvent.Handled => text.Length > 0 ? $"{who} 报告已处理：{text}" : $"{who} 报告已处理",
            ProblemEvent.Passed => text.Length > 0 ? $"{who} 复查通过，结案：{text}" : $"{who} 复查通过，结案",
            ProblemEvent.Failed => $"{who} 复查不通过，退回处理（返工）：{text}",
            ProblemEvent.Escalated => $"{who} 上报区政府：{text}",
            _ => $"{who} {text}",
        };
    }
}
