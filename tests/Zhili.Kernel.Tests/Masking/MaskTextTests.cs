using Zhili.Kernel.Masking;

namespace Zhili.Kernel.Tests.Masking;

/// <summary>K-MASK in published free text: real-world ways people write their contacts, each row input → published.</summary>
public sealed class MaskTextTests
{
    [Theory]
    // E-mail addresses keep the first character and the domain.
    [InlineData("请回复 zhang.wei@example.cn 谢谢", "请回复 z********@example.cn 谢谢")]
    [InlineData("邮箱wangfang_88@qq.com", "邮箱w**********@qq.com")]
    [InlineData("邮箱：13812345678@163.com", "邮箱：1**********@163.com")]
    [InlineData("li＠example.cn", "l*＠example.cn")]
    // Mobile numbers keep the first 3 and last 4 digits, however grouped and prefixed.
    [InlineData("13812345678", "138****5678")]
    [InlineData("我的电话13812345678。", "我的电话138****5678。")]
    [InlineData("手机 138 1234 5678", "手机 138 **** 5678")]
    [InlineData("138-1234-5678", "138-****-5678")]
    [InlineData("1381 234 5678", "138* *** 5678")]
    [InlineData("+86 138 1234 5678", "+86 138 **** 5678")]
    [InlineData("+8613812345678", "+86138****5678")]
    [InlineData("0086 13812345678", "0086 138****5678")]
    [InlineData("86-13812345678", "86-138****5678")]
    [InlineData("(+86)13812345678", "(+86)138****5678")]
    [InlineData("（+86）138 1234 5678", "（+86）138 **** 5678")]
    [InlineData("电话１３８１２３４５６７８", "电话１３８****５６７８")]
    [InlineData("手机：139-0371-6666", "手机：139-****-6666")]
    [InlineData("打19912345678或17012345678", "打199****5678或170****5678")]
    // Landlines keep the area code and the last 4 digits.
    [InlineData("0371-65551234", "0371-****1234")]
    [InlineData("(0371)65551234", "(0371)****1234")]
    [InlineData("（0371）65551234", "（0371）****1234")]
    [InlineData("0371 6555 1234", "0371 **** 1234")]
    [InlineData("037165551234", "0371****1234")]
    [InlineData("010-62345678", "010-****5678")]
    [InlineData("0398-2555123", "0398-***5123")]
    [InlineData("+86 371 6555 1234", "+86 371 **** 1234")]
    [InlineData("电话：65551234", "电话：****1234")]
    [InlineData("联系电话 6555 1234", "联系电话 **** 1234")]
    [InlineData("Tel: 6555-1234", "Tel: ****-1234")]
    // Identity numbers keep the first 6 and last 4.
    [InlineData("身份证号410102199003071234", "身份证号410102********1234")]
    [InlineData("41010219900307123X", "410102********123X")]
    [InlineData("身份证11010519491231002x。", "身份证110105********002x。")]
    [InlineData("老身份证410102900307123", "老身份证410102*****7123")]
    // Several in one text; nothing else changes.
    [InlineData("经三路12号，电话0371-65551234，手机13812345678", "经三路12号，电话0371-****1234，手机138****5678")]
    public void K_MASK_text_masks_contacts_written_as_people_write_them(string text, string published)
    {
        Mask.Text(text).ShouldBe(published);
    }

    [Theory]
    [InlineData("2018-06-10")]
    [InlineData("2018年6月10日 08:30-17:30")]
    [InlineData("20180610")]
    [InlineData("拖欠工资135000元，另有 12,345.67 元")]
    [InlineData("(2018)豫0105民初1234号")]
    [InlineData("郑人社监罚〔2018〕12号")]
    [InlineData("统一社会信用代码91410100MA44ABCD1X")]
    [InlineData("信用代码914101007067835190")]
    [InlineData("机关代码12410100417012345X")]
    [InlineData("受理编号HL250610ABCD2345")]
    [InlineData("邮编450000")]
    [InlineData("客服400-123-4567、4008208820、800-820-8820")]
    [InlineData("订单202406101234567890")]
    [InlineData("运单SF1234567890123")]
    [InlineData("金水区经三路2号楼3单元1301室")]
    [InlineData("经纬度 34.746611, 113.625368")]
    [InlineData("营业执照注册号410105000012345")]
    public void K_MASK_text_leaves_ordinary_numbers(string text)
    {
        Mask.Text(text).ShouldBe(text);
    }

    [Theory]
    [InlineData("我是张卫东，卫东家门口积水", "张卫东", "我是张**，**家门口积水")]
    [InlineData("欧阳娜娜反映，娜娜的邻居", "欧阳娜娜", "欧阳**反映，**的邻居")]
    [InlineData("张三反映三楼漏水", "张三", "张*反映三楼漏水")]
    [InlineData("John Smith called; Smith lives at Smithfield", "John Smith", "John ***** called; ***** lives at Smithfield")]
    [InlineData("阿依古丽·买买提说，买买提在家", "阿依古丽·买买提", "阿依古丽·***说，***在家")]
    [InlineData("王𠀾明家", "王𠀾明", "王**家")]
    public void K_MASK_text_masks_the_callers_name_and_given_name_alone(string text, string name, string published)
    {
        Mask.Text(text, name).ShouldBe(published);
    }

    [Theory]
    [InlineData("请回电 +852 9123 4567", "+85291234567", "请回电 +852 **** 4567")]
    [InlineData("请拨0371-6555-1234", "037165551234", "请拨0371-****-1234")]
    [InlineData("电话 00 44 20 7946 0958", "00442079460958", "电话 00 4* ** **** 0958")]
    [InlineData("短号 6612345", "6612345", "短号 *******")]
    public void K_MASK_text_masks_the_callers_own_phone_in_any_grouping(string text, string phone, string published)
    {
        Mask.Text(text, phone: phone).ShouldBe(published);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("无个人信息的文字", "无个人信息的文字")]
    public void K_MASK_text_without_personal_data_is_unchanged(string? text, string published)
    {
        Mask.Text(text, "张卫东", "13812345678").ShouldBe(published);
    }

    [Fact]
    public void K_MASK_text_is_published_without_characters_no_person_types()
    {
        Mask.Text("路面\u0001塌陷\u0008，电话\u001B1381234\uFFFE5678\uFDD0。", "张卫东").ShouldBe("路面塌陷，电话138****5678。");
    }
}
