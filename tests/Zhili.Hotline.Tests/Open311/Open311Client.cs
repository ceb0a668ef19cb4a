using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Zhili.Hotline.Tests.Open311;

/// <summary>
/// A small GeoReport v2 client written from the spec text: it asks for <c>resource.format</c>, checks the transport
/// rules (UTF-8, text/xml or application/json, the XML declaration, no namespace) and reads XML into the same tree as
/// JSON by the Spark convention, so that one assertion checks both formats.
/// </summary>
internal sealed class Open311Client(HttpClient http, string format)
{
    public const string Root = "/open311/v2";

    // The spec's containers of repeated elements, which the Spark convention turns into arrays.
    private static readonly HashSet<string> Containers = ["services", "service_requests", "errors", "attributes", "values", "endpoints", "formats"];

    public string Format => format;

    public static IEnumerable<string> Formats => ["json", "xml"];

    public Task<Open311Answer> GetAsync(string resource, string query = "") =>
        ReadAsync(http.GetAsync($"{Root}/{resource}.{format}{query}", Hotline.Ct));

    /// <summary>POST as the spec sends it: form-encoded, the key among the fields when one is given.</summary>
    public Task<Open311Answer> PostAsync(string resource, IEnumerable<KeyValuePair<string, string>> fields, string? apiKey = null)
    {
        var all = apiKey is null ? fields.ToList() : fields.Append(new("api_key", apiKey)).ToList();
        return ReadAsync(http.PostAsync($"{Root}/{resource}.{format}", new FormUrlEncodedContent(all), Hotline.Ct));
    }

    private async Task<Open311Answer> ReadAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var bytes = await response.Content.ReadAsByteArrayAsync(Hotline.Ct);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var type = response.Content.Headers.ContentType;
        type?.CharSet.ShouldBe("utf-8", text);
        if (format == "json")
        {
            type?.MediaType.ShouldBe("application/json", text);
            return new Open311Answer(response.StatusCode, JsonNode.Parse(text), text);
        }

        type?.MediaType.ShouldBe("text/xml", text);
        var document = XDocument.Parse(text);
        text.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        document.Root!.Name.NamespaceName.ShouldBeEmpty();
        return new Open311Answer(response.StatusCode, Spark(document.Root), text, document.Root.Name.LocalName);
    }

    private static JsonNode? Spark(XElement e) =>
        Containers.Contains(e.Name.LocalName) ? new JsonArray(e.Elements().Select(Spark).ToArray())
        : e.HasElements ? new JsonObject(e.Elements().Select(c => KeyValuePair.Create(c.Name.LocalName, Spark(c))))
        : e.Value.Length == 0 ? null
        : JsonValue.Create(e.Value);
}

/// <summary>An answer: the status, the body as a Spark tree (JSON, or XML read into the same shape), and the raw text.</summary>
internal sealed record Open311Answer(HttpStatusCode Status, JsonNode? Body, string Text, string? XmlRoot = null)
{
    public IReadOnlyList<JsonNode> Items => Body!.AsArray().Select(n => n!).ToList();

    /// <summary>The one error of a GeoReport error answer, after checking its shape and that its code is the status.</summary>
    public string Error(HttpStatusCode expected)
    {
        Status.ShouldBe(expected, Text);
        if (XmlRoot is not null)
        {
            XmlRoot.ShouldBe("errors");
        }

        Items.ShouldNotBeEmpty();
        Items.ShouldAllBe(e => e.Str("code") == ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(" | ", Items.Select(e => e.Str("description")));
    }

    public Open311Answer Ok()
    {
        Status.ShouldBe(HttpStatusCode.OK, Text);
        return this;
    }
}

internal static class Open311Nodes
{
    /// <summary>A leaf as text, whichever format it came in (JSON numbers and booleans as their literal text).</summary>
    public static string? Str(this JsonNode node, string name) => node[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public static IReadOnlyList<JsonNode> List(this JsonNode node, string name) => node[name]!.AsArray().Select(n => n!).ToList();

    /// <summary>A W3C date-time as Zhili writes it: UTC, ending in Z.</summary>
    public static DateTime? Time(this JsonNode node, string name)
    {
        var s = node.Str(name);
        if (s is null)
        {
            return null;
        }

        s.ShouldEndWith("Z");
        return DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
    }
}
