using Zhili.Kernel.Codes;

namespace Zhili.Load.Lookup;

/// <summary>
/// The employers on record, by number: employer <c>i</c> has a valid credit code (K-USCC) made from <c>i</c>, so the
/// seeder and the load generator agree without sharing a file. Every <see cref="ListedEvery"/>-th employer is listed.
/// </summary>
public static class Codes
{
    public const int ListedEvery = 20;

    public static string Of(long i)
    {
        Span<char> first17 = stackalloc char[17];
        "914101".AsSpan().CopyTo(first17);
        for (var p = 16; p >= 6; p--)
        {
            first17[p] = CreditCode.Alphabet[(int)(i % 31)];
            i /= 31;
        }

        return string.Concat(first17, [CreditCode.CheckCharacter(first17)]);
    }

    public static bool IsListed(long i) => i % ListedEvery == 0;
}
