namespace Zhili.Hotline.Domain;

/// <summary>H-FORM-5 挂牌督办: listing issues a 《重点督办通知》; the loop itself lives on <see cref="ListedSupervision"/>.</summary>
public sealed partial class SupervisionCase
{
    /// <summary>
    /// The office lists the case with a 《重点督办通知》 to the unit. Listing belongs to 重点督办 (the notice it issues is
    /// that level's, H-FORM-2), and a case carries one listing at a time until it is written off.
    /// </summary>
    public ListedSupervision List(
        string reason, NoticeDraft draft, NoticeNumber number, string summary, IReadOnlyCollection<string> handlingUnits,
        SupervisionTerms terms, DateTime at, string actor)
    {
        EnsureOpen("H-FORM-5");
        if (Level != SupervisionLevel.Key)
        {
            throw Refuse("level", "挂牌督办须在重点督办中进行，请先升级为重点督办", "H-FORM-5");
        }

        if (OpenListing is { } open)
        {
            throw Refuse("state", $"本督办件已挂牌督办（{open.Notice.Number}），尚未核销", "H-FORM-5");
        }

        Require(reason, "reason", "请说明挂牌督办的理由", "H-FORM-5");
        var notice = IssueNotice(draft, number, summary, handlingUnits, terms, at, actor);
        var listing = new ListedSupervision
        {
            UnitCode = notice.UnitCode, Notice = notice, ListedAt = at, ListedBy = actor, Reason = reason.Trim(),
        };
        listing.Steps.Add(new ListingStep { Kind = ListingStepKind.Listed, At = at, By = actor, Text = reason.Trim() });
        Listings.Add(listing);
        return listing;
    }
}
