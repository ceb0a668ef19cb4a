using System.Buffers;

namespace Zhili.Kernel.Masking;

/// <summary>
/// K-MASK: masks personal data in anything published to the public (gazette L2952–2958).
/// Unit names and organisations' credit codes are not personal data and are not masked.
/// </summary>
public static partial class Mask
{
    private const char Star = '*';

    // Word separators in names: spaces (ASCII and full-width) and the middle dots used in transliterated names.
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \u3000·・•‧.");

    /// <summary>
    /// A person's name keeps the surname and gets one * per remaining character:
    /// 张三 → 张*, 张三丰 → 张**, 欧阳修 → 欧阳* (compound surname kept when the name has 3 or more characters),
    /// 张 → 张. A name with spaces or a middle dot (Latin or minority names: "John Smith", 阿依古丽·买买提)
    /// keeps its first word. Null or blank gives "".
    /// </summary>
    public static string Name(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return string.Empty;
        }

        var name = s.Trim();
        var separator = name.AsSpan().IndexOfAny(Separators);
        if (separator > 0)
        {
            // Keep the first word; mask every other character but keep the separators.
            var result = new StringBuilder(name.Length);
            result.Append(name, 0, separator);
            foreach (var rune in name[separator..].EnumerateRunes())
            {
                if (Rune.IsWhiteSpace(rune) || (rune.IsBmp && Separators.Contains((char)rune.Value)))
                {
                    result.Append(rune.ToString());
                }
                else
                {
                    result.Append(Star);
                }
            }

            return result.ToString();
        }

        // One * per character (a rare CJK character outside the BMP is one character, two UTF-16 units).
        var runes = name.EnumerateRunes().ToArray();
        if (runes.Length == 1)
        {
            return name;
        }

        var keep = 1;
        if (runes.Length >= 3 && CompoundSurnames.Contains(runes[0].ToString() + runes[1].ToString()))
        {
            keep = 2;
        }

        var kept = string.Concat(runes.Take(keep).Select(r => r.ToString()));
        return kept + new string(Star, runes.Length - keep);
    }

    /// <summary>
    /// An identity number keeps the first 6 and the last 4 characters: 410102199003071234 → 410102********1234.
    /// Other lengths: the same when longer than 10 characters, otherwise all *. Null or blank gives "".
    /// </summary>
    public static string IdNumber(string? s) => KeepEnds(s, head: 6, tail: 4, minLength: 11);

    /// <summary>
    /// A phone number keeps the first 3 and the last 4 characters: 13812345678 → 138****5678,
    /// 0371-67181234 → 037******1234. Fewer than 8 characters become all *. Null or blank gives "".
    /// </summary>
    public static string Phone(string? s) => KeepEnds(s, head: 3, tail: 4, minLength: 8);

    /// <summary>
    /// An e-mail address keeps the first character of its local part and its domain: zhang.wei@example.cn → z********@example.cn.
    /// Text without an @ is masked whole. Null or blank gives "".
    /// </summary>
    public static string Email(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return string.Empty;
        }

        var text = s.Trim();
        var at = text.LastIndexOf('@');
        return at <= 0 ? new string(Star, text.Length) : string.Concat(text.AsSpan(0, 1), new string(Star, at - 1), text.AsSpan(at));
    }

    private static string KeepEnds(string? s, int head, int tail, int minLength)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return string.Empty;
        }

        var text = s.Trim();
        if (text.Length < minLength)
        {
            return new string(Star, text.Length);
        }

        return string.Concat(text.AsSpan(0, head), new string(Star, text.Length - head - tail), text.AsSpan(text.Length - tail));
    }
}
