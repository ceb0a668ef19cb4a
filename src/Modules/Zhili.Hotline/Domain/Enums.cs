namespace Zhili.Hotline.Domain;

/// <summary>H-FLOW: how an appeal came in.</summary>
public enum Channel
{
    Phone = 1,
    Web = 2,
    App = 3,
    Open311 = 4,
}

/// <summary>H-SLA: the appeal types, each with its handling deadline.</summary>
public enum AppealType
{
    Consultation = 1, // 咨询
    Help = 2,         // 求助
    Complaint = 3,    // 投诉
    Report = 4,       // 举报
    Suggestion = 5,   // 建议
}

/// <summary>H-FLOW: the stages of an appeal.</summary>
public enum AppealState
{
    Received = 1,  // 已受理, not yet assigned
    Assigned = 2,  // 已交办 to a lead unit (also after a reopen)
    Returned = 3,  // 已回退 by the unit, waiting for 改派
    Replied = 4,   // 已答复, waiting for the callback
    Closed = 5,    // 已办结
}

/// <summary>H-FLOW: the citizen's answer at the callback (回访).</summary>
public enum Satisfaction
{
    Satisfied = 1,      // 满意
    BasicallySatisfied = 2, // 基本满意
    Unsatisfied = 3,    // 不满意
}

/// <summary>H-FLOW: why an appeal was closed; kept distinct so that "closed" never pretends to be "fixed".</summary>
public enum ClosureReason
{
    Resolved = 1,          // 已解决
    Explained = 2,         // 已解释说明 / 无法解决
    NotOurResponsibility = 3, // 不属于职责范围
    Duplicate = 4,         // 重复诉求
}

/// <summary>H-LVL: the three supervision levels, in escalation order.</summary>
public enum SupervisionLevel
{
    General = 1, // 一般督办
    Special = 2, // 专项督办
    Key = 3,     // 重点督办
}

/// <summary>H-EXT: where an extension application stands.</summary>
public enum ExtensionState
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}
