using DigestBot.Commands;

namespace DigestBot.Watches;

/// <summary>
/// The watch a command names by its number or (CLI and prompt, <see cref="CommandOption.OrName"/>) its name, as
/// <c>watch remove</c>, <c>watch pause</c> and <c>watch resume</c> take it.
/// </summary>
internal static class WatchNumber
{
    /// <summary>
    /// The number given, or that of the channel's watch with the name given (case ignored, as names are told apart);
    /// no watch of that name, or several, is one line why, saying how to <paramref name="verb"/> one by its number.
    /// </summary>
    public static int Resolve(WatchStore watches, CommandRequest request, ulong channelId, string verb)
    {
        if (request.GetInteger("watch") is { } number)
        {
            return (int)number;
        }

        var name = request.GetRequiredString("watch").Trim();
        var named = watches.ForChannel(channelId).Where(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return named switch
        {
            [var one] => one.Id,
            [] => throw new CommandInputException($"watch: this channel has no watch named \"{name}\" (see watch list)"),
            _ => throw new CommandInputException(
                $"watch: {named.Count} watches of this channel are named \"{name}\" ({string.Join(", ", named.Select(w => w.Id))}); {verb} one by its number"),
        };
    }
}
