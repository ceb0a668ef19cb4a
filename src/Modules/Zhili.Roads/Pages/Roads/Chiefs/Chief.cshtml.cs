namespace Zhili.Roads.Pages.Roads.Chiefs;

/// <summary>
/// R-CHIEF: one road chief office of the reader's scope (404 outside it) with every holder from when to when, as
/// sentences; a manager appoints the next holder, refused with a conflict when the office changed since it was shown.
/// </summary>
[Authorize(Policy = Roles.ReadPolicy)]
public sealed class ChiefModel(ChiefQueries queries, ChiefService chiefs, TimeProvider clock) : PageModel, IFormPage, IAppointPage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AppointForm Input { get; set; } = new();

    public RoadChief Chief { get; private set; } = null!;

    public string Place { get; private set; } = "";

    public bool CanManage => User.Holds(Roles.ManagePolicy);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input.FirstDay = Zhili.Kernel.Civil.Today(clock);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await queries.FindAsync(Id, ct) is not { } chief)
        {
            return false;
        }

        (Chief, Place) = (chief, await queries.PlaceNameAsync(chief, ct));
        Input.Version ??= chief.Version;
        return true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var office = await chiefs.GetAsync(Id, ct);
        await chiefs.AppointAsync(Input.ToCommand() with { Level = office.Level, Place = office.Place }, User.Name(), ct);
        return RedirectToPage(new { id = Id });
    }
}
