namespace Zhili.Roads.Features.Flags;

/// <summary>
/// The monthly red and black flag evaluation (R-FLAG-1…3, R-SHOP) as a pure computation: the caller brings the month's
/// counts and the year's earlier flags, and stores what comes back. One pass scores, one sort ranks, one pass flags and
/// counts; the only allocations are the results and their array.
/// </summary>
public static class FlagEvaluation
{
    /// <summary>
    /// R-FLAG-1 [decision]: segments are ranked in one list for the whole city, as the gazette's 100 red and 20 black are
    /// city totals of a municipal evaluation; the caller passes every segment evaluated that month, of all districts.
    /// The results come back best first.
    /// </summary>
    public static FlagResult[] Segments(int month, ReadOnlySpan<FlagEntry> segments) => Evaluate(month, segments, shops: false);

    /// <summary>
    /// R-SHOP: the same mechanism for street-front units and shops, ranked within each district (10 % red, 5 % black);
    /// the results come back by district code, best first within each.
    /// </summary>
    public static FlagResult[] Shops(int month, ReadOnlySpan<FlagEntry> shops) => Evaluate(month, shops, shops: true);

    private static FlagResult[] Evaluate(int month, ReadOnlySpan<FlagEntry> entries, bool shops)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var results = new FlagResult[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            results[i] = new FlagResult(entries[i], shops);
        }

        Array.Sort(results, shops ? ByDistrictThenRank.Instance : ByRank.Instance);
        for (var start = 0; start < results.Length;)
        {
            var end = shops ? EndOfDistrict(results, start) : results.Length;
            var quota = shops ? FlagQuota.Shops(end - start) : FlagQuota.Segments(end - start);
            for (var i = start; i < end; i++)
            {
                results[i].Place(month, i - start + 1, quota);
            }

            start = end;
        }

        return results;
    }

    private static int EndOfDistrict(FlagResult[] results, int start)
    {
        var end = start + 1;
        while (end < results.Length && results[end].Entry.DistrictCode == results[start].Entry.DistrictCode)
        {
            end++;
        }

        return end;
    }

    /// <summary>R-FLAG-1: higher score first; ties by fewer overdue cases, then by code (ordinal, so the order is total).</summary>
    private class ByRank : IComparer<FlagResult>
    {
        public static readonly ByRank Instance = new();

        public virtual int Compare(FlagResult? x, FlagResult? y)
        {
            var (a, b) = (x!, y!);
            return a.Score != b.Score ? b.Score.CompareTo(a.Score)
                : a.Entry.CasesOverdue != b.Entry.CasesOverdue ? a.Entry.CasesOverdue.CompareTo(b.Entry.CasesOverdue)
                : string.CompareOrdinal(a.Code, b.Code);
        }
    }

    /// <summary>R-SHOP: the same order within each district.</summary>
    private sealed class ByDistrictThenRank : ByRank
    {
        public static new readonly ByDistrictThenRank Instance = new();

        public override int Compare(FlagResult? x, FlagResult? y) =>
            string.CompareOrdinal(x!.Entry.DistrictCode, y!.Entry.DistrictCode) is var d and not 0 ? d : base.Compare(x, y);
    }
}
