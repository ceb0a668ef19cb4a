using Zhili.Hotline.Features.Streets;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>H-FLOW 二级转办 on the appeal page: the district passes down and reviews, the street replies or returns.</summary>
public sealed partial class AppealModel
{
    private StreetService Streets => HttpContext.RequestServices.GetRequiredService<StreetService>();

    /// <summary>The streets the lead district may pass the appeal down to, by name.</summary>
    public IReadOnlyList<AdminUnit> StreetChoices => Streets.StreetsOf(Appeal);

    /// <summary>The district (not the office) holds the appeal and no street has it.</summary>
    public bool CanPassDown => !IsOffice && IsLead && Appeal.State == AppealState.Assigned && Appeal.OpenStreetStage is null;

    public bool CanReviewStreet => !IsOffice && IsLead && Appeal.OpenStreetStage?.State == StreetStageState.Replied;

    public bool IsStreetOfAppeal => Appeal.State == AppealState.Assigned && StreetService.IsStreetOf(DataScope.Current, Appeal)
        && Appeal.OpenStreetStage?.State == StreetStageState.Handling;

    public Task<IActionResult> OnPostPassDownAsync(PassDownForm form, CancellationToken ct) => Act(false, a =>
        Streets.PassDownAsync(a, form.ToCommand().StreetCode, form.DeadlineOn ?? default, form.ToCommand().Instructions, ct), ct);

    public Task<IActionResult> OnPostStreetReplyAsync(TextForm form, CancellationToken ct) =>
        Act(false, a => Streets.ReplyAsync(a, form.ToCommand().Text, ct), ct);

    public Task<IActionResult> OnPostStreetReturnAsync(ReasonForm form, CancellationToken ct) =>
        Act(false, a => Streets.ReturnAsync(a, form.ToCommand().Reason, ct), ct);

    public Task<IActionResult> OnPostStreetReviewAsync(StreetReviewForm form, CancellationToken ct) =>
        Act(false, a => Streets.ReviewAsync(a, form.Accept, form.ToCommand().Text, ct), ct);
}

/// <summary>二级转办 as the page posts it: the street picked by name, the last day of its deadline, the district's instructions.</summary>
public sealed class PassDownForm : IForm<PassDownRequest>
{
    public string? StreetCode { get; set; }

    public DateOnly? DeadlineOn { get; set; }

    public string? Instructions { get; set; }

    public PassDownRequest ToCommand() =>
        new(StreetCode?.Trim() ?? "", DeadlineOn, string.IsNullOrWhiteSpace(Instructions) ? null : Instructions.Trim());
}

public sealed class StreetReviewForm : IForm<StreetReviewRequest>
{
    public bool Accept { get; set; }

    public string? Text { get; set; }

    public StreetReviewRequest ToCommand() => new(Accept, Text?.Trim() ?? "");
}
