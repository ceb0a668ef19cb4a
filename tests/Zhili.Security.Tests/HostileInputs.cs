using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhili.Security.Tests;

/// <summary>One hostile request: what it probes (for the failure message), the path, the body (null: none) and its media type.</summary>
public sealed record HostileRequest(string Probe, string Path, string? Body, string MediaType = "application/json");

/// <summary>
/// Hostile input drawn from an operation's schema: malformed JSON, wrong types, overflowing numbers, extreme dates, huge and
/// control-character strings, in the body and in every parameter. Everything else in a request stays plausible, so that a
/// value reaches the code that uses it.
/// </summary>
public static class HostileInputs
{
    private static readonly string[] Malformed = ["", "{", "null", "[]", "\"text\"", "0", "{}", "{\"a\":1,}", new string('[', 200) + new string(']', 200)];

    public static IEnumerable<HostileRequest> For(ApiOperation op, JsonElement document)
    {
        var path = PathWith(op, null, null);
        foreach (var parameter in op.Parameters)
        {
            foreach (var value in ParameterValues(parameter))
            {
                yield return new HostileRequest($"{parameter.In} {parameter.Name}={Short(value)}", PathWith(op, parameter, value), PlausibleBody(op, document));
            }
        }

        if (op.JsonBody is not { } schema)
        {
            if (op.Method is "POST" or "PUT")
            {
                yield return new HostileRequest("junk text body", path, "\u0001\u0000 not json", "text/plain");
                yield return new HostileRequest("junk JSON body", path, "{\"a\":", "application/json");
            }

            yield break;
        }

        foreach (var body in Malformed)
        {
            yield return new HostileRequest($"body {Short(body)}", path, body);
        }

        yield return new HostileRequest("wrong media type", path, "{}", "text/plain");
        if (!OpenApiOperations.Types(schema).Contains("object") || !schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var propertySchema = OpenApiOperations.Resolve(document, property.Value);
            foreach (var value in Wrong(propertySchema).Concat(Extreme(propertySchema, document)))
            {
                var body = Plausible(schema, document, 0)!.AsObject();
                body[property.Name] = value;
                yield return new HostileRequest($"{property.Name}={Short(value?.ToJsonString() ?? "null")}", path, body.ToJsonString());
            }
        }
    }

    public static string? PlausibleBody(ApiOperation op, JsonElement document) =>
        op.JsonBody is { } schema ? Plausible(schema, document, 0)?.ToJsonString() : null;

    /// <summary>The path with every path parameter at a plausible value (records that do not exist), one of them replaced.</summary>
    private static string PathWith(ApiOperation op, ApiParameter? replaced, string? value)
    {
        var path = op.Path;
        var query = new List<string>();
        foreach (var p in op.Parameters)
        {
            var v = p == replaced ? value! : PlausibleParameter(p);
            if (p.In == "path")
            {
                path = path.Replace("{" + p.Name + "}", Uri.EscapeDataString(v), StringComparison.Ordinal);
            }
            else if (p.In == "query")
            {
                query.Add($"{p.Name}={Uri.EscapeDataString(v)}");
            }
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static string PlausibleParameter(ApiParameter p) => p.Name switch
    {
        "format" => "json",
        "period" => "monthly",
        "year" => "2025",
        "quarter" => "2",
        "registry" => "groups",
        _ when OpenApiOperations.Format(p.Schema) == "date" || p.Name.Contains("date", StringComparison.OrdinalIgnoreCase)
            || p.Name is "from" or "to" => "2025-06-10",
        _ when p.In == "query" && OpenApiOperations.Types(p.Schema).Contains("integer") => "1",
        _ => OpenApiOperations.Types(p.Schema).Contains("integer") ? "999999" : "none",
    };

    private static IEnumerable<string> ParameterValues(ApiParameter p)
    {
        string[] common = ["", "abc", "-1", "0", "2147483648", "99999999999999999999", "1e400", "0001-01-01", "9999-12-31", "\u0001", new string('长', 5000)];
        return p.In == "path" ? common.Where(v => v.Length > 0) : common;
    }

    /// <summary>A value of each wrong JSON type for the schema.</summary>
    private static List<JsonNode?> Wrong(JsonElement schema)
    {
        var types = OpenApiOperations.Types(schema);
        if (schema.TryGetProperty("enum", out _))
        {
            return [JsonValue.Create("NoSuchValue"), JsonValue.Create(99999), JsonNode.Parse("{}")];
        }

        var wrong = new List<JsonNode?>();
        if (!types.Contains("string"))
        {
            wrong.Add(JsonValue.Create("abc"));
        }

        if (!types.Contains("number") && !types.Contains("integer"))
        {
            wrong.Add(JsonValue.Create(12345));
        }

        if (!types.Contains("boolean"))
        {
            wrong.Add(JsonValue.Create(true));
        }

        if (!types.Contains("object"))
        {
            wrong.Add(JsonNode.Parse("{\"a\":1}"));
        }

        if (!types.Contains("array"))
        {
            wrong.Add(JsonNode.Parse("[1]"));
        }

        if (!types.Contains("null"))
        {
            wrong.Add(null);
        }

        return wrong;
    }

    /// <summary>Values of the right type at and beyond the edges of what the type holds.</summary>
    private static IEnumerable<JsonNode?> Extreme(JsonElement schema, JsonElement document)
    {
        var types = OpenApiOperations.Types(schema);
        var format = OpenApiOperations.Format(schema);
        if (format is "date")
        {
            return ["0001-01-01", "9999-12-31", "2025-02-30", "2025-6-1"];
        }

        if (format is "date-time")
        {
            return ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2025-06-10T25:00:00Z"];
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            return [0, -1, int.MaxValue, int.MinValue, long.MaxValue, JsonNode.Parse("1e400"), JsonNode.Parse("99999999999999999999999")];
        }

        if (types.Contains("array"))
        {
            var item = schema.TryGetProperty("items", out var items) ? Plausible(OpenApiOperations.Resolve(document, items), document, 1) : null;
            return [new JsonArray(), new JsonArray(Enumerable.Range(0, 2000).Select(_ => item?.DeepClone()).ToArray())];
        }

        if (types.Contains("string"))
        {
            return ["", "   ", new string('长', 100_000), "\u0001\u0008\uFFFE\u0000x", "<script>alert(1)</script>", "'; DROP TABLE x;--"];
        }

        return [];
    }

    /// <summary>A value the schema accepts, as far as its types and formats tell (validators may still refuse it).</summary>
    private static JsonNode? Plausible(JsonElement schema, JsonElement document, int depth)
    {
        schema = OpenApiOperations.Resolve(document, schema);
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values[0].GetRawText());
        }

        var types = OpenApiOperations.Types(schema);
        var format = OpenApiOperations.Format(schema);
        if (types.Contains("object") && depth < 3)
        {
            var o = new JsonObject();
            if (schema.TryGetProperty("properties", out var ps))
            {
                foreach (var p in ps.EnumerateObject())
                {
                    o[p.Name] = Plausible(p.Value, document, depth + 1);
                }
            }

            return o;
        }

        return types switch
        {
            _ when format == "date" => "2025-06-10",
            _ when format == "date-time" => "2025-06-10T02:00:00Z",
            _ when types.Contains("integer") => 1,
            _ when types.Contains("number") => 1.5,
            _ when types.Contains("boolean") => false,
            _ when types.Contains("array") => new JsonArray(),
            _ when types.Contains("string") => "测试",
            _ => null,
        };
    }

    private static string Short(string value) => value.Length > 40 ? value[..40] + $"…({value.Length})" : value;
}
