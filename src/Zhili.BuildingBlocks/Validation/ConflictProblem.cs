namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// The one place that says which failures are conflicts (ARCHITECTURE rules 16, 17): a save that lost a race on an
/// aggregate's version, a form that showed an older version, a unique key another user took at the same moment. The
/// one error mapping (<see cref="ErrorAnswer"/>) answers them 409 with the message, and the rule when an invariant's
/// index refused the save.
/// </summary>
public static class ConflictProblem
{
    public const string Stale = "该记录已被他人修改，请刷新后重试";

    public const string Taken = "该记录刚被他人同时登记或修改，请刷新后重试";

    /// <summary>The conflict the failure is, or null when it is none.</summary>
    public static Conflict? Of(Exception? e) => e switch
    {
        ConflictException c => new Conflict(c.Message, c.Rule),
        DbUpdateConcurrencyException => new Conflict(Stale, null),
        DbUpdateException u => Invariants.BrokenBy(u),
        _ => null,
    };
}

/// <summary>What the loser of a race is told, and the rule whose invariant refused its save, if one did.</summary>
public sealed record Conflict(string Message, string? Rule);
