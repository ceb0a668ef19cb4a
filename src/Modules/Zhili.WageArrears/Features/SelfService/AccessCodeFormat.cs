using System.Security.Cryptography;
using System.Text;

namespace Zhili.WageArrears.Features.SelfService;

/// <summary>
/// The access code printed on a notice: 12 characters from 32 that cannot be mistaken for one another (no 0/O, 1/I),
/// shown as <c>ABCD-EFGH-JKMN</c> (60 random bits from <see cref="RandomNumberGenerator"/>). Only SHA-256 of the
/// normalised code is stored; a fast hash is enough because the code is random and each try is rate-limited.
/// </summary>
public static class AccessCodeFormat
{
    public const int Length = 12;

    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Generate()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>Upper case, full-width folded, without spaces and hyphens; "" when that is not a well-formed code.</summary>
    public static string Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return "";
        }

        var folded = CleanText.Clean(typed).Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var code = new string(folded.Where(c => c is not (' ' or '-' or '\t')).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : "";
    }

    public static string Hash(string normalized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
}
