using System.Text;

namespace Zhili.Hotline.Domain;

/// <summary>H-FLOW duplicates: an address in a form that two spellings of one place share.</summary>
public static class Addresses
{
    public const int MaxKeyLength = 200;

    // Every appeal is in Zhengzhou: a leading province or city name says nothing about the place.
    private static readonly string[] Prefixes = ["河南省", "郑州市"];

    /// <summary>
    /// Full-width forms folded (NFKC), letters lower-cased, everything but letters and digits dropped (spaces, dashes,
    /// brackets, punctuation), and a leading 河南省 / 郑州市 removed: "郑州市 二七区大学路（陇海路口）" and
    /// "二七区大学路陇海路口" agree, and so do "金水区经八路１号" and "金水区 经八路1号".
    /// </summary>
    public static string Key(string address)
    {
        var folded = address.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(char.IsLetterOrDigit))
        {
            key.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        var text = key.ToString();
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..];
            }
        }

        return text.Length > MaxKeyLength ? text[..MaxKeyLength] : text;
    }
}
