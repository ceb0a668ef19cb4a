namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// The audit trail's keys (ARCHITECTURE rule 11), from configuration and the key file, never from the database. They
/// are read at first use: the start-up check (<see cref="AuditKeyCheck"/>) makes that happen before the app serves, and
/// without a key the app refuses to start. In demo mode, Development and the test host a key file is made on first
/// start instead, in the data folder.
/// </summary>
public sealed class AuditKeys(IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, TimeProvider clock, ILogger<AuditKeys> logger)
{
    private const int MinimumBytes = 32;
    private static readonly JsonSerializerOptions FileJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
    private readonly Lazy<(string Current, Dictionary<string, byte[]> Keys)> ring = new(() => Load(configuration, environment, database, clock, logger));

    /// <summary>The id of the key new records and batches are made with.</summary>
    public string CurrentId => ring.Value.Current;

    public byte[] Current => ring.Value.Keys[ring.Value.Current];

    /// <summary>The key with this id, or null when it is not configured (a record made with a key since removed).</summary>
    public byte[]? Find(string? id) => id is not null && ring.Value.Keys.TryGetValue(id, out var key) ? key : null;

    private static (string, Dictionary<string, byte[]>) Load(
        IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, TimeProvider clock, ILogger logger)
    {
        var options = configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
        var path = options.KeyFilePath(AuditOptions.DataFolder(database, environment));
        var keys = options.Keys.ToDictionary(k => k.Key, k => Decode(k.Key, k.Value), StringComparer.Ordinal);
        var current = string.IsNullOrWhiteSpace(options.CurrentKey) ? null : options.CurrentKey.Trim();
        if (keys.Count == 0 && !File.Exists(path) && MayMakeKey(configuration, environment))
        {
            Make(path, clock);
            logger.LogInformation("No audit key was configured: made one in {KeyFile} (demo, Development or test host only)", path);
        }

        if (File.Exists(path))
        {
            var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), FileJson) ?? new KeyFile(null, []);
            foreach (var (id, key) in file.Keys)
            {
                keys.TryAdd(id, Decode(id, key));
            }

            current ??= file.Current;
        }

        current ??= keys.Count == 1 ? keys.Keys.Single() : null;
        if (current is null || !keys.ContainsKey(current))
        {
            throw new AuditKeyException(keys.Count == 0
                ? $"未配置审计密钥，拒绝启动：请在配置 Zhili:Audit:Keys 中给出密钥，或提供密钥文件 {path}。(No audit key: configure Zhili:Audit:Keys or the key file.)"
                : $"审计当前密钥 {current ?? "(未指定)"} 不在已配置的密钥中，请设置 Zhili:Audit:CurrentKey。(Set Zhili:Audit:CurrentKey to a configured key id.)");
        }

        return (current, keys);
    }

    private static bool MayMakeKey(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool>("Zhili:Demo") || environment.IsDevelopment() || environment.IsEnvironment("Testing");

    private static void Make(string path, TimeProvider clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var id = $"k{clock.GetUtcNow():yyyyMMdd}";
        var text = JsonSerializer.Serialize(new KeyFile(id, new() { [id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes)) }), FileJson);
        try
        {
            // CreateNew: a second process starting at the same moment keeps the first one's key.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }

    private static byte[] Decode(string id, string base64)
    {
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var length) || length < MinimumBytes)
        {
            throw new AuditKeyException($"审计密钥 {id} 应为至少 {MinimumBytes} 字节的 base64 文本。(Audit key {id} must be base64 of at least {MinimumBytes} bytes.)");
        }

        return bytes[..length];
    }

    private sealed record KeyFile(string? Current, Dictionary<string, string> Keys);
}

/// <summary>The audit keys are missing or malformed: the app does not start.</summary>
public sealed class AuditKeyException(string message) : Exception(message);
