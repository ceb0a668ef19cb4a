using Zhili.BuildingBlocks.Audit;

namespace Zhili.Audit.Tests;

/// <summary>The hash covers every field, unambiguously, and the previous hash.</summary>
public sealed class AuditHashTests
{
    private static AuditRecord Record(string actor = "ab", string? unit = "c", string? before = null, string? after = "{}") => new()
    {
        Id = 7, At = new DateTime(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc).AddTicks(12_340), Actor = actor, UnitCode = unit,
        Module = "kernel", Entity = "AdminUnit", EntityId = "410105901", Action = "Added", Before = before, After = after, RequestId = "r1",
    };

    [Fact]
    public void Audit_moving_text_from_one_field_to_the_next_changes_the_hash()
    {
        AuditChain.Hash("", Record("ab", "c")).ShouldNotBe(AuditChain.Hash("", Record("a", "bc")));
        AuditChain.Hash("", Record(unit: null)).ShouldNotBe(AuditChain.Hash("", Record(unit: "")));
        AuditChain.Hash("", Record(before: null, after: "{}")).ShouldNotBe(AuditChain.Hash("", Record(before: "{}", after: null)));
    }

    [Fact]
    public void Audit_the_hash_depends_on_the_previous_hash_and_is_64_hex_digits()
    {
        var first = AuditChain.Hash(AuditChain.Genesis, Record());
        first.ShouldMatch("^[0-9a-f]{64}$");
        AuditChain.Hash(first, Record()).ShouldNotBe(first);
        AuditChain.Hash(AuditChain.Genesis, Record()).ShouldBe(first);
    }

    [Fact]
    public void Audit_the_time_is_hashed_as_UTC_to_the_microsecond()
    {
        AuditChain.Canonical("", Record()).ShouldContain("27:2025-06-10T02:00:00.001234Z");
    }
}
