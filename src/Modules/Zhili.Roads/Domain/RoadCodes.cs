using System.Text.RegularExpressions;

namespace Zhili.Roads.Domain;

/// <summary>R-SCOPE: a segment's code, e.g. <c>JS-HYL-01</c> (district, road, serial): capitals, digits and hyphens.</summary>
public static partial class RoadCodes
{
    public const int MaxLength = 32;

    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static bool IsValid(string? code) => code is { Length: <= MaxLength } && Pattern().IsMatch(code);

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,7}(-[A-Z0-9]{1,8}){1,3}$")]
    private static partial Regex Pattern();
}
