using System.Globalization;
using System.Text;
using Npgsql;

namespace Zhili.Load.Intake;

/// <summary>
/// Samples what the app's backends on one PostgreSQL database wait for while a run goes on (issue 17: no writer may wait
/// on another for the audit chain). Each sample reads pg_stat_activity (wait event of every backend inside a statement)
/// and the lock requests not granted, with the relation they wait for.
/// </summary>
public static class WaitSampler
{
    public static async Task<string> RunAsync(string connectionString, TimeSpan duration, TimeSpan every)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var waits = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var locks = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int samples = 0, busy = 0;
        var end = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < end)
        {
            samples++;
            await using (var activity = new NpgsqlCommand("""
                SELECT coalesce(wait_event_type || ':' || wait_event, 'running') FROM pg_stat_activity
                WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()
                """, connection) { Parameters = { new() { Value = database } } })
            await using (var r = await activity.ExecuteReaderAsync())
            {
                while (await r.ReadAsync())
                {
                    busy++;
                    Count(waits, r.GetString(0));
                }
            }

            await using (var waiting = new NpgsqlCommand("""
                SELECT l.locktype || ' ' || l.mode || coalesce(' on ' || c.relname, '') FROM pg_locks l
                LEFT JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted
                """, connection))
            await using (var r = await waiting.ExecuteReaderAsync())
            {
                while (await r.ReadAsync())
                {
                    Count(locks, r.GetString(0));
                }
            }

            await Task.Delay(every);
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{samples} samples, {busy} active backends seen\n| wait event of an active backend | seen | share |\n| --- | ---: | ---: |\n");
        foreach (var (what, n) in waits.OrderByDescending(w => w.Value))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {what} | {n} | {100.0 * n / Math.Max(1, busy):F1} % |\n");
        }

        text.Append("\n| lock request not granted | seen |\n| --- | ---: |\n");
        foreach (var (what, n) in locks.OrderByDescending(w => w.Value))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {what} | {n} |\n");
        }

        if (locks.Count == 0)
        {
            text.Append("| none | 0 |\n");
        }

        return text.ToString();
    }

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
