using DigestBot.Commands;

namespace DigestBot.DiscordBot;

/// <summary>
/// Where an interaction goes: a command (typed, a sub-command, or a button's action) with its option values, an
/// autocomplete request for one option, a PING, or a polite refusal carrying the text to show.
/// </summary>
public sealed record RoutedInteraction(RouteKind Kind)
{
    public CommandDefinition? Command { get; init; }

    public IReadOnlyDictionary<string, object> Options { get; init; } = new Dictionary<string, object>();

    /// <summary>The option being typed, for <see cref="RouteKind.Autocomplete"/>.</summary>
    public string? Focused { get; init; }

    /// <summary>For <see cref="RouteKind.Refused"/>: what the user is told.</summary>
    public string? Message { get; init; }

    public static RoutedInteraction Refuse(string message) => new(RouteKind.Refused) { Message = message };
}
