using System.Text.RegularExpressions;
using Zhili.BuildingBlocks.Texts;
using Zhili.Roads.Domain;
using Zhili.Roads.Features.Flags;
using static Zhili.Roads.Features.Flags.FlagColour;

namespace Zhili.Roads.Tests;

/// <summary>R-SHOP; the whole evaluation checked month by month against the rules' definitions; the sentences' English.</summary>
public sealed class FlagEvaluationShopTests
{
    [Fact]
    public void R_SHOP_shops_are_ranked_per_district_with_10_percent_red_and_5_percent_black()
    {
        // 金水区 40 shops: ⌊4⌋ red, ⌊2⌋ black; 二七区 25: ⌊2.5⌋ = 2 red, ⌊1.25⌋ = 1 black; 中原区 9: ⌊0.9⌋, ⌊0.45⌋ = none.
        var entries = Shops("410105", 40).Concat(Shops("410103", 25)).Concat(Shops("410102", 9)).ToArray();

        var results = FlagEvaluation.Shops(6, entries);

        results.Select(r => r.Entry.DistrictCode).Distinct().ShouldBe(["410102", "410103", "410105"]);
        Counts(results, "410105").ShouldBe((4, 2, 40));
        Counts(results, "410103").ShouldBe((2, 1, 25));
        Counts(results, "410102").ShouldBe((0, 0, 9));
        var erqi = results.Where(r => r.Entry.DistrictCode == "410103").ToList();
        erqi.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, 25));
        erqi[^1].FlagDecision.Text.ShouldBe("得分 76，区内第 25 名（共 25 个沿街单位、门店），列末 1 名，评为黑旗");
    }

    [Fact]
    public void R_SHOP_counts_black_flags_with_the_offset_but_issues_no_yellow_card_to_a_road_chief()
    {
        // The worst shop of 20 (⌊1⌋ black) was black in May too: 2 in a row, which for a segment would be a yellow card.
        var entries = Shops("410105", 19).Append(new FlagEntry("410105-Z", "410105", AreaClass.General, 50, 0, 0, 0, FlagHistory.Of(None, None, None, None, Black))).ToArray();

        var worst = FlagEvaluation.Shops(6, entries)[^1];

        (worst.Code, worst.Flag, worst.ConsecutiveBlack, worst.CumulativeBlack).ShouldBe(("410105-Z", Black, 2, 2));
        (worst.YellowCard, worst.Accountability).ShouldBe((false, false));
        worst.YellowCardDecision.RuleId.ShouldBe("R-SHOP");
    }

    [Fact]
    public void R_FLAG_a_year_of_evaluations_matches_the_definitions_month_by_month()
    {
        // 300 segments with random counts for 12 months, each month fed the flags of the months before. Each result is
        // checked against the rules as written: the rank against a plain sort, the counts against the flags.
        var random = new Random(19);
        var codes = Enumerable.Range(0, 300).Select(i => $"S-{random.Next(1000):D3}-{i}").ToArray();
        var flags = codes.ToDictionary(c => c, _ => new List<FlagColour>());
        for (var month = 1; month <= 12; month++)
        {
            var entries = codes.Select(c => new FlagEntry(c, "410105", (AreaClass)random.Next(1, 4), random.Next(6), random.Next(3),
                random.Next(2), random.Next(3), FlagHistory.Of([.. flags[c]]))).ToArray();

            var results = FlagEvaluation.Segments(month, entries);

            var expected = entries.Select(e => (e.Code, Score: 100 - (e.AreaClass == AreaClass.Key ? 2 : 1) * e.ProblemsFound - 2 * e.CasesOverdue - 2 * e.Reworks - e.MissedPatrolDays, e.CasesOverdue))
                .OrderByDescending(e => e.Score).ThenBy(e => e.CasesOverdue).ThenBy(e => e.Code, StringComparer.Ordinal).ToList();
            results.Select(r => (r.Code, r.Score)).ShouldBe(expected.Select(e => (e.Code, e.Score)));
            foreach (var r in results)
            {
                flags[r.Code].Add(r.Flag);
                r.Flag.ShouldBe(r.Rank <= 100 ? Red : r.Rank > 280 ? Black : None);
                var year = flags[r.Code];
                var offsets = Enumerable.Range(1, month - 1).Count(m => year[m] == Red && year[m - 1] == Black);
                r.CumulativeBlack.ShouldBe(year.Count(f => f == Black) - offsets);
                r.ConsecutiveBlack.ShouldBe(year.AsEnumerable().Reverse().TakeWhile(f => f == Black).Count());
                r.Offset.ShouldBe(month > 1 && year[^1] == Red && year[^2] == Black);
                r.YellowCard.ShouldBe(r.Flag == Black && (r.ConsecutiveBlack >= 2 || r.CumulativeBlack >= 3));
                r.Accountability.ShouldBe(r.Flag == Black && (r.ConsecutiveBlack >= 3 || r.CumulativeBlack >= 4));
            }
        }
    }

    [Fact]
    public void R_FLAG_every_sentence_of_a_decision_has_its_English_with_the_same_numbers()
    {
        var english = new TextSource(typeof(FlagEvaluation).Assembly).English;

        FlagTexts.All.Count.ShouldBe(17);
        foreach (var chinese in FlagTexts.All)
        {
            english.ShouldContainKey(chinese);
            Placeholders(english[chinese]).ShouldBe(Placeholders(chinese), chinese);
        }
    }

    private static string[] Placeholders(string text) =>
        [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Shop i of a district has i problems (score 100 − i), so rank i + 1.</summary>
    private static IEnumerable<FlagEntry> Shops(string district, int n) =>
        Enumerable.Range(0, n).Select(i => new FlagEntry($"{district}-{i:D2}", district, AreaClass.General, i, 0, 0, 0));

    private static (int Red, int Black, int Of) Counts(FlagResult[] results, string district)
    {
        var mine = results.Where(r => r.Entry.DistrictCode == district).ToList();
        return (mine.Count(r => r.Flag == Red), mine.Count(r => r.Flag == Black), mine.Count);
    }
}
