namespace Zhili.Web.Pages.Admin.Calendar;

/// <summary>K-WD-1: an administrator loads a year's arrangement (the shipped JSON schema) without a release.</summary>
[Authorize(Policy = Policies.CityAdministrator)]
public sealed class ImportModel(CalendarStore store) : PageModel
{
    /// <summary>A year's file is a few kilobytes; anything much larger is not one.</summary>
    public const long MaxBytes = 256 * 1024;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<CalendarYearRecord> Imported { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Imported = await store.ImportedAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Errors = ["请选择一个 JSON 文件"];
        }
        else if (file.Length > MaxBytes)
        {
            Errors = [$"文件过大（{file.Length} 字节），一年的安排不超过 {MaxBytes} 字节"];
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            try
            {
                var year = await store.ImportAsync(await reader.ReadToEndAsync(ct), User.Identity?.Name, ct);
                Done = $"已导入 {year.Year} 年：{year.Days.Count} 个日期";
            }
            catch (CalendarDataException e)
            {
                Errors = e.Messages;
            }
        }

        Imported = await store.ImportedAsync(ct);
        return Page();
    }
}
