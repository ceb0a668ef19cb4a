using Microsoft.Extensions.DependencyInjection;

namespace Zhili.Gazette.Import;

/// <summary>
/// `gazette import &lt;file&gt;` and `gazette reimport [&lt;file&gt;]` (G-DOC): exit 0 when done (or nothing was left to do),
/// 1 on a bad file.
/// </summary>
public static class GazetteCli
{
    public static async Task<int> ImportAsync(IServiceProvider services, string file, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"file not found: {file}");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<GazetteImporter>();
        var result = await importer.ImportAsync(await File.ReadAllTextAsync(file, ct), file, Environment.UserName, ct);
        if (result.Found == 0)
        {
            await output.WriteLineAsync($"no document found, nothing changed: {file}");
            return 1;
        }

        await output.WriteLineAsync(result.SameTextAlreadyImported
            ? $"already imported: {result.Found} documents, nothing added"
            : $"imported: {result.Added.Count} documents added, {result.AlreadyKnown.Count} already present");
        foreach (var number in result.Added)
        {
            await output.WriteLineAsync($"  + {number}");
        }

        foreach (var line in result.Unparsed)
        {
            await output.WriteLineAsync($"  line {line.Line}: {line.Reason}: {line.Text}");
        }

        return 0;
    }

    /// <summary>Brings stored documents to the current shape from their raw texts, or from <paramref name="file"/>; lists what changed.</summary>
    public static async Task<int> ReimportAsync(IServiceProvider services, string? file, TextWriter output, CancellationToken ct)
    {
        if (file is not null && !File.Exists(file))
        {
            await output.WriteLineAsync($"file not found: {file}");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var reimporter = scope.ServiceProvider.GetRequiredService<GazetteReimporter>();
        var result = file is null
            ? await reimporter.FromStoredAsync(ct)
            : await reimporter.FromTextAsync(await File.ReadAllTextAsync(file, ct), ct);
        await output.WriteLineAsync($"reimported: {result.Read} documents read, {result.Changed.Count} changed");
        foreach (var changed in result.Changed)
        {
            await output.WriteLineAsync($"  ~ {changed.Number}: {string.Join(", ", changed.What)}");
        }

        foreach (var number in result.WithoutRawText)
        {
            await output.WriteLineAsync($"  ? {number}: no raw text stored; run `gazette reimport <file>` with the gazette it came from");
        }

        foreach (var number in result.NotStored)
        {
            await output.WriteLineAsync($"  - {number}: not stored; `gazette import <file>` adds it");
        }

        return 0;
    }
}
