namespace Zhili.Hotline.Data.Bulletins;

internal sealed class CriticismConfiguration : IEntityTypeConfiguration<Criticism>
{
    public void Configure(EntityTypeBuilder<Criticism> b)
    {
        b.ToTable("criticisms");
        b.Property(c => c.UnitCode).HasMaxLength(20);
        b.Property(c => c.Reason).HasMaxLength(2000);
        b.Property(c => c.BulletinLabel).HasMaxLength(60);
        b.Property(c => c.IssuedBy).HasMaxLength(256);
        b.Property(c => c.Explanation).HasMaxLength(4000);
        b.Property(c => c.ExplainedBy).HasMaxLength(256);
        b.Ignore(c => c.ExplanationOwed);
        // H-TALK: the n-th criticism of a unit in a year exists once, so two criticisms at the same moment cannot both be "the first".
        b.HasIndex(c => new { c.UnitCode, c.Year, c.Ordinal }).IsUnique();
        b.HasIndex(c => c.IssuedAt);
    }
}

internal sealed class InterviewProposalConfiguration : IEntityTypeConfiguration<InterviewProposal>
{
    public void Configure(EntityTypeBuilder<InterviewProposal> b)
    {
        b.ToTable("interview_proposals");
        b.Property(p => p.UnitCode).HasMaxLength(20);
        b.Property(p => p.Grounds).HasMaxLength(2000);
        b.Property(p => p.RaisedBy).HasMaxLength(256);
        b.Property(p => p.DecidedBy).HasMaxLength(256);
        b.Property(p => p.DecisionNote).HasMaxLength(2000);
        b.HasIndex(p => new { p.UnitCode, p.Year, p.State });
        // H-TALK: one proposal the system raised waits per unit and year; a further criticism joins it.
        b.HasIndex(p => new { p.UnitCode, p.Year }, "IX_interview_proposals_waiting_per_unit").IsUnique()
            .HasFilter($"state = {(int)ProposalState.Proposed} AND raised_by = '{InterviewProposal.System}'")
            .Enforces("H-TALK", "该单位本年度已有一项待确认的约谈建议");
        b.HasIndex(p => p.RaisedAt);
    }
}

internal sealed class DisciplineReferralConfiguration : IEntityTypeConfiguration<DisciplineReferral>
{
    public void Configure(EntityTypeBuilder<DisciplineReferral> b)
    {
        b.ToTable("discipline_referrals");
        b.Property(r => r.UnitCode).HasMaxLength(20);
        b.Property(r => r.Misconduct).HasMaxLength(4000);
        b.Property(r => r.ReferredTo).HasMaxLength(200);
        b.Property(r => r.RecordedBy).HasMaxLength(256);
        b.HasIndex(r => r.ReferredOn);
    }
}
