namespace Zhili.WageArrears.Features.Lookup;

/// <summary>B-PUB, B-CREDIT: the deciding authority of an entry, by the deciding unit.</summary>
public static class Authority
{
    /// <summary>A county bureau's unit is the county itself: its deciding authority is that county's HR bureau.</summary>
    public static string Name(IAdminUnits units, string unitCode) => unitCode.EndsWith("-RSJ", StringComparison.Ordinal)
        ? "郑州市人力资源和社会保障局"
        : $"{units.Get(unitCode).Name}人力资源和社会保障局";
}
