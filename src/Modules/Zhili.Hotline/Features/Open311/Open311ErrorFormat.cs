namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// Every error under <c>/open311</c> — a refused input, an unknown route, a method not allowed, too many requests, a
/// failure — answers as GeoReport v2's error array, in the format the resource's extension names (XML otherwise).
/// </summary>
public sealed class Open311ErrorFormat : IErrorFormat
{
    public PathString Prefix => Open311Endpoints.Root;

    public Task WriteAsync(HttpContext context, PathString path, ErrorAnswer answer)
    {
        var descriptions = answer.Violations.Count > 0
            ? answer.Violations.Select(v => v.Field.Length == 0 ? v.Reason : $"{v.Field}: {v.Reason}")
            : [answer.Detail ?? answer.Title];
        return Open311Errors.Of(FormatOf(path), answer.Status, descriptions).ExecuteAsync(context);
    }

    /// <summary>The extension of the path's last segment (<c>requests.json</c>); the route values are gone by now.</summary>
    private static Open311Format FormatOf(PathString path)
    {
        var last = path.Value?[(path.Value.LastIndexOf('/') + 1)..] ?? "";
        return Open311Formats.Parse(Path.GetExtension(last).TrimStart('.')) ?? Open311Format.Xml;
    }
}
