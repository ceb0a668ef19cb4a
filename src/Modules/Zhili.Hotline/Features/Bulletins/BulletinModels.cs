namespace Zhili.Hotline.Features.Bulletins;

/// <summary>An indicator as the page and the API show it: its name and formula.</summary>
public sealed record IndicatorInfo(string Key, string Name, string Formula, bool IsRate)
{
    public static IndicatorInfo Of(Indicator i) => new(i.Key, i.Name, i.Formula, i.IsRate);
}

/// <summary>One handling unit's line of a bulletin (or the total, with an empty code): indicator key → value.</summary>
public sealed record UnitLine(string UnitCode, string UnitName, IReadOnlyDictionary<string, IndicatorValue> Values)
{
    public IndicatorValue this[string key] => Values.GetValueOrDefault(key);
}

public sealed record HotCategory(string Code, string Name, int Count);

/// <summary>A hot spot: appeals received in a cell of 0.01° (about 1 km), with one address from it.</summary>
public sealed record HotPlace(double Latitude, double Longitude, string Address, int Count);

/// <summary>H-BUL 周综、月结、季评、年考核 (and a day's statistics): every indicator per handling unit, hot spots.</summary>
public sealed record PeriodBulletin(
    BulletinPeriod Period, string Label, DateOnly First, DateOnly Last, DateTime AsOf, bool Complete,
    IReadOnlyList<IndicatorInfo> Indicators, UnitLine Total, IReadOnlyList<UnitLine> Units,
    IReadOnlyList<HotCategory> TopCategories, IReadOnlyList<HotPlace> TopPlaces);

/// <summary>One appeal of the 日清 list.</summary>
public sealed record DueAppealRow(
    long Id, string TrackingNumber, AppealType Type, bool Urgent, string CategoryCode, string Address, string UnitCode,
    string UnitName, DateTime DeadlineAt, string? DeadlineRule, bool Overdue, SupervisionLevel? SupervisionLevel);

/// <summary>H-BUL 日清: the appeals in hand due on the day or already overdue, counted per unit and listed page by page.</summary>
public sealed record DailyBulletin(
    DateOnly Date, string Label, DateTime AsOf, IReadOnlyList<IndicatorInfo> Indicators, UnitLine Total, IReadOnlyList<UnitLine> Units,
    Page<DueAppealRow> Appeals);
