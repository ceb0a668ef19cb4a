using System.Reflection;

namespace Zhili.Hotline.Features.Bulletins;

/// <summary>One unit's counts from one aggregate query (up to <see cref="Slots"/> counts a query).</summary>
internal sealed class Tally
{
    public const int Slots = 8;

    public string Unit { get; set; } = "";

    public int C0 { get; set; }

    public int C1 { get; set; }

    public int C2 { get; set; }

    public int C3 { get; set; }

    public int C4 { get; set; }

    public int C5 { get; set; }

    public int C6 { get; set; }

    public int C7 { get; set; }

    public int this[int slot] => slot switch
    {
        0 => C0, 1 => C1, 2 => C2, 3 => C3, 4 => C4, 5 => C5, 6 => C6, 7 => C7,
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };
}

/// <summary>
/// Runs one <c>GROUP BY unit</c> on the server with a <c>COUNT(CASE WHEN … END)</c> per indicator, built from the
/// indicators' own conditions: the counts never pass through memory as records.
/// </summary>
internal static class TallyQuery
{
    public static async Task AddAsync<T>(
        Counts into, IQueryable<T> source, Expression<Func<T, string>> unit,
        IReadOnlyList<(string Key, LambdaExpression? Where)> counts, CancellationToken ct)
    {
        if (counts.Count is 0 or > Tally.Slots)
        {
            throw new ArgumentOutOfRangeException(nameof(counts), $"a tally holds 1 to {Tally.Slots} counts");
        }

        var g = Expression.Parameter(typeof(IGrouping<string, T>), "g");
        var bindings = new List<MemberBinding> { Expression.Bind(Property("Unit"), Expression.Property(g, nameof(IGrouping<string, T>.Key))) };
        for (var i = 0; i < counts.Count; i++)
        {
            Expression count = counts[i].Where is { } where
                ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(T)], g, where)
                : Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(T)], g);
            bindings.Add(Expression.Bind(Property($"C{i}"), count));
        }

        var selector = Expression.Lambda<Func<IGrouping<string, T>, Tally>>(Expression.MemberInit(Expression.New(typeof(Tally)), bindings), g);
        foreach (var row in await source.GroupBy(unit).Select(selector).ToListAsync(ct))
        {
            for (var i = 0; i < counts.Count; i++)
            {
                into.Add(row.Unit, counts[i].Key, row[i]);
            }
        }
    }

    private static PropertyInfo Property(string name) => typeof(Tally).GetProperty(name)!;
}
