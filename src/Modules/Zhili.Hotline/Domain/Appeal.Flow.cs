namespace Zhili.Hotline.Domain;

/// <summary>H-FLOW: assignment, 回退 and 改派, handling notes, reply, callback, reopen and closure.</summary>
public sealed partial class Appeal
{
    /// <summary>交办: the office assigns the appeal to a lead unit (and co-handling units); the H-SLA clock starts.</summary>
    public void Assign(string unit, IEnumerable<string> coUnits, DateTime at, string actor, Sla sla)
    {
        Expect(AppealState.Received);
        SetUnits(unit, coUnits);
        FirstAssignedAt = at;
        StartClock(at, sla);
        Record(at, actor, "assigned", $"{unit} {string.Join(",", CoUnitCodes)}".Trim(), "H-FLOW");
    }

    /// <summary>回退: the lead unit returns a mis-assigned appeal, within the window after assignment, with a reason.</summary>
    public void Return(string reason, DateTime at, string actor, Sla sla)
    {
        Expect(AppealState.Assigned);
        ExpectNoStreetStage();
        if (at > sla.ReturnWindowEnd(AssignedAt!.Value))
        {
            throw Refuse("returnedAt", $"回退须在交办后 {sla.Options.ReturnWorkingDays} 个工作日内提出，已超过期限");
        }

        State = AppealState.Returned;
        ReturnedAt = at;
        ReturnCount++;
        Record(at, actor, "returned", reason, "H-FLOW");
    }

    /// <summary>改派: the office assigns the appeal anew (after a return, or on its own motion before the reply).</summary>
    public void Reassign(string unit, IEnumerable<string> coUnits, DateTime at, string actor, Sla sla)
    {
        Expect(AppealState.Returned, AppealState.Assigned);
        WithdrawStreetStage(at, actor);
        SetUnits(unit, coUnits);
        ReassignedAt = at;
        ReassignCount++;
        StartClock(at, sla);
        Record(at, actor, "reassigned", $"{unit} {string.Join(",", CoUnitCodes)}".Trim(), "H-FLOW");
    }

    /// <summary>A handling note (internal: never shown to the public).</summary>
    public void Note(string text, DateTime at, string actor)
    {
        Expect(AppealState.Assigned, AppealState.Returned, AppealState.Replied);
        Record(at, actor, "note", text, null);
    }

    /// <summary>答复: the lead unit replies ("谁办理谁答复", L4327).</summary>
    public void Answer(string reply, DateTime at, string actor)
    {
        Expect(AppealState.Assigned);
        ExpectNoStreetStage();
        State = AppealState.Replied;
        Reply = reply;
        FirstRepliedAt ??= at;
        RepliedAt = at;
        Record(at, actor, "replied", reply, "H-FLOW");
    }

    /// <summary>回访: the office records the citizen's satisfaction with the reply.</summary>
    public void Callback(Satisfaction satisfaction, DateTime at, string actor)
    {
        Expect(AppealState.Replied);
        Satisfaction = satisfaction;
        CallbackAt = at;
        Record(at, actor, "callback", Texts.Satisfaction(satisfaction), "H-FLOW");
    }

    /// <summary>Reopen once after an unsatisfied callback, counted as rework; the H-SLA clock starts again.</summary>
    public void Reopen(string reason, DateTime at, string actor, Sla sla)
    {
        Expect(AppealState.Replied);
        if (Satisfaction != Domain.Satisfaction.Unsatisfied || CallbackAt < RepliedAt)
        {
            throw Refuse("satisfaction", "只有回访“不满意”的诉求可以重新办理");
        }

        if (ReopenCount >= 1)
        {
            throw Refuse("reopenCount", "诉求只能重新办理一次");
        }

        ReopenCount++;
        ReopenedAt = at;
        StartClock(at, sla);
        Record(at, actor, "reopened", reason, "H-FLOW");
    }

    /// <summary>办结 with a distinct reason: at intake (first contact), or after the reply's callback.</summary>
    public void Close(ClosureReason reason, string? note, DateTime at, string actor)
    {
        Expect(AppealState.Received, AppealState.Replied);
        if (State == AppealState.Replied && (CallbackAt is null || CallbackAt < RepliedAt))
        {
            throw Refuse("callbackAt", "答复后须先回访，才能办结");
        }

        Finish(reason, note, at, actor);
    }

    /// <summary>The closure itself, once the move is allowed: open supervisions end with the appeal.</summary>
    private void Finish(ClosureReason reason, string? note, DateTime at, string actor)
    {
        State = AppealState.Closed;
        ClosedAt = at;
        ClosureReason = reason;
        foreach (var s in Supervisions.Where(s => s.ClosedAt is null))
        {
            s.ClosedAt = at;
        }

        SupervisionLevel = null;
        Record(at, actor, "closed", $"{Texts.Closure(reason)} {note}".Trim(), "H-FLOW");
    }

    private void SetUnits(string unit, IEnumerable<string> coUnits)
    {
        UnitCode = unit;
        CoUnitCodes = coUnits.Where(c => c != unit).Distinct().ToList();
    }

    private void StartClock(DateTime at, Sla sla)
    {
        State = AppealState.Assigned;
        AssignedAt = at;
        var deadline = sla.HandlingDeadline(Type, Urgent, at);
        DeadlineAt = deadline.At;
        DeadlineRule = deadline.Rule;
    }
}
