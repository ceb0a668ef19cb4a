namespace Zhili.Hotline.Pages.Hotline;

/// <summary>
/// One supervision case as its section shows it: the records of every form, and the forms open to the reader: the office
/// issues and verifies, the handling unit replies and files plans and reports (the data scope has already hidden the rest).
/// </summary>
public sealed record SupervisionSection(
    SupervisionCase Case, IReadOnlyList<Appeal> Appeals, bool IsOffice, bool IsUnit, string ReturnUrl, DateTime Now, IAdminUnits Units)
{
    public string UnitName(string code) => Units.Find(code)?.Name ?? code;

    /// <summary>The lead units of the case's appeals still under supervision: the addressees a notice may have.</summary>
    public IReadOnlyList<string> HandlingUnits => Appeals
        .Where(a => a.OpenSupervision is { } s && Case.Supervisions.Contains(s) && a.UnitCode != Appeal.OfficeUnit)
        .Select(a => a.UnitCode).Distinct().ToList();

    /// <summary>The pickers' choices (K-UNITS: by name, never a typed code), the same sets the forms accept.</summary>
    public IReadOnlyList<AdminUnit> NoticeUnits => [.. HandlingUnits.Select(Units.Find).OfType<AdminUnit>()];

    public IReadOnlyList<AdminUnit> ContactUnits => SupervisionUnits.Contactable(Units, Case, Appeals);

    public IReadOnlyList<AdminUnit> MeetingUnits => SupervisionUnits.Attending(Units, Case, Appeals);

    public static string Time(DateTime? t) => t is { } v ? Civil.ToShanghai(v).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>The value of a datetime-local input: now, in Beijing time.</summary>
    public string LocalNow => Civil.ToShanghai(Now).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public static bool IsUnitUser(ClaimsPrincipal user) => user.Holds(HotlineRoles.UnitPolicy);
}

/// <summary>The supervision section of the appeal page: every case the appeal has been under, newest first.</summary>
public sealed class SupervisionSectionViewComponent(SupervisionService cases, IAdminUnits units, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long appealId)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var sections = new List<SupervisionSection>();
        foreach (var c in await cases.ForAppealAsync(appealId, ct))
        {
            sections.Add(new SupervisionSection(c, await cases.AppealsOfAsync(c, ct), user.IsOffice(), SupervisionSection.IsUnitUser(user),
                $"/hotline/appeals/{appealId}", clock.GetUtcNow().UtcDateTime, units));
        }

        return View("~/Pages/Hotline/_SupervisionCases.cshtml", sections);
    }
}
