namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// The answer's format, taken from the resource's extension (<c>services.xml</c>, <c>services.json</c>) as GeoReport v2
/// asks. XML is the spec's required format and the fallback when the extension names neither.
/// </summary>
public enum Open311Format
{
    Xml,
    Json,
}

public static class Open311Formats
{
    public const string XmlType = "text/xml; charset=utf-8";
    public const string JsonType = "application/json; charset=utf-8";

    /// <summary>The MIME types the discovery document lists.</summary>
    public static readonly string[] Listed = ["text/xml", "application/json"];

    /// <summary>The format an extension names, or null for any other extension.</summary>
    public static Open311Format? Parse(string? extension) => extension?.ToLowerInvariant() switch
    {
        "xml" => Open311Format.Xml,
        "json" => Open311Format.Json,
        _ => null,
    };

    /// <summary>The format of the current request's <c>{format}</c> route value; XML when missing or unknown.</summary>
    public static Open311Format Of(HttpContext context) =>
        Parse(context.Request.RouteValues["format"] as string) ?? Open311Format.Xml;

    public static string ContentType(this Open311Format format) => format == Open311Format.Json ? JsonType : XmlType;
}
