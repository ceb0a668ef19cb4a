using Microsoft.Extensions.DependencyInjection;

namespace Zhili.Gazette.Import;

/// <summary>`gazette import &lt;file&gt;` (G-DOC): exit 0 when imported (or already imported), 1 on a bad file.</summary>
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
}
