namespace Zhili.Kernel.Units;

/// <summary>The current directory snapshot, shared by the whole process; replaced whole when the directory changes.</summary>
public sealed class AdminUnitsHolder : IAdminUnits
{
    private AdminUnits current = new(UnitSeed.All);

    public AdminUnits Current => Volatile.Read(ref current);

    public void Replace(IEnumerable<AdminUnit> units) => Volatile.Write(ref current, new AdminUnits(units));

    public IReadOnlyList<AdminUnit> All => Current.All;

    public AdminUnit Get(string code) => Current.Get(code);

    public AdminUnit? Find(string code) => Current.Find(code);

    public IReadOnlyList<AdminUnit> Under(string code) => Current.Under(code);

    public Block? BlockOf(string code) => Current.BlockOf(code);

    public AdminUnit? CountyLevelOf(string code) => Current.CountyLevelOf(code);
}
