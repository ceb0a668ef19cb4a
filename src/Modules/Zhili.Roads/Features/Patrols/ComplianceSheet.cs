using Zhili.BuildingBlocks.Documents;

namespace Zhili.Roads.Features.Patrols;

/// <summary>R-PATROL: the compliance table as a workbook, one row per holder, with a notes sheet saying how it counts.</summary>
public static class ComplianceSheet
{
    public static byte[] Bytes(ComplianceReport report) => Workbook.Bytes(
        new Sheet<ComplianceRow>("巡查履职", report.Rows,
        [
            new("路长级别", r => r.LevelName), new("责任区域", r => r.PlaceName), new("路长", r => r.HolderName),
            new("任职起", r => r.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("任职止", r => r.LastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "在任"),
            new("应巡查", r => r.Required, ColumnFormat.Count), new("已巡查", r => r.Met, ColumnFormat.Count),
            new("巡查记录数", r => r.Logged, ColumnFormat.Count), new("履职率", r => r.Rate, ColumnFormat.Percent),
            new("缺巡日期", r => string.Join("、", r.Missing)),
        ]),
        NotesSheet.Of("说明",
        [
            ("统计期间", $"{report.From:yyyy-MM-dd} 至 {report.To:yyyy-MM-dd}"),
            ("统计截至", report.CountedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "尚未开始"),
            ("巡查要求", "总路长每半月巡查一次，一级路长每周巡查一次，二级路长每日巡查（按自然日计，含休息日）"),
            ("任职变更", "路长只对任职期间负责；任职不满一周或半月的，仍应巡查一次"),
        ]));
}
