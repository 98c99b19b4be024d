using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary><c>digest [--dry-run]</c>: post the pending digest now, or show it without marking anything.</summary>
public sealed class DigestCommand(DigestService digests, ChannelStore channels) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "digest",
        "Post this channel's pending digest now (--dry-run: show it, change nothing)",
        [new CommandOption("dry-run", "Show the digest without posting or marking anything", OptionType.Boolean), ChannelOption.Definition])
    {
        MayBeSlow = true,
        RequiresManageChannels = true,
        LocalOnly = true, // Discord has it as /digest now
        Example = "--dry-run",
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        if (request.GetBoolean("dry-run"))
        {
            return digests.Preview(channelId) is { } preview
                // The first message's header too (count, themes, part marker), as the post will start.
                ? new Reply { Text = $"Dry run: nothing is posted or marked.\n{preview.Chunks[0].Text}", Cards = [.. preview.Chunks.SelectMany(c => c.Cards)] }
                : Reply.Message("Nothing pending for this channel.");
        }

        var sent = await digests.RunAsync(channelId, cancellationToken);
        if (channels.Get(channelId) is { ConsecutiveFailures: > 0, LastError: { } error })
        {
            return Reply.Failure($"digest: {error}");
        }

        var papers = sent.Sum(d => d.Chunks.Sum(c => c.DeliveryIds.Count));
        return sent.Count == 0
            ? Reply.Message("Nothing pending for this channel.")
            : Reply.Message($"Posted {papers} paper{(papers == 1 ? string.Empty : "s")} in {sent.Sum(d => d.Chunks.Count)} message(s).");
    }
}
