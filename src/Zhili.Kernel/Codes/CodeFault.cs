namespace Zhili.Kernel.Codes;

/// <summary>What is wrong with a code (K-USCC, K-ID).</summary>
public enum CodeFault
{
    /// <summary>The code is valid.</summary>
    None = 0,

    /// <summary>Null, empty or only spaces.</summary>
    Empty,

    /// <summary>Not 18 characters.</summary>
    Length,

    /// <summary>A character that is not allowed at its position.</summary>
    Character,

    /// <summary>K-ID: positions 7–14 are not a real birth date.</summary>
    BirthDate,

    /// <summary>Everything else is fine but the 18th (check) character is wrong.</summary>
    CheckCharacter,
}
