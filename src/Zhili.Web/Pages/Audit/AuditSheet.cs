using Zhili.BuildingBlocks.Documents;

namespace Zhili.Web.Pages.Audit;

/// <summary>The columns of the .xlsx export, with the headers in Chinese.</summary>
public static class AuditSheet
{
    // An Excel cell holds at most 32,767 characters; a longer JSON is cut and says so.
    private const int CellLimit = 32_000;

    public static Sheet<AuditRecord> Of(IEnumerable<AuditRecord> records) => new("审计记录", records,
    [
        new("记录编号", r => r.Id, ColumnFormat.Count),
        new("时间（北京时间）", r => IndexModel.Local(r.At)),
        new("操作人", r => r.Actor),
        new("单位", r => r.UnitCode),
        new("模块", r => r.Module),
        new("对象", r => r.Entity),
        new("对象编号", r => r.EntityId),
        new("操作", r => r.Action),
        new("变更前", r => Cut(r.Before)),
        new("变更后", r => Cut(r.After)),
        new("请求编号", r => r.RequestId),
        new("所述记录的单位", r => r.ScopeUnit),
        new("密钥编号", r => r.KeyId),
        new("MAC", r => r.Mac),
    ]);

    private static string? Cut(string? json) => json is null || json.Length <= CellLimit ? json : json[..CellLimit] + "…（已截断）";
}
