using Microsoft.Data.Sqlite;

namespace Zhili.Bench.Bulletins;

/// <summary>One prepared INSERT into one table, run inside the seeder's current transaction.</summary>
internal sealed class SqliteRows
{
    private readonly SqliteCommand command;

    public SqliteRows(SqliteConnection connection, string table, string columns)
    {
        var names = columns.Split(',', StringSplitOptions.TrimEntries);
        command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < names.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }
    }

    public SqliteTransaction? Transaction
    {
        set => command.Transaction = value;
    }

    public void Add(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
