using Zhili.Kernel.Calendar;
using static Zhili.Kernel.Tests.Calendar.TestDates;

namespace Zhili.Kernel.Tests.Calendar;

public sealed class HolidayYearParseTests
{
    private static string Messages(string json) =>
        string.Join("\n", Should.Throw<CalendarDataException>(() => HolidayYear.Parse(json)).Messages);

    [Fact]
    public void K_WD_1_parses_a_valid_year()
    {
        var year = HolidayYear.Parse("""
            {"year": 2027, "source": "国办发明电〔2026〕X号", "days": [
              {"date": "2027-01-01", "name": "元旦", "off": true},
              {"date": "2027-02-06", "name": "春节", "off": false}
            ]}
            """);

        year.Year.ShouldBe(2027);
        year.Source.ShouldBe("国办发明电〔2026〕X号");
        year.Days.ShouldBe([new HolidayDay(D("2027-01-01"), "元旦", true), new HolidayDay(D("2027-02-06"), "春节", false)]);
    }

    [Fact]
    public void K_WD_1_an_imported_years_names_and_source_lose_characters_no_person_types()
    {
        // JSON escapes reach the parsed strings as the characters themselves; the calendar page publishes them.
        var year = HolidayYear.Parse("""
            {"year": 2027, "source": "国办发明电\u0001〔2026〕X号\uFFFE", "days": [
              {"date": "2027-01-01", "name": "元\u0008旦\u001B", "off": true}
            ]}
            """);

        year.Source.ShouldBe("国办发明电〔2026〕X号");
        year.Days.Single().Name.ShouldBe("元旦");
        Messages("""
            {"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "\u0001\uFDD0", "off": true}]}
            """).ShouldContain("days[0].name");
    }

    [Fact]
    public void K_WD_1_shipped_files_parse_with_the_readme_counts()
    {
        // README table: off / make-up entries per year.
        var expected = new Dictionary<int, (int Off, int MakeUp)>
        {
            [2018] = (25, 7), [2019] = (22, 6), [2020] = (30, 6), [2021] = (31, 7), [2022] = (32, 7),
            [2023] = (26, 7), [2024] = (28, 8), [2025] = (28, 5), [2026] = (33, 6),
        };
        foreach (var year in HolidayData.Shipped())
        {
            (year.Days.Count(d => d.Off), year.Days.Count(d => !d.Off)).ShouldBe(expected[year.Year], $"year {year.Year}");
        }
    }

    [Fact]
    public void K_WD_1_rejects_bad_json()
    {
        Messages("""{"year": 2027, "source": "x", "days": [""").ShouldContain("JSON 格式错误 (invalid JSON)");
        Messages("""{"year": 2027, "year": 2028, "source": "x", "days": []}""").ShouldContain("JSON 格式错误");
        Messages("[]").ShouldBe("根节点必须是对象 (the root must be a JSON object)");
    }

    [Fact]
    public void K_WD_1_rejects_missing_fields()
    {
        Messages("""{"source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""")
            .ShouldBe("year: 缺少字段 (missing field)");
        Messages("""{"year": 2027, "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""")
            .ShouldBe("source: 缺少字段 (missing field)");
        Messages("""{"year": 2027, "source": "x"}""").ShouldBe("days: 缺少字段 (missing field)");
        Messages("""{"year": 2027, "source": "x", "days": [{"name": "元旦", "off": true}]}""")
            .ShouldBe("days[0].date: 缺少字段 (missing field)");
        Messages("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "off": true}]}""")
            .ShouldBe("days[0].name: 缺少字段 (missing field)");
        Messages("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦"}]}""")
            .ShouldBe("days[0].off: 缺少字段 (missing field)");
    }

    [Fact]
    public void K_WD_1_rejects_wrong_types_unknown_fields_and_empty_values()
    {
        Messages("""{"year": "2027", "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""")
            .ShouldBe("year: \"2027\" 不是整数 (must be an integer)");
        Messages("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": "true"}]}""")
            .ShouldBe("days[0].off: 必须是 true 或 false (must be true or false)");
        Messages("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "of": true, "off": true}]}""")
            .ShouldBe("days[0].of: 未知字段 (unknown field)");
        Messages("""{"year": 2027, "source": " ", "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""")
            .ShouldBe("source: 不能为空 (must not be empty)");
        Messages("""{"year": 2027, "source": "x", "days": []}""").ShouldBe("days: 不能为空 (must list at least one date)");
    }

    [Theory]
    [InlineData("""{"year": 2027, "source": 7, "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""", "source: 必须是字符串 (must be a string)")]
    [InlineData("""{"year": 2027, "source": null, "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""", "source: 必须是字符串 (must be a string)")]
    [InlineData("""{"year": null, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""", "year: null 不是整数 (must be an integer)")]
    [InlineData("""{"year": 2027.5, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""", "year: 2027.5 不是整数 (must be an integer)")]
    [InlineData("""{"year": 2027, "source": "x", "days": {}}""", "days: 必须是数组 (must be an array)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [1]}""", "days[0]: 必须是对象 (must be an object)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [null]}""", "days[0]: 必须是对象，不能为 null (must be an object, not null)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": 20270101, "name": "元旦", "off": true}]}""", "days[0].date: 必须是 yyyy-MM-dd 格式的字符串 (must be a string yyyy-MM-dd)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": ["元旦"], "off": true}]}""", "days[0].name: 必须是非空字符串 (must be a non-empty string)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": " ", "off": true}]}""", "days[0].name: 必须是非空字符串 (must be a non-empty string)")]
    [InlineData("""{"Year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""", "Year: 未知字段 (unknown field)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true, "year": 2027}]}""", "days[0].year: 未知字段 (unknown field)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true}], "a b": 1}""", "a b: 未知字段 (unknown field)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": "２０２７-01-01", "name": "元旦", "off": true}]}""", "days[0].date: ２０２７-01-01 不是有效日期 (not a valid date, expected yyyy-MM-dd)")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": " 2027-01-01", "name": "元旦", "off": true}]}""", "days[0].date:  2027-01-01 不是有效日期 (not a valid date, expected yyyy-MM-dd)")]
    public void K_WD_1_refuses_a_field_of_the_wrong_kind_naming_it(string json, string expected) => Messages(json).ShouldBe(expected);

    [Theory]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true},]}""")]
    [InlineData("""{"year": 2027, "source": "x", /* 注释 */ "days": [{"date": "2027-01-01", "name": "元旦", "off": true}]}""")]
    [InlineData("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-01", "name": "元旦", "off": true, "off": false}]}""")]
    public void K_WD_1_refuses_trailing_commas_comments_and_repeated_fields_as_bad_json(string json) =>
        Messages(json).ShouldStartWith("JSON 格式错误 (invalid JSON)");

    [Fact]
    public void K_WD_1_create_refuses_a_null_day_and_an_empty_name_naming_them()
    {
        var ex = Should.Throw<CalendarDataException>(() => HolidayYear.Create(2027, "x",
            [new HolidayDay(D("2027-01-01"), "元旦", true), null!, new HolidayDay(D("2027-01-03"), "\u0001", true)]));
        ex.Messages.ShouldBe(["days[1]: 必须是对象，不能为 null (must be an object, not null)", "days[2].name: 必须是非空字符串 (must be a non-empty string)"]);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void K_WD_1_rejects_a_year_outside_2000_to_2100(int year)
    {
        Messages($$"""{"year": {{year}}, "source": "x", "days": [{"date": "{{year}}-01-01", "name": "元旦", "off": true}]}""")
            .ShouldBe($"year: {year} 超出 2000–2100 范围 (year must be between 2000 and 2100)");
    }

    [Fact]
    public void K_WD_1_rejects_a_date_that_does_not_exist()
    {
        Messages("""
            {"year": 2027, "source": "x", "days": [
              {"date": "2027-01-01", "name": "元旦", "off": true},
              {"date": "2027-01-02", "name": "元旦", "off": true},
              {"date": "2027-01-03", "name": "元旦", "off": true},
              {"date": "2027-02-30", "name": "春节", "off": true}
            ]}
            """).ShouldBe("days[3].date: 2027-02-30 不是有效日期 (not a valid date, expected yyyy-MM-dd)");
        Messages("""{"year": 2027, "source": "x", "days": [{"date": "2027-1-01", "name": "元旦", "off": true}]}""")
            .ShouldBe("days[0].date: 2027-1-01 不是有效日期 (not a valid date, expected yyyy-MM-dd)");
    }

    [Fact]
    public void K_WD_1_rejects_a_date_outside_the_year()
    {
        Messages("""{"year": 2027, "source": "x", "days": [{"date": "2026-12-31", "name": "元旦", "off": true}]}""")
            .ShouldBe("days[0].date: 2026-12-31 不在 2027 年内 (date is not in year 2027)");
    }

    [Fact]
    public void K_WD_1_rejects_duplicate_and_unsorted_dates()
    {
        Messages("""
            {"year": 2027, "source": "x", "days": [
              {"date": "2027-01-01", "name": "元旦", "off": true},
              {"date": "2027-01-01", "name": "元旦", "off": true}
            ]}
            """).ShouldBe("days[1].date: 2027-01-01 重复 (duplicate date)");
        Messages("""
            {"year": 2027, "source": "x", "days": [
              {"date": "2027-02-10", "name": "春节", "off": true},
              {"date": "2027-01-01", "name": "元旦", "off": true}
            ]}
            """).ShouldBe("days[1].date: 2027-01-01 未按升序排列，前一条是 2027-02-10 (dates must be sorted ascending; the previous one is 2027-02-10)");
    }

    [Fact]
    public void K_WD_1_rejects_a_make_up_day_on_a_weekday()
    {
        // 2027-01-06 is a Wednesday.
        Messages("""{"year": 2027, "source": "x", "days": [{"date": "2027-01-06", "name": "元旦", "off": false}]}""")
            .ShouldBe("days[0]: 2027-01-06 是星期三，off:false 只能用于星期六或星期日 " +
                      "(off:false marks a make-up working day and must be a Saturday or Sunday; 2027-01-06 is a Wednesday)");
    }

    [Fact]
    public void K_WD_1_lists_every_fault_at_once()
    {
        var messages = Should.Throw<CalendarDataException>(() => HolidayYear.Parse("""
            {"year": 2027, "source": "x", "days": [
              {"date": "2027-13-01", "name": "元旦", "off": true},
              {"date": "2028-01-01", "name": "元旦", "off": true},
              {"date": "2027-01-05", "name": "元旦", "off": false}
            ]}
            """)).Messages;

        messages.Count.ShouldBe(4);
        messages[0].ShouldStartWith("days[0].date: 2027-13-01 不是有效日期");
        messages[1].ShouldStartWith("days[1].date: 2028-01-01 不在 2027 年内");
        messages[2].ShouldStartWith("days[2].date: 2027-01-05 未按升序排列");
        messages[3].ShouldStartWith("days[2]: 2027-01-05 是星期二");
    }

    [Fact]
    public void K_WD_1_create_applies_the_same_checks()
    {
        var ex = Should.Throw<CalendarDataException>(() => HolidayYear.Create(2027, "x",
            [new HolidayDay(D("2027-01-01"), "元旦", true), new HolidayDay(D("2027-01-06"), "元旦", false)]));
        ex.Messages.ShouldHaveSingleItem().ShouldStartWith("days[1]: 2027-01-06 是星期三");

        HolidayYear.Create(2027, "x", [new HolidayDay(D("2027-01-01"), "元旦", true)]).Days.Count.ShouldBe(1);
    }
}
