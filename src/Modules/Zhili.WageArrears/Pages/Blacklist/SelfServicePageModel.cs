namespace Zhili.WageArrears.Pages.Blacklist;

/// <summary>A public form an employer files with its access code and credit code; the page answers with the receipt.</summary>
public abstract class SelfServicePageModel<TForm> : PageModel, IFormPage
    where TForm : new()
{
    [BindProperty]
    public TForm Input { get; set; } = new();

    public SelfServiceReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Receipt = await FileAsync(Input, ct);
        // K-MASK: the answer echoes nothing of what was sent (the form's posted values live in ModelState).
        ModelState.Clear();
        Input = new TForm();
        return Page();
    }

    public Task<bool> LoadAsync(CancellationToken ct) => Task.FromResult(true);

    protected abstract Task<SelfServiceReceipt> FileAsync(TForm form, CancellationToken ct);
}
