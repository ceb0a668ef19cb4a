using Zhili.Kernel.Masking;

namespace Zhili.Kernel.Tests.Masking;

public sealed class MaskTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张**")]
    [InlineData("欧阳修", "欧阳*")]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("司马相如", "司马**")]
    [InlineData("诸葛亮", "诸葛*")]
    [InlineData("上官婉儿", "上官**")]
    [InlineData("欧阳", "欧*")]       // two characters: 欧 + given name 阳
    [InlineData("东方明", "东方*")]
    [InlineData("张", "张")]          // a single character stays
    [InlineData(" 李四 ", "李*")]     // trimmed
    [InlineData("王𠀾明", "王**")]    // a CJK Extension B character is one character
    public void K_MASK_chinese_name_keeps_the_surname(string name, string masked)
    {
        Mask.Name(name).ShouldBe(masked);
    }

    [Theory]
    [InlineData("John Smith", "John *****")]
    [InlineData("Mary Ann Lee", "Mary *** ***")]
    [InlineData("阿依古丽·买买提", "阿依古丽·***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void K_MASK_latin_and_transliterated_names_keep_the_first_word(string? name, string masked)
    {
        Mask.Name(name!).ShouldBe(masked);
    }

    [Theory]
    [InlineData("410102199003071234", "410102********1234")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("410102900307123", "410102*****7123")] // 15 characters: 6 + 5 × * + 4
    [InlineData("12345678901", "123456*8901")]         // 11 characters: 6 + 1 × * + 4
    [InlineData("1234567890", "**********")]          // 10 characters or fewer: all *
    [InlineData("", "")]
    [InlineData(null, "")]
    public void K_MASK_id_number_keeps_first_6_and_last_4(string? id, string masked)
    {
        Mask.IdNumber(id!).ShouldBe(masked);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0371-67181234", "037******1234")]
    [InlineData("67181234", "671*1234")] // 8 characters: 3 + 1 × * + 4
    [InlineData("1234567", "*******")]   // shorter than 8: all *
    [InlineData("", "")]
    [InlineData(null, "")]
    public void K_MASK_phone_keeps_first_3_and_last_4(string? phone, string masked)
    {
        Mask.Phone(phone!).ShouldBe(masked);
    }

    [Theory]
    [InlineData("zhang.wei@example.cn", "z********@example.cn")]
    [InlineData("a@example.cn", "a@example.cn")]     // a one-character local part has nothing left to hide
    [InlineData("not-an-address", "**************")] // no @: all *
    [InlineData("", "")]
    [InlineData(null, "")]
    public void K_MASK_email_keeps_the_first_character_and_the_domain(string? email, string masked)
    {
        Mask.Email(email!).ShouldBe(masked);
    }
}
