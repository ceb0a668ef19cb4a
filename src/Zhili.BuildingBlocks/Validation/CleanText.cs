using System.Text.Json.Serialization;

namespace Zhili.BuildingBlocks.Validation;

/// <summary>
/// Text from outside drops the characters no person types and XML, normalisation and some
/// clients refuse — control characters other than tab and line breaks, Unicode noncharacters (U+FFFE, U+FDD0…) and
/// unpaired surrogates. Applied at intake on every channel (JSON bodies, forms, Open311) and again when writing XML.
/// </summary>
public static class CleanText
{
    public static string Clean(string text)
    {
        var first = FirstBad(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNonCharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    sb.Append(text, i, 2);
                }

                i++;
            }
            else if (!IsBad(text[i]))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static int FirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (IsBad(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBad(char c) =>
        c < ' ' && c is not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || IsNonCharacter(c);

    private static bool IsNonCharacter(int codePoint) => (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF;
}

/// <summary>Every string of every JSON body passes <see cref="CleanText.Clean"/> as it is read.</summary>
public sealed class CleanTextJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text ? CleanText.Clean(text) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
