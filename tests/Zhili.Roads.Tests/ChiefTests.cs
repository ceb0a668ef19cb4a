namespace Zhili.Roads.Tests;

/// <summary>R-CHIEF: the four levels of road chief per district, each office with the history of its holders.</summary>
public sealed class ChiefTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    private static readonly DateOnly March = new(2025, 3, 1);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_CHIEF_a_change_of_holder_closes_the_old_term_and_keeps_it(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-CH-01"));
        var first = await jinshui.Appoint(Sample.Appoint("Second", "JS-CH-01", "赵丽萍", March));

        var changed = await jinshui.Appoint(Sample.Appoint("Second", "js-ch-01", "林晓峰", new DateOnly(2025, 6, 1), first.Number("version")));

        changed.Number("id").ShouldBe(first.Number("id"));
        var terms = changed.GetProperty("terms").EnumerateArray().ToList();
        terms.Select(t => t.Str("holderName")).ShouldBe(["赵丽萍", "林晓峰"]);
        (terms[0].Str("firstDay"), terms[0].Str("lastDay")).ShouldBe(("2025-03-01", "2025-05-31"));
        (terms[1].Str("firstDay"), terms[1].GetProperty("lastDay").ValueKind).ShouldBe(("2025-06-01", JsonValueKind.Null));
        changed.GetProperty("current").Str("holderName").ShouldBe("林晓峰");
        (await jinshui.Get($"{Sample.Chiefs}/{first.Number("id")}")).GetProperty("terms").GetArrayLength().ShouldBe(2);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_CHIEF_a_holder_dated_on_or_before_the_current_term_is_refused_and_the_history_stays(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        var office = await jinshui.Appoint(Sample.Appoint("General", "410105", "李文华", March));

        await jinshui.Post(Sample.Chiefs, Sample.Appoint("General", "410105", "王某", March)).Refused("firstDay", "R-CHIEF");

        var now = await jinshui.Get($"{Sample.Chiefs}/{office.Number("id")}");
        now.GetProperty("terms").EnumerateArray().Select(t => t.Str("holderName")).ShouldBe(["李文华"]);
        now.Number("version").ShouldBe(office.Number("version"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_CHIEF_a_change_on_an_office_changed_since_it_was_read_is_refused_with_409(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        var read = await jinshui.Appoint(Sample.Appoint("Deputy", "410105", "陈建军", March));
        await jinshui.Appoint(Sample.Appoint("Deputy", "410105", "甲", new DateOnly(2025, 4, 1), read.Number("version")));

        await jinshui.Post(Sample.Chiefs, Sample.Appoint("Deputy", "410105", "乙", new DateOnly(2025, 5, 1), read.Number("version"))).Ok(HttpStatusCode.Conflict);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_CHIEF_each_level_covers_its_own_kind_of_place(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);

        await jinshui.Post(Sample.Chiefs, Sample.Appoint("First", "410105", "某", March)).Refused("place", "R-CHIEF");
        await jinshui.Post(Sample.Chiefs, Sample.Appoint("General", Sample.JingbaluStreet, "某", March)).Refused("place", "R-CHIEF");
        await jinshui.Post(Sample.Chiefs, Sample.Appoint("Second", "JS-NONE-01", "某", March)).Refused("place", "R-CHIEF");
        var first = await jinshui.Appoint(Sample.Appoint("First", Sample.JingbaluStreet, "刘国庆", March));
        (first.Str("placeName"), first.Str("levelName")).ShouldBe(("经八路街道", "一级路长"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_CHIEF_bad_appointments_are_refused_naming_the_field_and_the_rule(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);

        // R-BOARD: the board publishes an office line, never a person's mobile number.
        await jinshui.Post(Sample.Chiefs, Sample.Appoint("General", "410105", "某", March, phone: "13803710999")).Refused("officePhone", "R-BOARD");
        await jinshui.Post(Sample.Chiefs, Sample.Appoint("General", "410105", "某", Sample.Today.AddDays(1))).Refused("firstDay", "R-CHIEF");
        await jinshui.Post(Sample.Chiefs, new { level = "General", place = "410105", holderName = "", post = "", officePhone = "0371-65500001", firstDay = March })
            .Refused("holderName", "R-CHIEF");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_CHIEF_a_district_neither_appoints_nor_reads_another_districts_chiefs(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-CH-02"));
        var office = await jinshui.Appoint(Sample.Appoint("Second", "JS-CH-02", "孙明", March));
        var erqi = app.Client(Sample.Erqi);

        await erqi.Post(Sample.Chiefs, Sample.Appoint("Second", "JS-CH-02", "冒名", new DateOnly(2025, 6, 1), office.Number("version"))).Refused("place", "R-CHIEF");
        await erqi.Post(Sample.Chiefs, Sample.Appoint("General", "410105", "冒名", March)).Refused("place", "R-CHIEF");
        await erqi.Fetch($"{Sample.Chiefs}/{office.Number("id")}").Ok(HttpStatusCode.NotFound);
        (await erqi.Fetch($"/roads/chiefs/{office.Number("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var seen = (await app.Client(Sample.ErqiChief).Get($"{Sample.Chiefs}?pageSize=200")).GetProperty("items").EnumerateArray().Select(c => c.Str("place"));
        seen.ShouldNotContain("JS-CH-02");
        (await jinshui.Get($"{Sample.Chiefs}/{office.Number("id")}")).GetProperty("current").Str("holderName").ShouldBe("孙明");
    }
}
