using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Zhili.Load.Lookup;

/// <summary>
/// The raw limit beneath the lookup: how many indexed SELECTs a second SQLite answers in this process, on the same file,
/// by <paramref name="threads"/> threads with one prepared statement each (the join the lookup would need without the
/// in-memory snapshot, and the one-row stamp read it does make).
/// </summary>
public static class SqlProbe
{
    public static async Task<int> RunAsync(string file, long employers, int threads, int seconds)
    {
        foreach (var (name, sql) in new[]
        {
            ("indexed join by credit code", "SELECT c.listed_on FROM wagearrears_parties p JOIN wagearrears_cases c ON c.id = p.case_id WHERE p.credit_code = $code"),
            ("stamp read", "SELECT version FROM wagearrears_fresh_stamps WHERE data_set = 'wagearrears.lookup' AND $code IS NOT NULL"),
        })
        {
            var counts = await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() => Probe(file, sql, employers, t, seconds))));
            Console.WriteLine($"| SQLite {name}, {threads} thread(s) | {counts.Sum() / (double)seconds:N0}/s |");
        }

        return 0;
    }

    private static long Probe(string file, string sql, long employers, int seed, int seconds)
    {
        using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        var code = cmd.Parameters.Add("$code", SqliteType.Text);
        cmd.Prepare();
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        long n = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            code.Value = Codes.Of(random.NextInt64(employers));
            cmd.ExecuteScalar();
            n++;
        }

        return n;
    }
}
