using Zhili.Roads.Domain;
using Zhili.Roads.Features.Flags;
using static Zhili.Roads.Features.Flags.FlagColour;

namespace Zhili.Roads.Tests;

/// <summary>R-FLAG-1…3: the monthly red and black flag evaluation of segments, counted by hand from the rules.</summary>
public sealed class FlagEvaluationTests
{
    [Fact]
    public void R_FLAG_1_the_score_takes_each_deduction_item_by_item()
    {
        // 一般区域: 3 problems × 1 = 3, 2 overdue × 2 = 4, 1 rework × 2 = 2, 4 missed days × 1 = 4; 100 − 13 = 87.
        var r = One(new FlagEntry("JS-HYL-01", "410105", AreaClass.General, 3, 2, 1, 4));

        r.Deductions.ShouldBe(new Deductions(3, 4, 2, 4));
        r.Score.ShouldBe(87);
    }

    [Fact]
    public void R_FLAG_1_a_problem_found_in_a_key_area_counts_twice()
    {
        // 重点区域: 3 problems × 2 = 6, so 100 − 6 = 94; in a 双重区域 the same 3 problems take 3 (97).
        One(new FlagEntry("JS-HYL-01", "410105", AreaClass.Key, 3, 0, 0, 0)).Score.ShouldBe(94);
        One(new FlagEntry("JS-HYL-02", "410105", AreaClass.Dual, 3, 0, 0, 0)).Score.ShouldBe(97);
    }

    [Fact]
    public void R_FLAG_1_ties_go_to_fewer_overdue_cases_then_to_the_segment_code()
    {
        // Scores: C 95; A-01, B-01 and A-02 all 90 (10 problems, 10 problems, 5 overdue × 2). A-02 has 5 overdue, so it
        // comes last; A-01 before B-01 by code.
        var results = FlagEvaluation.Segments(3,
        [
            new("JS-B-01", "410105", AreaClass.General, 10, 0, 0, 0),
            new("JS-A-02", "410105", AreaClass.General, 0, 5, 0, 0),
            new("JS-A-01", "410105", AreaClass.General, 10, 0, 0, 0),
            new("JS-C-01", "410105", AreaClass.General, 5, 0, 0, 0),
        ]);

        results.Select(r => r.Code).ShouldBe(["JS-C-01", "JS-A-01", "JS-B-01", "JS-A-02"]);
        results.Select(r => r.Rank).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public void R_FLAG_1_the_city_ranks_all_districts_in_one_list_with_100_red_and_20_black()
    {
        // 150 segments, segment i with i problems: ranks 1–100 red, 101–130 none, 131–150 black. The 75 of 二七区
        // have the 75 worst scores, so all 20 black flags fall in 二七区.
        var results = FlagEvaluation.Segments(5, [.. Enumerable.Range(0, 150).Select(i =>
            new FlagEntry($"S-{i:D3}", i < 75 ? "410105" : "410103", AreaClass.General, i, 0, 0, 0))]);

        results.Count(r => r.Flag == Red).ShouldBe(100);
        results.Count(r => r.Flag == Black).ShouldBe(20);
        results.Where(r => r.Flag == Red).Max(r => r.Rank).ShouldBe(100);
        results.Where(r => r.Flag == Black).Min(r => r.Rank).ShouldBe(131);
        results.Where(r => r.Flag == Black).ShouldAllBe(r => r.Entry.DistrictCode == "410103");
        results[0].FlagDecision.ShouldBe(new FlagDecision("R-FLAG-1", "得分 {0}，全市第 {1} 名（共 {2} 个路段），列前 {3} 名，评为红旗", 100, 1, 150, 100, 20));
        results[0].FlagDecision.Text.ShouldBe("得分 100，全市第 1 名（共 150 个路段），列前 100 名，评为红旗");
        results[149].FlagDecision.Text.ShouldBe("得分 -49，全市第 150 名（共 150 个路段），列末 20 名，评为黑旗");
        results[110].FlagDecision.Text.ShouldBe("得分 -10，全市第 111 名（共 150 个路段），未列前 100 名或末 20 名，不评旗");
    }

    [Theory]
    [InlineData(119, 99, 19)] // ⌊119·100/120⌋ = ⌊99.17⌋, ⌊119·20/120⌋ = ⌊19.83⌋
    [InlineData(60, 50, 10)]
    [InlineData(13, 10, 2)] // ⌊10.83⌋, ⌊2.17⌋
    [InlineData(5, 4, 0)] // ⌊4.17⌋, ⌊0.83⌋
    [InlineData(120, 100, 20)]
    [InlineData(50_000, 100, 20)]
    public void R_FLAG_1_fewer_than_120_segments_scale_the_red_and_black_counts(int n, int red, int black)
    {
        var results = FlagEvaluation.Segments(1, [.. Enumerable.Range(0, n).Select(i => new FlagEntry($"S-{i:D5}", "410105", AreaClass.General, i, 0, 0, 0))]);

        results.Count(r => r.Flag == Red).ShouldBe(red);
        results.Count(r => r.Flag == Black).ShouldBe(black);
        results.ShouldAllBe(r => r.Quota == new FlagQuota(n, red, black));
    }

    [Fact]
    public void R_FLAG_2_black_flags_in_two_consecutive_months_give_a_yellow_card()
    {
        // January black, February black: 2 in a row, 2 this year → yellow card, no referral.
        var r = Month(2, Black, FlagHistory.Of(Black));

        (r.ConsecutiveBlack, r.CumulativeBlack, r.YellowCard, r.Accountability).ShouldBe((2, 2, true, false));
        r.YellowCardDecision.Text.ShouldBe("本月黑旗，连续 2 次（满 2 次），对路长黄牌警告");
        r.AccountabilityDecision.Text.ShouldBe("连续黑旗 2 次、本年累计 2 面，未达连续 3 次或累计 4 面，不启动问责");
    }

    [Fact]
    public void R_FLAG_3_black_red_black_black_counts_2_after_the_offset_and_no_accountability()
    {
        // Cumulative after each month: 1, 0 (the red after a black offsets one), 1, 2. April is the 2nd black in a row:
        // a yellow card; without the offset the count would be 3, still short of the 4 for a referral.
        var february = Month(2, Red, FlagHistory.Of(Black));
        (february.CumulativeBlack, february.Offset).ShouldBe((0, true));
        february.CountDecision.ShouldBe(new FlagDecision("R-FLAG-3", "上月黑旗、本月红旗，抵消 1 面黑旗；连续黑旗 {0} 次，本年累计 {1} 面", 0, 0));

        var april = Month(4, Black, FlagHistory.Of(Black, Red, Black));
        (april.ConsecutiveBlack, april.CumulativeBlack, april.Offset, april.YellowCard, april.Accountability).ShouldBe((2, 2, false, true, false));
        april.CountDecision.Text.ShouldBe("连续黑旗 2 次，本年累计 2 面");
    }

    [Fact]
    public void R_FLAG_2_four_black_flags_in_a_year_bring_accountability()
    {
        // Black in January, March, May and July, none between: never 2 in a row; the 3rd (May) a yellow card, the 4th
        // (July) a referral.
        var may = Month(5, Black, FlagHistory.Of(Black, None, Black, None));
        (may.CumulativeBlack, may.YellowCard, may.Accountability).ShouldBe((3, true, false));
        may.YellowCardDecision.Text.ShouldBe("本月黑旗，本年累计 3 面（满 3 面），对路长黄牌警告");

        var july = Month(7, Black, FlagHistory.Of(Black, None, Black, None, Black, None));
        (july.ConsecutiveBlack, july.CumulativeBlack, july.Accountability).ShouldBe((1, 4, true));
        july.AccountabilityDecision.ShouldBe(new FlagDecision("R-FLAG-2", "本月黑旗，本年累计 {1} 面（满 4 面），由同级监察委对路长启动问责", 1, 4));
    }

    [Fact]
    public void R_FLAG_2_three_black_flags_in_a_row_bring_accountability()
    {
        // None in January, then black February to April: 3 in a row (and 3 this year).
        var r = Month(4, Black, FlagHistory.Of(None, Black, Black));

        (r.ConsecutiveBlack, r.CumulativeBlack, r.YellowCard, r.Accountability).ShouldBe((3, 3, true, true));
        r.AccountabilityDecision.Text.ShouldBe("本月黑旗，连续 3 次（满 3 次），由同级监察委对路长启动问责");
    }

    [Fact]
    public void R_FLAG_2_a_new_year_resets_the_cumulative_count_but_not_a_run_across_december()
    {
        // Last year ended black, black, black (3 in a row). January: this year's count starts at 0.
        (Month(1, Black, default).CumulativeBlack, Month(1, Black, default).YellowCard).ShouldBe((1, false));
        var january = Month(1, Black, new FlagHistory(0, 0, BlackRunBeforeYear: 3));
        (january.ConsecutiveBlack, january.CumulativeBlack, january.Accountability).ShouldBe((4, 1, true));
        // A red January after a black December offsets nothing: last year's count is closed.
        (Month(1, Red, new FlagHistory(0, 0, 3)).CumulativeBlack, Month(1, Red, new FlagHistory(0, 0, 3)).Offset).ShouldBe((0, false));
    }

    [Fact]
    public void R_FLAG_3_a_red_flag_after_a_yellow_card_only_offsets_one_black()
    {
        // Black, black (yellow card in February), red in March: the count drops to 1 and the run ends; black in April is
        // 1 in a row and 2 this year, so no new card (without the offset it would have been the 3rd).
        var march = Month(3, Red, FlagHistory.Of(Black, Black));
        (march.ConsecutiveBlack, march.CumulativeBlack, march.YellowCard).ShouldBe((0, 1, false));
        march.YellowCardDecision.Text.ShouldBe("本月未评为黑旗，不予黄牌警告");

        var april = Month(4, Black, FlagHistory.Of(Black, Black, Red));
        (april.ConsecutiveBlack, april.CumulativeBlack, april.YellowCard).ShouldBe((1, 2, false));
    }

    [Fact]
    public void R_FLAG_1_bad_input_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FlagEvaluation.Segments(13, []));
        Should.Throw<ArgumentOutOfRangeException>(() => FlagEvaluation.Segments(1, [new("S-1", "410105", AreaClass.General, -1, 0, 0, 0)]));
        FlagEvaluation.Segments(1, []).ShouldBeEmpty();
    }

    private static FlagResult One(FlagEntry entry) => FlagEvaluation.Segments(1, [entry]).Single();

    /// <summary>
    /// The month's result for segment T among 149 others (other i with i problems, 0–148, so 150 ranked): T is 1st with
    /// no problems (red), 111th with 110 (before S-110 by code; none) or 150th with 1,000 (black).
    /// </summary>
    private static FlagResult Month(int month, FlagColour flag, FlagHistory history)
    {
        var problems = flag switch { Red => 0, None => 110, _ => 1_000 };
        var results = FlagEvaluation.Segments(month, [new("A-T", "410105", AreaClass.General, problems, 0, 0, 0, history),
            .. Enumerable.Range(0, 149).Select(i => new FlagEntry($"S-{i:D3}", "410105", AreaClass.General, i, 0, 0, 0))]);
        var t = results.Single(r => r.Code == "A-T");
        t.Flag.ShouldBe(flag);
        return t;
    }
}
