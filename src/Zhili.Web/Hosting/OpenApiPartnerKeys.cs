namespace Zhili.Web.Hosting;

/// <summary>
/// The partner keys in the OpenAPI document: a security scheme for the <c>X-Api-Key</c> header, and for Open311 one for
/// the <c>api_key</c> query parameter GeoReport v2 clients use (the form field is in the operation's form schema). Every
/// operation that needs a partner scope requires one of them and names its scope.
/// </summary>
public static class OpenApiPartnerKeys
{
    public const string HeaderScheme = "partnerKey";
    public const string QueryScheme = "open311ApiKey";

    public static Task AddSchemes(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = PartnerAccess.Header,
            Description = "合作系统密钥，由管理员在 /admin/partners 签发 (a partner key issued at /admin/partners)",
        };
        document.Components.SecuritySchemes[QueryScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Query, Name = PartnerAccess.QueryParameter,
            Description = "Open311 GeoReport v2 only: the partner key as api_key in the query (or as a form field of the POST)",
        };
        return Task.CompletedTask;
    }

    public static Task RequireKey(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<PartnerScopeMetadata>().FirstOrDefault() is not { } scope)
        {
            return Task.CompletedTask;
        }

        var open311 = ("/" + context.Description.RelativePath).StartsWith(PartnerAccess.Open311Root + "/", StringComparison.Ordinal);
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, context.Document)] = [] });
        if (open311)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(QueryScheme, context.Document)] = [] });
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = PartnerAccess.QueryParameter, In = ParameterLocation.Query, Required = false,
                Description = "合作系统密钥（也可作为表单字段 api_key 或请求头 X-Api-Key 提交）",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        operation.Description = $"{operation.Description}\n\n需要授权范围 {scope.Scope} 的合作系统密钥 (a partner key with scope {scope.Scope}).".TrimStart();
        return Task.CompletedTask;
    }
}
