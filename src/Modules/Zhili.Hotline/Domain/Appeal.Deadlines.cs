namespace Zhili.Hotline.Domain;

/// <summary>H-SLA: the deadline job's marks on an appeal, each once per assignment (a reopen or 改派 starts a new deadline).</summary>
public sealed partial class Appeal
{
    public const string WarningEvent = "deadline-warning";
    public const string OverdueEvent = "overdue";

    /// <summary>1 working day left: the lead unit is warned once.</summary>
    public void WarnDeadline(DateTime at) =>
        Record(at, "system", WarningEvent, $"距办理期限不足 1 个工作日（期限 {Kernel.Civil.ToShanghai(DeadlineAt!.Value):yyyy-MM-dd HH:mm}）", DeadlineRule);

    /// <summary>Past the deadline without a reply: marked overdue once (the bulletins count it, H-BUL).</summary>
    public void MarkOverdue(DateTime at) =>
        Record(at, "system", OverdueEvent, $"已超过办理期限 {Kernel.Civil.ToShanghai(DeadlineAt!.Value):yyyy-MM-dd HH:mm}", DeadlineRule);

    /// <summary>H-SLA at the street level: the stage's street is warned once, 1 working day before the street's deadline.</summary>
    public void WarnStreetDeadline(StreetAssignment stage, DateTime at) => Record(at, "system", StreetEvents.Warning,
        $"距街道办理期限不足 1 个工作日（期限 {Kernel.Civil.ToShanghai(stage.DeadlineAt):yyyy-MM-dd HH:mm}）", "H-SLA").UnitCode = stage.UnitCode;

    /// <summary>H-SLA: the street has neither replied nor returned by its deadline: marked once, for the street.</summary>
    public void MarkStreetOverdue(StreetAssignment stage, DateTime at) => Record(at, "system", StreetEvents.Overdue,
        $"已超过街道办理期限 {Kernel.Civil.ToShanghai(stage.DeadlineAt):yyyy-MM-dd HH:mm}", "H-SLA").UnitCode = stage.UnitCode;

    /// <summary>Whether the job has marked the stage so already (once per stage: a stage passed down again starts afresh).</summary>
    public bool HasStreetMark(StreetAssignment stage, string kind) =>
        Events.Any(e => e.Kind == kind && e.UnitCode == stage.UnitCode && e.At >= stage.AssignedAt);
}
