using Zhili.Gazette.Parsing;
using Zhili.Gazette.Registries;

namespace Zhili.Gazette.Tests;

public sealed class ParserTests
{
    private static readonly Lazy<ParseResult> Parsed = new(() => GazetteParser.Parse(SharedGazette.Text));

    private static ParsedDocument Doc(string number) => Parsed.Value.Documents.Single(d => d.Number == number);

    [Fact]
    public void G_DOC_the_july_2018_gazette_holds_13_documents_with_numbers_dates_and_titles()
    {
        Parsed.Value.Documents.Select(d => $"{d.Number} {d.Date:yyyy-MM-dd} {d.Title}").ShouldBe(Expected.Documents);
    }

    [Fact]
    public void G_DOC_a_number_cited_in_a_body_is_not_a_document()
    {
        // 郑政〔2018〕32号 is cited inside 郑政文〔2018〕135号 (and 豫政办文〔2018〕14号 in 127号).
        Parsed.Value.Documents.ShouldNotContain(d => d.Number == "郑政〔2018〕32号");
        Parsed.Value.Unparsed.ShouldBeEmpty();
    }

    [Fact]
    public void G_DOC_issuers_recipients_sections_and_attachments()
    {
        var joint = Doc("郑政文〔2018〕128号");
        joint.Issuers.ShouldBe(["郑州市人民政府", "中国计量科学研究院"]);
        joint.Recipients.ShouldStartWith("各县（市、区）人民政府");
        joint.Recipients.ShouldEndWith("中国计量科学研究院各有关单位");

        var elderly = Doc("郑政〔2018〕34号");
        elderly.Blocks.First(b => b.Level == 1).ShouldBe(new ParsedBlock(1, "一、", "重大意义", 27, 27));
        elderly.Blocks.ShouldContain(b => b.Level == 2 && b.Text == "加快推进健康养老产业发展是贯彻落实中央和省委决策部署的具体行动");
        elderly.Attachments.ShouldBe(["郑州市健康养老产业项目表（略）"]);

        Doc("郑政文〔2018〕137号").Attachments.Count.ShouldBe(2);
    }

    [Fact]
    public void G_DOC_page_furniture_is_dropped_and_lines_are_rejoined()
    {
        var school = Doc("郑政办〔2018〕69号");
        var text = string.Join("", school.Blocks.Select(b => b.Text));
        text.ShouldNotContain("—13—");
        text.ShouldNotContain("公报(2018");
        text.ShouldContain("与基础教育的其他课程一起，统一进行规划部署");
    }

    [Fact]
    public void G_DOC_66_item_3_broken_over_short_lines_is_one_paragraph_with_chinese_punctuation()
    {
        var item = Doc("郑政办〔2018〕66号").Blocks.Single(b => b.Marker == "（三）");
        item.Text.ShouldBe("拖欠农民工工资后，符合《人力资源和社会保障部公安部最高人民法院最高人民检察院关于加强涉嫌拒不支付劳动报酬"
            + "犯罪案件查处衔接工作的通知》（人社部发〔2014〕100号）文件关于“以逃匿方法逃避支付劳动者的劳动报酬”情形的；");
        item.Level.ShouldBe(2);
    }

    [Fact]
    public void G_DOC_articles_are_paragraphs_and_the_issued_texts_title_is_a_heading()
    {
        var blocks = Doc("郑政办〔2018〕66号").Blocks.ToList();
        var first = blocks.Single(b => b.Marker == "第一条");
        first.Level.ShouldBe(5);
        Domain.GazetteBlock.IsHeading(first.Level).ShouldBeFalse();
        var title = blocks[blocks.IndexOf(first) - 1];
        title.Text.ShouldBe("郑州市拖欠农民工工资“黑名单”管理暂行办法");
        Domain.GazetteBlock.IsHeading(title.Level).ShouldBeTrue();
        blocks.Where(b => Domain.GazetteBlock.IsHeading(b.Level)).ShouldAllBe(b => b.Marker == null || !b.Marker.StartsWith('第'));
    }

    [Fact]
    public void G_DOC_a_document_keeps_its_source_lines_unmodified()
    {
        var doc = Doc("郑政办〔2018〕66号");
        var lines = SharedGazette.Text.Split('\n');
        doc.RawText.ShouldBe(string.Join('\n', lines[(doc.FirstLine - 1)..doc.LastLine]));
        doc.RawText.ShouldContain("郑政办 〔2018〕 66 号");
    }

    [Theory]
    [InlineData("各县(市、区)人民政府,市人民政府各部门,各有关单位:", "各县（市、区）人民政府，市人民政府各部门，各有关单位：")]
    [InlineData("实施方案(2018—2020年)的通知", "实施方案（2018—2020年）的通知")]
    [InlineData("情形的;(人社部发〔2014〕100号)", "情形的；（人社部发〔2014〕100号）")]
    [InlineData("（1）加强", "（1）加强")]
    [InlineData("(1)加强", "（1）加强")]
    [InlineData("1,000 at 10:30 (a) x;y", "1,000 at 10:30 (a) x;y")]
    public void G_DOC_half_width_punctuation_between_chinese_characters_is_restored(string extracted, string printed)
    {
        Parsing.ChinesePunctuation.Restore(extracted).ShouldBe(printed);
    }

    [Fact]
    public void G_LIST_six_coal_mines_total_135()
    {
        var (mines, total) = CoalMineParser.Parse(Doc("郑政办〔2018〕67号"));
        total.ShouldBe(135);
        mines.Count.ShouldBe(6);
        mines.Sum(m => m.Capacity).ShouldBe(135);
        mines[0].ShouldBe(new ParsedCoalMine(1, "郑州煤炭工业(集团)有限责任公司振兴二矿有限公司", "直管", "郑州市二七区侯寨乡", 30));
        mines[5].Name.ShouldBe("河南金丰煤业集团有限公司小河煤矿三矿");
    }
}
