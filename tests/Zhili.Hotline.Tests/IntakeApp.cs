using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Audit;
using Zhili.Hotline.Data;
using Zhili.Hotline.Domain;

namespace Zhili.Hotline.Tests;

/// <summary>
/// An app on a database of its own for the intake writer's tests, with <see cref="IntakeFaults"/> in every context and
/// each response carrying its request id in <see cref="RequestIdHeader"/> (the audit records name it).
/// </summary>
internal sealed class IntakeApp : IAsyncDisposable
{
    public const string RequestIdHeader = "X-Test-Request-Id";

    private readonly ZhiliFactory root;

    private IntakeApp(ZhiliFactory root, IntakeFaults faults)
    {
        this.root = root;
        Faults = faults;
        Web = root.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IAuditingInterceptor>(faults);
            s.AddSingleton<IStartupFilter, RequestIdEcho>();
        }));
    }

    public WebApplicationFactory<Program> Web { get; }

    public IntakeFaults Faults { get; }

    public DatabaseInstance Database => root.Database;

    /// <summary>The app on <paramref name="database"/>; with <paramref name="oneWriter"/> a held writer holds all intake.</summary>
    public static IntakeApp On(DatabaseInstance database, bool oneWriter = false)
    {
        var root = new ZhiliFactory(database);
        root.Settings["Zhili:Audit:SealIntervalSeconds"] = "0";
        if (oneWriter)
        {
            root.Settings["Zhili:Hotline:Intake:Writers"] = "1";
        }

        var app = new IntakeApp(root, new IntakeFaults());
        _ = app.Web.Server;
        return app;
    }

    public HttpClient Client(string? user = null)
    {
        var client = Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestSignIn.Header, user);
        }

        return client;
    }

    /// <summary>The stored appeals with these tracking numbers, with their events.</summary>
    public async Task<List<Appeal>> AppealsAsync(IEnumerable<string> numbers)
    {
        var wanted = numbers.ToList();
        await using var scope = Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        return await db.Appeals.AsNoTracking().Include(a => a.Events).Where(a => wanted.Contains(a.TrackingNumber)).ToListAsync(Hotline.Ct);
    }

    public async Task<List<AuditRecord>> AuditAsync(string entity)
    {
        await using var scope = Web.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        return await db.Records.AsNoTracking().Where(r => r.Module == HotlineDbContext.Module && r.Entity == entity).ToListAsync(Hotline.Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await root.DisposeAsync();
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
