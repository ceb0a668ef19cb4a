namespace Zhili.Hotline.Features.Bulletins;

/// <summary>A periodic bulletin: <c>/bulletins/{period}?date=2026-03-10</c>; the chart also takes an indicator key.</summary>
public sealed record BulletinQuery(string Period, DateOnly? Date, string? Indicator)
{
    public BulletinPeriod ParsedPeriod => Parse(Period)!.Value;

    public static BulletinPeriod? Parse(string? period) =>
        Enum.TryParse<BulletinPeriod>(period, ignoreCase: true, out var p) && Enum.IsDefined(p) && !period!.Any(char.IsDigit) ? p : null;
}

/// <summary>日清: <c>/bulletins/daily?date=2026-03-10&amp;page=2</c>.</summary>
public sealed record DailyQuery(DateOnly? Date, int? Page, int? PageSize);

internal static class BulletinRules
{
    /// <summary>The calendar has data from 2018 (K-YEAR); a bulletin far beyond it is a typing error.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> MustBeBulletinDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || d.Value.Year is >= 2018 and <= 2100).WithMessage("简报日期应在 2018 年至 2100 年之间").Rule("H-BUL");
}

public sealed class BulletinQueryValidator : AbstractValidator<BulletinQuery>
{
    public BulletinQueryValidator()
    {
        RuleFor(q => q.Period).Must(p => BulletinQuery.Parse(p) is not null)
            .WithMessage("简报期间应为 day（日）、week（周综）、month（月结）、quarter（季评）或 year（年考核）").Rule("H-BUL");
        RuleFor(q => q.Date).MustBeBulletinDate();
        RuleFor(q => q.Indicator).Must(i => i is null || Indicators.Period.Any(x => string.Equals(x.Key, i, StringComparison.OrdinalIgnoreCase)))
            .WithMessage("没有这个指标").Rule("H-BUL");
    }
}

public sealed class DailyQueryValidator : AbstractValidator<DailyQuery>
{
    public DailyQueryValidator() => RuleFor(q => q.Date).MustBeBulletinDate();
}
