namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// ARCHITECTURE rule 17, at the edge: a date or instant a client sends must lie in the years 1900–2199. Beyond them the
/// calendar's arithmetic, the time-zone conversion (K-TZ) and the databases' types overflow; no rule of the gazette needs
/// them. Checked for every argument of every API endpoint, and for the date properties of its request objects.
/// </summary>
public static class EdgeRanges
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2199, 12, 31);

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> DateProperties = new();

    public static IEnumerable<Violation> Check(string name, object? value)
    {
        if (value is null || value is string)
        {
            yield break;
        }

        if (DayOf(value) is { } day)
        {
            if (day < First || day > Last)
            {
                yield return OutOfRange(name);
            }

            yield break;
        }

        foreach (var property in DateProperties.GetOrAdd(value.GetType(), DatesOf))
        {
            if (DayOf(property.GetValue(value)) is { } d && (d < First || d > Last))
            {
                yield return OutOfRange(char.ToLowerInvariant(property.Name[0]) + property.Name[1..]);
            }
        }
    }

    /// <summary>True when the day lies within the range (for callers that parse dates themselves, e.g. Open311's query).</summary>
    public static bool Holds(DateOnly day) => day >= First && day <= Last;

    public static Violation OutOfRange(string field) => new(field, $"日期应在 {First:yyyy-MM-dd} 至 {Last:yyyy-MM-dd} 之间");

    private static DateOnly? DayOf(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        DateTimeOffset o => DateOnly.FromDateTime(o.UtcDateTime),
        _ => null,
    };

    /// <summary>The date properties of a request object of Zhili's own (a body or an <c>[AsParameters]</c> query).</summary>
    private static PropertyInfo[] DatesOf(Type type) => type.Namespace?.StartsWith("Zhili", StringComparison.Ordinal) != true
        ? []
        : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsDate(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)).ToArray();

    private static bool IsDate(Type type) => type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);
}
