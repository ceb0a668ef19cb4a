namespace Zhili.Hotline.Features.Open311;

/// <summary>The attribute answers of a posted request (already checked against the definition by the validator).</summary>
public sealed record Open311Answers(AppealType? Type, bool Urgent, bool Confidential, IReadOnlyList<string> Periods)
{
    public static Open311Answers Of(IReadOnlyDictionary<string, IReadOnlyList<string>> attributes)
    {
        string? One(string code) => attributes.TryGetValue(code, out var v) && v.Count > 0 ? v[0] : null;
        bool Yes(string code) => string.Equals(One(code), "true", StringComparison.OrdinalIgnoreCase);
        var type = Enum.GetValues<AppealType>()
            .Where(t => string.Equals(Open311Attributes.KeyOf(t), One(Open311Attributes.Type), StringComparison.OrdinalIgnoreCase))
            .Select(t => (AppealType?)t).FirstOrDefault();
        var periods = attributes.TryGetValue(Open311Attributes.Period, out var p)
            ? p.Distinct(StringComparer.OrdinalIgnoreCase).Select(Open311Attributes.PeriodName).ToList()
            : [];
        return new Open311Answers(type, Yes(Open311Attributes.Urgent), Yes(Open311Attributes.Confidential), periods);
    }
}
