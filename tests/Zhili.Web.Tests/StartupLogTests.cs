using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Zhili.Web.Tests;

/// <summary>A healthy start (migrations, model building, the first request) logs nothing that would alarm an operator, and says which database it uses.</summary>
public sealed class StartupLogTests
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_healthy_start_logs_no_warning_and_names_its_database(TestDatabase database)
    {
        var logs = new WarningLog();
        await using var instance = await DatabaseInstance.CreateAsync(database);
        await using var app = new ZhiliFactory(instance) { TestServices = s => s.AddSingleton<ILoggerProvider>(logs) };
        app.Settings["Logging:LogLevel:Zhili.Web.Hosting"] = "Information";

        var response = await app.Client().GetAsync("/healthz", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        logs.Entries.Where(e => e.Level >= LogLevel.Warning).ShouldBeEmpty();
        // Which database the node uses is said once at start, without credentials.
        var where = logs.Entries.Single(e => e.Text.StartsWith("数据库 (database)", StringComparison.Ordinal)).Text;
        where.ShouldContain(database.ToString());
        where.ShouldNotContain("Password", Case.Insensitive);
    }

    private sealed class WarningLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Entries.Enqueue((logLevel, formatter(state, exception)));
            }
        }

        public void Dispose()
        {
        }
    }
}
