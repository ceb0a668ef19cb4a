namespace Zhili.Identity.Sessions;

/// <summary>
/// A key file: 32 random bytes in base64 on one line (what <c>openssl rand -base64 32</c> prints). Its id, the first
/// 16 hex digits of its SHA-256, is written beside every data-protection key it encrypts, so that the right file is
/// found after a rotation; the id tells nothing about the key.
/// </summary>
public sealed record KeyFile(string Id, byte[] Key, string Path)
{
    public const int KeyBytes = 32;

    public static KeyFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The data-protection key file {path} does not exist (see docs/security.md).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            key = [];
        }

        if (key.Length != KeyBytes)
        {
            throw new InvalidOperationException(
                $"{path} is not a data-protection key file: it must hold {KeyBytes} random bytes in base64, e.g. from `openssl rand -base64 32`.");
        }

        return new KeyFile(Convert.ToHexStringLower(SHA256.HashData(key))[..16], key, path);
    }

    /// <summary>
    /// Makes a new key file at <paramref name="path"/> unless one is there, readable by its owner only. It is written
    /// aside and moved into place, so that a second process starting at the same moment reads a whole file.
    /// </summary>
    /// <returns>True when this call made the file.</returns>
    public static bool CreateIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return false;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var aside = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(aside, options))
        {
            writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
        }

        try
        {
            File.Move(aside, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(aside);
            return false;
        }
    }

    /// <summary>True when others than the owner may read the file (Unix).</summary>
    public bool IsReadableByOthers() =>
        !OperatingSystem.IsWindows()
        && (File.GetUnixFileMode(Path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0;
}
