namespace Zhili.Identity.Partners;

/// <summary>
/// A partner key is <c>zk_&lt;prefix&gt;_&lt;secret&gt;</c>: an 8-character prefix that finds the key's row and a
/// 40-character secret (about 238 bits) from <see cref="RandomNumberGenerator"/>. Only SHA-256 of the whole key is
/// stored; a fast hash is enough because the secret is random, not a password someone chose.
/// </summary>
public static class ApiKeyFormat
{
    public const string Start = "zk_";
    public const int PrefixLength = 8;
    public const int SecretLength = 40;

    // Letters and digits only, so that '_' separates the parts and the key survives URLs (Open311's ?api_key=) unescaped.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // The prefix is lower case: it is shown in lists and typed into support tickets.
    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new key and its prefix.</summary>
    public static (string Prefix, string Key) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = RandomNumberGenerator.GetString(Alphabet, SecretLength);
        return (prefix, $"{Start}{prefix}_{secret}");
    }

    /// <summary>The prefix of a well-formed key, or null (then the key is refused without a database look-up).</summary>
    public static string? PrefixOf(string? key)
    {
        if (key is null || key.Length != Start.Length + PrefixLength + 1 + SecretLength
            || !key.StartsWith(Start, StringComparison.Ordinal) || key[Start.Length + PrefixLength] != '_')
        {
            return null;
        }

        var prefix = key.Substring(Start.Length, PrefixLength);
        var secret = key[(Start.Length + PrefixLength + 1)..];
        return prefix.All(IsPrefixChar) && secret.All(char.IsAsciiLetterOrDigit) ? prefix : null;
    }

    /// <summary>SHA-256 of the whole key, lower-case hex (the stored form).</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares a presented key with a stored hash in constant time, so timing reveals nothing of the hash.</summary>
    public static bool Matches(string key, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), storedHash);

    /// <summary>How a key is shown after issue: its prefix only.</summary>
    public static string Display(string prefix) => $"{Start}{prefix}_…";

    private static bool IsPrefixChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
