using System.Text.RegularExpressions;

namespace Zhili.WageArrears.Tests;

/// <summary>K-MASK: what must never appear on a public page: an 18-character identity number or an 11-digit mobile number.</summary>
public static partial class PublicScan
{
    public static void ShouldShowNoPersonalNumbers(this string html, string page)
    {
        IdNumber().IsMatch(html).ShouldBeFalse($"{page}: {IdNumber().Match(html).Value}");
        Mobile().IsMatch(html).ShouldBeFalse($"{page}: {Mobile().Match(html).Value}");
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();
}
