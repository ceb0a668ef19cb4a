namespace Zhili.Roads.Features.Flags;

/// <summary>R-FLAG-1: the points a month's record takes off the 100 a segment starts with, item by item.</summary>
public readonly record struct Deductions(int Problems, int Overdue, int Reworks, int MissedPatrolDays)
{
    public const int FullScore = 100;

    public int Total => Problems + Overdue + Reworks + MissedPatrolDays;

    /// <summary>
    /// R-FLAG-1: each problem found 1 (2 in 重点区域), each overdue case 2, each rework 2, each missed patrol day of the
    /// 二级路长 1. The score is not floored at 0: below 0 the ranking still tells the worse from the bad.
    /// </summary>
    public static Deductions Of(in FlagEntry e)
    {
        if ((e.ProblemsFound | e.CasesOverdue | e.Reworks | e.MissedPatrolDays) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(e), $"{e.Code}: counts cannot be negative");
        }

        return new(e.ProblemsFound * (e.AreaClass == AreaClass.Key ? 2 : 1), e.CasesOverdue * 2, e.Reworks * 2, e.MissedPatrolDays);
    }
}
