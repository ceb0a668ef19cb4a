using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Zhili.Bench.Bulletins;

/// <summary>Plain SQLite calls of the bench: a scalar, a statement, and SQLite's plan of a query the app sent.</summary>
internal static class SqliteProbe
{
    public static void Plan(string file, string sql, (string Name, object? Value)[] parameters, TimeSpan took)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {took.TotalMilliseconds,7:0.0} ms: {string.Join(" | ", steps)}"));
    }

    public static long Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
