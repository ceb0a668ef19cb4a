namespace Zhili.Hotline.Features.Bulletins;

/// <summary>The counts of a bulletin: unit code → indicator key → count.</summary>
internal sealed class Counts
{
    private readonly Dictionary<string, Dictionary<string, long>> units = new(StringComparer.Ordinal);

    public IEnumerable<string> Units => units.Keys;

    public void Add(string unit, string key, long n)
    {
        if (!units.TryGetValue(unit, out var counts))
        {
            units[unit] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        counts[key] = counts.GetValueOrDefault(key) + n;
    }

    public IReadOnlyDictionary<string, long> Of(string unit) =>
        units.TryGetValue(unit, out var counts) ? counts : new Dictionary<string, long>();

    /// <summary>Counts add up over units; rates are then divided from the sums, never averaged.</summary>
    public IReadOnlyDictionary<string, long> Total() => units.Values.SelectMany(c => c)
        .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
}
