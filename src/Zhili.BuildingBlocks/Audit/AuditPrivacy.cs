namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Masks the personal data of a record's values as they go into the audit trail (ARCHITECTURE rule 11, K-MASK):
/// every reader of the trail then sees at most what the masking leaves, whatever their scope.
/// </summary>
public sealed class AuditPrivacy(IPersonalDataMasking? masking = null)
{
    /// <summary>What a withheld value reads as in the trail.</summary>
    public const string Withheld = "（已隐去）";

    private static readonly ConcurrentDictionary<PropertyInfo, PersonalAttribute?> Marks = new();

    /// <summary>The Before/After JSON of these values of <paramref name="record"/>, personal data masked.</summary>
    public string Json(object record, IEnumerable<KeyValuePair<IProperty, object?>> values) =>
        AuditJson.Write(values.Select(v => new KeyValuePair<string, object?>(v.Key.Name, Value(v.Key, record, v.Value))));

    /// <summary>The value as the trail keeps it: masked or withheld when the property is marked <see cref="PersonalAttribute"/>.</summary>
    public object? Value(IProperty property, object record, object? value)
    {
        if (value is not string text || property.PropertyInfo is not { } info
            || Marks.GetOrAdd(info, p => p.GetCustomAttribute<PersonalAttribute>()) is not { } mark)
        {
            return value;
        }

        if (mark.When is { } when && !Flag(record, when))
        {
            return value;
        }

        if (mark.Kind == PersonalKind.Text || (mark.WithheldWhen is { } withheld && Flag(record, withheld)) || masking is null)
        {
            return Withheld;
        }

        return masking.Mask(mark.Kind, text);
    }

    // The flag as the record holds it (a computed property such as a party's IsNaturalPerson included).
    private static bool Flag(object record, string name) =>
        record.GetType().GetProperty(name)?.GetValue(record) is true;
}
