namespace Zhili.Hotline.Features.Duplicates;

/// <summary>Why intake suggests that an appeal repeats another (H-FLOW).</summary>
public enum DuplicateReason
{
    SamePhone = 1,   // 同一来电号码
    Nearby = 2,      // 同类诉求、相距不远
    SameAddress = 3, // 同类诉求、同一地址
}

/// <summary>An open appeal that the new one may repeat; the office decides whether to link them.</summary>
public sealed record DuplicateSuggestion(
    long Id, string TrackingNumber, AppealType Type, string CategoryCode, string Address, AppealState State, string UnitCode,
    DateTime ReceivedAt, IReadOnlyList<DuplicateReason> Reasons, int? DistanceMeters)
{
    public static string Text(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SamePhone => "同一来电号码",
        DuplicateReason.Nearby => "同类诉求，地点相近",
        DuplicateReason.SameAddress => "同类诉求，地址相同",
        _ => reason.ToString(),
    };
}
