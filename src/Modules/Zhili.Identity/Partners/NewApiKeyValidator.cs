using System.Text.RegularExpressions;

namespace Zhili.Identity.Partners;

/// <summary>A key names its partner, has at least one scope, a sane rate limit and an expiry of at most three years.</summary>
public sealed partial class NewApiKeyValidator : AbstractValidator<NewApiKey>
{
    public NewApiKeyValidator(TimeProvider clock)
    {
        RuleFor(x => x.Partner)
            .NotEmpty().WithMessage("请填写合作系统名称")
            .MaximumLength(100).WithMessage("合作系统名称不能超过 100 个字");
        RuleFor(x => x.Scopes)
            .Must((x, _) => x.ScopeList.Count > 0).WithMessage("请至少填写一个授权范围，例如 blacklist.lookup")
            .Must((x, _) => string.Join(' ', x.ScopeList).Length <= 400).WithMessage("授权范围合计不能超过 400 个字符")
            .Must((x, _) => BadScopes(x).Count == 0)
            .WithMessage(x => $"授权范围“{string.Join("、", BadScopes(x))}”格式不对：应为小写字母、数字和连字符，以点分段，例如 blacklist.lookup");
        RuleFor(x => x.RequestsPerMinute)
            .InclusiveBetween(1, NewApiKey.MaxRequestsPerMinute)
            .WithMessage($"每分钟请求上限应在 1 到 {NewApiKey.MaxRequestsPerMinute} 之间");
        RuleFor(x => x.ExpiresOn)
            .Must(d => d is null || d > Civil.Today(clock)).WithMessage("到期日应晚于今天")
            .Must(d => d is null || d <= Civil.Today(clock).AddYears(NewApiKey.MaxYears))
            .WithMessage(_ => $"有效期最长 {NewApiKey.MaxYears} 年：到期日不能晚于 {Civil.Today(clock).AddYears(NewApiKey.MaxYears):yyyy-MM-dd}");
    }

    private static List<string> BadScopes(NewApiKey x) => x.ScopeList.Where(s => !ScopeShape().IsMatch(s)).ToList();

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ScopeShape();
}
