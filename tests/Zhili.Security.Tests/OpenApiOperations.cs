using System.Text.Json;

namespace Zhili.Security.Tests;

/// <summary>One operation of the app's OpenAPI document: method, path template, parameters and the JSON body's schema.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? JsonBody, bool FormBody)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A path or query parameter with its schema (refs resolved).</summary>
public sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>Reads the operations from the app's own document, so that a new endpoint joins every sweep without anyone listing it.</summary>
public static class OpenApiOperations
{
    public static async Task<(IReadOnlyList<ApiOperation> Operations, JsonElement Document)> ReadAsync(HttpClient client)
    {
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new ApiParameter(
                        p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, Resolve(document, p.GetProperty("schema")))).ToList()
                    : [];
                JsonElement? json = null;
                var form = false;
                if (op.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    if (content.TryGetProperty("application/json", out var media) && media.TryGetProperty("schema", out var schema))
                    {
                        json = Resolve(document, schema);
                    }

                    form = content.EnumerateObject().Any(c => c.Name is "application/x-www-form-urlencoded" or "multipart/form-data");
                }

                operations.Add(new ApiOperation(op.Name.ToUpperInvariant(), path.Name, parameters, json, form));
            }
        }

        return (operations, document);
    }

    /// <summary>A schema with its <c>$ref</c> followed (one level at a time; the generators resolve nested refs the same way).</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    /// <summary>The schema's JSON types (<c>type</c> may be a string or an array such as <c>["null","number","string"]</c>).</summary>
    public static IReadOnlyList<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("enum", out _) ? ["string"] : [];
        }

        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
    }

    public static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var f) ? f.GetString() : null;
}
