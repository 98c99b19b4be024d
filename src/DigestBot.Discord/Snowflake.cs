using System.Text.Json.Serialization;

namespace DigestBot.Discord;

/// <summary>
/// Discord ids are 64-bit snowflakes carried as <c>ulong</c>; their top 42 bits are milliseconds since the
/// Discord epoch (2015-01-01T00:00:00Z), which orders messages and tells when a channel or guild was created.
/// </summary>
public static class Snowflake
{
    /// <summary>How snowflake properties are (de)serialised: JSON strings, read from numbers too.</summary>
    public const JsonNumberHandling JsonHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString;

    public static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset CreatedAt(ulong id) => DiscordEpoch.AddMilliseconds(id >> 22);

    /// <summary>Reads a snowflake from its JSON string form; false for anything that is not a positive integer.</summary>
    public static bool TryParse(string? text, out ulong id) =>
        ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id) && id > 0;
}
