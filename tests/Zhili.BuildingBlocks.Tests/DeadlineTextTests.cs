using Microsoft.AspNetCore.Razor.TagHelpers;
using Shouldly;
using Xunit;
using Zhili.BuildingBlocks.Web;

namespace Zhili.BuildingBlocks.Tests;

/// <summary>K-TZ: one way to write a deadline — the civil day in Asia/Shanghai and "24:00", never the next day's 00:00.</summary>
public sealed class DeadlineTextTests
{
    [Fact]
    public void K_TZ_a_deadline_stored_as_the_next_days_midnight_shows_as_the_day_before_at_24_00()
    {
        // 2026-12-05 16:00 UTC is 2026-12-06 00:00 in Shanghai: the end of 12-05.
        var endOfDecember5 = new DateTime(2026, 12, 5, 16, 0, 0, DateTimeKind.Utc);

        DeadlineText.Of(endOfDecember5).ShouldBe("2026-12-05 24:00");
        DeadlineText.By(endOfDecember5).ShouldBe("2026-12-05 24:00前");
    }

    [Fact]
    public void K_TZ_a_value_read_back_from_the_database_is_taken_as_UTC()
    {
        var unspecified = new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Unspecified);

        DeadlineText.Of(unspecified).ShouldBe("2026-12-31 24:00");
        DeadlineText.Iso(unspecified).ShouldBe("2026-12-31T16:00:00Z");
    }

    [Fact]
    public void K_TZ_a_deadline_within_a_day_shows_its_Shanghai_minute_and_none_shows_a_dash()
    {
        // An urgent appeal's deadline is hours after assignment: 07:30 UTC is 15:30 in Shanghai.
        DeadlineText.Of(new DateTime(2026, 12, 5, 7, 30, 0, DateTimeKind.Utc)).ShouldBe("2026-12-05 15:30");
        // 16:01 UTC is already 00:01 of the next civil day.
        DeadlineText.Of(new DateTime(2026, 12, 5, 16, 1, 0, DateTimeKind.Utc)).ShouldBe("2026-12-06 00:01");
        DeadlineText.Of(null).ShouldBe("—");
    }

    [Fact]
    public void K_TZ_the_deadline_tag_writes_a_time_element_with_the_instant()
    {
        var output = Render(new DeadlineTagHelper { At = new DateTime(2026, 12, 5, 16, 0, 0, DateTimeKind.Utc) }, "deadline");

        output.TagName.ShouldBe("time");
        output.Attributes["datetime"].Value.ShouldBe("2026-12-05T16:00:00Z");
        output.Content.GetContent().ShouldBe("2026-12-05 24:00");
    }

    [Fact]
    public void G_CITE_the_rule_tag_links_the_rule_to_its_clause_in_the_gazette_library()
    {
        var output = Render(new RuleTagHelper { Id = "H-EXT" }, "rule");

        output.TagName.ShouldBeNull();
        output.Content.GetContent().ShouldBe("<small class=\"rule\"><a href=\"/gazette/rules/H-EXT\">H-EXT</a></small>");
        Render(new RuleTagHelper { Id = null }, "rule").Content.GetContent().ShouldBeEmpty();
    }

    private static TagHelperOutput Render(TagHelper helper, string tag)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        return output;
    }
}
