using System.Globalization;
using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Watches;

/// <summary><c>watch list</c>: this channel's watches.</summary>
public sealed class WatchListCommand(WatchStore watches) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("watch list", "List this channel's watches", [ChannelOption.Definition])
    {
        SupportsJson = true,
        Example = string.Empty,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var list = watches.ForChannel(ChannelOption.Resolve(request));
        var fields = list.Select(w => new CardField(
            $"{w.Id}. {w.Name}{(w.Muted ? " (paused)" : string.Empty)}",
            $"{ReplyMarkup.Code(w.Query)} · added {w.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        return ValueTask.FromResult(new Reply
        {
            Text = list.Count == 0 ? "No watches in this channel yet: watch add QUERY" : null,
            Cards = list.Count == 0 ? [] : [new Card($"Watches ({list.Count}/{Watch.MaxPerChannel})") { Fields = [.. fields] }],
            Data = list,
        });
    }
}
