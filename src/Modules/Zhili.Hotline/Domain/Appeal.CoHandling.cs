namespace Zhili.Hotline.Domain;

/// <summary>
/// H-FLOW: co-handling units (协办单位) see the appeal and add handling notes; the lead unit alone replies (L4327).
/// H-SLA: the timeline says when a category's own working days set the deadline.
/// </summary>
public sealed partial class Appeal
{
    /// <summary>A handling note by a co-handling unit, recorded under that unit.</summary>
    public void CoHandlingNote(string text, string coUnit, DateTime at, string actor)
    {
        Expect(AppealState.Assigned, AppealState.Returned, AppealState.Replied);
        if (!CoUnitCodes.Contains(coUnit))
        {
            throw Refuse("unitCode", $"{coUnit} 不是该诉求的协办单位");
        }

        Record(at, actor, "note", text, null).UnitCode = coUnit;
    }

    /// <summary>H-SLA: after the clock started, says on the timeline when the deadline came from the category's own days.</summary>
    public void NoteCategorySla(Sla sla, DateTime at, string actor)
    {
        if (!Urgent && sla.CategoryDays(Type) is { } days)
        {
            Record(at, actor, "deadline", $"按分类 {CategoryCode} 的{Texts.Type(Type)}办理时限 {days} 个工作日计算", "H-SLA");
        }
    }
}
