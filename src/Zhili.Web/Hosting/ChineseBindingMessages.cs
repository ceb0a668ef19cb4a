using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Zhili.Web.Hosting;

/// <summary>Model-binding messages of forms in Chinese (the English ones are the framework's defaults).</summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetValueMustNotBeNullAccessor(_ => "此项必填");
        p.SetMissingBindRequiredValueAccessor(name => $"缺少 {name}");
        p.SetMissingKeyOrValueAccessor(() => "此项必填");
        p.SetAttemptedValueIsInvalidAccessor((value, name) => $"“{value}”不是有效的{name}");
        p.SetUnknownValueIsInvalidAccessor(name => $"{name} 的值无效");
        p.SetValueIsInvalidAccessor(value => $"“{value}”无效");
        p.SetValueMustBeANumberAccessor(name => $"{name} 必须是数字");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值无效");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
    }
}
