namespace Zhili.Hotline.Data;

/// <summary>H-LVL: the supervision case and the per-appeal supervisions it covers.</summary>
internal sealed class SupervisionCaseConfiguration : IEntityTypeConfiguration<SupervisionCase>
{
    public void Configure(EntityTypeBuilder<SupervisionCase> b)
    {
        b.ToTable("supervision_cases");
        b.Property(c => c.OpenedBy).HasMaxLength(256);
        b.Property(c => c.Reason).HasMaxLength(2000);
        b.HasIndex(c => new { c.Level, c.OpenedAt });
        b.HasMany(c => c.Supervisions).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.PhoneFollowUps).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Notices).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Meetings).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Visits).WithOne().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Listings).WithOne().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.OpenListing);
    }
}

/// <summary>H-FORM-1: phone follow-ups.</summary>
internal sealed class PhoneFollowUpConfiguration : IEntityTypeConfiguration<PhoneFollowUp>
{
    public void Configure(EntityTypeBuilder<PhoneFollowUp> b)
    {
        b.ToTable("supervision_phone_calls");
        b.Property(p => p.UnitCode).HasMaxLength(20);
        b.Property(p => p.Contact).HasMaxLength(100);
        b.Property(p => p.Caller).HasMaxLength(100);
        b.Property(p => p.Agreed).HasMaxLength(4000);
        b.Property(p => p.RecordedBy).HasMaxLength(256);
    }
}

/// <summary>H-FORM-2: written notices, numbered once per year.</summary>
internal sealed class SupervisionNoticeConfiguration : IEntityTypeConfiguration<SupervisionNotice>
{
    public void Configure(EntityTypeBuilder<SupervisionNotice> b)
    {
        b.ToTable("supervision_notices");
        b.Property(n => n.Number).HasMaxLength(50);
        b.HasIndex(n => n.Number).IsUnique();
        // H-FORM-2: one sequence per year; a clash between two app nodes fails the second save, which takes the next number.
        b.HasIndex(n => new { n.Year, n.Sequence }).IsUnique();
        b.HasIndex(n => new { n.UnitCode, n.DueAt });
        b.Property(n => n.UnitCode).HasMaxLength(20);
        b.Property(n => n.IssuedBy).HasMaxLength(256);
        b.Property(n => n.IssuingOffice).HasMaxLength(100);
        b.Property(n => n.DueRule).HasMaxLength(20);
        b.Property(n => n.Requirements).HasMaxLength(4000);
        b.Property(n => n.Summary).HasMaxLength(8000);
        b.Property(n => n.ResponsiblePerson).HasMaxLength(50);
        b.Property(n => n.RepliedBy).HasMaxLength(256);
        b.Property(n => n.ReplyText).HasMaxLength(4000);
        b.Property(n => n.SignedBy).HasMaxLength(50);
    }
}

/// <summary>H-FORM-5: listings and the steps of their loop.</summary>
internal sealed class ListedSupervisionConfiguration : IEntityTypeConfiguration<ListedSupervision>
{
    public void Configure(EntityTypeBuilder<ListedSupervision> b)
    {
        b.ToTable("supervision_listings");
        b.Property(l => l.UnitCode).HasMaxLength(20);
        b.Property(l => l.ListedBy).HasMaxLength(256);
        b.Property(l => l.Reason).HasMaxLength(2000);
        b.HasIndex(l => new { l.UnitCode, l.State });
        b.HasIndex(l => l.CaseId);
        // H-FORM-5: one listing at a time per case until it is written off, also when two are listed at the same moment.
        b.HasIndex(l => l.CaseId, "IX_supervision_listings_open_per_case").IsUnique().HasFilter($"state <> {(int)ListingState.WrittenOff}")
            .Enforces("H-FORM-5", "本督办件已挂牌督办，尚未核销");
        b.HasOne(l => l.Notice).WithMany().HasForeignKey(l => l.NoticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(l => l.Steps).WithOne().HasForeignKey(s => s.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ListingStepConfiguration : IEntityTypeConfiguration<ListingStep>
{
    public void Configure(EntityTypeBuilder<ListingStep> b)
    {
        b.ToTable("supervision_listing_steps");
        b.Property(s => s.By).HasMaxLength(256);
        b.Property(s => s.Text).HasMaxLength(4000);
    }
}
