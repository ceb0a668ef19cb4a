namespace Zhili.Web.Hosting;

public static class Logging
{
    public const string RequestLineCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Structured logs: JSON lines on the console outside Development (one object per event), readable text in it.</summary>
    public static void AddZhiliLogging(this WebApplicationBuilder builder, bool command)
    {
        builder.Logging.ClearProviders();
        // The host's "Request starting/finished" lines carry the whole URL, where Open311 clients put their partner key
        // (api_key): they are never written, whatever level the configuration asks for (docs/security.md).
        builder.Logging.AddFilter(RequestLineCategory, LogLevel.Warning);
        if (command)
        {
            // A command prints its answer on stdout; logs (warnings and worse) go to stderr.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            return;
        }

        if (builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>("Zhili:Logging:Text"))
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        }
        else
        {
            builder.Logging.AddJsonConsole(o => { o.UseUtcTimestamp = true; o.IncludeScopes = true; });
        }
    }
}
