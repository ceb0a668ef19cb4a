namespace Zhili.Hotline.Domain;

/// <summary>H-EXT: extension applications and decisions.</summary>
public sealed partial class Appeal
{
    /// <summary>
    /// The lead unit applies for more working days. An application later than the notice (K-WD-3: working days in
    /// (applied day, deadline day] below 2) is recorded and refused at once with that reason.
    /// </summary>
    public Extension ApplyForExtension(string reason, int workingDays, DateTime at, string actor, Sla sla)
    {
        Expect(AppealState.Assigned);
        if (Extensions.Any(x => x.State == ExtensionState.Pending))
        {
            throw Refuse("extension", "已有一项延期申请待审批", "H-EXT");
        }

        var extension = new Extension
        {
            UnitCode = UnitCode, AppliedAt = at, AppliedBy = actor, Reason = reason, WorkingDays = workingDays,
            DeadlineBefore = DeadlineAt!.Value,
        };
        Extensions.Add(extension);
        Record(at, actor, "extension-applied", $"{workingDays} 个工作日：{reason}", "H-EXT");
        var notice = sla.Options.ExtensionNoticeWorkingDays;
        var left = sla.WorkingDaysBefore(at, DeadlineAt.Value);
        if (left < notice)
        {
            // K-WD-3: refused automatically, with the count that failed.
            Decide(extension, ExtensionState.Refused, at, "system",
                $"延期申请须在办理期限前至少 {notice} 个工作日提出，申请时距期限仅 {left} 个工作日", "K-WD-3", null);
        }

        return extension;
    }

    /// <summary>The office approves: the deadline moves by the granted working days from its own day (H-EXT).</summary>
    public void ApproveExtension(long extensionId, int workingDays, string citizenNotice, DateTime at, string actor, Sla sla)
    {
        var extension = Pending(extensionId);
        var deadline = sla.Extended(DeadlineAt!.Value, workingDays);
        DeadlineAt = deadline.At;
        DeadlineRule = deadline.Rule;
        ExtensionCount++;
        Decide(extension, ExtensionState.Approved, at, actor, $"批准延期 {workingDays} 个工作日", "H-EXT", citizenNotice);
        extension.NewDeadline = deadline.At;
    }

    /// <summary>The office refuses, with its reason; the citizen is informed too.</summary>
    public void RefuseExtension(long extensionId, string reason, string citizenNotice, DateTime at, string actor) =>
        Decide(Pending(extensionId), ExtensionState.Refused, at, actor, reason, "H-EXT", citizenNotice);

    private Extension Pending(long id)
    {
        var extension = Extensions.SingleOrDefault(x => x.Id == id)
            ?? throw Refuse("extensionId", $"延期申请 {id} 不存在", "H-EXT");
        if (extension.State != ExtensionState.Pending)
        {
            throw Refuse("extension", $"延期申请已{Texts.Extension(extension.State)}，不能再审批", "H-EXT");
        }

        return extension;
    }

    private void Decide(Extension x, ExtensionState state, DateTime at, string actor, string reason, string rule, string? notice)
    {
        x.State = state;
        x.DecidedAt = at;
        x.DecidedBy = actor;
        x.DecisionReason = reason;
        x.DecisionRule = rule;
        if (notice is not null)
        {
            x.CitizenNotifiedAt = at;
            x.CitizenNotice = notice;
        }

        Record(at, actor, state == ExtensionState.Approved ? "extension-approved" : "extension-refused", reason, rule);
    }
}
