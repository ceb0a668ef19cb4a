using Zhili.BuildingBlocks.Validation;

namespace Zhili.Security.Tests;

/// <summary>Hardening issue, part 4: what intake drops from text, and what it keeps.</summary>
public sealed class CleanTextTests
{
    [Theory]
    [InlineData("郑州市金水区经八路", "郑州市金水区经八路")]
    [InlineData("第一行\r\n第二行\t缩进", "第一行\r\n第二行\t缩进")]
    [InlineData("a\u0000b\u0001c\u0008d\u001Fe", "abcde")]
    [InlineData("x\u007Fy\u0085z\u009F", "xyz")]
    [InlineData("\uFFFE前\uFFFF后\uFDD0", "前后")]
    [InlineData("𠀀 emoji 😀 stay", "𠀀 emoji 😀 stay")]
    [InlineData("\U0001FFFE plane-1 noncharacter", " plane-1 noncharacter")]
    public void Intake_drops_controls_noncharacters_and_lone_surrogates_and_keeps_everything_else(string text, string clean) =>
        CleanText.Clean(text).ShouldBe(clean);

    [Fact]
    public void Intake_drops_unpaired_surrogates_but_keeps_pairs()
    {
        // Built in code: an attribute's strings are stored as UTF-8, which cannot hold an unpaired surrogate.
        var text = "孤" + '\uD800' + "立" + '\uDC00' + "代理" + "\uD840\uDC00";
        CleanText.Clean(text).ShouldBe("孤立代理\uD840\uDC00");
    }

    [Fact]
    public void Clean_text_is_returned_as_it_is()
    {
        var text = "无需清理的文字";
        CleanText.Clean(text).ShouldBeSameAs(text);
    }
}
