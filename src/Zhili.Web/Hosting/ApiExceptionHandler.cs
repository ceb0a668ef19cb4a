using Microsoft.AspNetCore.Diagnostics;

namespace Zhili.Web.Hosting;

/// <summary>
/// ARCHITECTURE rule 17: every exception of an API request is answered here, by the one mapping (<see cref="ErrorAnswer"/>),
/// as problem details or in the surface's own error format (<see cref="IErrorFormat"/>). Pages are left to the error
/// page, with the status the same mapping gives; their rule violations never get this far (the page filter shows them).
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already set the path to the error page's: the feature keeps the request's own.
        var failed = httpContext.Features.Get<IExceptionHandlerFeature>();
        var path = failed?.Path ?? httpContext.Request.Path.Value ?? "";
        var answer = ErrorAnswer.Of(exception);
        if (!answer.IsClientError)
        {
            logger.LogError(exception, "{Method} {Path} failed", httpContext.Request.Method, path);
        }

        if (!Pipeline.IsApi(path))
        {
            return false;
        }

        await ErrorFormats.WriteAsync(httpContext, path, answer);
        return true;
    }
}
