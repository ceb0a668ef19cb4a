using MiniExcelLibs.Attributes;
using Zhili.BuildingBlocks.Audit;

namespace Zhili.Web.Pages.Audit;

/// <summary>One row of the .xlsx export, with the column headers in Chinese.</summary>
public sealed class AuditSheetRow
{
    // An Excel cell holds at most 32,767 characters; a longer JSON is cut and says so.
    private const int CellLimit = 32_000;

    [ExcelColumnName("记录编号")]
    public long Id { get; init; }

    [ExcelColumnName("时间（北京时间）")]
    public string At { get; init; } = "";

    [ExcelColumnName("操作人")]
    public string Actor { get; init; } = "";

    [ExcelColumnName("单位")]
    public string? UnitCode { get; init; }

    [ExcelColumnName("模块")]
    public string Module { get; init; } = "";

    [ExcelColumnName("对象")]
    public string Entity { get; init; } = "";

    [ExcelColumnName("对象编号")]
    public string EntityId { get; init; } = "";

    [ExcelColumnName("操作")]
    public string Action { get; init; } = "";

    [ExcelColumnName("变更前")]
    public string? Before { get; init; }

    [ExcelColumnName("变更后")]
    public string? After { get; init; }

    [ExcelColumnName("请求编号")]
    public string? RequestId { get; init; }

    [ExcelColumnName("所述记录的单位")]
    public string? ScopeUnit { get; init; }

    [ExcelColumnName("密钥编号")]
    public string? KeyId { get; init; }

    [ExcelColumnName("MAC")]
    public string? Mac { get; init; }

    public static AuditSheetRow From(AuditRecord r) => new()
    {
        Id = r.Id, At = IndexModel.Local(r.At), Actor = r.Actor, UnitCode = r.UnitCode, Module = r.Module, Entity = r.Entity,
        EntityId = r.EntityId, Action = r.Action, Before = Cut(r.Before), After = Cut(r.After), RequestId = r.RequestId,
        ScopeUnit = r.ScopeUnit, KeyId = r.KeyId, Mac = r.Mac,
    };

    private static string? Cut(string? json) => json is null || json.Length <= CellLimit ? json : json[..CellLimit] + "…（已截断）";
}
