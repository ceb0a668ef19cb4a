namespace Zhili.BuildingBlocks.Audit;

/// <summary>The unambiguous text that the audit trail's hashes and MACs are computed over.</summary>
public static class AuditFields
{
    /// <summary>
    /// Every field written as its length, a colon and the text (or <c>~</c> for null), so that no choice of values can
    /// make two different lists read the same.
    /// </summary>
    public static string Join(IEnumerable<string?> fields)
    {
        var sb = new StringBuilder(256);
        foreach (var field in fields)
        {
            if (field is null)
            {
                sb.Append('~');
            }
            else
            {
                sb.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
            }
        }

        return sb.ToString();
    }

    /// <summary>An instant as UTC to the microsecond, which both databases keep exactly.</summary>
    public static string Instant(DateTime at) =>
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>HMAC-SHA256 of the text under the key, as lower-case hex.</summary>
    public static string Mac(byte[] key, string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    /// <summary>Compares two MACs in time independent of where they differ.</summary>
    public static bool Same(string? expected, string? actual) =>
        expected is not null && actual is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
}
