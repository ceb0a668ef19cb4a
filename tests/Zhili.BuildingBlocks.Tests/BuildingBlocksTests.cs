using System.Globalization;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Paging;
using Zhili.BuildingBlocks.Texts;

namespace Zhili.BuildingBlocks.Tests;

public sealed class BuildingBlocksTests
{
    [Fact]
    public void A_page_request_is_clamped_so_nobody_asks_for_everything_at_once()
    {
        new PageRequest(0, 100_000).Normalized().ShouldBe(new PageRequest(1, PageRequest.MaxSize));
        new PageRequest(3, 0).Normalized().ShouldBe(new PageRequest(3, PageRequest.DefaultSize));
        new PageRequest(Sort: "-name").SortKey().ShouldBe(("name", true));
        new PageRequest(Sort: "code").SortKey().ShouldBe(("code", false));
    }

    [Fact]
    public void A_page_knows_its_page_count()
    {
        new Page<int>([], 1, 20, 0, null).PageCount.ShouldBe(1);
        new Page<int>([1], 3, 20, 41, null).PageCount.ShouldBe(3);
        new Page<int>([1], 3, 20, 41, null).HasNext.ShouldBeFalse();
        new Page<int>([1], 2, 20, 41, null).HasPrevious.ShouldBeTrue();
    }

    [Fact]
    public void Texts_are_Chinese_by_default_and_English_when_asked()
    {
        var texts = new Texts.Texts([new TextSource(typeof(BuildingBlocksTests).Assembly)]);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            texts["单位目录"].Value.ShouldBe("单位目录");
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            texts["单位目录"].Value.ShouldBe("Directory of units");
            texts["共 {0} 条", 5].Value.ShouldBe("5 in all");
            // A text without a translation shows in Chinese rather than as a key, and says it is missing.
            texts["未翻译"].Value.ShouldBe("未翻译");
            texts["未翻译"].ResourceNotFound.ShouldBeTrue();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
