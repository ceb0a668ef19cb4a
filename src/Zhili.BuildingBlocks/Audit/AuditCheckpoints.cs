namespace Zhili.BuildingBlocks.Audit;

/// <summary>A signed note of a sealed batch's hash, kept outside the database: the anchor that shows truncation and re-sealing.</summary>
public sealed record AuditCheckpoint(long Batch, string Hash, DateTime At, string KeyId, string Mac)
{
    public static AuditCheckpoint Sign(long batch, string hash, DateTime at, string keyId, byte[] key) =>
        new(batch, hash, at, keyId, AuditFields.Mac(key, Canonical(batch, hash, at, keyId)));

    public bool IsSignedBy(byte[]? key) => key is not null && AuditFields.Same(AuditFields.Mac(key, Canonical(Batch, Hash, At, KeyId)), Mac);

    private static string Canonical(long batch, string hash, DateTime at, string keyId) =>
        AuditFields.Join(["checkpoint", AuditFields.Number(batch), hash, AuditFields.Instant(at), keyId]);
}

/// <summary>
/// The checkpoint file (<c>Zhili:Audit:CheckpointFile</c>; each node may have its own, or they share one path): one JSON
/// line per sealed batch, appended and flushed by the sealer after the batch commits, and logged. Nothing in the
/// database can rewrite it, so <c>audit verify</c> compares the newest checkpoint with the database's batches.
/// </summary>
public sealed class AuditCheckpoints(IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database, ILogger<AuditCheckpoints> logger)
{
    // How much of the file's end is read for the newest checkpoint: many lines, whatever the file has grown to.
    private const int Tail = 64 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly OneAtATime appending = new();

    public string FilePath { get; } = (configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions())
        .CheckpointFilePath(AuditOptions.DataFolder(database, environment));

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken ct)
    {
        var line = JsonSerializer.Serialize(checkpoint, Json) + "\n";
        using (await appending.EnterAsync(ct))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            // One write per line in append mode: lines of several nodes sharing the file do not interleave.
            await using var file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 4096, FileOptions.WriteThrough);
            await file.WriteAsync(Encoding.UTF8.GetBytes(line), ct);
            await file.FlushAsync(ct);
        }

        logger.LogInformation("Audit checkpoint: batch {Batch} hash {Hash} key {KeyId} mac {Mac}", checkpoint.Batch, checkpoint.Hash, checkpoint.KeyId, checkpoint.Mac);
    }

    /// <summary>Every checkpoint in the file, in file order (lines that do not read as one are skipped).</summary>
    public async IAsyncEnumerable<AuditCheckpoint> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        if (!File.Exists(FilePath))
        {
            yield break;
        }

        using var reader = new StreamReader(new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (Parse(line) is { } checkpoint)
            {
                yield return checkpoint;
            }
        }
    }

    /// <summary>The checkpoint of the highest batch among the file's last lines, or null when there is none.</summary>
    public async Task<AuditCheckpoint?> NewestAsync(CancellationToken ct)
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        await using var file = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Seek(Math.Max(0, file.Length - Tail), SeekOrigin.Begin);
        using var reader = new StreamReader(file);
        var text = await reader.ReadToEndAsync(ct);
        return text.Split('\n').Select(Parse).OfType<AuditCheckpoint>().MaxBy(c => c.Batch);
    }

    private static AuditCheckpoint? Parse(string line)
    {
        try
        {
            return string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize<AuditCheckpoint>(line, Json);
        }
        catch (JsonException)
        {
            // A line cut short (the tail's first, or a crash mid-write) is not a checkpoint.
            return null;
        }
    }
}
