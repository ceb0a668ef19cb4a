using Microsoft.AspNetCore.Authorization;

namespace Zhili.Gazette.Pages.Gazette;

/// <summary>Upload a gazette text (administrators, G-DOC): shows what was added and every line that could not be parsed.</summary>
[Authorize(Policy = Policies.CityAdministrator)]
public sealed class ImportModel(GazetteImporter importer) : PageModel
{
    private const long MaxBytes = 20 * 1024 * 1024;

    public ImportResult? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            Error = "请选择公报全文文件（UTF-8 文本，不超过 20 MB）。";
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        Result = await importer.ImportAsync(await reader.ReadToEndAsync(ct), file.FileName, User.Identity?.Name, ct);
        if (Result.Found == 0)
        {
            Error = "未识别出任何公报文件，未作任何更改。";
        }

        return Page();
    }
}
