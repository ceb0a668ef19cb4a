using System.Globalization;

namespace Zhili.Load.Intake;

/// <summary>The commands of the intake benchmark; <c>bench/intake.sh</c> runs <c>suite</c> against a fresh app.</summary>
public static class Cli
{
    private const string Usage = """
        usage: Zhili.Load <command> [--option value ...]   (seed, run and sql: the blacklist lookup load, lookup-bench.sh)
          commits  --sqlite FILE | --postgres CS [--probe-seconds 10]      raw commit rate, one row per flushed transaction
          closed   --url URL [--surface office|public] [--workers 64] [--seconds 20] [--app-pid PID]   as fast as the workers go
          open     --url URL [--surface office|public] [--rate 1000] [--seconds 20] [--app-pid PID]    fixed rate, latency from the due time
          suite    --url URL (--sqlite FILE | --postgres CS) [--workers 64] [--rate 1000] [--seconds 20] [--warmup 20]
                   all of the above in one run, printed as the Markdown of bench/RESULTS.md
          pg-create --postgres CS   creates a fresh database on that server and prints its connection string
          pg-drop   --postgres CS   drops the database CS names
          pg-waits  --postgres CS [--seconds 20]   what the database's active backends wait for, sampled every 50 ms
        The office signs in as --user office --password Zhili2018demo (the app started with --demo).
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var o = Options.Parse(args);
        switch (o.Command)
        {
            case "commits":
                Console.WriteLine(Commits(await ProbeAsync(o)));
                return 0;
            case "closed":
                var closed = await TargetAsync(o, o.Surface);
                Print(await Suite.Measured(new CpuTime(o.AppPid), () => Load.ClosedAsync($"{o.Surface}, {o.Workers} workers", closed, o.Workers, o.Duration, Seed())));
                return 0;
            case "open":
                var open = await TargetAsync(o, o.Surface);
                Print(await Suite.Measured(new CpuTime(o.AppPid), () => Load.OpenAsync($"{o.Surface}, {o.Rate}/s", open, o.Rate, o.Duration, Seed())));
                return 0;
            case "pg-create":
                Console.WriteLine(await PostgresDatabase.CreateAsync(o.Postgres ?? throw new ArgumentException("pg-create needs --postgres CS")));
                return 0;
            case "pg-drop":
                await PostgresDatabase.DropAsync(o.Postgres ?? throw new ArgumentException("pg-drop needs --postgres CS"));
                return 0;
            case "pg-waits":
                Console.WriteLine(await WaitSampler.RunAsync(o.Postgres ?? throw new ArgumentException("pg-waits needs --postgres CS"), o.Duration, TimeSpan.FromMilliseconds(50)));
                return 0;
            case "suite":
                await Suite.RunAsync(o, Console.Out);
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    public static Task<ProbeResult> ProbeAsync(Options o) =>
        o.Postgres is { } cs ? CommitProbe.PostgresAsync(cs, o.ProbeDuration)
        : o.Sqlite is { } file ? CommitProbe.SqliteAsync(file, o.ProbeDuration)
        : throw new ArgumentException("commits needs --sqlite FILE or --postgres CONNECTION-STRING");

    public static async Task<Target> TargetAsync(Options o, string surface) => surface == "public"
        ? Target.Public(o.Url, o.Workers)
        : await Target.OfficeAsync(o.Url, o.User, o.Password, Math.Max(o.Workers, 256));

    public static string Commits(ProbeResult r) => string.Create(CultureInfo.InvariantCulture,
        $"raw commit rate: {r.PerSecond:N0} transactions/s, one row each ({r.Commits:N0} in {r.Elapsed.TotalSeconds:F1} s; {r.Settings})");

    /// <summary>Appeal numbers differ between runs, so that no two appeals in the database have the same text.</summary>
    public static long Seed() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    private static void Print(RunResult r)
    {
        Console.WriteLine(RunResult.Header);
        Console.WriteLine(r.Row());
    }
}
