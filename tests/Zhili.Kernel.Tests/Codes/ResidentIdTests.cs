using Zhili.Kernel.Codes;

namespace Zhili.Kernel.Tests.Codes;

/// <summary>
/// K-ID test vectors, check characters computed by hand. Weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2;
/// check = "10X98765432"[sum mod 11].
///
/// 11010519491231002?: 1×7=7, 1×9=9 (16), 0×10=0 (16), 1×5=5 (21), 0×8=0 (21), 5×4=20 (41), 1×2=2 (43), 9×1=9 (52),
///   4×6=24 (76), 9×3=27 (103), 1×7=7 (110), 2×9=18 (128), 3×10=30 (158), 1×5=5 (163), 0×8=0 (163), 0×4=0 (163),
///   2×2=4 (167). 167 = 11×15 + 2 → index 2 → 'X'.  Number: 11010519491231002X (17th digit 2 → female).
///
/// 41010219900307123?: 4×7=28, 1×9=9 (37), 0 (37), 1×5=5 (42), 0 (42), 2×4=8 (50), 1×2=2 (52), 9×1=9 (61),
///   9×6=54 (115), 0×3=0 (115), 0×7=0 (115), 3×9=27 (142), 0×10=0 (142), 7×5=35 (177), 1×8=8 (185), 2×4=8 (193),
///   3×2=6 (199). 199 = 11×18 + 1 → index 1 → '0'.  Number: 410102199003071230 (17th digit 3 → male).
///
/// 41010219900230123?: as above but positions 11–14 "0230" instead of "0307": 199 − (0+27+0+35) + (0+18+30+0) = 185
///   = 11×16 + 9 → index 9 → '3'. Number 410102199002301233 has a right check digit but 1990-02-30 does not exist.
/// </summary>
public sealed class ResidentIdTests
{
    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")] // lower-case x accepted and normalised
    [InlineData(" 410102199003071230 ", "410102199003071230")]
    public void K_ID_valid_numbers(string id, string normalized)
    {
        var check = ResidentId.Check(id);
        check.IsValid.ShouldBeTrue(check.ReasonEn);
        check.Normalized.ShouldBe(normalized);
        ResidentId.Normalize(id).ShouldBe(normalized);
    }

    [Fact]
    public void K_ID_parse_gives_region_birth_date_and_sex()
    {
        ResidentId.Parse("11010519491231002x").ShouldBe(
            new ResidentIdFacts("11010519491231002X", "110105", new DateOnly(1949, 12, 31), Sex.Female));
        ResidentId.Parse("410102199003071230").ShouldBe(
            new ResidentIdFacts("410102199003071230", "410102", new DateOnly(1990, 3, 7), Sex.Male));
        ResidentId.Parse("410102199003071231").ShouldBeNull();
    }

    [Fact]
    public void K_ID_age_counts_completed_years()
    {
        var facts = ResidentId.Parse("410102199003071230")!;
        facts.AgeOn(new DateOnly(2024, 3, 6)).ShouldBe(33);
        facts.AgeOn(new DateOnly(2024, 3, 7)).ShouldBe(34);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void K_ID_empty(string? id)
    {
        var check = ResidentId.Check(id);
        check.Fault.ShouldBe(CodeFault.Empty);
        check.Reason.ShouldBe("身份证号码不能为空");
    }

    [Theory]
    [InlineData("41010219900307123", "身份证号码长度为 17 位，应为 18 位")]
    [InlineData("410102900307123", "身份证号码长度为 15 位，应为 18 位（15 位旧号码不再受理）")]
    public void K_ID_wrong_length(string id, string reason)
    {
        var check = ResidentId.Check(id);
        check.Fault.ShouldBe(CodeFault.Length);
        check.Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData("4101A2199003071230", "身份证号码第 5 位“A”不是数字")]
    [InlineData("41010219900307123Y", "身份证号码第 18 位“Y”应为数字或 X")]
    [InlineData("X10102199003071230", "身份证号码第 1 位“X”不是数字")] // X only allowed as check character
    public void K_ID_illegal_character(string id, string reason)
    {
        var check = ResidentId.Check(id);
        check.Fault.ShouldBe(CodeFault.Character);
        check.Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData("410102199002301233", "19900230")] // 30 Feb, correct check digit '3' (see above)
    [InlineData("410102189912311234", "18991231")] // before 1900-01-01
    [InlineData("410102199013011234", "19901301")] // month 13
    public void K_ID_birth_date_must_be_real(string id, string part)
    {
        var check = ResidentId.Check(id);
        check.Fault.ShouldBe(CodeFault.BirthDate);
        check.Reason.ShouldBe($"身份证号码第 7–14 位出生日期“{part}”不是 1900-01-01 至 2100-12-31 之间的有效日期");
        check.ReasonEn.ShouldBe($"the birth date '{part}' at positions 7–14 of the identity number is not a real date between 1900-01-01 and 2100-12-31");
    }

    [Theory]
    [InlineData("410102199003071231", '0', '1')]
    [InlineData("410102199003071239", '0', '9')]
    [InlineData("110105194912310021", 'X', '1')]
    [InlineData("110105194912310020", 'X', '0')]
    public void K_ID_wrong_check_character_gives_the_expected_one(string id, char expected, char found)
    {
        var check = ResidentId.Check(id);
        check.Fault.ShouldBe(CodeFault.CheckCharacter);
        check.ExpectedCheckCharacter.ShouldBe(expected);
        check.Reason.ShouldBe($"身份证号码校验码错误：第 18 位应为“{expected}”，实际为“{found}”");
        check.ReasonEn.ShouldBe($"wrong check character in the identity number: position 18 should be '{expected}', found '{found}'");
    }

    [Fact]
    public void K_ID_check_character_function_matches_the_hand_computation()
    {
        ResidentId.CheckCharacter("11010519491231002").ShouldBe('X');
        ResidentId.CheckCharacter("41010219900307123").ShouldBe('0');
        ResidentId.CheckCharacter("41010219900230123").ShouldBe('3');
    }
}
