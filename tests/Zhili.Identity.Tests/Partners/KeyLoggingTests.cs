using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhili.BuildingBlocks.Security;
using Zhili.Web.Hosting;
using static Zhili.Identity.Tests.Partners.PartnerFixture;

namespace Zhili.Identity.Tests.Partners;

/// <summary>The stand-in partner lookups, with every log at Trace, the host's request lines asked for too, captured.</summary>
public sealed class LoggedFixture : AppFixture
{
    public CapturedLogs Logs { get; } = new();

    protected override void Configure(ZhiliFactory factory)
    {
        ConfigureStandIns(factory);
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore" })
        {
            factory.Settings[$"Logging:LogLevel:{category}"] = "Trace";
        }

        factory.Settings[$"Logging:LogLevel:{Logging.RequestLineCategory}"] = "Trace";
        factory.TestServices = services => services.AddSingleton<ILoggerProvider>(Logs);
    }
}

/// <summary>A partner key never reaches the logs, however it was sent and whatever the log level.</summary>
public sealed class KeyLoggingTests(LoggedFixture fixture) : IClassFixture<LoggedFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task No_log_line_holds_a_partner_key_sent_in_the_header_the_Open311_query_or_a_refused_query(TestDatabase database)
    {
        var app = await fixture.App(database);
        var key = await PartnerKeys.IssueAsync(app, $"{BlacklistScope} {Open311Scope}");
        var secret = key.Secret[12..]; // the part after zk_<prefix>_
        fixture.Logs.Clear();

        (await app.PartnerClient(key.Secret).GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().GetAsync($"{Open311Url}?{PartnerAccess.QueryParameter}={key.Secret}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().GetAsync($"{BlacklistUrl}?{PartnerAccess.QueryParameter}={key.Secret}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.PartnerClient(key.Secret[..^1] + "0").GetAsync(BlacklistUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var lines = fixture.Logs.Lines;
        lines.ShouldContain(l => l.Contains("test-partner", StringComparison.Ordinal), "the requests were logged at all");
        lines.ShouldNotContain(l => l.Contains(secret, StringComparison.Ordinal));
    }
}

/// <summary>Every log event as text: its category, message, structured values and exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public void Clear() => lines.Clear();

    public ILogger CreateLogger(string categoryName) => new Capture(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Capture(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{category} {formatter(state, exception)} {values} {exception}");
        }
    }
}
