using Microsoft.Extensions.Hosting;

namespace Zhili.Identity.Sessions;

/// <summary>
/// The key files that encrypt the data-protection keys at rest: <see cref="KeyFileSetting"/> encrypts new keys and
/// decrypts, <see cref="PreviousKeyFilesSetting"/> (after a rotation) only decrypt. In Development, the test host and
/// demo mode an unconfigured key file is made beside the SQLite file (or in <c>data/</c>); a real deployment
/// (<see cref="Deployment.IsReal"/>) must name one, or the app refuses to start.
/// </summary>
public sealed class KeyEncryptionKeys
{
    public const string KeyFileSetting = "Zhili:DataProtection:KeyFile";
    public const string PreviousKeyFilesSetting = "Zhili:DataProtection:PreviousKeyFiles";
    public const string DefaultFileName = "data-protection.key";

    private readonly IReadOnlyList<KeyFile> all;

    private KeyEncryptionKeys(KeyFile current, IReadOnlyList<KeyFile> previous)
    {
        Current = current;
        all = [current, .. previous];
    }

    public KeyFile Current { get; }

    /// <summary>The key file of that id, current or previous; null when none is configured.</summary>
    public KeyFile? Find(string? id) => all.FirstOrDefault(k => k.Id == id);

    public static KeyEncryptionKeys Load(IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, ILogger logger)
    {
        string Resolve(string path) => Path.GetFullPath(path, environment.ContentRootPath);
        var configured = configuration[KeyFileSetting];
        string path;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            path = Resolve(configured);
        }
        else if (Deployment.IsReal(environment, configuration))
        {
            throw new InvalidOperationException(
                $"Zhili will not start: {KeyFileSetting} is not set. Outside Development and demo mode the keys that sign "
                + "sessions and antiforgery tokens are stored encrypted, with a key file kept outside the database. Make one "
                + "with `openssl rand -base64 32 > zhili-dp.key && chmod 600 zhili-dp.key` and name it in "
                + $"{KeyFileSetting} (environment variable Zhili__DataProtection__KeyFile); see docs/security.md.");
        }
        else
        {
            path = DefaultPath(environment, database);
            if (KeyFile.CreateIfMissing(path))
            {
                logger.LogInformation("Made a data-protection key file at {Path} (Development, test or demo only; see docs/security.md)", path);
            }
        }

        var current = KeyFile.Read(path);
        if (current.IsReadableByOthers())
        {
            logger.LogWarning("The data-protection key file {Path} is readable by others than its owner: chmod 600 it", path);
        }

        var previous = (configuration.GetSection(PreviousKeyFilesSetting).Get<string[]>() ?? [])
            .Select(p => KeyFile.Read(Resolve(p))).ToList();
        logger.LogInformation("Data-protection keys are encrypted at rest with key file {KeyId} ({Previous} previous)", current.Id, previous.Count);
        return new KeyEncryptionKeys(current, previous);
    }

    /// <summary>Beside the SQLite file; for PostgreSQL in <c>data/</c> under the content root. Never in the database.</summary>
    private static string DefaultPath(IHostEnvironment environment, DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:")
            {
                return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, DefaultFileName);
            }
        }

        return Path.Combine(environment.ContentRootPath, "data", DefaultFileName);
    }
}
