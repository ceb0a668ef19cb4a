namespace Zhili.Kernel.Masking;

public static partial class Mask
{
    /// <summary>
    /// K-MASK for free text that is published (a citizen's description or address, a bulletin's address): every
    /// e-mail address, identity number (18 or 15), mobile number (with spaces, dashes, +86/0086/86) and landline with
    /// its area code in it is masked, and so are the given person's phone in any grouping and name, also the given name
    /// alone (张卫东 → 张**, and 卫东 → **). Each keeps what its field mask keeps: 138 **** 5678, 0371-****1234,
    /// 410102********1234, z***@example.cn. Separators and all other text stay as written, less the characters
    /// <see cref="CleanText"/> drops. Null gives "".
    /// </summary>
    public static string Text(string? text, string? name = null, string? phone = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Published text is also clean: characters no person types (and XML refuses) go, as at intake.
        text = CleanText.Clean(text);
        var probe = Probe(text);
        var hidden = new bool[text.Length];
        foreach (Match m in TextPatterns.Email().Matches(probe))
        {
            Hide(hidden, m.Index + 1, m.Value.IndexOf('@', StringComparison.Ordinal) - 1);
        }

        foreach (Match m in TextPatterns.IdNumber().Matches(probe))
        {
            HideDigits(probe, hidden, m.Index, m.Length, head: 6, tail: 4);
        }

        foreach (Match m in TextPatterns.Mobile().Matches(probe))
        {
            HideDigits(probe, hidden, m.Groups["n"].Index, m.Groups["n"].Length, head: 3, tail: 4);
        }

        foreach (var m in TextPatterns.Landline().Matches(probe).Concat(TextPatterns.LocalAfterWord().Matches(probe)))
        {
            HideDigits(probe, hidden, m.Groups["local"].Index, m.Groups["local"].Length, head: 0, tail: 4);
        }

        HidePhone(probe, hidden, phone);
        HideName(text, hidden, name);
        return Render(text, hidden);
    }

    /// <summary>The text with full-width digits and signs as ASCII, one char for one, so that matches index the text.</summary>
    private static string Probe(string text) => string.Create(text.Length, text, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            span[i] = c switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
                '\uFF0B' => '+',
                '\uFF0D' or '\u2010' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\uFF08' => '(',
                '\uFF09' => ')',
                '\u3000' => ' ',
                '\uFF20' => '@',
                '\uFF38' => 'X',
                '\uFF58' => 'x',
                _ => c,
            };
        }
    });

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is 'X' or 'x';

    private static void Hide(bool[] hidden, int start, int length) => Array.Fill(hidden, true, start, Math.Max(length, 0));

    /// <summary>Hides the digits of a span but its first <paramref name="head"/> and last <paramref name="tail"/>.</summary>
    private static void HideDigits(string probe, bool[] hidden, int start, int length, int head, int tail)
    {
        var count = 0;
        for (var i = start; i < start + length; i++)
        {
            count += IsDigit(probe[i]) ? 1 : 0;
        }

        var n = 0;
        for (var i = start; i < start + length; i++)
        {
            if (IsDigit(probe[i]))
            {
                hidden[i] |= n >= head && n < count - tail;
                n++;
            }
        }
    }

    /// <summary>The given phone wherever its digits appear in order, grouped by spaces, dashes or brackets.</summary>
    private static void HidePhone(string probe, bool[] hidden, string? phone)
    {
        var digits = string.Concat(Probe(phone ?? "").Where(char.IsAsciiDigit));
        digits = digits.StartsWith("0086", StringComparison.Ordinal) ? digits[4..]
            : digits is ['8', '6', '1', ..] && digits.Length == 13 ? digits[2..] : digits;
        if (digits.Length < 7)
        {
            return;
        }

        // A landline keeps its area code (010, 02x; or 0 and three digits), as the landline pattern does; others keep 3.
        var head = digits.Length < 8 ? 0 : digits[0] != '0' || digits[1] is '0' or '1' or '2' ? 3 : 4;

        for (var i = 0; i < probe.Length; i++)
        {
            if (probe[i] != digits[0] || (i > 0 && char.IsAsciiDigit(probe[i - 1])))
            {
                continue;
            }

            var (j, k) = (i, 0);
            while (j < probe.Length && k < digits.Length && (probe[j] == digits[k] || (k > 0 && probe[j] is ' ' or '-' or '(' or ')')))
            {
                k += probe[j++] == digits[k] ? 1 : 0;
            }

            if (k == digits.Length && (j == probe.Length || !char.IsAsciiDigit(probe[j])))
            {
                HideDigits(probe, hidden, i, j - i, head, tail: head == 0 ? 0 : 4);
            }
        }
    }

    /// <summary>The text with each hidden character as one * (a character outside the BMP too).</summary>
    private static string Render(string text, bool[] hidden)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!hidden[i])
            {
                result.Append(text[i]);
                continue;
            }

            result.Append(Star);
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 1 : 0;
        }

        return result.ToString();
    }
}
