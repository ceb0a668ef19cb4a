using System.Buffers;
using System.Collections;
using System.Text.Unicode;

namespace Zhili.BuildingBlocks.Audit;

/// <summary>
/// Writes the Before/After JSON of an audit record and the text of its key. Values are written by hand rather than
/// by a serializer, so that whatever type a module maps (enums, dates, geometries, collections) gives one stable,
/// readable text and never an exception in the middle of a save.
/// </summary>
public static class AuditJson
{
    // Chinese stays readable in the log; HTML-sensitive characters are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WritePropertyName(name);
                Value(writer, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string Digest(byte[] bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes.Length} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}");

        /// <summary>A key value as text: the same invariant formats as in the JSON.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        // Instants are UTC (ARCHITECTURE rule 6) and say so with their Z, however the value was read back.
        DateTime d => Utc(d).ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static DateTime Utc(DateTime d) => d.Kind switch
    {
        DateTimeKind.Local => d.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        _ => d,
    };

    private static void Value(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case byte or sbyte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                break;
            case byte[] bytes:
                // A file (a photo) by its size and digest: it proves which file was saved without copying it into the trail.
                writer.WriteStringValue(Digest(bytes));
                break;
            case IEnumerable items and not IFormattable:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Value(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Text(value));
                break;
        }
    }
}
