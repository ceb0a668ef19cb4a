namespace Zhili.BuildingBlocks.Audit;

/// <summary>What kind of personal data a property holds, and so how the audit trail masks it (K-MASK).</summary>
public enum PersonalKind
{
    Name,
    Phone,
    IdNumber,
    Email,

    /// <summary>Free text: it cannot be masked, so when it is personal the audit trail withholds it.</summary>
    Text,
}

/// <summary>
/// Marks a property of an entity that holds a private person's data. The audit trail never stores it as it is
/// (ARCHITECTURE rule 11, K-MASK): names, phones, identity numbers and e-mail addresses are masked, text is withheld.
/// </summary>
/// <param name="kind">How the value is masked.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PersonalAttribute(PersonalKind kind) : Attribute
{
    public PersonalKind Kind => kind;

    /// <summary>A bool property of the same record: the value is personal only while it is true (e.g. a natural person's name).</summary>
    public string? When { get; init; }

    /// <summary>A bool property of the same record: while it is true the value is withheld whole (保密 appeals, H-FLOW).</summary>
    public string? WithheldWhen { get; init; }
}

/// <summary>The kernel's K-MASK functions, handed to the audit trail (the building blocks cannot reference the kernel).</summary>
public interface IPersonalDataMasking
{
    string Mask(PersonalKind kind, string value);
}
