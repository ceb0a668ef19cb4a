namespace Zhili.Hotline.Domain;

/// <summary>
/// H-FLOW 二级转办: the district passes its appeal down to a street, the street replies or returns to the district, and the
/// district reviews the reply before it replies to the office ("谁办理谁答复", L4327). The office sees one lead unit throughout.
/// </summary>
public sealed partial class Appeal
{
    /// <summary>The street the appeal was last passed down to (it keeps reading the appeal); null if never passed down.</summary>
    public string? StreetCode { get; private set; }

    public List<StreetAssignment> StreetAssignments { get; private set; } = [];

    public StreetAssignment? OpenStreetStage => StreetAssignments.FirstOrDefault(s => s.IsOpen);

    /// <summary>二级转办 with the street's deadline: 24:00 of <paramref name="deadlineDay"/>, within the district's (H-SLA).</summary>
    public StreetAssignment PassDown(string street, DateOnly deadlineDay, string? instructions, DateTime at, string actor)
    {
        Expect(AppealState.Assigned);
        if (OpenStreetStage is not null)
        {
            throw Refuse("streetCode", "该诉求已转街道办理，待街道答复或回退后才能再次转办");
        }

        // The district's deadline bounds the street's; on the district's own last day the street has the same instant.
        var districtDay = Sla.DayOf(DeadlineAt!.Value);
        if (deadlineDay > districtDay)
        {
            throw Refuse("deadlineOn", $"街道办理期限不能晚于区级办理期限 {districtDay:yyyy-MM-dd} 24:00", "H-SLA");
        }

        var deadline = deadlineDay == districtDay ? DeadlineAt.Value : Kernel.Civil.EndOfDayUtc(deadlineDay);
        if (deadline <= at)
        {
            throw Refuse("deadlineOn", "街道办理期限不能早于现在，请选择今天或以后的日期", "H-SLA");
        }

        var stage = new StreetAssignment
        {
            UnitCode = street, DistrictCode = UnitCode, AssignedAt = at, AssignedBy = actor, Instructions = instructions, DeadlineAt = deadline,
        };
        StreetAssignments.Add(stage);
        StreetCode = street;
        Record(at, actor, StreetEvents.Assigned, $"{street} {instructions}".Trim(), "H-FLOW").UnitCode = street;
        return stage;
    }

    /// <summary>The street replies to the district (not to the office): the district reviews it.</summary>
    public void StreetReply(string reply, DateTime at, string actor)
    {
        var stage = StreetStage(StreetStageState.Handling);
        stage.State = StreetStageState.Replied;
        stage.RepliedAt = at;
        stage.RepliedBy = actor;
        stage.Reply = reply;
        Record(at, actor, StreetEvents.Replied, reply, "H-FLOW").UnitCode = stage.UnitCode;
    }

    /// <summary>The street's own handling record (办理记录) on the stage it holds: internal, like the district's notes.</summary>
    public void StreetNote(string text, DateTime at, string actor)
    {
        var stage = StreetStage(StreetStageState.Handling);
        Record(at, actor, "note", text, null).UnitCode = stage.UnitCode;
    }

    /// <summary>回退 by the street goes back up to the district, which handles it or returns it to the office in turn.</summary>
    public void StreetReturn(string reason, DateTime at, string actor)
    {
        var stage = StreetStage(StreetStageState.Handling);
        stage.State = StreetStageState.Returned;
        stage.ReturnedAt = at;
        stage.ReturnReason = reason;
        Record(at, actor, StreetEvents.Returned, reason, "H-FLOW").UnitCode = stage.UnitCode;
    }

    /// <summary>The district's review: accepted, the district replies to the office with <paramref name="text"/>; or sent back.</summary>
    public void ReviewStreetReply(bool accept, string text, DateTime at, string actor)
    {
        var stage = StreetStage(StreetStageState.Replied);
        stage.ReviewedAt = at;
        stage.ReviewedBy = actor;
        if (!accept)
        {
            stage.State = StreetStageState.Handling;
            stage.SentBackCount++;
            Record(at, actor, StreetEvents.SentBack, text, "H-FLOW");
            return;
        }

        stage.State = StreetStageState.Accepted;
        Record(at, actor, StreetEvents.Accepted, null, "H-FLOW");
        Answer(text, at, actor);
    }

    /// <summary>改派 by the office ends the street's part: the new lead unit starts afresh.</summary>
    private void WithdrawStreetStage(DateTime at, string actor)
    {
        if (OpenStreetStage is { } stage)
        {
            stage.State = StreetStageState.Withdrawn;
            Record(at, actor, StreetEvents.Withdrawn, stage.UnitCode, "H-FLOW");
        }

        StreetCode = null;
    }

    /// <summary>While a street holds the appeal or its reply awaits review, the district neither replies nor returns it.</summary>
    private void ExpectNoStreetStage()
    {
        if (OpenStreetStage is { } open)
        {
            throw Refuse("streetCode", open.State == StreetStageState.Handling
                ? "诉求已转街道办理，请待街道答复或回退"
                : "街道已答复，请先审核街道的答复");
        }
    }

    private StreetAssignment StreetStage(StreetStageState state)
    {
        Expect(AppealState.Assigned);
        var stage = OpenStreetStage ?? throw Refuse("streetCode", "该诉求没有转街道办理");
        if (stage.State != state)
        {
            throw Refuse("streetState", stage.State == StreetStageState.Replied ? "街道已答复，待区级审核" : "街道尚未答复");
        }

        return stage;
    }
}

/// <summary>The timeline's kinds of the street stage (H-FLOW 二级转办).</summary>
public static class StreetEvents
{
    public const string Assigned = "street-assigned";
    public const string Replied = "street-replied";
    public const string Returned = "street-returned";
    public const string SentBack = "street-sent-back";
    public const string Accepted = "street-accepted";
    public const string Withdrawn = "street-withdrawn";
    public const string Warning = "street-deadline-warning";
    public const string Overdue = "street-overdue";
}
