namespace Zhili.Kernel.Codes;

/// <summary>Sex as encoded in a resident identity number (K-ID): the 17th digit is odd for male, even for female.</summary>
public enum Sex
{
    /// <summary>Even 17th digit.</summary>
    Female = 0,

    /// <summary>Odd 17th digit.</summary>
    Male = 1,
}
