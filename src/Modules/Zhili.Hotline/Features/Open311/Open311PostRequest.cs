namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// A GeoReport v2 POST Service Request as its form fields arrive (application/x-www-form-urlencoded), kept as text so
/// that every bad value is refused by <see cref="Open311PostValidator"/> with the field's spec name. Attribute answers come
/// as <c>attribute[CODE]=value</c>, and for a multi-valued list as repeated <c>attribute[CODE][]=value</c>.
/// </summary>
public sealed partial record Open311PostRequest(
    string? ServiceCode, string? LatitudeText, string? LongitudeText, string? AddressString, string? AddressId, string? Email, string? FirstName,
    string? LastName, string? Phone, string? Description, string? MediaUrl, IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes)
{
    public double? Latitude => Number(LatitudeText);

    public double? Longitude => Number(LongitudeText);

    public static Open311PostRequest From(IFormCollection form)
    {
        string? F(string name) => form.TryGetValue(name, out var v) && CleanText.Clean(v.ToString()).Trim() is { Length: > 0 } text ? text : null;
        var attributes = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in form)
        {
            if (AttributeKey().Match(key) is { Success: true } m)
            {
                var list = attributes.TryGetValue(m.Groups[1].Value, out var l) ? l : attributes[m.Groups[1].Value] = [];
                list.AddRange(values.OfType<string>().Select(v => CleanText.Clean(v).Trim()).Where(v => v.Length > 0));
            }
        }

        return new Open311PostRequest(
            F("service_code"), F("lat"), F("long"), F("address_string"), F("address_id"), F("email"), F("first_name"),
            F("last_name"), PhoneOf(F("phone")), F("description"), F("media_url"),
            attributes.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A phone number as given, normalised where that is safe: spaces, dashes, dots and brackets go, and the mainland's
    /// country code (+86, 0086) with them — a landline then gets back its trunk 0 (+86 371 6555 1234 → 037165551234).
    /// A number of another country keeps its + and code (+852 9123 4567 → +85291234567).
    /// </summary>
    public static string? PhoneOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var s = string.Concat(text.Where(c => c is not (' ' or '-' or '.' or '(' or ')' or '（' or '）' or '\u3000')));
        var national = s.StartsWith("+86", StringComparison.Ordinal) ? s[3..] : s.StartsWith("0086", StringComparison.Ordinal) ? s[4..] : null;
        return national switch
        {
            null => s,
            { Length: 11 } when national[0] == '1' && national[1] is >= '3' and <= '9' => national,
            ['0', ..] => national,
            _ => "0" + national,
        };
    }

    /// <summary>A WGS84 coordinate written with a decimal point (never a culture's comma).</summary>
    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;

    [GeneratedRegex(@"^attribute\[([^\[\]]+)\](\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeKey();
}
