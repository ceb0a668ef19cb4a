using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Zhili.Web.Hosting;

/// <summary>Request size limits, so that one request cannot tie up a node's memory.</summary>
public static class RequestLimits
{
    /// <summary>The largest request body (an import spreadsheet or a calendar file fits many times over).</summary>
    public const long MaxBodyBytes = 10 * 1024 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = MaxBodyBytes;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            // The server's name and version help an attacker more than anyone else.
            o.AddServerHeader = false;
        });
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = MaxBodyBytes;
            o.ValueLengthLimit = 1024 * 1024;
            o.ValueCountLimit = 1024;
            o.KeyLengthLimit = 1024;
        });
        return services;
    }
}
