using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;
using DigestBot.Search;

namespace DigestBot.Digests;

/// <summary>
/// <c>digest [--dry-run] [--json]</c>: post the pending digest now, or show it without marking anything; <c>--json</c>
/// goes with <c>--dry-run</c> (<see cref="DigestDryRunResult"/>).
/// </summary>
public sealed class DigestCommand(DigestService digests, ChannelStore channels, Outbox outbox, PaperStore store) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "digest",
        "Post this channel's pending digest now (--dry-run: show it, change nothing)",
        [new CommandOption("dry-run", "Show the digest without posting or marking anything", OptionType.Boolean), ChannelOption.Definition])
    {
        MayBeSlow = true,
        RequiresManageChannels = true,
        SupportsJson = true,
        JsonOnlyWith = "dry-run", // a post to the console channel prints the digest itself on stdout
        LocalOnly = true, // Discord has it as /digest now
        Example = "--dry-run",
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        if (request.GetBoolean("dry-run"))
        {
            var channel = channelId.ToString(CultureInfo.InvariantCulture);
            return digests.Preview(channelId) is { } preview
                // The first message's header too (count, themes, part marker), as the post will start.
                ? new Reply
                {
                    Text = $"Dry run: nothing is posted or marked.\n{preview.Chunks[0].Text}",
                    Cards = [.. preview.Chunks.SelectMany(c => c.Cards)],
                    Data = new DigestDryRunResult(channel, preview.Id, preview.Chunks.Count, Papers(channelId, preview)),
                }
                : Reply.Message("Nothing pending for this channel.") with { Data = new DigestDryRunResult(channel, null, 0, []) };
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

    /// <summary>The papers of a previewed digest in its order, each with the watches that matched it and why.</summary>
    private List<DigestPaper> Papers(ulong channelId, DigestRecord preview)
    {
        var pending = outbox.Pending(channelId).ToDictionary(d => d.Id, StringComparer.Ordinal);
        return
        [
            .. preview.Chunks.SelectMany(c => c.DeliveryIds)
                .Select(id => pending.GetValueOrDefault(id))
                .Select(d => (Delivery: d, Paper: d is null ? null : store.Find(PaperId.Parse(d.PaperId))))
                .Where(x => x.Paper is not null)
                .Select(x => DigestPaper.Of(x.Paper!, x.Delivery!)),
        ];
    }
}
