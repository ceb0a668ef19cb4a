namespace Zhili.Hotline.Domain;

/// <summary>H-FORM-2: the two written notices; the values match the supervision level that issues them.</summary>
public enum NoticeKind
{
    Special = 2, // 《专项督办通知》
    Key = 3,     // 《重点督办通知》
}

/// <summary>H-FORM-2: the unit's first responsible person for a noticed appeal.</summary>
public enum ResponsiblePost
{
    LeaderInCharge = 1,  // 分管领导 (专项督办)
    PrincipalLeader = 2, // 主要领导 (重点督办)
}

/// <summary>H-FORM-3: who besides the departments may be invited to a coordination meeting.</summary>
public enum GuestKind
{
    NpcDeputy = 1,         // 人大代表
    CppccMember = 2,       // 政协委员
    ConductSupervisor = 3, // 行风监督员
    Media = 4,             // 新闻媒体
}

/// <summary>H-FORM-5: where a listed supervision (挂牌督办) stands in its loop.</summary>
public enum ListingState
{
    AwaitingPlan = 1,         // 待报送整改方案
    Rectifying = 2,           // 整改中 (plan on file, or write-off refused)
    AwaitingVerification = 3, // 整改报告待核实
    WrittenOff = 4,           // 已核销
}

/// <summary>H-FORM-5: one step of the loop, as the listing's history records it.</summary>
public enum ListingStepKind
{
    Listed = 1,     // 挂牌
    Plan = 2,       // 整改方案
    Report = 3,     // 整改报告
    Refused = 4,    // 不予核销
    WrittenOff = 5, // 核销
}
