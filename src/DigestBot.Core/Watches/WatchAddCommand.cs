using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.QueryLanguage;

namespace DigestBot.Watches;

/// <summary>
/// <c>watch add [QUERY] [--about TEXT] [--name N]</c>: a new watch for this channel; the channel gets the default
/// schedule if it has none. <c>--about "text"</c> matches papers close in meaning to the text (stored as the query term
/// <c>about:"text"</c>, required beside the query when both are given); <c>like:ID</c> in the query matches papers close
/// in meaning to a stored paper.
/// </summary>
public sealed class WatchAddCommand(WatchStore watches, ChannelStore channels, DigestScheduler scheduler, WatchPreview preview) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "watch add",
        "Watch for new papers matching a query (same language as search)",
        [
            new CommandOption("query", "e.g. \"reinforcement learning\" AND ti:policy -survey, or like:2606.13392 (papers close in meaning to it)") { Positional = true, IsQuery = true },
            // Taken as a query is: the words up to the next option, so --about making transformers deeper needs no quotes.
            new CommandOption("about", "Papers close in meaning to this text, e.g. \"making transformers deeper\"") { IsQuery = true },
            new CommandOption("name", $"A short name (up to {Watch.MaxNameLength} characters; default: the query, or the about text)"),
            ChannelOption.Definition,
        ])
    {
        RequiresManageChannels = true,
        MayBeSlow = true,
        Example = "\"reinforcement learning\" AND ti:policy --name RL",
        CheckInput = request =>
        {
            var (query, about, name) = (request.GetString("query"), request.GetString("about"), request.GetString("name"));
            if (WatchStore.FormProblem(Query(query, about, request.Origin.IsDiscord), Name(name, query, about)) is { } problem)
            {
                throw problem.Refusal();
            }
        },
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var (query, about, name) = (request.GetString("query"), request.GetString("about"), request.GetString("name"));
        var watch = watches.Add(ChannelOption.Guild(request), channelId, Query(query, about, request.Origin.IsDiscord), Name(name, query, about), request.Origin.UserId);
        var channel = channels.Update(channelId, c => c with { GuildId = watch.GuildId });
        await scheduler.RescheduleAsync(channelId, catchUp: false, cancellationToken);
        return new Reply
        {
            Text = $"Watch {watch.Id} \"{ReplyMarkup.Escape(watch.Name)}\" added. Digest schedule: {ReplyMarkup.Escape(DigestSchedule.Described(channel.Schedule, channel.TimeZone))}.",
            Cards = [preview.Preview(SearchQuery.Parse(watch.Query), WatchPreview.DefaultDays, added: true)],
        };
    }

    /// <summary>
    /// The watch query: the query, the <c>--about</c> text as an <c>about:</c> term, or both required (a refusal names
    /// the two as <paramref name="inDiscord"/> shows them).
    /// </summary>
    internal static string Query(string? query, string? about, bool inDiscord = false)
    {
        var topic = AboutWords(about) is { } words ? $"about:\"{words}\"" : null;
        return (string.IsNullOrWhiteSpace(query), topic) switch
        {
            (true, null) => throw new CommandInputException(
                inDiscord ? "/watch add: give a query, an about text, or both" : "watch add: give a query, --about \"text\", or both",
                WatchProblem.QueryOption),
            (true, { } t) => t,
            (false, null) => query!,
            (false, { } t) => $"{t} AND ({query!.Trim()})",
        };
    }

    /// <summary>
    /// The name given, or for a watch of <c>--about</c> words alone the words themselves (as a query is its own default
    /// name, with the same limit), not the stored <c>about:"…"</c> term; null leaves the default to the store.
    /// </summary>
    internal static string? Name(string? name, string? query, string? about) =>
        string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(query) && AboutWords(about) is { Length: > 0 } words
            ? WatchStore.DefaultName(words)
            : name;

    // A quote would end the phrase: the text is meant as words, so quotes are dropped.
    private static string? AboutWords(string? about) =>
        string.IsNullOrWhiteSpace(about) ? null : about.Replace("\"", string.Empty, StringComparison.Ordinal).Trim();
}
