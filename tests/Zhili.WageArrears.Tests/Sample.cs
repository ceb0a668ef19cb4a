using Zhili.Kernel.Codes;

namespace Zhili.WageArrears.Tests;

/// <summary>Fictional employers and persons with valid codes (K-USCC, K-ID), and the users who act in the tests.</summary>
public static class Sample
{
    public const string CityStaff = "rsj.wang;department;410100-RSJ";
    public const string CountyStaff = "jinshui.li;district;410105";
    public const string OtherCountyStaff = "erqi.zhao;district;410103";

    /// <summary>A valid credit code: 9141010 + a serial, with the K-USCC check character computed by the kernel.</summary>
    public static string Code(int serial)
    {
        var first17 = $"91410100MA{serial:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>A valid identity number of a Zhengzhou resident born 1978-05-12, with the K-ID check character.</summary>
    public static string Id(int serial)
    {
        var first17 = $"41010519780512{serial % 1000:D3}";
        return first17 + ResidentId.CheckCharacter(first17);
    }

    public static object Party(int serial, string name, string kind = "Employer", bool outside = false, string rep = "张建国") => new
    {
        name,
        creditCode = Code(serial),
        kind,
        registeredOutsideCity = outside,
        persons = new object[]
        {
            new { name = rep, role = "LegalRepresentative", idNumber = Id(serial) },
            new { name = "欧阳明远", role = "Other", idNumber = Id(serial + 500) },
        },
    };

    /// <summary>B-WHO: a natural person without 用工主体资格 (包工头), listed with the employer by identity number.</summary>
    public static object Person(int serial, string name) => new
    {
        name,
        idNumber = Id(serial),
        kind = "Subcontractor",
        registeredOutsideCity = false,
        persons = Array.Empty<object>(),
    };

    /// <summary>K-MASK: an identity number as published: the first 6 and last 4 characters.</summary>
    public static string MaskedId(int serial) => Id(serial)[..6] + "********" + Id(serial)[14..];

    public static object Case(DateOnly decisionDate, int serial, string name = "郑州宏达建筑劳务有限公司", params object[] more) => new
    {
        parties = new[] { Party(serial, name) }.Concat(more).ToArray(),
        decisionNumber = $"郑人社监察决字〔{decisionDate.Year}〕{serial}号",
        decisionDate,
        grounds = new[] { "CriminalAmount", "Obstruction" },
    };
}
