namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>The steps of the case page, each the name of its form and page handler.</summary>
public enum CaseStep
{
    Notice, DefenceCode, Defence, Listing, ObjectionCode, Objection, Correction, Removal, Fix,
}

/// <summary>
/// The steps the case's own office may take now, by the rules the case's moves check: the notice before the listing,
/// no listing while the defence period runs (B-NOTICE), objections and correction while listed (B-OBJ, B-TERM), removal
/// once the term has expired and the act is corrected (B-TERM), a fix until removal (B-FIX).
/// </summary>
public static class CaseSteps
{
    public static IReadOnlySet<CaseStep> Open(BlacklistCase c, DateTime now, DateOnly today)
    {
        var steps = new HashSet<CaseStep>();
        var undecided = c.ListedOn is null && c.RemovedOn is null;
        var defence = c.DefenceStateAt(now);
        var defenceRuns = c.DefenceDueAt is { } due && now < due;
        Add(steps, CaseStep.Notice, undecided);
        Add(steps, CaseStep.DefenceCode, undecided && defence == DefenceState.Open);
        Add(steps, CaseStep.Defence, undecided && c.NoticeReceivedOn is not null && defenceRuns);
        Add(steps, CaseStep.Listing, undecided && defence is DefenceState.Filed or DefenceState.Waived);
        Add(steps, CaseStep.ObjectionCode, c.IsListed);
        Add(steps, CaseStep.Objection, c.IsListed);
        Add(steps, CaseStep.Correction, c.IsListed);
        Add(steps, CaseStep.Removal, c.IsListed && c.CorrectedOn is not null && today > c.ExpiresOn);
        Add(steps, CaseStep.Fix, c.RemovedOn is null);
        return steps;
    }

    private static void Add(HashSet<CaseStep> steps, CaseStep step, bool when)
    {
        if (when)
        {
            steps.Add(step);
        }
    }
}
