namespace Zhili.Hotline.Domain.Bulletins;

/// <summary>
/// One indicator's value for a unit and period: a count, or a rate with its numerator and denominator kept, so that the
/// page, the workbook and a reader can check the division. A rate over nothing is "—", never 0 or 100% (H-BUL).
/// </summary>
public readonly record struct IndicatorValue(long Value, long? Denominator)
{
    public static IndicatorValue Count(long value) => new(value, null);

    public static IndicatorValue Rate(long numerator, long denominator) => new(numerator, denominator);

    public bool IsRate => Denominator is not null;

    /// <summary>The rate as a fraction; null for a count and for a zero denominator.</summary>
    public double? Ratio => Denominator is > 0 ? (double)Value / Denominator.Value : null;

    /// <summary>As shown: "12", "66.7%", or "—" for a rate over nothing.</summary>
    public string Text => !IsRate
        ? Value.ToString(CultureInfo.InvariantCulture)
        : Ratio is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}
