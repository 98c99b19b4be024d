using DigestBot.Commands;
using Discord;

namespace DigestBot.DiscordBot;

/// <summary>
/// How an interaction's first response reaches Discord: by callback over REST (an interaction from the gateway) or in
/// the body of Discord's HTTP request (Http mode). Everything after it (edits, follow-ups) goes over REST either way.
/// </summary>
public interface IFirstResponse
{
    /// <summary>Whether a failed attempt may be tried again: a callback may, an HTTP response is written once.</summary>
    bool CanRetry { get; }

    Task MessageAsync(DiscordMessage message, RequestOptions options);

    /// <summary>"Thinking…": the answer follows by editing the original response.</summary>
    Task DeferAsync(RequestOptions options);

    /// <summary>Replaces the message the clicked button is on (components only).</summary>
    Task UpdateAsync(DiscordMessage message, RequestOptions options);

    Task SuggestAsync(IReadOnlyList<AutocompleteChoice> choices, RequestOptions options);

    /// <summary>A PING's PONG; only Http mode receives PINGs.</summary>
    Task PongAsync();
}
