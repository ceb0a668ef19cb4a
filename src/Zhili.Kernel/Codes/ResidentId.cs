namespace Zhili.Kernel.Codes;

/// <summary>
/// K-ID: 18-digit resident identity number (公民身份号码, GB 11643-1999): 17 digits and a check character
/// (ISO 7064 MOD 11-2: digit or X); positions 7–14 are the birth date yyyyMMdd.
/// </summary>
public static class ResidentId
{
    /// <summary>Length of a number.</summary>
    public const int Length = 18;

    /// <summary>Earliest birth date accepted.</summary>
    public static readonly DateOnly MinBirthDate = new(1900, 1, 1);

    /// <summary>Latest birth date accepted.</summary>
    public static readonly DateOnly MaxBirthDate = new(2100, 12, 31);

    // K-ID: ISO 7064 MOD 11-2 weights 2^(18-i) mod 11 for i = 1..17, and the check character for sum mod 11.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Trims, folds full-width characters to ASCII (NFKC) and upper-cases (x → X). Null gives "".</summary>
    public static string Normalize(string? id) =>
        id is null ? string.Empty : CleanText.Clean(id).Trim().Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    /// <summary>Validates a number after <see cref="Normalize"/>; the reason names the fault.</summary>
    public static CodeCheck Check(string? id)
    {
        var text = Normalize(id);
        if (text.Length == 0)
        {
            return CodeCheck.Invalid(CodeFault.Empty, "身份证号码不能为空", "the identity number must not be empty");
        }

        if (text.Length != Length)
        {
            return text.Length == 15
                ? CodeCheck.Invalid(CodeFault.Length,
                    "身份证号码长度为 15 位，应为 18 位（15 位旧号码不再受理）",
                    "the identity number has 15 characters, expected 18 (old 15-digit numbers are not accepted)")
                : CodeCheck.Invalid(CodeFault.Length,
                    $"身份证号码长度为 {text.Length} 位，应为 18 位",
                    $"the identity number has {text.Length} characters, expected 18");
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                var shown = CodeCheck.Show(text[i]);
                return CodeCheck.Invalid(CodeFault.Character,
                    $"身份证号码第 {i + 1} 位“{shown}”不是数字",
                    $"character '{shown}' at position {i + 1} of the identity number is not a digit");
            }
        }

        var last = text[Length - 1];
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            var shown = CodeCheck.Show(last);
            return CodeCheck.Invalid(CodeFault.Character,
                $"身份证号码第 18 位“{shown}”应为数字或 X",
                $"character '{shown}' at position 18 of the identity number must be a digit or X");
        }

        if (!TryBirthDate(text, out _))
        {
            var part = text.Substring(6, 8);
            return CodeCheck.Invalid(CodeFault.BirthDate,
                $"身份证号码第 7–14 位出生日期“{part}”不是 1900-01-01 至 2100-12-31 之间的有效日期",
                $"the birth date '{part}' at positions 7–14 of the identity number is not a real date between 1900-01-01 and 2100-12-31");
        }

        var expected = CheckCharacter(text.AsSpan(0, Length - 1));
        if (last != expected)
        {
            return CodeCheck.Invalid(CodeFault.CheckCharacter,
                $"身份证号码校验码错误：第 18 位应为“{expected}”，实际为“{last}”",
                $"wrong check character in the identity number: position 18 should be '{expected}', found '{last}'",
                expected);
        }

        return CodeCheck.Valid(text);
    }

    /// <summary>The facts of a valid number, or null when <see cref="Check"/> finds a fault.</summary>
    public static ResidentIdFacts? Parse(string? id)
    {
        var check = Check(id);
        if (!check.IsValid)
        {
            return null;
        }

        var text = check.Normalized!;
        TryBirthDate(text, out var birth);
        var sex = (text[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return new ResidentIdFacts(text, text[..6], birth, sex);
    }

    /// <summary>The check character for 17 digits: "10X98765432"[(Σ digit × weight) mod 11].</summary>
    /// <exception cref="ArgumentException">Not 17 ASCII digits.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("17 digits expected", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"character '{first17[i]}' is not a digit", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static bool TryBirthDate(string text, out DateOnly birth) =>
        DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birth)
        && birth >= MinBirthDate && birth <= MaxBirthDate;
}
