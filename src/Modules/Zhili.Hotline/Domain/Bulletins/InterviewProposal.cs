namespace Zhili.Hotline.Domain.Bulletins;

public enum ProposalState
{
    Proposed = 1,  // 待确认
    Confirmed = 2, // 已确认约谈
    Dismissed = 3, // 不予约谈
}

/// <summary>
/// H-TALK: a proposal that city leaders interview (约谈) a unit's principal and leader in charge (L4261–4269). The system
/// raises it on a unit's second criticism in a calendar year; the office may raise one for perfunctory handling; a
/// person of the office confirms or dismisses it.
/// </summary>
public sealed class InterviewProposal : IUnitScoped, IVersioned
{
    public const string System = "system";

    public long Id { get; private set; }

    /// <summary>ARCHITECTURE rule 16: moved when a criticism joins it and when it is decided.</summary>
    public int Version { get; private set; }

    public required string UnitCode { get; init; }

    public int Year { get; init; }

    public required string Grounds { get; init; }

    /// <summary>The criticisms that led to it (empty for a proposal on perfunctory handling).</summary>
    public List<long> CriticismIds { get; private set; } = [];

    public DateTime RaisedAt { get; init; }

    /// <summary><see cref="System"/> when raised automatically, otherwise the office's user.</summary>
    public required string RaisedBy { get; init; }

    public ProposalState State { get; private set; } = ProposalState.Proposed;

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>On confirmation who is to be interviewed and when; on dismissal why.</summary>
    public string? DecisionNote { get; private set; }

    /// <summary>A further criticism while the proposal still waits joins it rather than raising another.</summary>
    public void Cite(long criticismId) => CriticismIds = [.. CriticismIds, criticismId];

    public void Confirm(string note, DateTime at, string actor) => Decide(ProposalState.Confirmed, note, at, actor);

    public void Dismiss(string reason, DateTime at, string actor) => Decide(ProposalState.Dismissed, reason, at, actor);

    public static string StateName(ProposalState s) => s switch
    {
        ProposalState.Proposed => "待确认",
        ProposalState.Confirmed => "已确认约谈",
        ProposalState.Dismissed => "不予约谈",
        _ => s.ToString(),
    };

    private void Decide(ProposalState state, string note, DateTime at, string actor)
    {
        if (State != ProposalState.Proposed)
        {
            throw new RuleViolationException("state", $"约谈建议已{StateName(State)}，不能再次决定", "H-TALK");
        }

        State = state;
        DecisionNote = note.Trim();
        DecidedAt = at;
        DecidedBy = actor;
    }
}
