namespace Zhili.WageArrears.Domain;

public sealed partial class BlacklistCase
{
    /// <summary>B-NOTICE: the 告知书's document number, given once, when the case is opened.</summary>
    public string? NoticeNumber { get; private set; }

    /// <summary>B-NOTICE: the 告知书's date (成文日期), the day the case was opened, or the earlier day it was received.</summary>
    public DateOnly? NoticeIssuedOn { get; private set; }

    /// <summary>B-LIST: the 列入决定书's document number, given once with the listing decision and never reused.</summary>
    public string? ListingNumber { get; private set; }

    public void IssueNotice(string number, DateOnly on)
    {
        if (NoticeNumber is not null)
        {
            throw new InvalidOperationException("The notice already has its number.");
        }

        NoticeNumber = number;
        NoticeIssuedOn = on;
    }

    public void NumberListing(string number)
    {
        if (ListedOn is null || ListingNumber is not null)
        {
            throw new InvalidOperationException("Only a listing decision without a number is numbered.");
        }

        ListingNumber = number;
    }
}
