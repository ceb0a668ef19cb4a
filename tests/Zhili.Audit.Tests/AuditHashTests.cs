using Zhili.BuildingBlocks.Audit;

namespace Zhili.Audit.Tests;

/// <summary>
/// The MAC, the batch hash, the checkpoint and the legacy chain cover every field, unambiguously. Their known answers
/// were computed apart from this code (HMAC-SHA256 and SHA-256 of the documented text): a change to how records are
/// hashed fails here, instead of silently failing the verification of every stored trail.
/// </summary>
public sealed class AuditHashTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    private static AuditRecord Record(string actor = "张三", string? unit = "410100", string? before = null, string? after = """{"Name":"测试路街道"}""") => new()
    {
        Id = 7, At = new DateTime(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc).AddTicks(12_340), Actor = actor, UnitCode = unit, ScopeUnit = "410105",
        Module = "kernel", Entity = "AdminUnit", EntityId = "410105901", Action = "Added", Before = before, After = after, RequestId = "r1", KeyId = "k1",
    };

    [Fact]
    public void Audit_a_fixed_key_and_record_give_the_known_MAC()
    {
        AuditMac.Canonical(Record()).ShouldBe(
            """6:record1:727:2025-06-10T02:00:00.001234Z2:张三6:4101006:4101056:kernel9:AdminUnit9:4101059015:Added~16:{"Name":"测试路街道"}2:r12:k1""");
        AuditMac.Compute(Key, Record()).ShouldBe("21f35320eaf09b08ed6d9f52b5ab6e4ba7aadc635d860385c7eb8e226b83d247");
    }

    [Fact]
    public void Audit_a_fixed_batch_and_checkpoint_give_the_known_hash_and_MAC()
    {
        var seal = new AuditSeal { Batch = 1, FirstId = 7, LastXid = 0, LastId = 8, Count = 2, KeyId = "k1", Hash = "" };
        var hash = AuditSealHash.Compute(Key, AuditSealHash.Genesis, seal, [AuditMac.Compute(Key, Record()), string.Concat(Enumerable.Repeat("ab", 32))]);
        hash.ShouldBe("69b6e7b5f9a195a49aacce12382d21eeb3cc721fe3f73e77fac819f6b78f9b9e");

        var checkpoint = AuditCheckpoint.Sign(1, hash, new DateTime(2025, 6, 10, 2, 0, 5, DateTimeKind.Utc), "k1", Key);
        checkpoint.Mac.ShouldBe("980cf1f1ff1997501dbcb8f190387e979279558665d51de3c251ec85f2bec7a9");
        checkpoint.IsSignedBy(Key).ShouldBeTrue();
        (checkpoint with { Batch = 2 }).IsSignedBy(Key).ShouldBeFalse();
    }

    [Fact]
    public void Audit_the_legacy_chain_still_hashes_a_fixed_record_to_the_known_hash()
    {
        AuditChain.Hash(AuditChain.Genesis, Record()).ShouldBe("e99035253a051372049c0106454af8afb58f9be09ed92f2d56c3f1367e85b589");
    }

    [Fact]
    public void Audit_moving_text_from_one_field_to_the_next_changes_the_MAC()
    {
        AuditMac.Compute(Key, Record("ab", "c")).ShouldNotBe(AuditMac.Compute(Key, Record("a", "bc")));
        AuditMac.Compute(Key, Record(unit: null)).ShouldNotBe(AuditMac.Compute(Key, Record(unit: "")));
        AuditMac.Compute(Key, Record(before: null, after: "{}")).ShouldNotBe(AuditMac.Compute(Key, Record(before: "{}", after: null)));
    }

    [Fact]
    public void Audit_the_MAC_depends_on_the_key_the_id_and_the_key_id()
    {
        var mac = AuditMac.Compute(Key, Record());
        mac.ShouldMatch("^[0-9a-f]{64}$");
        AuditMac.Compute([.. Key.Reverse()], Record()).ShouldNotBe(mac);
        var other = Record();
        other.Id = 8;
        AuditMac.Compute(Key, other).ShouldNotBe(mac);
        other = Record();
        other.KeyId = "k2";
        AuditMac.Compute(Key, other).ShouldNotBe(mac);
    }
}
