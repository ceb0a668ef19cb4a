using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Zhili.Load.CatchUp;

/// <summary>
/// Leaves exactly one missed day of a daily job in a migrated SQLite file (bench/catchup.sh): the job's latest firing
/// before now (Asia/Shanghai) is left unrun, and the firings of the days before it, as far back as the job catches up,
/// are recorded as done by an earlier node, so that the app's catch-up at start runs that one day only.
/// </summary>
public static class MissedDay
{
    public static async Task<int> RunAsync(string file, string job, TimeOnly at, int catchUpDays)
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, shanghai);
        var missed = local.Date + at.ToTimeSpan();
        if (missed > local)
        {
            missed = missed.AddDays(-1);
        }

        await using var db = new SqliteConnection($"Data Source={file}");
        await db.OpenAsync();
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync();
        await using var insert = db.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO jobs_runs (job, period, firing, claimed_at, node, attempt, finished_at, succeeded, outcome)
            VALUES ($job, $period, $firing, $firing, 'bench/0', 1, $finished, 1, 'done before the benchmark')
            """;
        for (var d = 1; d < catchUpDays; d++)
        {
            var firing = TimeZoneInfo.ConvertTimeToUtc(missed.AddDays(-d), shanghai);
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$job", job);
            insert.Parameters.AddWithValue("$period", missed.AddDays(-d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$firing", Stamp(firing));
            insert.Parameters.AddWithValue("$finished", Stamp(firing.AddMinutes(5)));
            await insert.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
        Console.WriteLine($"{job}: {catchUpDays - 1} days before {missed:yyyy-MM-dd} done; the missed day is {missed:yyyy-MM-dd} (fired {missed:HH:mm} Beijing time)");
        return 0;
    }

    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
