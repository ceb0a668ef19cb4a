using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;

namespace Zhili.Audit.Tests;

/// <summary>The app with the background sealer off, so that a test seals exactly when it means to.</summary>
public sealed class AuditFixture : AppFixture
{
    protected override void Configure(ZhiliFactory factory) => Quiet(factory);

    public static ZhiliFactory Quiet(ZhiliFactory factory)
    {
        factory.Settings[AuditSealingService.IntervalKey] = "0";
        return factory;
    }
}

/// <summary>Reading, sealing, verifying and tampering with the audit log of a test app.</summary>
public static class AuditKit
{
    public const string District = "jinshui;district;410105";
    public const string Auditor = "auditor.test;auditor;410100";

    /// <summary>A response header that tells the test the request id the app gave its request.</summary>
    public const string RequestIdHeader = "X-Test-Request-Id";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A whole app on a database of its own, for tests that break the chain; dispose both.</summary>
    public static async Task<ZhiliFactory> FreshAppAsync(TestDatabase kind)
    {
        var app = AuditFixture.Quiet(new ZhiliFactory(await DatabaseInstance.CreateAsync(kind)));
        _ = app.Server;
        return app;
    }

    public static async Task DisposeAppAsync(ZhiliFactory app)
    {
        await app.DisposeAsync();
        await app.Database.DisposeAsync();
    }

    public static async Task<List<AuditRecord>> RecordsAsync(this WebApplicationFactory<Program> app, Func<IQueryable<AuditRecord>, IQueryable<AuditRecord>>? where = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var query = db.Records.AsNoTracking();
        return await (where?.Invoke(query) ?? query).OrderBy(r => r.Id).ToListAsync(Ct);
    }

    public static Task<int> SealAsync(this WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<AuditSealer>().SealAsync(Ct);

    /// <summary>
    /// Seals until no committed record is left unsealed, and returns how many it sealed. On PostgreSQL a transaction
    /// still open anywhere on the server (another test's, in another database) holds sealing back, so it seals again,
    /// a bounded number of times.
    /// </summary>
    public static async Task<int> SealAllAsync(this WebApplicationFactory<Program> app)
    {
        var total = 0;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            total += await app.SealAsync();
            var last = AuditPosition.Of((await app.SealsAsync()).LastOrDefault());
            if ((await app.RecordsAsync()).All(r => AuditPosition.Of(r) <= last))
            {
                return total;
            }

            await Task.Delay(100, Ct);
        }

        throw new InvalidOperationException("Records stayed unsealed: a transaction on the server stayed open all along.");
    }

    public static async Task<List<AuditSeal>> SealsAsync(this WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Seals.AsNoTracking().OrderBy(s => s.Batch).ToListAsync(Ct);
    }

    /// <summary>The records of a sealed batch, in seal order (the position of a record is (writer xid, id); the xid is 0 on SQLite).</summary>
    public static async Task<List<AuditRecord>> BatchAsync(this WebApplicationFactory<Program> app, AuditSeal? previous, AuditSeal seal)
    {
        var (from, to) = (AuditPosition.Of(previous), AuditPosition.Of(seal));
        return (await app.RecordsAsync()).Where(r => AuditPosition.Of(r) > from && AuditPosition.Of(r) <= to)
            .OrderBy(r => AuditPosition.Of(r)).ToList();
    }

    public static AuditKeys Keys(this WebApplicationFactory<Program> app) => app.Services.GetRequiredService<AuditKeys>();

    public static string CheckpointFile(this WebApplicationFactory<Program> app) => app.Services.GetRequiredService<AuditCheckpoints>().FilePath;

    public static async Task<AuditVerification> VerifyAsync(this WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(Ct);
    }

    /// <summary>
    /// Runs SQL against the audit tables as an intruder with database access would: <c>{table}</c> is the records'
    /// table, <c>{seals}</c> the sealed batches', <c>{0}</c>, <c>{1}</c>… the parameters.
    /// </summary>
    public static async Task<int> TamperAsync(this IServiceProvider services, TestDatabase kind, string sql, params object[] parameters)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var (table, seals) = kind == TestDatabase.Sqlite ? ("audit_records", "audit_seals") : ("audit.records", "audit.seals");
        return await db.Database.ExecuteSqlRawAsync(
            sql.Replace("{table}", table, StringComparison.Ordinal).Replace("{seals}", seals, StringComparison.Ordinal), parameters, Ct);
    }

    /// <summary>The app on the same database, answering every request with its request id in <see cref="RequestIdHeader"/>.</summary>
    public static WebApplicationFactory<Program> WithRequestIds(this ZhiliFactory app) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, RequestIdEcho>()));

    /// <summary>
    /// An auditor's client. The app makes its data-protection key first: on a fresh database the first form rendered
    /// stores the key ring, and the scope guard refuses that write for a read-only auditor (reported to the lead).
    /// </summary>
    public static HttpClient AuditorClient(this ZhiliFactory app)
    {
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Zhili.Audit.Tests").Protect("key ring");
        return app.Client(Auditor);
    }

    /// <summary>Presses the page's "verify" button: reads the form's antiforgery token, then posts it back; returns the page.</summary>
    public static async Task<HttpResponseMessage> VerifyOnPageAsync(this HttpClient client, string url = "/audit")
    {
        var page = await client.GetStringAsync(url, Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        token.Success.ShouldBeTrue("the verify form carries an antiforgery token");
        return await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token.Groups[1].Value)]), Ct);
    }

    public static HttpClient Client(this WebApplicationFactory<Program> app, string user)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestSignIn.Header, user);
        return client;
    }

    private sealed class RequestIdEcho : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
