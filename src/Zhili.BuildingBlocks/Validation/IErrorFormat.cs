namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// A surface whose clients expect errors in a format of its own (Open311's GeoReport errors), registered in DI: the one
/// error mapping (<see cref="ErrorAnswer"/>) decides status and reasons, this writes them for every request under
/// <see cref="Prefix"/> — exceptions, bare status codes (404, 405) and rate-limit refusals alike.
/// </summary>
public interface IErrorFormat
{
    PathString Prefix { get; }

    /// <param name="path">The request's own path (an exception handler runs with the error page's).</param>
    Task WriteAsync(HttpContext context, PathString path, ErrorAnswer answer);
}

public static class ErrorFormats
{
    /// <summary>The format registered for <paramref name="path"/>, if any; problem details otherwise.</summary>
    public static IErrorFormat? For(HttpContext context, PathString path) =>
        context.RequestServices.GetServices<IErrorFormat>().FirstOrDefault(f => path.StartsWithSegments(f.Prefix));

    /// <summary>Writes the answer in the format of the surface <paramref name="path"/> belongs to, or as problem details.</summary>
    public static Task WriteAsync(HttpContext context, PathString path, ErrorAnswer answer)
    {
        context.Response.StatusCode = answer.Status;
        return For(context, path) is { } format ? format.WriteAsync(context, path, answer) : Problems.From(answer).ExecuteAsync(context);
    }

    /// <summary>The answer as an endpoint's result, for the request being answered.</summary>
    public static IResult Result(ErrorAnswer answer) => new ErrorResult(answer);

    private sealed class ErrorResult(ErrorAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, httpContext.Request.Path, answer);
    }
}
