namespace DigestBot.Digests;

/// <summary>
/// The number of a channel's newest digest (LiteDB <c>digest_numbers</c>, keyed by the channel id as text). Digests
/// used to be numbered by counting them; retention removes old ones, so the number is kept on its own.
/// </summary>
public sealed record DigestNumber
{
    public required string Id { get; init; }

    public int Last { get; init; }

    public static string KeyOf(ulong channelId) => channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
