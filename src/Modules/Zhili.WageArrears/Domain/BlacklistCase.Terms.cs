namespace Zhili.WageArrears.Domain;

public sealed partial class BlacklistCase
{
    private void RequireListed(string field, string rule)
    {
        if (!IsListed)
        {
            throw new RuleViolationException(field, "该企业不在黑名单中", rule);
        }
    }

    /// <summary>B-TERM: the employer has corrected the unlawful act.</summary>
    public void RecordCorrection(DateOnly correctedOn)
    {
        RequireListed("correctedOn", "B-TERM");
        CorrectedOn = correctedOn;
    }

    /// <summary>B-TERM: expired and corrected with no new ground: the removal decision is due 20 working days after expiry.</summary>
    public void MakeRemovalDue(DateTime dueAt)
    {
        RemovalDueAt = dueAt;
        RemovalDueRule = "B-TERM";
    }

    /// <summary>B-TERM: expired without correction (or with a new ground): extended automatically by 2 years.</summary>
    public void Extend(int years)
    {
        ExpiresOn = CivilYears.Add(ExpiresOn!.Value, years); // K-YEAR
        Extensions++;
        RemovalDueAt = null;
        RemovalDueRule = null;
    }

    /// <summary>B-TERM: removal by decision after expiry; joint punishment ends at once (L3049–3053).</summary>
    public void Remove(DateOnly decidedOn, string reason)
    {
        RequireListed("decidedOn", "B-TERM");
        if (decidedOn <= ExpiresOn)
        {
            throw new RuleViolationException("decidedOn", $"列入期限至 {ExpiresOn:yyyy-MM-dd} 届满，期满后方可移出", "B-TERM");
        }

        if (CorrectedOn is null)
        {
            throw new RuleViolationException("decidedOn", "用人单位未改正违法行为，期满不予移出", "B-TERM");
        }

        RemovedOn = decidedOn;
        RemovalReason = reason;
    }

    /// <summary>B-FIX: the administrative decision was changed: the entry shows the new decision and grounds at once.</summary>
    public void CorrectDecision(DateOnly on, string number, Ground grounds, string reason)
    {
        DecisionNumber = number;
        Grounds = grounds;
        FixedOn = on;
        FixReason = reason;
    }

    /// <summary>B-FIX: the administrative decision was revoked: the entry is removed at once.</summary>
    public void Revoke(DateOnly on, string reason)
    {
        if (RemovedOn is not null)
        {
            throw new RuleViolationException("on", "该条目已移出", "B-FIX");
        }

        // Revoked before the listing decision too: the case is closed and can no longer be listed.
        FixedOn = on;
        FixReason = reason;
        RemovedOn = on;
        RemovalReason = $"行政处理（处罚）决定被撤销：{reason}";
    }
}
