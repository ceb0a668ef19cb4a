using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zhili.BuildingBlocks.Persistence;

namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// The one place that says which failures are conflicts (ARCHITECTURE rules 16, 17): a save that lost a race on an
/// aggregate's version, a form that showed an older version, a unique key another user took at the same moment. The
/// API answers them 409 with this title and detail (and the rule, when an invariant's index refused the save); pages
/// show the detail on the form.
/// </summary>
public static class ConflictProblem
{
    public const string Type = "https://zhili.gov.cn/problems/conflict";

    public const string Title = "操作冲突 (conflict)";

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

    /// <summary>Fills the problem details of a conflict (title, detail, type, rule); leaves others alone.</summary>
    public static void Describe(ProblemDetails problem, Exception? e)
    {
        if (Of(e) is not { } conflict)
        {
            return;
        }

        problem.Status = StatusCodes.Status409Conflict;
        problem.Type = Type;
        problem.Title = Title;
        problem.Detail = Text(conflict);
        if (conflict.Rule is not null)
        {
            problem.Extensions["rule"] = conflict.Rule;
        }
    }

    /// <summary>The text a page shows on its form for a conflict.</summary>
    public static string Text(Conflict conflict) => conflict.Rule is null ? conflict.Message : $"{conflict.Message}（{conflict.Rule}）";
}

/// <summary>What the loser of a race is told, and the rule whose invariant refused its save, if one did.</summary>
public sealed record Conflict(string Message, string? Rule);
