namespace Zhili.Web.Hosting;

/// <summary>The request body of an endpoint that reads its form itself (<see cref="FormBodyMetadata"/>): the form's fields.</summary>
public static class OpenApiFormBodies
{
    public static async Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FormBodyMetadata>().FirstOrDefault() is not { } form)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(form.Form, null, ct);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = form.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = schema }),
        };
    }
}
