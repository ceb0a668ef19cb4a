namespace Zhili.Kernel.Calendar;

/// <summary>K-YEAR: "N years from D" is the same month and day N years later.</summary>
public static class CivilYears
{
    /// <summary>
    /// The same month and day <paramref name="years"/> years later (or earlier when negative).
    /// 29 February becomes 28 February in a year that has no 29 February (K-YEAR).
    /// </summary>
    public static DateOnly Add(DateOnly d, int years)
    {
        // K-YEAR: DateOnly.AddYears keeps month and day and clamps 29 Feb to 28 Feb in common years,
        // which is exactly the rule; it is wrapped so that callers state the rule they apply.
        return d.AddYears(years);
    }
}
