namespace Zhili.Gazette.Parsing;

/// <summary>
/// G-DOC: the PDF extraction turns the gazette's full-width punctuation into ASCII (, ( ) ; :). In Chinese text it is
/// restored: a comma, semicolon or colon next to a Chinese character, and a pair of brackets that holds or touches one.
/// ASCII stays ASCII between ASCII characters (1,000 · 10:30 · (a)).
/// </summary>
public static class ChinesePunctuation
{
    public static string Restore(string text)
    {
        var chars = text.ToCharArray();
        var open = new Stack<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            switch (chars[i])
            {
                case ',' or ';' or ':' when IsChinese(At(chars, i - 1)) || IsChinese(At(chars, i + 1)):
                    chars[i] = FullWidth(chars[i]);
                    break;
                case '(' or '（':
                    open.Push(i);
                    break;
                case ')' or '）':
                    Close(chars, open, i);
                    break;
            }
        }

        foreach (var o in open.Where(o => chars[o] == '(' && IsChinese(At(chars, o + 1))))
        {
            chars[o] = '（';
        }

        return new string(chars);
    }

    private static void Close(char[] chars, Stack<int> open, int i)
    {
        if (!open.TryPop(out var o))
        {
            if (chars[i] == ')' && IsChinese(At(chars, i - 1)))
            {
                chars[i] = '）';
            }

            return;
        }

        var chinese = IsChinese(At(chars, o - 1)) || IsChinese(At(chars, i + 1))
            || chars.AsSpan(o + 1, i - o - 1).ContainsAnyInRange('\u2E80', '\uFFEF');
        if (chinese)
        {
            chars[o] = '（';
            chars[i] = '）';
        }
    }

    private static char At(char[] chars, int i) => i >= 0 && i < chars.Length ? chars[i] : ' ';

    /// <summary>CJK characters and punctuation, full-width forms, and the quotes and dashes Chinese text uses.</summary>
    public static bool IsChinese(char c) => c is >= '\u2E80' and <= '\uFFEF' or '“' or '”' or '‘' or '’' or '—' or '…';

    private static char FullWidth(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        _ => '：',
    };
}
