using Microsoft.AspNetCore.Diagnostics;

namespace Zhili.Web.Hosting;

/// <summary>
/// API answers that carry a status and no body (no such route, a method it does not take, a refusal of the framework's):
/// given a body by the one error mapping, as problem details or in the surface's own format.
/// </summary>
public static class ApiStatusCodes
{
    public static Task WriteAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        var answer = code switch
        {
            StatusCodes.Status404NotFound => new ErrorAnswer(code, "未找到 (not found)", []),
            StatusCodes.Status405MethodNotAllowed => new ErrorAnswer(code, "不支持该请求方法 (method not allowed)", []),
            StatusCodes.Status401Unauthorized => new ErrorAnswer(code, "需要登录或有效的密钥 (unauthorized)", []),
            StatusCodes.Status403Forbidden => new ErrorAnswer(code, "无权访问 (forbidden)", []),
            StatusCodes.Status413PayloadTooLarge => new ErrorAnswer(code, "请求过大 (request too large)", [new Violation("", "请求体过大")]),
            StatusCodes.Status415UnsupportedMediaType => new ErrorAnswer(code, "请求无法处理 (request refused)",
                [new Violation("", "请求体的类型不受支持（JSON 接口请以 application/json 提交）")]),
            _ => new ErrorAnswer(code, "请求未能完成", []),
        };
        return ErrorFormats.WriteAsync(context, context.Request.Path, answer);
    }

    /// <summary>
    /// An API path no endpoint answers is 404 for everyone, and a method the route does not take is 405, rather than a
    /// sign-in challenge of the app's fallback policy. Routing's own 405 endpoint is the one without a route pattern.
    /// </summary>
    public static bool Unanswered(HttpContext context) =>
        context.GetEndpoint() is not { } endpoint || endpoint is not RouteEndpoint && endpoint.DisplayName?.StartsWith("405", StringComparison.Ordinal) == true;

    public static Task AnswerAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } methodNotAllowed)
        {
            return methodNotAllowed.RequestDelegate!(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
