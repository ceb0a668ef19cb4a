namespace Zhili.Hotline.Domain;

/// <summary>What an appeal is received with, whichever way it came in (API, office page, citizen form).</summary>
public sealed record Intake(
    Channel Channel, string CallerName, string CallerPhone, bool Confidential, AppealType Type, bool Urgent,
    string CategoryCode, string Address, double? Latitude, double? Longitude, string Description);
