namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// What a client is told about a failed request (ARCHITECTURE rule 17): the status, a title, and the fields with their
/// reasons and rule ids. <see cref="Of"/> is the one mapping from exceptions; the API writes it as problem details,
/// pages put its violations on the form, Open311 writes it in GeoReport form.
/// </summary>
public sealed partial record ErrorAnswer(int Status, string Title, IReadOnlyList<Violation> Violations, string? Detail = null)
{
    public const string InvalidTitle = "输入有误 (invalid input)";

    /// <summary>Whether the failure is the client's (4xx): only those carry reasons; a 500 tells nothing of the failure.</summary>
    public bool IsClientError => Status < 500;

    /// <summary>The one mapping of exceptions to answers; anything unknown is a 500 whose detail stays in the log.</summary>
    public static ErrorAnswer Of(Exception exception) => exception switch
    {
        RuleViolationException e => Invalid(new Violation(e.Field, e.Message, e.Rule)),
        NotFoundException e => new(StatusCodes.Status404NotFound, "未找到 (not found)", [], e.Message),
        OutOfScopeException => new(StatusCodes.Status404NotFound, "未找到 (not found)", [], "记录不存在或不在您的权限范围内"),
        ReadOnlyScopeException => new(StatusCodes.Status403Forbidden, "无权操作 (forbidden)", [], "只读角色不能修改数据"),
        _ when ConflictProblem.Of(exception) is { } conflict => Conflict(conflict.Message, conflict.Rule),
        BadHttpRequestException e => OfBadRequest(e),
        InvalidDataException => new(StatusCodes.Status413PayloadTooLarge, "请求过大 (request too large)", [], "表单或上传的文件超过了大小上限"),
        _ => new(StatusCodes.Status500InternalServerError, "服务器内部错误 (internal error)", []),
    };

    public static ErrorAnswer Invalid(params Violation[] violations) => new(StatusCodes.Status400BadRequest, InvalidTitle, violations);

    public static ErrorAnswer Conflict(string detail, string? rule = null) =>
        new(StatusCodes.Status409Conflict, "操作冲突 (conflict)", rule is null ? [] : [new Violation("", detail, rule)], detail);

    /// <summary>
    /// The framework's binding failures, which name the parameter in their message (<c>Failed to bind parameter "int page"
    /// from "abc".</c>) and, for JSON bodies, carry the path of the bad value (<c>$.latitude</c>) in the inner exception.
    /// </summary>
    private static ErrorAnswer OfBadRequest(BadHttpRequestException e)
    {
        var status = e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest;
        var name = Parameter().Match(e.Message) is { Success: true } m ? m.Groups["name"].Value : "";
        var reason = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "请求体过大",
            StatusCodes.Status415UnsupportedMediaType => "请求体的类型不受支持（JSON 接口请以 application/json 提交）",
            _ when e.InnerException is JsonException json => Json(json, ref name),
            _ when e.Message.StartsWith("Required parameter", StringComparison.Ordinal) => "必须提供",
            _ when e.Message.StartsWith("Implicit body", StringComparison.Ordinal) || e.Message.Contains("body", StringComparison.Ordinal) => "缺少请求体或请求体无法读取",
            _ => "格式不正确" + (Value().Match(e.Message) is { Success: true } v ? $"：“{Clip(v.Groups[1].Value)}”" : ""),
        };
        return new ErrorAnswer(status, status == StatusCodes.Status400BadRequest ? InvalidTitle : "请求无法处理 (request refused)",
            [new Violation(name, reason)]);
    }

    /// <summary>A value the JSON reader could not convert names its path; anything else is JSON that does not parse.</summary>
    private static string Json(JsonException json, ref string name)
    {
        if (json.Path is { Length: > 1 } path && json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            name = path.TrimStart('$', '.');
            return "类型或格式不正确";
        }

        name = "";
        return "请求体不是有效的 JSON";
    }

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("parameter \"(?:[^\"]*) (?<name>[^\" ]+)\"")]
    private static partial Regex Parameter();

    [GeneratedRegex(" from \"(.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex Value();
}
