namespace Zhili.Kernel.Codes;

/// <summary>
/// K-USCC: unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and A-Z without
/// I, O, Z, S, V; the 18th is a check character over the first 17 (weights 3^(i-1) mod 31, modulus 31).
/// </summary>
public static class CreditCode
{
    /// <summary>The 31 allowed characters; a character's value is its index (0–9, A=10 … Y=30).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Length of a code.</summary>
    public const int Length = 18;

    // K-USCC: weight of position i (1-based, i = 1..17) is 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims, folds full-width characters to ASCII (NFKC) and upper-cases. Null gives "".</summary>
    public static string Normalize(string? code) =>
        code is null ? string.Empty : CleanText.Clean(code).Trim().Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    /// <summary>Validates a code after <see cref="Normalize"/>; the reason names the fault.</summary>
    public static CodeCheck Check(string? code)
    {
        var text = Normalize(code);
        if (text.Length == 0)
        {
            return CodeCheck.Invalid(CodeFault.Empty, "统一社会信用代码不能为空", "the unified social credit code must not be empty");
        }

        if (text.Length != Length)
        {
            return CodeCheck.Invalid(CodeFault.Length,
                $"统一社会信用代码长度为 {text.Length} 位，应为 18 位",
                $"the unified social credit code has {text.Length} characters, expected 18");
        }

        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(text[i], StringComparison.Ordinal) < 0)
            {
                var shown = CodeCheck.Show(text[i]);
                return CodeCheck.Invalid(CodeFault.Character,
                    $"统一社会信用代码第 {i + 1} 位字符“{shown}”不合法，只能使用数字 0-9 和除 I、O、Z、S、V 以外的大写字母",
                    $"character '{shown}' at position {i + 1} of the unified social credit code is not allowed (use 0-9 and A-Z except I, O, Z, S, V)");
            }
        }

        var expected = CheckCharacter(text.AsSpan(0, Length - 1));
        if (text[Length - 1] != expected)
        {
            return CodeCheck.Invalid(CodeFault.CheckCharacter,
                $"统一社会信用代码校验码错误：第 18 位应为“{expected}”，实际为“{text[Length - 1]}”",
                $"wrong check character in the unified social credit code: position 18 should be '{expected}', found '{text[Length - 1]}'",
                expected);
        }

        return CodeCheck.Valid(text);
    }

    /// <summary>
    /// The check character for the first 17 characters (which must be from <see cref="Alphabet"/>):
    /// value 31 - (Σ value × weight) mod 31, where 31 becomes 0.
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 characters, or a character outside <see cref="Alphabet"/>.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("17 characters expected", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"character '{first17[i]}' is not allowed", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
