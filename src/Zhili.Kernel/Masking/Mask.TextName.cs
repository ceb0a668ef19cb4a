namespace Zhili.Kernel.Masking;

/// <summary>K-MASK in free text: the person an appeal is from, by name, also the given name alone.</summary>
public static partial class Mask
{
    /// <summary>The person's full name as <see cref="Name"/> masks it, then each masked part of two or more characters alone.</summary>
    private static void HideName(string text, bool[] hidden, string? name)
    {
        var full = name?.Trim() ?? "";
        var runes = full.EnumerateRunes().ToArray();
        var masked = Name(full).EnumerateRunes().ToArray();
        if (runes.Length < 2 || masked.Length != runes.Length)
        {
            return;
        }

        var starred = runes.Select((r, i) => masked[i].Value == Star && r.Value != Star).ToArray();
        foreach (var at in Occurrences(text, full, wordBound: false))
        {
            var offset = at;
            for (var i = 0; i < runes.Length; offset += runes[i++].Utf16SequenceLength)
            {
                if (starred[i])
                {
                    Hide(hidden, offset, runes[i].Utf16SequenceLength);
                }
            }
        }

        foreach (var part in Parts(runes, starred).Where(p => p.EnumerateRunes().Count() >= 2))
        {
            var latin = part.All(char.IsAsciiLetter);
            foreach (var at in Occurrences(text, part, latin))
            {
                Hide(hidden, at, part.Length);
            }
        }
    }

    /// <summary>The runs of masked characters of a name: 卫东 of 张卫东, Smith of John Smith.</summary>
    private static IEnumerable<string> Parts(Rune[] runes, bool[] starred)
    {
        var part = new StringBuilder();
        for (var i = 0; i <= runes.Length; i++)
        {
            if (i < runes.Length && starred[i])
            {
                part.Append(runes[i].ToString());
            }
            else if (part.Length > 0)
            {
                yield return part.ToString();
                part.Clear();
            }
        }
    }

    private static IEnumerable<int> Occurrences(string text, string value, bool wordBound)
    {
        for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(value, at + value.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + value.Length;
            if (!wordBound || ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && (end == text.Length || !char.IsAsciiLetter(text[end]))))
            {
                yield return at;
            }
        }
    }
}
