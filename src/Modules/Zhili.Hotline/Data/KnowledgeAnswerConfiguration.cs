namespace Zhili.Hotline.Data;

/// <summary>The knowledge base of answers to common consultations (H-FLOW).</summary>
internal sealed class KnowledgeAnswerConfiguration : IEntityTypeConfiguration<KnowledgeAnswer>
{
    public void Configure(EntityTypeBuilder<KnowledgeAnswer> builder)
    {
        builder.ToTable("knowledge_answers");
        builder.Property(k => k.Title).HasMaxLength(100);
        builder.Property(k => k.Answer).HasMaxLength(4000);
        builder.Property(k => k.CategoryCode).HasMaxLength(6);
        builder.Property(k => k.Keywords).HasMaxLength(200);
        builder.Property(k => k.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(k => k.CategoryCode);
    }
}
