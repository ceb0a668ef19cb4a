namespace Zhili.Web.Hosting;

/// <summary>The API's OpenAPI document: its title, and each schema as exact as the JSON the API reads and writes.</summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddZhiliOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Zhili 治理 API";
                doc.Info.Description = "郑州市政府公报（2018年7月）所定管理制度的接口。Errors are RFC 9457 problem details.";
                return Task.CompletedTask;
            });
            o.CreateSchemaReferenceId = OpenApiSchemaNames.Of;
            o.AddSchemaTransformer(StringsAreStrings);
            o.AddSchemaTransformer(InstantsAreDateTimes);
            o.AddDocumentTransformer(OpenApiPartnerKeys.AddSchemes);
            o.AddOperationTransformer(OpenApiPartnerKeys.RequireKey);
            o.AddOperationTransformer(OpenApiFormBodies.Describe);
        });

    /// <summary>
    /// Strings are read through a converter of our own (<c>CleanTextJsonConverter</c>), which the generator cannot see
    /// into: it would describe them as any value. They are strings, nullable where the property is, and so are the items of lists of them.
    /// </summary>
    private static Task StringsAreStrings(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = context.JsonPropertyInfo is { IsSetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (context.JsonTypeInfo.ElementType == typeof(string) && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Instants are written by our own converters (<see cref="UtcDateTimeJsonConverter"/>), which the generator cannot see
    /// into either: they are date-times, always in UTC.
    /// </summary>
    private static Task InstantsAreDateTimes(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            schema.Type = context.JsonPropertyInfo is { IsSetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Format = "date-time";
            schema.Description ??= "UTC, ending in Z";
        }

        return Task.CompletedTask;
    }
}
