using MiniExcelLibs.Attributes;

namespace Zhili.Hotline.Features.Bulletins;

/// <summary>Rows of the bulletin workbooks' fixed sheets, with Chinese headers.</summary>
internal sealed class FormulaSheetRow
{
    [ExcelColumnName("指标")]
    public string Name { get; init; } = "";

    [ExcelColumnName("计算方法")]
    public string Formula { get; init; } = "";
}

internal sealed class CategorySheetRow
{
    [ExcelColumnName("分类代码")]
    public string Code { get; init; } = "";

    [ExcelColumnName("分类")]
    public string Name { get; init; } = "";

    [ExcelColumnName("受理")]
    public int Count { get; init; }
}

internal sealed class PlaceSheetRow
{
    [ExcelColumnName("纬度")]
    public double Latitude { get; init; }

    [ExcelColumnName("经度")]
    public double Longitude { get; init; }

    [ExcelColumnName("地址（示例）")]
    public string Address { get; init; } = "";

    [ExcelColumnName("受理")]
    public int Count { get; init; }
}

internal sealed class NoteSheetRow
{
    [ExcelColumnName("项目")]
    public string Item { get; init; } = "";

    [ExcelColumnName("内容")]
    public string Value { get; init; } = "";
}

internal sealed class DueSheetRow
{
    [ExcelColumnName("受理编号")]
    public string TrackingNumber { get; init; } = "";

    [ExcelColumnName("类型")]
    public string Type { get; init; } = "";

    [ExcelColumnName("分类代码")]
    public string Category { get; init; } = "";

    [ExcelColumnName("地址")]
    public string Address { get; init; } = "";

    [ExcelColumnName("承办单位")]
    public string Unit { get; init; } = "";

    [ExcelColumnName("办理期限（北京时间）")]
    public string Deadline { get; init; } = "";

    [ExcelColumnName("期限依据")]
    public string Rule { get; init; } = "";

    [ExcelColumnName("情况")]
    public string Situation { get; init; } = "";

    [ExcelColumnName("督办")]
    public string Supervision { get; init; } = "";
}
