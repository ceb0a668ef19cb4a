using System.Globalization;
using MiniExcelLibs;
using Zhili.Hotline.Domain;
using Zhili.Hotline.Domain.Bulletins;
using Zhili.Kernel;

namespace Zhili.Hotline.Features.Bulletins;

/// <summary>H-BUL: each bulletin as an .xlsx workbook, with the same numbers and formulas as the page.</summary>
public static class BulletinWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>At most this many appeals in a 日清 workbook (the notes sheet says when the list was cut).</summary>
    public const int MaxDailyRows = 100_000;

    public static async Task<byte[]> PeriodAsync(PeriodBulletin b, string scope, CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>
        {
            ["单位指标"] = Lines(b.Units.Prepend(b.Total), b.Indicators),
            ["指标说明"] = b.Indicators.Select(i => new FormulaSheetRow { Name = i.Name, Formula = i.Formula }).ToList(),
            ["热点分类"] = b.TopCategories.Select(c => new CategorySheetRow { Code = c.Code, Name = c.Name, Count = c.Count }).ToList(),
            ["热点地点"] = b.TopPlaces.Select(p => new PlaceSheetRow { Latitude = p.Latitude, Longitude = p.Longitude, Address = p.Address, Count = p.Count }).ToList(),
            ["说明"] = Notes(b.Label, scope, b.AsOf, b.Complete ? "本期已结束，数字不再变化" : "本期尚未结束，数字截至统计时点"),
        };
        return await SaveAsync(sheets, ct);
    }

    public static async Task<byte[]> DailyAsync(DailyBulletin b, IReadOnlyList<DueAppealRow> list, string scope, CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>
        {
            ["日清"] = list.Select(Due).ToList(),
            ["单位汇总"] = Lines(b.Units.Prepend(b.Total), b.Indicators),
            ["说明"] = Notes(b.Label, scope, b.AsOf, list.Count < b.Appeals.Total
                ? $"共 {b.Appeals.Total} 件，本文件只列出期限最早的 {list.Count} 件"
                : $"共 {b.Appeals.Total} 件"),
        };
        return await SaveAsync(sheets, ct);
    }

    /// <summary>Counts as numbers; rates as shown on the page ("66.7%", or "—" over nothing).</summary>
    private static List<Dictionary<string, object?>> Lines(IEnumerable<UnitLine> lines, IReadOnlyList<IndicatorInfo> indicators) =>
        lines.Select(l =>
        {
            var row = new Dictionary<string, object?> { ["单位代码"] = l.UnitCode, ["单位"] = l.UnitName };
            foreach (var i in indicators)
            {
                row[i.Name] = i.IsRate ? l[i.Key].Text : l[i.Key].Value;
            }

            return row;
        }).ToList();

    private static List<NoteSheetRow> Notes(string label, string scope, DateTime asOf, string state) =>
    [
        new() { Item = "简报", Value = label },
        new() { Item = "数据范围", Value = scope },
        new() { Item = "统计时点（北京时间）", Value = Local(asOf) },
        new() { Item = "说明", Value = state },
        new() { Item = "依据", Value = "H-BUL：日清、周综、月结、季评、年考核" },
    ];

    private static DueSheetRow Due(DueAppealRow r) => new()
    {
        TrackingNumber = r.TrackingNumber, Type = Texts.Type(r.Type) + (r.Urgent ? "（紧急）" : ""), Category = r.CategoryCode,
        Address = r.Address, Unit = r.UnitName, Deadline = Local(r.DeadlineAt), Rule = r.DeadlineRule ?? "",
        Situation = r.Overdue ? "逾期" : "今日到期", Supervision = r.SupervisionLevel is { } l ? Texts.Level(l) : "",
    };

    private static string Local(DateTime utc) => Civil.ToShanghai(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async Task<byte[]> SaveAsync(Dictionary<string, object> sheets, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }
}
