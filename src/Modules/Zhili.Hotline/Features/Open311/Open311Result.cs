using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;
using Microsoft.AspNetCore.Http.Metadata;

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// Writes an <see cref="Open311Node"/> tree in UTF-8 as the GeoReport v2 answer: XML with its declaration and no
/// namespace, or JSON by the Spark convention. Errors and successes alike go through here.
/// </summary>
public sealed class Open311Result(Open311Node root, Open311Format format, int statusCode = StatusCodes.Status200OK)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false) };

    // Chinese stays Chinese (the default escapes every non-ASCII character); HTML-sensitive characters are still escaped.
    private static readonly JsonWriterOptions JsonSettings = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public Open311Node Root => root;

    public int? StatusCode => statusCode;

    public string ContentType => format.ContentType();

    /// <summary>For the OpenAPI document: a GeoReport document in either format on success, and the error array otherwise.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var status in new[] { StatusCodes.Status200OK, StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound })
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(string), Open311Formats.Listed));
        }
    }

    /// <summary>Writes the document to memory first (it is small), so that no writer blocks on the response stream.</summary>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new MemoryStream();
        if (format == Open311Format.Json)
        {
            using var json = new Utf8JsonWriter(buffer, JsonSettings);
            WriteJson(json, root);
        }
        else
        {
            using var xml = XmlWriter.Create(buffer, XmlSettings);
            xml.WriteStartDocument();
            WriteXml(xml, root);
            xml.WriteEndDocument();
        }

        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = buffer.Length;
        await httpContext.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted);
    }

    private static void WriteJson(Utf8JsonWriter w, Open311Node node)
    {
        switch (node)
        {
            case Open311List list:
                w.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(w, item);
                }

                w.WriteEndArray();
                break;
            case Open311Item item:
                w.WriteStartObject();
                foreach (var child in item.Children)
                {
                    w.WritePropertyName(child.Name);
                    WriteJson(w, child);
                }

                w.WriteEndObject();
                break;
            case Open311Field { Value: null }:
                w.WriteNullValue();
                break;
            case Open311Field { Value: bool b }:
                w.WriteBooleanValue(b);
                break;
            case Open311Field { Value: int i }:
                w.WriteNumberValue(i);
                break;
            case Open311Field { Value: double d }:
                w.WriteNumberValue(d);
                break;
            case Open311Field f:
                w.WriteStringValue(Text(f.Value));
                break;
        }
    }

    private static void WriteXml(XmlWriter w, Open311Node node)
    {
        w.WriteStartElement(node.Name);
        var children = node switch
        {
            Open311List list => list.Items,
            Open311Item item => item.Children,
            _ => [],
        };
        foreach (var child in children)
        {
            WriteXml(w, child);
        }

        if (node is Open311Field { Value: not null } field)
        {
            // Text stored before intake cleaned it, or echoed from a path, may hold characters XML forbids.
            w.WriteString(CleanText.Clean(Text(field.Value)));
        }

        w.WriteEndElement();
    }

    private static string Text(object? value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTime t => Open311Time.Format(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
