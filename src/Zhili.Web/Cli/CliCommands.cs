using Zhili.Web.Hosting;

namespace Zhili.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/Zhili.Web -- &lt;command&gt;</c> or <c>dotnet Zhili.Web.dll &lt;command&gt;</c>: runs against
/// the same configuration and database as the app. Exit code 0 on success, 1 on bad input, 2 on an unknown command.
/// </summary>
public static class CliCommands
{
    public const string Usage = """
        Zhili 治理 — commands:
          migrate                          apply every module's database migrations
          calendar import <file>           load a year's holiday arrangement (JSON, same schema as the shipped files)
          calendar check <from> <n>        print the date n working days after <from> (n < 0: before), K-WD-2
          calendar years                   list the years with data and where they came from
          audit seal                       seal the audit records committed since the last batch; print how many
          audit verify                     check every audit record's MAC, the sealed batches and the newest checkpoint:
                                           exit 0 when intact, 1 listing what is wrong
          audit checkpoints                print the sealer's signed checkpoints (JSON lines) to keep outside the database
          gazette import <file>            import a gazette text (G-DOC); idempotent; lists lines it could not parse
          gazette reimport [<file>]        re-parse stored documents into the current shape, from their raw texts or from
                                           the given gazette text, in batches; idempotent; lists what changed
          (no command)                     serve the app; add --demo for demo data
        """;

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> command, TextWriter output)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Zhili.Cli");
        var ct = CancellationToken.None;
        switch (command)
        {
            case ["migrate"]:
                await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
                await output.WriteLineAsync("migrations applied");
                return 0;
            case ["calendar", "import", var file]:
                return await ImportCalendarAsync(app, logger, file, output, ct);
            case ["calendar", "check", var from, var n]:
                return await CheckAsync(app, logger, from, n, output, ct);
            case ["calendar", "years"]:
                await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
                var calendar = app.Services.GetRequiredService<CalendarHolder>();
                foreach (var year in calendar.Years.OrderBy(y => y.Year))
                {
                    await output.WriteLineAsync($"{year.Year}\t{year.Source}");
                }

                return 0;
            case ["audit", "seal"]:
                await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
                var count = await app.Services.GetRequiredService<AuditSealer>().SealAsync(ct);
                await output.WriteLineAsync($"sealed: {count} records");
                return 0;
            case ["audit", "verify"]:
                return await VerifyAuditAsync(app, logger, output, ct);
            case ["audit", "checkpoints"]:
                await foreach (var checkpoint in app.Services.GetRequiredService<AuditCheckpoints>().ReadAllAsync(ct))
                {
                    await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(checkpoint, System.Text.Json.JsonSerializerOptions.Web));
                }

                return 0;
            case ["gazette", "import", var file]:
                await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
                return await Zhili.Gazette.Import.GazetteCli.ImportAsync(app.Services, file, output, ct);
            case ["gazette", "reimport"] or ["gazette", "reimport", _]:
                await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
                return await Zhili.Gazette.Import.GazetteCli.ReimportAsync(app.Services, command.Count > 2 ? command[2] : null, output, ct);
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> ImportCalendarAsync(WebApplication app, ILogger logger, string file, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"file not found: {file}");
            return 1;
        }

        await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var year = await scope.ServiceProvider.GetRequiredService<CalendarStore>()
                .ImportAsync(await File.ReadAllTextAsync(file, ct), Environment.UserName, ct);
            await output.WriteLineAsync($"imported {year.Year}: {year.Days.Count} days ({year.Days.Count(d => d.Off)} off, {year.Days.Count(d => !d.Off)} make-up working days)");
            return 0;
        }
        catch (CalendarDataException e)
        {
            await output.WriteLineAsync($"not imported, nothing changed: {file}");
            foreach (var message in e.Messages)
            {
                await output.WriteLineAsync($"  {message}");
            }

            return 1;
        }
    }

    private static async Task<int> VerifyAuditAsync(WebApplication app, ILogger logger, TextWriter output, CancellationToken ct)
    {
        await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
        await output.WriteLineAsync(result.Summary);
        foreach (var finding in result.Findings)
        {
            await output.WriteLineAsync($"  {finding.Kind}: {finding.Reason}");
        }

        if (result.Head is { } head)
        {
            await output.WriteLineAsync($"head: batch {head.Batch} hash {head.Hash}");
        }

        await output.WriteLineAsync(result.Checkpoint is { } checkpoint
            ? $"checkpoint: batch {checkpoint.Batch} hash {checkpoint.Hash}"
            : "checkpoint: none found, so truncation cannot be ruled out (see Zhili:Audit:CheckpointFile)");
        if (result.Unsealed > 0)
        {
            await output.WriteLineAsync($"not yet sealed: {result.Unsealed} records (the sealer seals them every few seconds, or run `audit seal`)");
        }

        return result.IsIntact ? 0 : 1;
    }

    private static async Task<int> CheckAsync(WebApplication app, ILogger logger, string from, string n, TextWriter output, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !int.TryParse(n, CultureInfo.InvariantCulture, out var count) || count == 0)
        {
            await output.WriteLineAsync("usage: calendar check <yyyy-MM-dd> <n, not 0>");
            return 1;
        }

        await DatabaseStartup.PrepareAsync(app.Services, demo: false, logger, ct);
        var result = app.Services.GetRequiredService<IWorkingDayCalendar>().AddWorkingDays(day, count);
        await output.WriteLineAsync(result.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return 0;
    }
}
