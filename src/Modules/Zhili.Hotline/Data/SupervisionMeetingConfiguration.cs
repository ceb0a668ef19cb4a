namespace Zhili.Hotline.Data;

/// <summary>H-FORM-3: coordination meetings with their guests and the duties they set.</summary>
internal sealed class CoordinationMeetingConfiguration : IEntityTypeConfiguration<CoordinationMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinationMeeting> b)
    {
        b.ToTable("supervision_meetings");
        b.Property(m => m.Place).HasMaxLength(200);
        b.Property(m => m.Minutes).HasMaxLength(8000);
        b.Property(m => m.RecordedBy).HasMaxLength(256);
        b.HasMany(m => m.Guests).WithOne().HasForeignKey(g => g.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Duties).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingGuestConfiguration : IEntityTypeConfiguration<MeetingGuest>
{
    public void Configure(EntityTypeBuilder<MeetingGuest> b)
    {
        b.ToTable("supervision_meeting_guests");
        b.Property(g => g.Name).HasMaxLength(100);
    }
}

internal sealed class MeetingDutyConfiguration : IEntityTypeConfiguration<MeetingDuty>
{
    public void Configure(EntityTypeBuilder<MeetingDuty> b)
    {
        b.ToTable("supervision_meeting_duties");
        b.Property(d => d.UnitCode).HasMaxLength(20);
        b.Property(d => d.Duty).HasMaxLength(2000);
        b.Property(d => d.DueRule).HasMaxLength(20);
        b.HasIndex(d => new { d.UnitCode, d.DueAt });
    }
}

/// <summary>H-FORM-4: on-site visits.</summary>
internal sealed class SiteVisitConfiguration : IEntityTypeConfiguration<SiteVisit>
{
    public void Configure(EntityTypeBuilder<SiteVisit> b)
    {
        b.ToTable("supervision_visits");
        b.Property(v => v.Place).HasMaxLength(200);
        b.Property(v => v.Findings).HasMaxLength(4000);
        b.Property(v => v.AgreedActions).HasMaxLength(4000);
        b.Property(v => v.RecordedBy).HasMaxLength(256);
    }
}
