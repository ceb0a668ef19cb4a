namespace Zhili.Kernel.Codes;

/// <summary>
/// The result of checking a code (K-USCC, K-ID): valid with its normalised form, or the fault with a Chinese
/// and an English reason, plus the expected check character when only the check character is wrong.
/// </summary>
/// <param name="Fault">What is wrong; <see cref="CodeFault.None"/> when valid.</param>
/// <param name="Normalized">The normalised code (trimmed, upper-case) when valid, otherwise null.</param>
/// <param name="Reason">Chinese reason, null when valid.</param>
/// <param name="ReasonEn">English reason, null when valid.</param>
/// <param name="ExpectedCheckCharacter">The correct 18th character when <see cref="Fault"/> is <see cref="CodeFault.CheckCharacter"/>.</param>
public sealed record CodeCheck(CodeFault Fault, string? Normalized, string? Reason, string? ReasonEn, char? ExpectedCheckCharacter)
{
    /// <summary>True when the code is valid.</summary>
    public bool IsValid => Fault == CodeFault.None;

    /// <summary>A valid code.</summary>
    public static CodeCheck Valid(string normalized) => new(CodeFault.None, normalized, null, null, null);

    /// <summary>An invalid code.</summary>
    public static CodeCheck Invalid(CodeFault fault, string reason, string reasonEn, char? expectedCheckCharacter = null) =>
        new(fault, null, reason, reasonEn, expectedCheckCharacter);

    /// <summary>A printable form of a character for reasons: the character itself, or U+XXXX for spaces and control characters.</summary>
    internal static string Show(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)
            ? $"U+{(int)c:X4}"
            : c.ToString();
}
