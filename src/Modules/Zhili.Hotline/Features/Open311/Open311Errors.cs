namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// GeoReport v2 errors: an array of <c>{code, description}</c> (<c>&lt;errors&gt;&lt;error&gt;…</c>), with the HTTP status
/// the spec names — 404 for what does not exist, 403 for a missing or wrong api_key, 400 for anything else (413 for
/// a body over the size limits).
/// </summary>
public static class Open311Errors
{
    public static Open311Result BadRequest(Open311Format format, string description) =>
        Of(format, StatusCodes.Status400BadRequest, [description]);

    /// <summary>400 with one error per violation: the field, the reason and the rule id, as the problem details give them.</summary>
    public static Open311Result Invalid(Open311Format format, IEnumerable<Violation> violations) =>
        Of(format, StatusCodes.Status400BadRequest, violations.Select(v => v.Rule is null ? $"{v.Field}: {v.Reason}" : $"{v.Field}: {v.Reason} ({v.Rule})"));

    /// <summary>413: the body or one of its fields is over the size limits (RequestLimits).</summary>
    public static Open311Result TooLarge(Open311Format format) =>
        Of(format, StatusCodes.Status413PayloadTooLarge, ["请求过大：表单或其中某项超过了大小上限 (request too large)"]);

    public static Open311Result NotFound(Open311Format format, string description) =>
        Of(format, StatusCodes.Status404NotFound, [description]);

    public static Open311Result Forbidden(Open311Format format, string description) =>
        Of(format, StatusCodes.Status403Forbidden, [description]);

    /// <summary>An extension that is neither <c>.xml</c> nor <c>.json</c>: answered in XML, the spec's required format.</summary>
    public static Open311Result UnknownFormat(string? format) =>
        NotFound(Open311Format.Xml, $"不支持的格式“{format}”：请用 .xml 或 .json (unsupported format)");

    public static Open311Result Of(Open311Format format, int status, IEnumerable<string> descriptions) => new(
        new Open311List("errors", descriptions.Select(d => (Open311Node)new Open311Item("error",
            [new Open311Field("code", status), new Open311Field("description", d)])).ToList()),
        format,
        status);
}
