using Zhili.Kernel.Codes;

namespace Zhili.Kernel.Tests.Codes;

/// <summary>
/// K-USCC test vectors, check characters computed by hand. Values: 0–9, A=10 B=11 C=12 D=13 E=14 F=15 G=16 H=17
/// J=18 K=19 L=20 M=21 N=22 P=23 Q=24 R=25 T=26 U=27 W=28 X=29 Y=30. Weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28.
///
/// 91410100MA45J8K3Q?:
///   9×1=9, 1×3=3 (12), 4×9=36 (48), 1×27=27 (75), 0×19=0 (75), 1×26=26 (101), 0×16=0 (101), 0×17=0 (101),
///   M 21×20=420 (521), A 10×29=290 (811), 4×25=100 (911), 5×13=65 (976), J 18×8=144 (1120), 8×24=192 (1312),
///   K 19×10=190 (1502), 3×30=90 (1592), Q 24×28=672 (2264).
///   2264 = 31×73 + 1 → 31 − 1 = 30 → 'Y'.  Code: 91410100MA45J8K3QY.
///
/// 91410100MA45J8K3E?: the first 16 give 1592 (above); E 14×28=392 → 1984 = 31×64 + 0 → 31 − 0 = 31 → 0 → '0'.
///   Code: 91410100MA45J8K3E0 (the "31 becomes 0" case).
/// </summary>
public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91410100MA45J8K3QY", "91410100MA45J8K3QY")]
    [InlineData("91410100MA45J8K3E0", "91410100MA45J8K3E0")]
    [InlineData("  91410100ma45j8k3qy ", "91410100MA45J8K3QY")]  // trimmed and upper-cased
    [InlineData("９１４１０１００ＭＡ４５Ｊ８Ｋ３ＱＹ", "91410100MA45J8K3QY")] // full-width input from a Chinese IME
    public void K_USCC_valid_codes(string code, string normalized)
    {
        var check = CreditCode.Check(code);
        check.IsValid.ShouldBeTrue(check.ReasonEn);
        check.Fault.ShouldBe(CodeFault.None);
        check.Normalized.ShouldBe(normalized);
        check.Reason.ShouldBeNull();
        CreditCode.Normalize(code).ShouldBe(normalized);
    }

    [Fact]
    public void K_USCC_check_character_function_matches_the_hand_computation()
    {
        CreditCode.CheckCharacter("91410100MA45J8K3Q").ShouldBe('Y');
        CreditCode.CheckCharacter("91410100MA45J8K3E").ShouldBe('0');
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void K_USCC_empty(string? code)
    {
        var check = CreditCode.Check(code);
        check.IsValid.ShouldBeFalse();
        check.Fault.ShouldBe(CodeFault.Empty);
        check.Reason.ShouldBe("统一社会信用代码不能为空");
        check.ReasonEn.ShouldBe("the unified social credit code must not be empty");
    }

    [Theory]
    [InlineData("91410100MA45J8K3Q", 17)]
    [InlineData("91410100MA45J8K3QY1", 19)]
    public void K_USCC_wrong_length_names_the_length(string code, int length)
    {
        var check = CreditCode.Check(code);
        check.Fault.ShouldBe(CodeFault.Length);
        check.Reason.ShouldBe($"统一社会信用代码长度为 {length} 位，应为 18 位");
        check.ReasonEn.ShouldBe($"the unified social credit code has {length} characters, expected 18");
        check.ExpectedCheckCharacter.ShouldBeNull();
    }

    [Theory]
    [InlineData("91410100MI45J8K3QY", 'I', 10)]
    [InlineData("O1410100MA45J8K3QY", 'O', 1)]
    [InlineData("91410100MA45J8K3QZ", 'Z', 18)]
    [InlineData("91410100MA45S8K3QY", 'S', 13)]
    [InlineData("91410100MA45J8V3QY", 'V', 15)]
    [InlineData("914101-0MA45J8K3QY", '-', 7)]
    public void K_USCC_illegal_character_names_character_and_position(string code, char bad, int position)
    {
        var check = CreditCode.Check(code);
        check.Fault.ShouldBe(CodeFault.Character);
        check.Reason.ShouldBe($"统一社会信用代码第 {position} 位字符“{bad}”不合法，只能使用数字 0-9 和除 I、O、Z、S、V 以外的大写字母");
        check.ReasonEn.ShouldBe($"character '{bad}' at position {position} of the unified social credit code is not allowed (use 0-9 and A-Z except I, O, Z, S, V)");
    }

    [Fact]
    public void K_USCC_inner_space_is_shown_as_code_point()
    {
        CreditCode.Check("91410100 A45J8K3QY").Reason.ShouldBe(
            "统一社会信用代码第 9 位字符“U+0020”不合法，只能使用数字 0-9 和除 I、O、Z、S、V 以外的大写字母");
    }

    [Theory]
    [InlineData("91410100MA45J8K3QX", 'Y', 'X')]
    [InlineData("91410100MA45J8K3Q0", 'Y', '0')]
    [InlineData("91410100MA45J8K3EY", '0', 'Y')]
    public void K_USCC_wrong_check_character_gives_the_expected_one(string code, char expected, char found)
    {
        var check = CreditCode.Check(code);
        check.Fault.ShouldBe(CodeFault.CheckCharacter);
        check.ExpectedCheckCharacter.ShouldBe(expected);
        check.Reason.ShouldBe($"统一社会信用代码校验码错误：第 18 位应为“{expected}”，实际为“{found}”");
        check.ReasonEn.ShouldBe($"wrong check character in the unified social credit code: position 18 should be '{expected}', found '{found}'");
    }

    [Fact]
    public void K_USCC_a_single_changed_character_is_caught()
    {
        // 91410100MA45J8K3QY with position 12 changed from 5 to 6: the sum grows by 13 → 2277 = 31×73 + 14 → 31 − 14 = 17 → 'H'.
        var check = CreditCode.Check("91410100MA46J8K3QY");
        check.Fault.ShouldBe(CodeFault.CheckCharacter);
        check.ExpectedCheckCharacter.ShouldBe('H');
    }
}
