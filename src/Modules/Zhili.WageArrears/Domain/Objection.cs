namespace Zhili.WageArrears.Domain;

public enum ObjectionOutcome
{
    Pending,

    /// <summary>The published information stands.</summary>
    Upheld,

    /// <summary>B-FIX: the entry is changed.</summary>
    Corrected,

    /// <summary>B-FIX: the entry is revoked.</summary>
    Revoked,
}

/// <summary>B-OBJ: an employer's written objection with evidence, decided within 15 working days (once extendable by 10).</summary>
public sealed class Objection : IUnitScoped
{
    public int Id { get; private set; }

    public int CaseId { get; init; }

    public required string UnitCode { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public required string Text { get; init; }

    public required string Evidence { get; init; }

    /// <summary>Filed by the employer through the public form with an access code, not entered by staff.</summary>
    public bool FiledOnline { get; init; }

    public DateTime DueAt { get; private set; }

    public string DueRule { get; private set; } = "B-OBJ";

    public bool Extended { get; private set; }

    public ObjectionOutcome Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? Reason { get; private set; }

    public void SetDue(DateTime dueAt) => DueAt = dueAt;

    // B-OBJ: one extension of 10 working days, asked for before the deadline.
    public void Extend(DateTime newDueAt, DateTime now)
    {
        if (Extended)
        {
            throw new RuleViolationException("extension", "异议处理期限只能延长一次", "B-OBJ");
        }

        if (Outcome != ObjectionOutcome.Pending || now >= DueAt)
        {
            throw new RuleViolationException("extension", "异议已处理或期限已届满，不能延长", "B-OBJ");
        }

        Extended = true;
        DueAt = newDueAt;
        DueRule = "B-OBJ";
    }

    public void Decide(ObjectionOutcome outcome, DateOnly on, string reason)
    {
        if (Outcome != ObjectionOutcome.Pending)
        {
            throw new RuleViolationException("outcome", "异议已作出处理决定", "B-OBJ");
        }

        if (on < ReceivedOn)
        {
            throw new RuleViolationException("decidedOn", "处理日期不能早于收到异议的日期", "B-OBJ");
        }

        Outcome = outcome;
        DecidedOn = on;
        Reason = reason;
    }
}
