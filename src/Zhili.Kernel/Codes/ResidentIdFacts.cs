namespace Zhili.Kernel.Codes;

/// <summary>What a valid resident identity number says (K-ID).</summary>
/// <param name="Number">The normalised number (upper-case X).</param>
/// <param name="RegionCode">Administrative division code of first registration (positions 1–6).</param>
/// <param name="BirthDate">Birth date (positions 7–14).</param>
/// <param name="Sex">From the 17th digit: odd = male.</param>
public sealed record ResidentIdFacts(string Number, string RegionCode, DateOnly BirthDate, Sex Sex)
{
    /// <summary>Age in completed years on <paramref name="day"/> (a 29 February birthday counts from 28 February, K-YEAR).</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return day < CivilYears.Add(BirthDate, age) ? age - 1 : age;
    }
}
