namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The moves of the appeal page, each the name of its form and page handler.</summary>
public enum AppealAction
{
    Assign, Reassign, Reply, Note, Return, Extension, Approve, Refuse, Supervise, Escalate, Callback, Reopen, Close,
}

/// <summary>
/// What this reader may do on this appeal now, and what each move would bring: the deadline a new assignment or an
/// approved extension sets, the window of a return, the units the reader may assign to. The group partials show it.
/// </summary>
public sealed record ActionPlan(
    Appeal Appeal, string UnitName, IReadOnlySet<AppealAction> Allowed, IReadOnlyList<AdminUnit> Units, string? SuggestedUnit,
    Deadline? NewDeadline, DateTime? ReturnUntil, Extension? Pending, Deadline? Extended, int ExtensionNotice)
{
    public bool Can(AppealAction action) => Allowed.Contains(action);

    public bool Any(params AppealAction[] actions) => actions.Any(Allowed.Contains);
}

/// <summary>Works out the <see cref="ActionPlan"/> with the same rules the appeal's moves check (H-FLOW, H-EXT, H-LVL).</summary>
public sealed class AppealActions(HotlineDbContext db, Sla sla, UnitChoices choices, IAdminUnits directory, TimeProvider clock)
{
    public async Task<ActionPlan> PlanAsync(Appeal a, ClaimsPrincipal user, string? suggestedUnit, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var office = user.IsOffice();
        // The lead unit's own moves: a unit whose scope holds the lead unit; the office only while it holds the appeal itself.
        var handler = LeadUnit.IsLead(DataScope.Current, a) && (!office || a.UnitCode == Appeal.OfficeUnit);
        var free = a.PrimaryAppealId is null;
        var pending = a.Extensions.FirstOrDefault(x => x.State == ExtensionState.Pending);
        var calledBack = a.CallbackAt is { } c && c >= a.RepliedAt;
        var returnUntil = a is { State: AppealState.Assigned, AssignedAt: { } at } ? sla.ReturnWindowEnd(at) : (DateTime?)null;
        var notice = sla.Options.ExtensionNoticeWorkingDays;
        var allowed = new HashSet<AppealAction>();
        void Allow(AppealAction action, bool when)
        {
            if (free && when)
            {
                allowed.Add(action);
            }
        }

        Allow(AppealAction.Assign, office && a.State == AppealState.Received);
        Allow(AppealAction.Reassign, office && a.State is AppealState.Returned or AppealState.Assigned);
        Allow(AppealAction.Reply, handler && a.State == AppealState.Assigned);
        Allow(AppealAction.Note, a.State is AppealState.Assigned or AppealState.Returned or AppealState.Replied);
        Allow(AppealAction.Return, handler && returnUntil is { } until && now <= until);
        Allow(AppealAction.Extension, handler && a.State == AppealState.Assigned && pending is null
            && a.DeadlineAt is { } due && sla.WorkingDaysBefore(now, due) >= notice);
        Allow(AppealAction.Approve, office && pending is not null);
        Allow(AppealAction.Refuse, office && pending is not null);
        Allow(AppealAction.Supervise, office && a.State != AppealState.Closed && a.OpenSupervision is null);
        Allow(AppealAction.Escalate, office && a.State != AppealState.Closed && a.OpenSupervision is { Level: < SupervisionLevel.Key });
        Allow(AppealAction.Callback, office && a.State == AppealState.Replied && !calledBack);
        Allow(AppealAction.Reopen, office && a.State == AppealState.Replied && calledBack
            && a.Satisfaction == Satisfaction.Unsatisfied && a.ReopenCount < 1);
        Allow(AppealAction.Close, office && (a.State == AppealState.Received || (a.State == AppealState.Replied && calledBack)));

        var clockSla = allowed.Overlaps([AppealAction.Assign, AppealAction.Reassign, AppealAction.Reopen])
            ? (await db.SlaForAsync(sla, a, ct)).HandlingDeadline(a.Type, a.Urgent, now) : null;
        var extended = pending is not null && a.DeadlineAt is { } d ? sla.Extended(d, pending.WorkingDays) : null;
        var units = allowed.Overlaps([AppealAction.Assign, AppealAction.Reassign]) ? choices.Assignable(user) : [];
        return new ActionPlan(a, directory.Find(a.UnitCode)?.Name ?? a.UnitCode, allowed, units, suggestedUnit, clockSla, returnUntil, pending, extended, notice);
    }
}
