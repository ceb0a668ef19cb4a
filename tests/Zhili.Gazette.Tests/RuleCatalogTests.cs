using System.Text.RegularExpressions;
using Zhili.Gazette.Citations;

namespace Zhili.Gazette.Tests;

/// <summary>G-CITE: the shipped citations agree with the rule catalogue (RULES.md beside the gazette), rule by rule.</summary>
public sealed partial class RuleCatalogTests
{
    private static readonly string Rules = File.ReadAllText(Path.Combine(Path.GetDirectoryName(SharedGazette.Path)!, "RULES.md"));

    [Fact]
    public void G_CITE_every_rule_of_the_catalogue_is_cited_and_nothing_else()
    {
        var ids = RuleId().Matches(Rules).Select(m => m.Groups[1].Value).Distinct().ToList();
        ids.Count.ShouldBeGreaterThan(60);
        RuleCatalog.All.Select(r => r.Id).Order().ShouldBe(ids.Order());
    }

    [Fact]
    public void G_CITE_every_line_range_the_catalogue_names_is_in_the_citation()
    {
        foreach (Match rule in RuleEntry().Matches(Rules))
        {
            var citation = RuleCatalog.All.Single(r => r.Id == rule.Groups[1].Value);
            foreach (Match range in LineRange().Matches(rule.Groups[2].Value))
            {
                var from = int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var to = range.Groups[2].Success ? int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
                citation.Lines.ShouldContain(l => l.From <= from && to <= l.To, $"{citation.Id} L{from}–{to}");
            }
        }
    }

    /// <summary>Each rule is cited to the document its section of RULES.md names (read by hand from the section headings).</summary>
    [Theory]
    // K: L2952–2958 lie in the blacklist document
    [InlineData("K-MASK", "郑政办〔2018〕66号")]
    // K: L3189 (road chief scope)
    [InlineData("K-UNITS", "郑政办〔2018〕68号")]
    // K: L4554–4575 (key-project rankings)
    [InlineData("K-BLOCKS", "郑政办文〔2018〕34号")]
    // H: the hotline section, 郑政办文〔2018〕32号 L4116–4349
    [InlineData("H-FLOW", "郑政办文〔2018〕32号")]
    [InlineData("H-SLA", "郑政办文〔2018〕32号")]
    [InlineData("H-LVL", "郑政办文〔2018〕32号")]
    [InlineData("H-FORM-1", "郑政办文〔2018〕32号")]
    [InlineData("H-FORM-2", "郑政办文〔2018〕32号")]
    [InlineData("H-FORM-3", "郑政办文〔2018〕32号")]
    [InlineData("H-FORM-4", "郑政办文〔2018〕32号")]
    [InlineData("H-FORM-5", "郑政办文〔2018〕32号")]
    [InlineData("H-EXT", "郑政办文〔2018〕32号")]
    [InlineData("H-BUL", "郑政办文〔2018〕32号")]
    [InlineData("H-CRIT", "郑政办文〔2018〕32号")]
    [InlineData("H-TALK", "郑政办文〔2018〕32号")]
    [InlineData("H-ACC", "郑政办文〔2018〕32号")]
    // R: the road-chief section, 郑政办〔2018〕68号 L3151–3411
    [InlineData("R-SCOPE", "郑政办〔2018〕68号")]
    [InlineData("R-CHIEF", "郑政办〔2018〕68号")]
    [InlineData("R-BOARD", "郑政办〔2018〕68号")]
    [InlineData("R-3BAO", "郑政办〔2018〕68号")]
    [InlineData("R-PATROL", "郑政办〔2018〕68号")]
    [InlineData("R-LOOP", "郑政办〔2018〕68号")]
    [InlineData("R-FLAG-1", "郑政办〔2018〕68号")]
    [InlineData("R-FLAG-2", "郑政办〔2018〕68号")]
    [InlineData("R-FLAG-3", "郑政办〔2018〕68号")]
    [InlineData("R-SHOP", "郑政办〔2018〕68号")]
    // B: the blacklist section, 郑政办〔2018〕66号 L2788–3086
    [InlineData("B-WHO", "郑政办〔2018〕66号")]
    [InlineData("B-WHY", "郑政办〔2018〕66号")]
    [InlineData("B-NOTICE", "郑政办〔2018〕66号")]
    [InlineData("B-LIST", "郑政办〔2018〕66号")]
    [InlineData("B-PUB", "郑政办〔2018〕66号")]
    [InlineData("B-OBJ", "郑政办〔2018〕66号")]
    [InlineData("B-CREDIT", "郑政办〔2018〕66号")]
    [InlineData("B-TERM", "郑政办〔2018〕66号")]
    [InlineData("B-FIX", "郑政办〔2018〕66号")]
    // P: parking, 郑政文〔2018〕135号 L1903–2397
    [InlineData("P-SCOPE", "郑政文〔2018〕135号")]
    [InlineData("P-BERTH", "郑政文〔2018〕135号")]
    [InlineData("P-LOT", "郑政文〔2018〕135号")]
    [InlineData("P-PUBLIC", "郑政文〔2018〕135号")]
    [InlineData("P-FEE", "郑政文〔2018〕135号")]
    [InlineData("P-OFFPEAK", "郑政文〔2018〕135号")]
    [InlineData("P-BIKE", "郑政文〔2018〕135号")]
    [InlineData("P-DOOR", "郑政文〔2018〕135号")]
    [InlineData("P-SMART", "郑政文〔2018〕135号")]
    // P-DUTY: the division of duties, 136号 L2512–2572
    [InlineData("P-DUTY", "郑政文〔2018〕136号")]
    // E: elderly care, 郑政〔2018〕34号 L1–1680
    [InlineData("E-REG", "郑政〔2018〕34号")]
    [InlineData("E-IND", "郑政〔2018〕34号")]
    [InlineData("E-AREA", "郑政〔2018〕34号")]
    [InlineData("E-SUB", "郑政〔2018〕34号")]
    [InlineData("E-STAR", "郑政〔2018〕34号")]
    [InlineData("E-STAFF", "郑政〔2018〕34号")]
    // T-TASK: the ledger clause L1665–1679 lies in 郑政〔2018〕34号
    [InlineData("T-TASK", "郑政〔2018〕34号")]
    // T: key projects, 郑政办文〔2018〕34号 L4483–4761
    [InlineData("T-PROJ", "郑政办文〔2018〕34号")]
    [InlineData("T-RANK", "郑政办文〔2018〕34号")]
    // S: school safety, 郑政办〔2018〕69号 L3413–4114
    [InlineData("S-STAFF", "郑政办〔2018〕69号")]
    [InlineData("S-VIDEO", "郑政办〔2018〕69号")]
    [InlineData("S-EDU", "郑政办〔2018〕69号")]
    [InlineData("S-DRILL", "郑政办〔2018〕69号")]
    [InlineData("S-BLDG", "郑政办〔2018〕69号")]
    [InlineData("S-HAZ", "郑政办〔2018〕69号")]
    [InlineData("S-REPORT", "郑政办〔2018〕69号")]
    // G-GROUP: the school-safety leading group, L3463–3515
    [InlineData("G-GROUP", "郑政办〔2018〕69号")]
    // G-LIST: the coal-mine closures, L3088–3149
    [InlineData("G-LIST", "郑政办〔2018〕67号")]
    public void G_CITE_each_rule_is_cited_to_the_document_its_section_names(string rule, string document) =>
        RuleCatalog.All.Single(r => r.Id == rule).Documents.ShouldContain(document);

    [GeneratedRegex(@"^- \*\*([A-Z]-[A-Z0-9]+(?:-\d+)?)\*\*", RegexOptions.Multiline)]
    private static partial Regex RuleId();

    // A rule's entry runs from its id to the next entry or heading.
    [GeneratedRegex(@"^- \*\*([A-Z]-[A-Z0-9]+(?:-\d+)?)\*\*(.*?)(?=^- \*\*|^#|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RuleEntry();

    [GeneratedRegex(@"\bL(\d+)(?:[–-](\d+))?")]
    private static partial Regex LineRange();
}
