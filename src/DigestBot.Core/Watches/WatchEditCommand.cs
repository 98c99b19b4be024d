using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.QueryLanguage;

namespace DigestBot.Watches;

/// <summary>
/// <c>watch edit ID|NAME [QUERY] [--about TEXT] [--name N]</c>: one of this channel's watches gets a new query (built from
/// the query and <c>--about</c> as <c>watch add</c> builds it), a new name, or both. It keeps its number, its pause and
/// the papers it matched (those waiting for the next digest stay in it, under its new name when it has one, and so do
/// its matches per day on the dashboard); papers from now on are matched by the new query.
/// </summary>
public sealed class WatchEditCommand(WatchStore watches, Outbox outbox, WatchPreview preview) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "watch edit",
        "Change one of this channel's watches: its query, its name or both (it keeps its number)",
        [
            WatchPauseCommand.WatchOption,
            new CommandOption("query", "The new query, e.g. \"reinforcement learning\" AND ti:policy -survey") { Positional = true, IsQuery = true },
            new CommandOption("about", "The new query: papers close in meaning to this text") { IsQuery = true },
            new CommandOption("name", $"A new name (up to {Watch.MaxNameLength} characters)"),
            ChannelOption.Definition,
        ])
    {
        RequiresManageChannels = true,
        MayBeSlow = true,
        Example = "1 \"reinforcement learning\" AND ti:policy",
        CheckInput = request =>
        {
            var (query, about, name) = (request.GetString("query"), request.GetString("about"), request.GetString("name"));
            if (string.IsNullOrWhiteSpace(query) && string.IsNullOrWhiteSpace(about) && string.IsNullOrWhiteSpace(name))
            {
                throw new CommandInputException(request.Origin.IsDiscord
                    ? "/watch edit: give a new query, about text or name"
                    : "watch edit: give a new query, --about \"text\" or --name", WatchProblem.QueryOption);
            }

            var newQuery = NewQuery(query, about, request.Origin.IsDiscord);
            if ((newQuery is null ? WatchStore.NameProblem(name) : WatchStore.FormProblem(newQuery, name)) is { } problem)
            {
                throw problem.Refusal();
            }
        },
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var channelId = ChannelOption.Resolve(request);
        var id = WatchNumber.Resolve(watches, request, channelId, "edit");
        var newQuery = NewQuery(request.GetString("query"), request.GetString("about"), request.Origin.IsDiscord);
        var (before, watch) = watches.Edit(channelId, id, newQuery, request.GetString("name"))
            ?? throw new CommandInputException($"watch: this channel has no watch {id} (see watch list)");

        var renamed = watch.Name != before.Name;
        if (renamed)
        {
            outbox.RenameWatch(channelId, before.Name, watch.Name);
        }

        if (watch.Query == before.Query)
        {
            return ValueTask.FromResult(Reply.Message(
                $"Watch {id} renamed \"{ReplyMarkup.Escape(watch.Name, startsLine: false)}\" (was \"{ReplyMarkup.Escape(before.Name, startsLine: false)}\")."));
        }

        // A name that only followed the query (its default) is not news; one given with --name is.
        var newName = renamed && request.GetString("name") is not null
            ? $", renamed from \"{ReplyMarkup.Escape(before.Name, startsLine: false)}\""
            : string.Empty;
        var resume = request.Origin.IsDiscord ? "/watch resume" : "watch resume";
        var paused = watch.Muted ? $" It is paused: {resume} {id} to match new papers." : string.Empty;
        return ValueTask.FromResult(new Reply
        {
            Text = $"Watch {id} \"{ReplyMarkup.Escape(watch.Name, startsLine: false)}\" now matches {ReplyMarkup.Code(watch.Query)} " +
                $"(was {ReplyMarkup.Code(before.Query)}){newName}. Papers already waiting for the next digest stay in it.{paused}",
            Cards = [preview.Preview(SearchQuery.Parse(watch.Query), WatchPreview.DefaultDays, added: true)],
        });
    }

    /// <summary>The new query built from the query and the about text as <c>watch add</c> builds it, or null when neither is given.</summary>
    private static string? NewQuery(string? query, string? about, bool inDiscord) =>
        string.IsNullOrWhiteSpace(query) && string.IsNullOrWhiteSpace(about) ? null : WatchAddCommand.Query(query, about, inDiscord);
}
