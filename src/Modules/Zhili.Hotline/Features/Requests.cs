using Zhili.Hotline.Domain;

namespace Zhili.Hotline.Features;

/// <summary>Intake by the office (H-FLOW): a call, a web message or an app report.</summary>
public sealed record NewAppealRequest(
    Channel Channel, string CallerName, string CallerPhone, bool Confidential, AppealType Type, bool Urgent,
    string CategoryCode, string Address, double? Latitude, double? Longitude, string Description)
{
    public Intake ToIntake() => new(Channel, CallerName, CallerPhone, Confidential, Type, Urgent, CategoryCode, Address, Latitude, Longitude, Description);
}

/// <summary>A citizen's own appeal through the public form or API (channel web, never urgent by the citizen's say).</summary>
public sealed record PublicAppealRequest(
    string CallerName, string CallerPhone, bool Confidential, AppealType Type, string CategoryCode, string Address, string Description)
{
    public Intake ToIntake() => new(Channel.Web, CallerName, CallerPhone, Confidential, Type, false, CategoryCode, Address, null, null, Description);
}

public sealed record AssignRequest(string UnitCode, IReadOnlyList<string>? CoUnitCodes);

public sealed record ReasonRequest(string Reason);

public sealed record TextRequest(string Text);

public sealed record CallbackRequest(Satisfaction Satisfaction);

public sealed record CloseRequest(ClosureReason Reason, string? Note);

public sealed record ExtensionRequest(string Reason, int WorkingDays);

public sealed record ApproveExtensionRequest(int WorkingDays, string CitizenNotice);

public sealed record RefuseExtensionRequest(string Reason, string CitizenNotice);

public sealed record SupervisionRequest(SupervisionLevel Level, string Reason);
