using Zhili.BuildingBlocks.Audit;

namespace Zhili.Hotline.Domain;

/// <summary>
/// H-FLOW duplicates: the office links an appeal as a follower of a primary. The follower keeps its own record and
/// tracking number, makes no moves of its own while linked (the primary's handling is its handling), and closes as
/// 重复诉求 when the primary closes; it may be unlinked while it is open.
/// </summary>
public sealed partial class Appeal
{
    /// <summary>The address normalised for duplicate suggestions (<see cref="Addresses.Key"/>), set at intake.</summary>
    public string? AddressKey { get; private set; }

    /// <summary>The caller's phone without dashes, set at intake: a landline is the same number with or without the dash after its area code.</summary>
    [Personal(PersonalKind.Phone, WithheldWhen = nameof(Confidential))]
    public string? CallerPhoneKey { get; private set; }

    public static string PhoneKey(string phone) => phone.Replace("-", "", StringComparison.Ordinal);

    /// <summary>The primary appeal this one follows as a duplicate; kept after closure as its history.</summary>
    public long? PrimaryAppealId { get; private set; }

    public DateTime? LinkedAt { get; private set; }

    /// <summary>Links this appeal as a follower of <paramref name="primary"/>; <paramref name="hasFollowers"/>: this one is itself a primary.</summary>
    public void LinkTo(Appeal primary, bool hasFollowers, DateTime at, string actor)
    {
        if (primary.Id == Id)
        {
            throw Refuse("primaryId", "诉求不能作为自身的重复诉求");
        }

        if (PrimaryAppealId is not null)
        {
            throw Refuse("primaryAppealId", "该诉求已关联到一件主诉求，请先取消关联");
        }

        if (State == AppealState.Closed || primary.State == AppealState.Closed)
        {
            throw Refuse("state", "已办结的诉求不能关联为重复诉求");
        }

        if (primary.PrimaryAppealId is not null)
        {
            throw Refuse("primaryId", $"{primary.TrackingNumber} 本身是重复诉求，请关联到它的主诉求");
        }

        if (hasFollowers)
        {
            throw Refuse("primaryId", "该诉求已有重复诉求随其办理，不能再作为其他诉求的重复诉求");
        }

        PrimaryAppealId = primary.Id;
        LinkedAt = at;
        Record(at, actor, "linked", $"作为重复诉求随 {primary.TrackingNumber} 办理", "H-FLOW");
        primary.Record(at, actor, "follower-linked", $"重复诉求 {TrackingNumber} 随本诉求办理", "H-FLOW");
    }

    /// <summary>Ends the link while the follower is open; it goes on from the stage it had.</summary>
    public void Unlink(DateTime at, string actor)
    {
        if (PrimaryAppealId is null)
        {
            throw Refuse("primaryAppealId", "该诉求没有关联主诉求");
        }

        if (State == AppealState.Closed)
        {
            throw Refuse("state", "已办结的重复诉求不能取消关联");
        }

        PrimaryAppealId = null;
        LinkedAt = null;
        Record(at, actor, "unlinked", "取消重复诉求关联，恢复单独办理", "H-FLOW");
    }

    /// <summary>The primary closed: an open follower closes with it, as 重复诉求, whatever stage it had.</summary>
    public void CloseWithPrimary(Appeal primary, DateTime at, string actor)
    {
        if (State != AppealState.Closed && PrimaryAppealId == primary.Id)
        {
            Finish(Domain.ClosureReason.Duplicate, $"随主诉求 {primary.TrackingNumber} 办结", at, actor);
        }
    }
}
