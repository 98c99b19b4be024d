using System.Globalization;
using LiteDB;

namespace DigestBot.Storage;

/// <summary>The BSON conventions every DigestBot collection shares.</summary>
internal static class StorageBson
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            EmptyStringToNull = false,
            TrimWhitespace = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };

        // Dates are stored as fixed-width UTC ISO-8601 strings: exact to the tick, readable in any LiteDB tool,
        // and ordered correctly by a plain string index (LiteDB's own DateTime keeps only milliseconds).
        mapper.RegisterType(
            serialize: d => new BsonValue(FormatUtc(d)),
            deserialize: b => ParseUtc(b.AsString));

        // Discord snowflakes are ulong; BSON has no unsigned type. The bits are kept as Int64 (exact, indexable).
        mapper.RegisterType(
            serialize: u => new BsonValue(unchecked((long)u)),
            deserialize: b => unchecked((ulong)b.AsInt64));
        return mapper;
    }

    public static string FormatUtc(DateTimeOffset value) =>
        value.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseUtc(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
