using Zhili.Web.Cli;

namespace Zhili.Web.Hosting;

/// <summary>Builds the app: services of the host and of every module, then the request pipeline.</summary>
public static class ZhiliApp
{
    public static WebApplication Build(Invocation invocation)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = invocation.HostArgs });
        if (invocation.Demo)
        {
            builder.Configuration["Zhili:Demo"] = "true";
        }

        builder.AddZhiliLogging(command: invocation.Command.Count > 0);

        // Serving only: migrate, seed and load snapshots before anything else starts (the data-protection key ring
        // is read from the database by a hosted service of its own), and before the first request.
        if (invocation.Command.Count == 0)
        {
            builder.Services.AddHostedService<DatabaseStartup>();
        }

        builder.Services.AddZhiliWeb(builder.Environment);
        foreach (var module in ModuleRegistry.All)
        {
            module.AddServices(builder.Services, builder.Configuration);
        }

        var app = builder.Build();
        app.UseZhiliPipeline();
        // Every endpoint of every module passes the edge checks and its validators (ARCHITECTURE rules 5 and 17).
        var endpoints = app.MapGroup("").AddEndpointFilter<ValidationFilter>();
        foreach (var module in ModuleRegistry.All)
        {
            module.MapEndpoints(endpoints);
        }

        return app;
    }
}
