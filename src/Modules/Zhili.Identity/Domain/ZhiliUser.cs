namespace Zhili.Identity.Domain;

/// <summary>A civil servant's account: belongs to one unit (K-UNITS, or a street/township under one) and has roles.</summary>
public sealed class ZhiliUser : IdentityUser, IUnitScoped
{
    public required string UnitCode { get; set; }

    /// <summary>The person's name as colleagues see it (not published: K-MASK applies on public pages).</summary>
    public required string DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }
}
