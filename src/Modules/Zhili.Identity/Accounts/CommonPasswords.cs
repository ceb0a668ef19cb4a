namespace Zhili.Identity.Accounts;

/// <summary>The bundled list of passwords that guessers try first (<c>common-passwords.txt</c>).</summary>
public static class CommonPasswords
{
    private static readonly HashSet<string> Listed = Load();

    /// <summary>True when the password is listed, or is a listed stem followed only by digits and symbols (case and 0@$3 aside).</summary>
    public static bool Contains(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var stem = StemOf(lower);
        return Listed.Contains(lower) || Listed.Contains(stem) || Listed.Contains(Unleet(stem));
    }

    /// <summary>What is left when trailing digits and symbols are cut off ("password2024!" → "password").</summary>
    public static string StemOf(string password)
    {
        var end = password.Length;
        while (end > 0 && !char.IsLetter(password[end - 1]))
        {
            end--;
        }

        return password[..end];
    }

    private static string Unleet(string s) => s.Replace('0', 'o').Replace('@', 'a').Replace('$', 's').Replace('3', 'e');

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Zhili.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded in Zhili.Identity");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
