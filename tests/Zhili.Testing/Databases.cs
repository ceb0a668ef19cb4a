using Xunit;

namespace Zhili.Testing;

/// <summary>
/// Theory data for "run this test on both databases": SQLite always; PostgreSQL when ZHILI_TEST_POSTGRES holds a
/// connection string, otherwise reported as skipped with the reason (never silently passed).
/// </summary>
public static class Databases
{
    public const string PostgresVariable = "ZHILI_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    public static IEnumerable<ITheoryDataRow> Both =>
    [
        new TheoryDataRow<TestDatabase>(TestDatabase.Sqlite),
        new TheoryDataRow<TestDatabase>(TestDatabase.Postgres)
        {
            Skip = PostgresConnectionString is null ? $"PostgreSQL not configured: set {PostgresVariable} to a connection string (CI does)" : null,
        },
    ];
}
