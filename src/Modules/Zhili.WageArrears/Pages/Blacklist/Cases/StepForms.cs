namespace Zhili.WageArrears.Pages.Blacklist.Cases;

/// <summary>B-OBJ: an objection received on paper, entered by staff.</summary>
public sealed class ObjectionForm : IForm<ObjectionRequest>
{
    public DateOnly ReceivedOn { get; set; }

    public string? Text { get; set; }

    public string? Evidence { get; set; }

    public ObjectionRequest ToCommand() => new(ReceivedOn, Text, Evidence);
}

/// <summary>B-OBJ outcome, and for a correction the changed decision (B-FIX).</summary>
public sealed class DecisionForm : IForm<ObjectionDecisionRequest>
{
    public int ObjectionId { get; set; }

    public ObjectionOutcome Outcome { get; set; }

    public DateOnly DecidedOn { get; set; }

    public string? Reason { get; set; }

    public string? NewDecisionNumber { get; set; }

    public List<Ground> NewGrounds { get; set; } = [];

    public ObjectionDecisionRequest ToCommand() => new(Outcome, DecidedOn, Reason, NewDecisionNumber, NewGrounds);
}

/// <summary>B-FIX: the underlying decision was changed (new number and grounds) or revoked.</summary>
public sealed class FixForm : IForm<FixRequest>
{
    public bool Revoked { get; set; }

    public DateOnly On { get; set; }

    public string? Reason { get; set; }

    public string? NewDecisionNumber { get; set; }

    public List<Ground> NewGrounds { get; set; } = [];

    public FixRequest ToCommand() => new(Revoked, On, Reason, NewDecisionNumber, NewGrounds);
}
