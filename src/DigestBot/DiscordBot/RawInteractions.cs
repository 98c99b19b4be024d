using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace DigestBot.DiscordBot;

/// <summary>
/// What an interaction's raw payload says that Discord.Net does not keep: the invoker's permissions in the channel
/// (<c>member.permissions</c>, Discord's own computation, overwrites included) and <c>channel_id</c> (Discord.Net reads
/// the channel only from the <c>channel</c> object). The gateway's frames and the HTTP endpoint's bodies are read for
/// them here and the pipeline takes them by interaction id; entries not taken within 15 minutes are dropped.
/// </summary>
public sealed class RawInteractions
{
    private const int MaxKept = 10_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<ulong, (RawInteraction Fields, DateTimeOffset At)> _byInteraction = new();

    /// <summary>Remembers the fields of the interaction in a gateway frame or an HTTP body (anything else is ignored).</summary>
    public void Remember(JsonElement interaction)
    {
        if (interaction.ValueKind != JsonValueKind.Object || Id(interaction, "id") is not { } id)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        if (_byInteraction.Count >= MaxKept)
        {
            foreach (var old in _byInteraction.Where(e => now - e.Value.At > Lifetime).Select(e => e.Key).ToList())
            {
                _byInteraction.TryRemove(old, out _);
            }
        }

        _byInteraction[id] = (Read(interaction), now);
    }

    /// <summary>The fields remembered for the interaction (none known: no permissions, no channel).</summary>
    public RawInteraction Take(ulong interactionId) => _byInteraction.TryRemove(interactionId, out var entry) ? entry.Fields : new RawInteraction(null, null);

    /// <summary><c>member.permissions</c> (null when absent or unreadable, which grants nothing) and <c>channel_id</c>.</summary>
    public static RawInteraction Read(JsonElement interaction)
    {
        ulong? permissions = interaction.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object ? Id(member, "permissions") : null;
        return new RawInteraction(permissions, Id(interaction, "channel_id"));
    }

    private static ulong? Id(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var raw) && raw.ValueKind == JsonValueKind.String
        && ulong.TryParse(raw.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
