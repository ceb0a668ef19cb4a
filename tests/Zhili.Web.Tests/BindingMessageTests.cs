using System.Text.RegularExpressions;

namespace Zhili.Web.Tests;

/// <summary>
/// A page's form is answered in Chinese only (ARCHITECTURE rules 4 and 5): what model binding says about a value it cannot
/// read, and the validator's reason for an empty field, with none of the framework's English messages beside them.
/// </summary>
public sealed partial class BindingMessageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Office = "office.test;city-office;410100-SZDHS";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_form_with_a_word_in_a_number_box_and_an_empty_required_field_is_refused_in_Chinese_only(TestDatabase database)
    {
        var office = (await fixture.App(database)).Client(Office);
        var refused = await office.PostFormAsync("/hotline/categories", new Dictionary<string, string>
        {
            ["Input.Code"] = "130105", ["Input.Name"] = "", ["Input.Complaint"] = "abc",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        var errors = Errors().Match(html).Value;
        errors.ShouldContain("请填写分类名称");
        errors.ShouldContain("“abc”格式不正确");
        errors.ShouldNotContain("Complaint"); // the property's name is not a label
        English(html).ShouldBeEmpty();
        (await office.GetAsync("/api/v1/hotline/categories/130105", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_form_page_carries_no_English_framework_text_in_its_markup(TestDatabase database)
    {
        var html = await (await fixture.App(database)).Client().GetStringAsync("/hotline/submit", Ct);

        html.ShouldContain("Input.Confidential");
        English(html).ShouldBeEmpty();
    }

    /// <summary>Each English framework message in the page, with the markup around it.</summary>
    private static List<string> English(string html) =>
        EnglishFrameworkText().Matches(html).Select(m => html[Math.Max(0, m.Index - 100)..Math.Min(html.Length, m.Index + 60)]).ToList();

    [GeneratedRegex("<div class=\"errors[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Errors();

    /// <summary>The shapes of MVC's and DataAnnotations' default messages.</summary>
    [GeneratedRegex("field is required|is not valid|is invalid|must be a number|A value is required|A value for the")]
    private static partial Regex EnglishFrameworkText();
}
