using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Zhili.Load.Lookup;

/// <summary>
/// Bulk-loads a migrated SQLite file: <c>employers</c> cases with one employer each (every 20th listed), and partner
/// keys with the lookup scope written to a file (the key is shown once, only its SHA-256 is stored, as the app does).
/// The keys get <paramref name="perMinute"/> requests a minute each, written straight into the table: the key form allows
/// at most 6,000, and the per-key limit is not what the benchmark measures.
/// </summary>
public static class Seeder
{
    public static async Task<int> RunAsync(string file, long employers, int keys, string keyFile, int perMinute)
    {
        await using var db = new SqliteConnection($"Data Source={file}");
        await db.OpenAsync();
        await ExecAsync(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var started = DateTime.UtcNow;
        await using (var tx = (SqliteTransaction)await db.BeginTransactionAsync())
        {
            var c = Command(db, tx, """
                INSERT INTO wagearrears_cases (id, unit_code, decision_number, decision_date, grounds, listing_due_at, listing_due_rule,
                  notice_received_on, defence_due_at, defence_due_rule, listed_on, is_relisting, expires_on, extensions, defence_filed_online)
                VALUES ($id, $unit, $number, '2025-03-03', 17, '2025-03-31 16:00:00', 'B-LIST',
                  $notice, $defence, $rule, $listed, 0, $expires, 0, 0)
                """, "$id", "$unit", "$number", "$notice", "$defence", "$rule", "$listed", "$expires");
            var p = Command(db, tx, """
                INSERT INTO wagearrears_parties (id, case_id, credit_code, kind, name, registered_outside_city) VALUES ($id, $id, $code, 0, $name, 0)
                """, "$id", "$code", "$name");
            for (long i = 0; i < employers; i++)
            {
                var listed = Codes.IsListed(i);
                Set(c, i + 1, i % 5 == 0 ? "410105" : "410100-RSJ", $"郑人社监察决字〔2025〕{i}号",
                    listed ? "2025-03-05" : null, listed ? "2025-03-12 16:00:00" : null, listed ? "B-NOTICE" : null,
                    listed ? "2025-03-20" : null, listed ? "2026-03-20" : null);
                await c.ExecuteNonQueryAsync();
                Set(p, i + 1, Codes.Of(i), $"郑州第{i}建筑劳务有限公司");
                await p.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
        }

        await ExecAsync(db, "UPDATE wagearrears_fresh_stamps SET version = version + 1 WHERE data_set = 'wagearrears.lookup'; ANALYZE;");
        await File.WriteAllLinesAsync(keyFile, await KeysAsync(db, keys, perMinute));
        Console.WriteLine($"seeded {employers:N0} employers ({employers / Codes.ListedEvery:N0} listed) and {keys} partner keys in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        return 0;
    }

    private static async Task<List<string>> KeysAsync(SqliteConnection db, int count, int perMinute)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var now = DateTime.UtcNow;
        var cmd = Command(db, null, """
            INSERT INTO identity_api_keys (prefix, hash, partner, scopes, requests_per_minute, created_at, created_by, expires_at)
            VALUES ($prefix, $hash, $partner, 'blacklist.lookup', $rpm, $now, 'bench', $expires)
            """, "$prefix", "$hash", "$partner", "$rpm", "$now", "$expires");
        var keys = new List<string>();
        for (var k = 0; k < count; k++)
        {
            var prefix = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 8);
            var key = $"zk_{prefix}_{RandomNumberGenerator.GetString(alphabet, 40)}";
            Set(cmd, prefix, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), $"压测合作系统{k}", perMinute,
                now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), now.AddYears(1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            await cmd.ExecuteNonQueryAsync();
            keys.Add(key);
        }

        return keys;
    }

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, string sql, params string[] names)
    {
        var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var name in names)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        cmd.Prepare();
        return cmd;
    }

    private static void Set(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static async Task ExecAsync(SqliteConnection db, string sql)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
