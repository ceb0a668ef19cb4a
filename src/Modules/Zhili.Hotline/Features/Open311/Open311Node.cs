namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// An answer as GeoReport v2 defines it in XML; <see cref="Open311Result"/> writes it as XML, or as JSON by the Spark
/// convention the spec names (a container of repeated elements is always an array, even with one item).
/// </summary>
public abstract record Open311Node(string Name);

/// <summary>A leaf element: a string, a number, a boolean, a UTC instant (written as a W3C date-time) or null (empty).</summary>
public sealed record Open311Field(string Name, object? Value) : Open311Node(Name);

/// <summary>An element with child elements: a JSON object.</summary>
public sealed record Open311Item(string Name, IReadOnlyList<Open311Node> Children) : Open311Node(Name);

/// <summary>A container of repeated elements (<c>&lt;services&gt;&lt;service/&gt;…</c>): a JSON array.</summary>
public sealed record Open311List(string Name, IReadOnlyList<Open311Node> Items) : Open311Node(Name);
