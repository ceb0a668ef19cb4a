using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhili.Web.Hosting;

/// <summary>
/// Every instant the API writes is UTC and ends in Z (ARCHITECTURE rule 6): a DateTime whose kind was lost on the way
/// (Unspecified) is UTC by the house rule, a Local one is converted; a DateTimeOffset is written as its UTC instant.
/// Reading and the ISO 8601 form (fractions only where there are any) are the framework's own.
/// </summary>
public sealed class UtcDateTimeJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Utc(value));

    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

/// <inheritdoc cref="UtcDateTimeJsonConverter"/>
public sealed class UtcDateTimeOffsetJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime);
}
