namespace Zhili.Roads.Tests;

/// <summary>R-SCOPE: the registry of segments, per district of the urban scope, each district its own.</summary>
public sealed class SegmentTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_a_district_registers_a_segment_on_its_street_with_its_road_and_area_class(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);

        var s = await jinshui.CreateSegment(Sample.Segment("js-hyl-01"));

        s.Str("code").ShouldBe("JS-HYL-01");
        s.Str("districtCode").ShouldBe("410105");
        s.Str("districtName").ShouldBe("金水区");
        s.Str("streetName").ShouldBe("花园路街道");
        s.Str("road").ShouldBe("花园路");
        s.Str("areaClassName").ShouldBe("重点区域");
        s.Number("lengthMetres").ShouldBe(1450);
        s.GetProperty("startLatitude").GetDouble().ShouldBe(34.7748);
        (await jinshui.CodesAsync("&q=花园路")).ShouldContain("JS-HYL-01");
        (await jinshui.CodesAsync("&q=经三路")).ShouldNotContain("JS-HYL-01");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_a_bad_segment_is_refused_field_by_field_and_nothing_is_registered(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        var bad = Sample.Segment("花园路一段");
        bad["areaClass"] = null;
        bad["lengthMetres"] = 0;
        bad["endLongitude"] = null;
        bad["streetCode"] = "410105"; // a district, not a street

        var body = await jinshui.Post(Sample.Segments, bad).Refused("code", "R-SCOPE");
        var fields = body.GetProperty("violations").EnumerateArray().Select(v => v.Str("field")).ToList();
        fields.ShouldContain("areaClass");
        fields.ShouldContain("lengthMetres");
        fields.ShouldContain("endLatitude");
        fields.ShouldContain("streetCode");
        (await jinshui.CodesAsync("&q=花园路一段")).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_a_segment_code_is_registered_once(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        await app.Client(Sample.Jinshui).CreateSegment(Sample.Segment("JS-HYL-09"));

        // Another district, another road: the code is still taken (the database's unique key).
        var body = await app.Client(Sample.Erqi).Post(Sample.Segments, Sample.Segment("JS-HYL-09", Sample.HuaihelStreet, "大学路")).Ok(HttpStatusCode.Conflict);
        body.ToString().ShouldContain("路段编码已被使用");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_an_edit_of_a_segment_changed_since_it_was_read_is_refused_with_409(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        var read = await jinshui.CreateSegment(Sample.Segment("JS-HYL-02"));
        var first = Sample.Segment("JS-HYL-02");
        first["lengthMetres"] = 1500;
        first["version"] = read.Number("version");
        var second = new Dictionary<string, object?>(first) { ["lengthMetres"] = 1600, ["streetCode"] = Sample.JingbaluStreet };

        var edited = await jinshui.Put($"{Sample.Segments}/JS-HYL-02", first).Ok();
        await jinshui.Put($"{Sample.Segments}/JS-HYL-02", second).Ok(HttpStatusCode.Conflict);

        edited.Number("lengthMetres").ShouldBe(1500);
        edited.Number("version").ShouldBeGreaterThan(read.Number("version"));
        var now = (await jinshui.Get($"{Sample.Segments}?q=JS-HYL-02")).GetProperty("items")[0];
        (now.Number("lengthMetres"), now.Str("streetCode")).ShouldBe((1500, Sample.HuayuanluStreet));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_an_edit_keeps_the_code_and_the_district(TestDatabase database)
    {
        var jinshui = (await fixture.Ready(database)).Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-HYL-03"));

        await jinshui.Put($"{Sample.Segments}/JS-HYL-03", Sample.Segment("JS-HYL-04")).Refused("code", "R-SCOPE");
        // The city office may act in every district, yet a segment does not move to another district's street.
        await (await fixture.Ready(database)).Client(Sample.CityOffice)
            .Put($"{Sample.Segments}/JS-HYL-03", Sample.Segment("JS-HYL-03", Sample.HuaihelStreet)).Refused("streetCode", "R-SCOPE");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_a_district_neither_reads_nor_changes_another_districts_segments(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        await app.Client(Sample.Jinshui).CreateSegment(Sample.Segment("JS-HYL-05"));

        foreach (var other in new[] { Sample.Erqi, Sample.ErqiChief, Sample.ErqiInspector })
        {
            (await app.Client(other).CodesAsync()).ShouldNotContain("JS-HYL-05");
            (await app.Client(other).Fetch("/roads/segments/JS-HYL-05")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var erqi = app.Client(Sample.Erqi);
        await erqi.Put($"{Sample.Segments}/JS-HYL-05", Sample.Segment("JS-HYL-05")).Ok(HttpStatusCode.NotFound);
        await erqi.Post($"{Sample.Segments}/JS-HYL-05/retirement", new { }).Ok(HttpStatusCode.NotFound);
        await erqi.Post(Sample.Segments, Sample.Segment("JS-HYL-06")).Refused("streetCode", "R-SCOPE");
        (await app.Client(Sample.CityOffice).CodesAsync()).ShouldContain("JS-HYL-05");
        (await app.Client(Sample.JinshuiChief).CodesAsync()).ShouldContain("JS-HYL-05");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_a_road_chief_reads_the_segments_but_does_not_register_them(TestDatabase database)
    {
        var chief = (await fixture.Ready(database)).Client(Sample.JinshuiChief);
        (await chief.Post(Sample.Segments, Sample.Segment("JS-HYL-07"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_SCOPE_a_retired_segment_leaves_the_public_list_and_board_and_is_retired_once(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        var s = await jinshui.CreateSegment(Sample.Segment("JS-HYL-08"));

        var retired = await jinshui.Post($"{Sample.Segments}/JS-HYL-08/retirement", new { version = s.Number("version") }).Ok();

        retired.Str("retiredOn").ShouldBe(Sample.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (await app.Client().Fetch($"{Sample.Segments}/JS-HYL-08")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jinshui.CodesAsync()).ShouldNotContain("JS-HYL-08");
        (await jinshui.CodesAsync("&retired=true")).ShouldContain("JS-HYL-08");
        await jinshui.Post($"{Sample.Segments}/JS-HYL-08/retirement", new { }).Refused("code", "R-SCOPE");
    }
}
