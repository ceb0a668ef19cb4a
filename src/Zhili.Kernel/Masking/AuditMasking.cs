using Zhili.BuildingBlocks.Audit;

namespace Zhili.Kernel.Masking;

/// <summary>K-MASK for the audit trail: the building blocks mask personal data with the kernel's functions through this.</summary>
public sealed class AuditMasking : IPersonalDataMasking
{
    public string Mask(PersonalKind kind, string value) => kind switch
    {
        PersonalKind.Name => Masking.Mask.Name(value),
        PersonalKind.Phone => Masking.Mask.Phone(value),
        PersonalKind.IdNumber => Masking.Mask.IdNumber(value),
        PersonalKind.Email => Masking.Mask.Email(value),
        _ => AuditPrivacy.Withheld,
    };
}
