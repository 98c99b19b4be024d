using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Watches;

/// <summary><c>watch add QUERY [--name N]</c>: a new watch for this channel; the channel gets the default schedule if it has none.</summary>
public sealed class WatchAddCommand(WatchStore watches, ChannelStore channels, DigestScheduler scheduler, WatchPreview preview) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "watch add",
        "Watch for new papers matching a query (same language as search)",
        [
            new CommandOption("query", "e.g. \"layer normalization\" AND cat:cs.LG -survey") { Required = true, Positional = true, IsQuery = true },
            new CommandOption("name", $"A short name (up to {Watch.MaxNameLength} characters; default: the query)"),
            ChannelOption.Definition,
        ])
    {
        RequiresManageChannels = true,
        MayBeSlow = true,
        Example = "\"layer normalization\" AND cat:cs.LG --name LayerNorm",
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var watch = watches.Add(ChannelOption.Guild(request), channelId, request.GetRequiredString("query"), request.GetString("name"), request.Origin.UserId);
        var channel = channels.Get(channelId);
        channels.Save(channel with { GuildId = watch.GuildId });
        await scheduler.RescheduleAsync(channelId, catchUp: false, cancellationToken);
        return new Reply
        {
            Text = $"Watch {watch.Id} \"{ReplyMarkup.Escape(watch.Name)}\" added. Digest schedule: {ReplyMarkup.Escape(channel.Schedule)} ({channel.TimeZone}).",
            Cards = [preview.Preview(Search.SearchQuery.Parse(watch.Query), WatchPreview.DefaultDays, added: true)],
        };
    }
}
