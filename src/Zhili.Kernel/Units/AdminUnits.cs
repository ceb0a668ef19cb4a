namespace Zhili.Kernel.Units;

/// <summary>An immutable snapshot of the directory; <see cref="AdminUnitsHolder"/> swaps in a new one on change.</summary>
public sealed class AdminUnits : IAdminUnits
{
    private readonly Dictionary<string, AdminUnit> byCode;
    private readonly ILookup<string, AdminUnit> children;

    public AdminUnits(IEnumerable<AdminUnit> units)
    {
        All = units.OrderBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        byCode = All.ToDictionary(u => u.Code, StringComparer.Ordinal);
        children = All.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
    }

    public IReadOnlyList<AdminUnit> All { get; }

    public AdminUnit Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"No administrative unit has code {code}.");

    public AdminUnit? Find(string code) => byCode.GetValueOrDefault(code);

    public IReadOnlyList<AdminUnit> Under(string code)
    {
        var result = new List<AdminUnit>();
        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            foreach (var child in children[next].Reverse())
            {
                result.Add(child);
                pending.Push(child.Code);
            }
        }

        return result.OrderBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
    }

    public Block? BlockOf(string code) => CountyLevelOf(code)?.Block;

    public AdminUnit? CountyLevelOf(string code)
    {
        for (var unit = Find(code); unit is not null; unit = unit.ParentCode is null ? null : Find(unit.ParentCode))
        {
            if (unit.Kind.IsCountyLevel())
            {
                return unit;
            }
        }

        return null;
    }
}
