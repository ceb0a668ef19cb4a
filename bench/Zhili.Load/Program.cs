using System.Globalization;
using Zhili.Load.CatchUp;
using Zhili.Load.Intake;
using Zhili.Load.Lookup;

// Zhili.Load — the one load generator (bench/RESULTS.md says how each is run):
//   the blacklist lookup (bench/Zhili.Load/lookup-bench.sh):
//     seed <file> [employers=1000000] [keys=8] [keyFile=keys.txt] [perMinute=1000000]
//     run <url> <mode> [connections=64] [seconds=20] [warmup=5] [keyFile=keys.txt] [employers=1000000] [serverPid=0] [batch=1000]
//     sql <file> [employers=1000000] [threads=1] [seconds=5]
//   the catch-up of a missed day (bench/catchup.sh):
//     missed-day <file> [job=blacklist.terms] [at=08:30] [catchUpDays=7]
//   the 12345 intake (bench/intake.sh): commits | closed | open | suite | pg-create | pg-drop, with --options
static string At(string[] a, int i, string fallback) => a.Length > i ? a[i] : fallback;
static int Int(string[] a, int i, int fallback) => int.Parse(At(a, i, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

return args switch
{
    ["seed", var file, ..] => await Seeder.RunAsync(file, Int(args, 2, 1_000_000), Int(args, 3, 8), At(args, 4, "keys.txt"), Int(args, 5, 1_000_000)),
    ["run", var url, var mode, ..] => await LoadRun.RunAsync(new LoadOptions(new Uri(url), mode, Int(args, 3, 64), Int(args, 4, 20), Int(args, 5, 5),
        At(args, 6, "keys.txt"), Int(args, 7, 1_000_000), Int(args, 8, 0), Int(args, 9, 1000))),
    ["sql", var file, ..] => await SqlProbe.RunAsync(file, Int(args, 2, 1_000_000), Int(args, 3, 1), Int(args, 4, 5)),
    ["missed-day", var file, ..] => await MissedDay.RunAsync(file, At(args, 2, "blacklist.terms"),
        TimeOnly.Parse(At(args, 3, "08:30"), CultureInfo.InvariantCulture), Int(args, 4, 7)),
    ["seed" or "run" or "sql" or "missed-day", ..] => Usage(),
    _ => await Cli.RunAsync(args),
};

static int Usage()
{
    Console.WriteLine("usage: seed <file> [employers] [keys] [keyFile] [perMinute] | run <url> <single|batch|static|unauthorized> [connections] [seconds] [warmup] [keyFile] [employers] [serverPid] [batch] | sql <file> [employers] [threads] [seconds] | missed-day <file> [job] [at] [catchUpDays]");
    return 2;
}
