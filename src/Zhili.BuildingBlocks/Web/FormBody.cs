namespace Zhili.BuildingBlocks.Web;

/// <summary>
/// The form an endpoint reads itself, for the API document only. Unlike <c>Accepts</c> it leaves routing alone: a body
/// of another content type still reaches the endpoint, which answers it with its own 400 instead of a bare 415.
/// </summary>
public sealed record FormBodyMetadata(Type Form, IReadOnlyList<string> ContentTypes);

public static class FormBodies
{
    public static RouteHandlerBuilder DescribesForm<TForm>(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new FormBodyMetadata(typeof(TForm), contentTypes));
}
