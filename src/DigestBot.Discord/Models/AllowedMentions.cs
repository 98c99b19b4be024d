namespace DigestBot.Discord.Models;

/// <summary>
/// Which mentions in a message may ping. Regular messages parse every mention type by default, so anything
/// carrying user or paper text sends <see cref="None"/>: a title containing <c>@everyone</c> must never ping.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>No pings at all: <c>{"parse": []}</c>.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [] };

    /// <summary>Mention types to parse: <c>users</c>, <c>roles</c>, <c>everyone</c>; not combinable with the id lists.</summary>
    public IReadOnlyList<string>? Parse { get; init; }

    public IReadOnlyList<string>? Users { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public bool? RepliedUser { get; init; }
}
