namespace Zhili.Roads.Domain.StreetProblems;

/// <summary>
/// R-3BAO, R-LOOP: a problem found on a segment and its closed loop. It belongs to the segment's street, so the street,
/// its district and the city see it; every move is stamped and written to <see cref="Events"/> with who made it, and a
/// move out of order is refused (409), so no stage can be skipped.
/// </summary>
public sealed class RoadProblem : IUnitScoped, IVersioned
{
    public long Id { get; private set; }

    public int Version { get; private set; }

    public int SegmentId { get; init; }

    public required string SegmentCode { get; init; }

    /// <summary>The segment's street.</summary>
    public required string UnitCode { get; init; }

    public required string DistrictCode { get; init; }

    /// <summary>R-3BAO: a <see cref="ProblemCategory"/> code.</summary>
    public required string CategoryCode { get; init; }

    public required string Description { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public required string ReportedBy { get; init; }

    public ProblemStage Stage { get; private set; } = ProblemStage.Reported;

    public DateTime FoundAt { get; init; }

    public DateTime? FiledAt { get; private set; }

    /// <summary>R-LOOP: set when filed, from the category's time allowed (<see cref="DeadlineRule"/> says which).</summary>
    public DateTime? DeadlineAt { get; private set; }

    public string? DeadlineRule { get; private set; }

    public DateTime? HandledAt { get; private set; }

    public DateTime? RecheckedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public DateTime? EscalatedAt { get; private set; }

    /// <summary>R-LOOP: failed re-inspections (返工).</summary>
    public int Reworks { get; private set; }

    public List<ProblemEvent> Events { get; init; } = [];

    /// <summary>R-LOOP: overdue when not closed by its deadline.</summary>
    public bool IsOverdue(DateTime now) => DeadlineAt is { } due && (ClosedAt ?? now) > due;

    public static RoadProblem Report(RoadSegment segment, ProblemCategory category, string description, double? lat, double? lng, string by, DateTime at)
    {
        var p = new RoadProblem
        {
            SegmentId = segment.Id, SegmentCode = segment.Code, UnitCode = segment.UnitCode, DistrictCode = segment.DistrictCode,
            CategoryCode = category.Code, Description = description, Latitude = lat, Longitude = lng, ReportedBy = by, FoundAt = at,
        };
        p.Log(ProblemEvent.Reported, by, at, $"{ProblemCategory.ResponsibilityName(category.Responsibility)}·{category.Name}", "R-3BAO");
        return p;
    }

    /// <summary>立案: the street or district registers it with its deadline.</summary>
    public void File(DateTime deadline, string rule, string by, DateTime at)
    {
        Expect(ProblemStage.Reported, "立案");
        (Stage, FiledAt, DeadlineAt, DeadlineRule) = (ProblemStage.Filed, at, deadline, rule);
        Log(ProblemEvent.Filed, by, at, rule);
    }

    /// <summary>处理: the street reports it put right.</summary>
    public void Handle(string? note, string by, DateTime at)
    {
        Expect(ProblemStage.Filed, "处理");
        (Stage, HandledAt) = (ProblemStage.Handled, at);
        Log(ProblemEvent.Handled, by, at, note);
    }

    /// <summary>复查: passed, the problem is closed (结案); failed, it goes back to 处理 and counts a rework.</summary>
    public void Recheck(bool passed, string? note, string by, DateTime at)
    {
        Expect(ProblemStage.Handled, "复查");
        RecheckedAt = at;
        if (passed)
        {
            (Stage, ClosedAt) = (ProblemStage.Closed, at);
            Log(ProblemEvent.Passed, by, at, note);
            return;
        }

        (Stage, Reworks) = (ProblemStage.Filed, Reworks + 1);
        Log(ProblemEvent.Failed, by, at, note);
    }

    /// <summary>上报: a serious problem is reported up to the district (L3302–3306); once, and not after it is closed.</summary>
    public void Escalate(string reason, string by, DateTime at)
    {
        if (Stage == ProblemStage.Closed || EscalatedAt is not null)
        {
            throw new ConflictException(EscalatedAt is null ? "问题已结案，不能上报" : "问题已上报区政府", "R-LOOP");
        }

        EscalatedAt = at;
        Log(ProblemEvent.Escalated, by, at, reason);
    }

    private void Expect(ProblemStage stage, string act)
    {
        if (Stage != stage)
        {
            throw new ConflictException($"问题当前{ProblemStages.Text(Stage)}，不能{act}：闭环须按 发现→立案→处理→复查→结案 逐环进行", "R-LOOP");
        }
    }

    private void Log(string kind, string by, DateTime at, string? text, string rule = "R-LOOP") =>
        Events.Add(new ProblemEvent { Kind = kind, Actor = by, At = at, Text = text, Rule = rule });
}
