using System.Security.Cryptography;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Audit;

namespace Zhili.BuildingBlocks.Tests;

/// <summary>ARCHITECTURE rule 11: a file saved with a record (a patrol's or a problem's photo) is audited by its size and digest, not copied.</summary>
public sealed class AuditJsonTests
{
    [Fact]
    public void Audit_a_file_is_recorded_by_its_size_and_sha256_never_by_its_content()
    {
        byte[] photo = [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7))];

        var json = AuditJson.Write([new("Bytes", photo), new("ContentType", "image/jpeg")]);

        var digest = Convert.ToHexStringLower(SHA256.HashData(photo));
        json.ShouldBe($$"""{"Bytes":"4004 bytes, sha256 {{digest}}","ContentType":"image/jpeg"}""");
        json.ShouldNotContain(Convert.ToBase64String(photo)[..16]);
    }
}
