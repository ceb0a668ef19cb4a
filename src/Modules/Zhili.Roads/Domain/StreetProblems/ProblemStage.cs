namespace Zhili.Roads.Domain.StreetProblems;

/// <summary>R-LOOP: where a problem stands in the closed loop 问题发现 → 报送反馈 → 立案 → 处理 → 复查 → 结案 (L3350–3356).</summary>
public enum ProblemStage
{
    /// <summary>问题发现、报送反馈: found on the segment and reported, waiting to be filed.</summary>
    Reported = 1,

    /// <summary>立案: filed with a deadline, waiting for the street to put it right (处理).</summary>
    Filed = 2,

    /// <summary>处理: the street reports it handled, waiting for re-inspection (复查).</summary>
    Handled = 3,

    /// <summary>结案: re-inspected and passed.</summary>
    Closed = 4,
}

/// <summary>The stages' Chinese names.</summary>
public static class ProblemStages
{
    public static string Text(ProblemStage s) => s switch
    {
        ProblemStage.Reported => "待立案",
        ProblemStage.Filed => "待处理",
        ProblemStage.Handled => "待复查",
        _ => "已结案",
    };
}

/// <summary>R-LOOP: one step of a problem's history: who did what when, under which rule.</summary>
public sealed class ProblemEvent
{
    public const string Reported = "reported";
    public const string Filed = "filed";
    public const string Handled = "handled";
    public const string Passed = "recheck-passed";
    public const string Failed = "recheck-failed";
    public const string Escalated = "escalated";

    public long Id { get; private set; }

    public long ProblemId { get; private set; }

    public DateTime At { get; init; }

    public required string Kind { get; init; }

    /// <summary>The user name of who acted.</summary>
    public required string Actor { get; init; }

    public string? Text { get; init; }

    public string Rule { get; init; } = "R-LOOP";
}

/// <summary>A photo of a problem as found (report) or as put right (handle), kept apart so that lists never load it.</summary>
/// <summary>A photo of a problem, in the data scope of the problem's unit like the problem itself.</summary>
public sealed class ProblemPhoto : IUnitScoped
{
    public const string Report = "report";
    public const string Handle = "handle";

    public long Id { get; private set; }

    public long ProblemId { get; private set; }

    public RoadProblem Problem { get; init; } = null!;

    public required string UnitCode { get; init; }

    public required string Stage { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Data { get; init; }
}
