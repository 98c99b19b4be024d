using DigestBot.Commands;

namespace DigestBot.Digests;

/// <summary><c>/digest now</c>: Discord's shape of <c>digest</c> (posting only; the dry run is a CLI matter).</summary>
public sealed class DigestNowCommand(DigestCommand digest) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("digest now", "Post this channel's pending digest now")
    {
        MayBeSlow = true,
        RequiresManageChannels = true,
        DiscordOnly = true,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
        digest.HandleAsync(request with { Command = DigestCommand.Definition, Options = new Dictionary<string, object>() }, cancellationToken);
}
