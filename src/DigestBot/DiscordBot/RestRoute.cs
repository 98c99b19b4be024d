using System.Text.RegularExpressions;

namespace DigestBot.DiscordBot;

/// <summary>
/// What the REST wrapper needs to know about one of Discord.Net's requests, from its method and relative endpoint
/// (<c>channels/123/messages</c>): the route as a template fit for a log line (ids and interaction tokens replaced, so
/// no token is ever logged), and whether the bot token or an interaction token authorises it.
/// </summary>
public sealed partial record RestRoute(string Method, string Endpoint)
{
    private string Path => Endpoint.Split('?', 2)[0].TrimStart('/');

    /// <summary>Interaction callbacks and follow-ups: authorised by the interaction's token, outside the global limit.</summary>
    public bool IsInteraction => Path.StartsWith("interactions/", StringComparison.Ordinal) || Path.StartsWith("webhooks/", StringComparison.Ordinal);

    /// <summary>Creating a message in a channel: the one request the digest nonce is added to.</summary>
    public bool IsMessageCreate => Method == "POST" && MessageCreate().IsMatch(Path);

    /// <summary><c>POST channels/{id}/messages</c>, with every id and token replaced.</summary>
    public string Template
    {
        get
        {
            var parts = Path.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                // interactions/{id}/{token}/callback, webhooks/{application}/{token}/…: the third part is a token.
                var token = i == 2 && parts[0] is "interactions" or "webhooks";
                parts[i] = token ? "{token}" : parts[i].All(char.IsAsciiDigit) && parts[i].Length > 0 ? "{id}" : parts[i];
            }

            return $"{Method} {string.Join('/', parts)}";
        }
    }

    [GeneratedRegex(@"^channels/\d+/messages$", RegexOptions.CultureInvariant)]
    private static partial Regex MessageCreate();
}
