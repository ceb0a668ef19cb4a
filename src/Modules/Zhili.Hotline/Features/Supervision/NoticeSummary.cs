namespace Zhili.Hotline.Features;

/// <summary>
/// H-FORM-2: the appeals a notice is about, as written into it: tracking number, day received, type, place and what the
/// citizen asks. Never the caller (K-MASK does not even arise), and only the addressee's own appeals (data scope).
/// </summary>
public static class NoticeSummary
{
    private const int DescriptionLength = 200;

    public static string Of(IReadOnlyList<Appeal> appeals) => string.Join("\n", appeals.Select((a, i) =>
        $"{i + 1}. 受理编号 {a.TrackingNumber}（{ChineseDate(Civil.DateOf(a.ReceivedAt))}受理，{Texts.Type(a.Type)}）：{a.Address}。{Shorten(a.Description)}"));

    public static string ChineseDate(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= DescriptionLength ? text : text[..DescriptionLength] + "……";
}
