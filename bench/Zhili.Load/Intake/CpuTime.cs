using System.Diagnostics;
using System.Globalization;

namespace Zhili.Load.Intake;

/// <summary>
/// CPU time used by the app and by this load generator during a run. On a shared machine the rate depends on what else
/// runs; CPU per appeal depends much less on it, so it is reported beside the rates.
/// </summary>
public sealed class CpuTime(int? appPid)
{
    public (TimeSpan App, TimeSpan Bench) Now() => (App(), Process.GetCurrentProcess().TotalProcessorTime);

    private TimeSpan App()
    {
        if (appPid is not { } pid || !File.Exists($"/proc/{pid}/stat"))
        {
            return TimeSpan.Zero;
        }

        // Fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised command name.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
