using System.Text.RegularExpressions;
using Zhili.Kernel.Masking;

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// K-MASK for free text published by the GET answers: a citizen often writes their own name or phone into the
/// description or address. The caller's own name and phone, and anything shaped like a mobile number or an identity
/// number, are masked before the text leaves.
/// </summary>
public static partial class Open311Privacy
{
    public static string Scrub(string text, string callerName, string callerPhone)
    {
        if (callerPhone.Length >= 7)
        {
            text = text.Replace(callerPhone, Mask.Phone(callerPhone), StringComparison.Ordinal);
        }

        if (callerName.Trim().Length >= 2)
        {
            text = text.Replace(callerName.Trim(), Mask.Name(callerName), StringComparison.Ordinal);
        }

        text = IdNumber().Replace(text, m => Mask.IdNumber(m.Value));
        return Mobile().Replace(text, m => Mask.Phone(m.Value));
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();
}
