namespace Zhili.Kernel.Masking;

/// <summary>
/// K-MASK: the shapes of personal data that <see cref="Mask.Text"/> finds in free text. They run on a probe of the text
/// whose full-width digits and signs are ASCII, so one pattern serves both. Phones are bounded by digits only (a word
/// may touch them: 手机13812345678); identity numbers by letters and digits too, so codes that merely contain digits stay.
/// </summary>
internal static partial class TextPatterns
{
    /// <summary>An e-mail address.</summary>
    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    public static partial Regex Email();

    /// <summary>
    /// A resident identity number: 18 characters (region, birth date 18xx–20xx, sequence, check) or the old 15 digits
    /// (region, yymmdd, sequence). The region's first digit (1–8) and a month and day in range keep credit codes, dates
    /// and order numbers out.
    /// </summary>
    [GeneratedRegex(
        @"(?<![0-9A-Za-z])[1-8]\d{5}(?:(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]|\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3})(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    public static partial Regex IdNumber();

    /// <summary>
    /// A mainland mobile number (group n: 11 digits from 13–19), written whole or in groups with spaces or dashes, with
    /// or without the country code (+86, 0086, 86, (+86)).
    /// </summary>
    [GeneratedRegex(
        @"(?<!\d)(?:\(?(?:\+|00)?86\)?[ \-]{0,2})?(?<n>1[3-9]\d(?:[ \-]?\d){8})(?!\d)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Mobile();

    /// <summary>
    /// A landline with its area code (010, 02x, 0xxx; group local: 7 or 8 digits from 2–9):
    /// 0371-65551234, (0371)65551234, 0371 6555 1234, +86 371 6555 1234.
    /// </summary>
    [GeneratedRegex(
        @"(?<!\d)(?:(?:\+|00)86[ \-]{0,2}\(?0?|\(?0)(?:10|2\d|[3-9]\d\d)\)?[ \-]{0,2}(?<local>[2-9]\d{2,3}[ \-]?\d{4})(?!\d)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Landline();

    /// <summary>A local number without area code, where the words before it say it is a phone (电话：65551234).</summary>
    [GeneratedRegex(
        @"(?:电话|手机|座机|固话|联系方式|号码|tel|phone)[^0-9\n]{0,6}?(?<local>(?<!\d)[2-9]\d{2,3}[ \-]?\d{4})(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex LocalAfterWord();
}
