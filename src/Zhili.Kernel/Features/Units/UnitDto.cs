namespace Zhili.Kernel.Features.Units;

/// <summary>A unit as the API shows it.</summary>
public sealed record UnitDto(
    string Code, string Name, string Kind, string KindName, string? ParentCode, string? ParentName,
    string? Block, string? BlockName, bool InUrbanScope, bool Seeded)
{
    public static UnitDto From(AdminUnit u, IAdminUnits units)
    {
        var block = units.BlockOf(u.Code);
        return new(u.Code, u.Name, u.Kind.ToString(), u.Kind.ChineseName(), u.ParentCode,
            u.ParentCode is null ? null : units.Find(u.ParentCode)?.Name, block?.Code, block?.Name, u.InUrbanScope, u.Seeded);
    }
}
