using Zhili.BuildingBlocks.Documents;

namespace Zhili.Web.Pages.Audit;

/// <summary>The current search as an .xlsx workbook: the records, and a sheet that says what was searched.</summary>
public sealed class ExportModel(AuditDbContext db, TimeProvider clock) : AuditSearchModel
{
    /// <summary>At most this many rows per workbook (Excel itself stops at 1,048,576); the notes sheet says when it was cut.</summary>
    public const int MaxRows = 100_000;

    public const string ContentType = Workbook.ContentType;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Query() is not { } query)
        {
            return Redirect(FilterQuery("/audit"));
        }

        var records = query.Apply(db.Records);
        var total = await records.CountAsync(ct);
        var rows = AuditQuery.Sort(records, Sort).Take(MaxRows).AsEnumerable();
        var now = clock.GetUtcNow().UtcDateTime;

        // A temporary file rather than memory: a full export can be tens of megabytes. It goes away when the response is sent.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        Workbook.Write(file, AuditSheet.Of(rows), NotesSheet.Of("说明", Notes(total, now)));
        file.Position = 0;
        var name = $"审计记录-{AuditQuery.Local(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.xlsx";
        return File(file, ContentType, name);
    }

    private List<(string, string)> Notes(int total, DateTime now)
    {
        static (string, string) Note(string item, string? value) => (item, value ?? "");
        return
        [
            Note("导出时间（北京时间）", IndexModel.Local(now)),
            Note("操作人", Actor), Note("单位", Unit), Note("对象", Entity), Note("对象编号", EntityId),
            Note("开始日期", From), Note("结束日期", To),
            Note("符合条件的记录", total.ToString(CultureInfo.InvariantCulture)),
            Note("本文件中的记录", Math.Min(total, MaxRows).ToString(CultureInfo.InvariantCulture)),
            Note("说明", total > MaxRows
                ? $"符合条件的记录超过 {MaxRows:N0} 条，只导出了按当前排序的前 {MaxRows:N0} 条；请缩小时间范围分批导出。"
                : $"每个文件最多导出 {MaxRows:N0} 条记录。"),
        ];
    }
}
