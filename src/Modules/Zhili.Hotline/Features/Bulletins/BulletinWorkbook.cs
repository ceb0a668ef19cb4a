using Zhili.BuildingBlocks.Documents;

namespace Zhili.Hotline.Features.Bulletins;

/// <summary>H-BUL: each bulletin as an .xlsx workbook, with the same numbers and formulas as the page.</summary>
public static class BulletinWorkbook
{
    public const string ContentType = Workbook.ContentType;

    /// <summary>At most this many appeals in a 日清 workbook (the notes sheet says when the list was cut).</summary>
    public const int MaxDailyRows = 100_000;

    public static byte[] Period(PeriodBulletin b, string scope) => Workbook.Bytes(
        Lines("单位指标", b.Units.Prepend(b.Total), b.Indicators),
        new Sheet<IndicatorInfo>("指标说明", b.Indicators, [new("指标", i => i.Name), new("计算方法", i => i.Formula)]),
        new Sheet<HotCategory>("热点分类", b.TopCategories,
            [new("分类代码", c => c.Code), new("分类", c => c.Name), new("受理", c => c.Count, ColumnFormat.Count)]),
        new Sheet<HotPlace>("热点地点", b.TopPlaces,
        [
            new("纬度", p => p.Latitude, ColumnFormat.Number), new("经度", p => p.Longitude, ColumnFormat.Number),
            new("地址（示例）", p => p.Address), new("受理", p => p.Count, ColumnFormat.Count),
        ]),
        Notes(b.Label, scope, b.AsOf, b.Complete ? "本期已结束，数字不再变化" : "本期尚未结束，数字截至统计时点"));

    public static byte[] Daily(DailyBulletin b, IReadOnlyList<DueAppealRow> list, string scope) => Workbook.Bytes(
        new Sheet<DueAppealRow>("日清", list,
        [
            new("受理编号", r => r.TrackingNumber), new("类型", r => Texts.Type(r.Type) + (r.Urgent ? "（紧急）" : "")),
            new("分类代码", r => r.CategoryCode), new("地址", r => r.Address), new("承办单位", r => r.UnitName),
            new("办理期限（北京时间）", r => DeadlineText.Of(r.DeadlineAt)), new("期限依据", r => r.DeadlineRule ?? ""),
            new("情况", r => r.Overdue ? "逾期" : "今日到期"), new("督办", r => r.SupervisionLevel is { } l ? Texts.Level(l) : ""),
        ]),
        Lines("单位汇总", b.Units.Prepend(b.Total), b.Indicators),
        Notes(b.Label, scope, b.AsOf, list.Count < b.Appeals.Total
            ? $"共 {b.Appeals.Total} 件，本文件只列出期限最早的 {list.Count} 件"
            : $"共 {b.Appeals.Total} 件"));

    /// <summary>Counts as integers; rates as ratios shown as 0.0%, or "—" over nothing (H-BUL).</summary>
    private static Sheet<UnitLine> Lines(string name, IEnumerable<UnitLine> lines, IReadOnlyList<IndicatorInfo> indicators)
    {
        List<SheetColumn<UnitLine>> columns = [new("单位代码", l => l.UnitCode), new("单位", l => l.UnitName)];
        columns.AddRange(indicators.Select(i => i.IsRate
            ? new SheetColumn<UnitLine>(i.Name, l => l[i.Key].Ratio is { } r ? (object)r : "—", ColumnFormat.Percent)
            : new SheetColumn<UnitLine>(i.Name, l => l[i.Key].Value, ColumnFormat.Count)));
        return new Sheet<UnitLine>(name, lines, columns);
    }

    private static Sheet<(string Item, string Value)> Notes(string label, string scope, DateTime asOf, string state) => NotesSheet.Of("说明",
    [
        ("简报", label), ("数据范围", scope), ("统计时点（北京时间）", Local(asOf)), ("说明", state),
        ("依据", "H-BUL：日清、周综、月结、季评、年考核"),
    ]);

    private static string Local(DateTime utc) => Civil.ToShanghai(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
