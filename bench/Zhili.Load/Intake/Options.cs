using System.Globalization;

namespace Zhili.Load.Intake;

/// <summary>Command-line options: <c>command --name value ...</c>.</summary>
public sealed class Options(string command, Dictionary<string, string> values)
{
    public string Command => command;

    public Uri Url => new(Get("url", "http://127.0.0.1:5088"));

    public string? Sqlite => values.GetValueOrDefault("sqlite");

    public string? Postgres => values.GetValueOrDefault("postgres");

    /// <summary>The office's intake API or the citizens' public one; anything else is a mistake, not the office.</summary>
    public string Surface => Get("surface", "office") switch
    {
        "office" => "office",
        "public" => "public",
        _ => throw new ArgumentException("--surface is office or public"),
    };

    public string User => Get("user", "office");

    public string Password => Get("password", "Zhili2018demo");

    /// <summary>The app's process id, for its CPU time per appeal (bench/intake.sh passes it).</summary>
    public int? AppPid => values.TryGetValue("app-pid", out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;

    public int Workers => Int("workers", 64);

    public int Rate => Int("rate", 1000);

    public TimeSpan Duration => TimeSpan.FromSeconds(Int("seconds", 20));

    public TimeSpan ProbeDuration => TimeSpan.FromSeconds(Int("probe-seconds", 10));

    /// <summary>Per surface, before its runs: tiered JIT recompilation takes tens of seconds on a busy 2-core machine.</summary>
    public TimeSpan Warmup => TimeSpan.FromSeconds(Int("warmup", 20));

    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Options(args.FirstOrDefault() ?? "", map);
    }

    private string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    private int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
