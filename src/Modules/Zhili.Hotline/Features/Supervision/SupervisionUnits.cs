namespace Zhili.Hotline.Features;

/// <summary>
/// The units a supervision form may name, the same for the page's pickers and the check of what is posted: a form names
/// no unit the case has nothing to do with.
/// </summary>
public static class SupervisionUnits
{
    /// <summary>The case's appeals still under this case's supervision.</summary>
    public static IEnumerable<Appeal> Supervised(SupervisionCase c, IEnumerable<Appeal> appeals) =>
        appeals.Where(a => a.OpenSupervision is { } s && c.Supervisions.Contains(s));

    /// <summary>H-FORM-1: whom a phone follow-up reaches — the lead, co-handling and street units of the supervised appeals.</summary>
    public static IReadOnlyList<AdminUnit> Contactable(IAdminUnits units, SupervisionCase c, IEnumerable<Appeal> appeals) =>
        Of(units, Supervised(c, appeals).SelectMany(a => a.CoUnitCodes.Prepend(a.UnitCode).Append(a.StreetCode ?? "")));

    /// <summary>
    /// H-FORM-3: who attends a coordination meeting and takes a duty — the city departments (编制 and 法制 among them), the
    /// county-level units, and the units the case's appeals are with.
    /// </summary>
    public static IReadOnlyList<AdminUnit> Attending(IAdminUnits units, SupervisionCase c, IEnumerable<Appeal> appeals) =>
        [.. units.All.Where(u => u.Kind == UnitKind.Department || u.Kind.IsCountyLevel()).UnionBy(Contactable(units, c, appeals), u => u.Code)];

    private static IReadOnlyList<AdminUnit> Of(IAdminUnits units, IEnumerable<string> codes) =>
        [.. codes.Where(code => code != Appeal.OfficeUnit).Distinct(StringComparer.Ordinal).Select(units.Find).OfType<AdminUnit>()];
}
