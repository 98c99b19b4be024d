using System.Globalization;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>The reads of <see cref="FakeChannels"/>: a page of a channel's messages, and a channel itself.</summary>
public sealed partial class FakeChannels
{
    internal FakeResponse List(ulong channelId, string query)
    {
        if (Refuse(channelId) is { } refused)
        {
            return refused;
        }

        var args = System.Web.HttpUtility.ParseQueryString(query);
        var limit = int.TryParse(args["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 50;
        if (limit is < 1 or > 100)
        {
            return FakeErrors.InvalidForm([new FakeValidationError("limit", "NUMBER_TYPE_MAX", "int value should be between 1 and 100.")]);
        }

        var before = ulong.TryParse(args["before"], out var b) ? b : ulong.MaxValue;
        var after = ulong.TryParse(args["after"], out var a) ? a : 0;
        lock (_lock)
        {
            var list = _messages.GetValueOrDefault(channelId) ?? [];
            var page = list.Where(m => Id(m) < before && Id(m) > after).OrderByDescending(Id).Take(limit);
            return FakeResponse.Ok(new JsonArray([.. page.Select(m => m.DeepClone())]));
        }
    }

    /// <summary><c>GET /channels/{id}</c>: a thread started here, or a text channel with its newest message.</summary>
    internal FakeResponse Get(ulong channelId)
    {
        if (Refuse(channelId) is { } refused)
        {
            return refused;
        }

        lock (_lock)
        {
            var last = _messages.GetValueOrDefault(channelId)?.LastOrDefault()?["id"]?.GetValue<string>();
            if (_threads.Find(channelId) is { } thread)
            {
                var count = _messages.GetValueOrDefault(channelId)?.Count ?? 0;
                thread["last_message_id"] = last;
                thread["message_count"] = count;
                thread["total_message_sent"] = count;
                return FakeResponse.Ok(thread);
            }

            return FakeResponse.Ok(FakeChannelObjects.Text(channelId, GuildOf(channelId), last));
        }
    }
}
