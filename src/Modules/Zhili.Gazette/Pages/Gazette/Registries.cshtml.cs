namespace Zhili.Gazette.Pages.Gazette;

/// <summary>G-GROUP and G-LIST: leading groups, commendation lists and the coal-mine closure list, with .xlsx exports.</summary>
[PublicEndpoint]
public sealed class RegistriesModel(GazetteQueries queries) : PageModel
{
    public IReadOnlyList<GroupMember> Members { get; private set; } = [];

    public IReadOnlyList<Commendation> Commendations { get; private set; } = [];

    public IReadOnlyList<CoalMine> Mines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Members = await queries.MembersAsync(ct);
        Commendations = await queries.CommendationsAsync(ct);
        Mines = await queries.CoalMinesAsync(ct);
    }
}
