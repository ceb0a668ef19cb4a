namespace Zhili.Hotline.Domain;

/// <summary>
/// One node of the three-level appeal category tree, 6-digit codes in the shape of GB/T 39666-2020: two digits per
/// level (110000 城乡建设 → 110100 市容环境 → 110101 占道经营). A leaf carries its default handling unit and type.
/// </summary>
public sealed partial class Category : IVersioned
{
    public int Id { get; set; }

    /// <summary>ARCHITECTURE rule 16: moved by every edit of the category and its SLA overrides.</summary>
    public int Version { get; private set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>1, 2 or 3.</summary>
    public int Level { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>K-UNITS code of the unit an appeal of this leaf is usually assigned to.</summary>
    public string? DefaultUnitCode { get; set; }

    public AppealType? DefaultType { get; set; }

    public static int LevelOf(string code) => code[2..] == "0000" ? 1 : code[4..] == "00" ? 2 : 3;

    public static string? ParentOf(string code) => LevelOf(code) switch
    {
        1 => null,
        2 => code[..2] + "0000",
        _ => code[..4] + "00",
    };
}
