namespace Zhili.Testing;

/// <summary>The databases every integration test runs on.</summary>
public enum TestDatabase
{
    Sqlite,
    Postgres,
}
