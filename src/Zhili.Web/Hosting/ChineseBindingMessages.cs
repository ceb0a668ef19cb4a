using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Zhili.Web.Hosting;

/// <summary>
/// Model-binding messages of forms in Chinese (the English ones are the framework's defaults). They leave out the field's
/// name, which is the property's English name; the quoted value says which box was wrong.
/// </summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetValueMustNotBeNullAccessor(_ => "此项必填");
        p.SetMissingBindRequiredValueAccessor(_ => "此项必填");
        p.SetMissingKeyOrValueAccessor(() => "此项必填");
        p.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”格式不正确");
        p.SetUnknownValueIsInvalidAccessor(_ => "值无效");
        p.SetValueIsInvalidAccessor(value => $"“{value}”无效");
        p.SetValueMustBeANumberAccessor(_ => "必须是数字");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值无效");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
    }
}
