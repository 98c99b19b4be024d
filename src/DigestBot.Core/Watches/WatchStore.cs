using DigestBot.Commands;
using DigestBot.QueryLanguage;
using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Watches;

/// <summary>Watches in LiteDB, with the per-channel limits enforced on every add.</summary>
public sealed class WatchStore(Database db, IQueryValidator validator, TimeProvider time)
{
    internal const string Collection = "watches";

    private ILiteCollection<Watch> Stored => db.Collection<Watch>(Collection);
    private readonly Lock _add = new();

    /// <summary>
    /// Adds a watch or throws <see cref="CommandInputException"/> with what is wrong: a bad query or name, a query or
    /// name another live watch of the channel already has (digests and the dashboard's charts tell watches by name), or
    /// the channel's limit.
    /// </summary>
    public Watch Add(ulong guildId, ulong channelId, string query, string? name, ulong createdBy)
    {
        query = query.Trim();
        name = string.IsNullOrWhiteSpace(name) ? DefaultName(query) : name.Trim();
        if (Problem(query, name) is { } problem)
        {
            throw problem.Refusal();
        }

        lock (_add)
        {
            var live = ForChannel(channelId);
            if (Conflict(live, query, name) is { } conflict)
            {
                throw conflict.Refusal();
            }

            if (live.Count >= Watch.MaxPerChannel)
            {
                throw new CommandInputException($"watch: this channel already has {Watch.MaxPerChannel} watches, the limit; remove one first");
            }

            var watch = new Watch { GuildId = guildId, ChannelId = channelId, Name = name, Query = query, CreatedBy = createdBy, CreatedAt = time.GetUtcNow() };
            var id = Stored.Insert(watch);
            return watch with { Id = id.AsInt32 };
        }
    }

    /// <summary>
    /// What is wrong with a watch's query and name (the parser's refusal, a limit), or null: the checks of every add,
    /// also run by the dashboard's editor as it is typed.
    /// </summary>
    public WatchProblem? Problem(string query, string? name) =>
        FormProblem(query, name) ?? (validator.Validate(query.Trim()) is { } problem ? WatchProblem.OfQuery($"watch: {problem}") : null);

    /// <summary>
    /// What is wrong with a watch's query and name that shows without any data (empty, too long, the parser's refusal),
    /// or null: <see cref="Problem"/> adds what the validator finds (a <c>like:</c> paper not stored).
    /// </summary>
    public static WatchProblem? FormProblem(string query, string? name)
    {
        query = query.Trim();
        if (query.Length == 0)
        {
            return WatchProblem.OfQuery("watch: the query is empty");
        }

        if (query.Length > Watch.MaxQueryLength)
        {
            return WatchProblem.OfQuery($"watch: the query has {query.Length} characters; the limit is {Watch.MaxQueryLength}");
        }

        if (NameProblem(name) is { } tooLong)
        {
            return tooLong;
        }

        return SearchQuery.TryParse(query, out _, out var error) ? null : WatchProblem.OfQuery($"watch: {error}");
    }

    /// <summary>What is wrong with a watch's name given alone (too long), or null.</summary>
    public static WatchProblem? NameProblem(string? name) =>
        name is not null && name.Trim().Length > Watch.MaxNameLength
            ? WatchProblem.OfName($"watch: the name has {name.Trim().Length} characters; the limit is {Watch.MaxNameLength}")
            : null;

    /// <summary>
    /// Which live watch of the channel already has this query or this name (the name a watch without one would get),
    /// as the refusal <see cref="Add"/> gives, or null: what the dashboard's editor shows as the query is typed.
    /// </summary>
    /// <param name="except">The watch being edited, which may keep its own query and name.</param>
    public WatchProblem? Conflict(ulong channelId, string query, string? name, int? except = null)
    {
        query = query.Trim();
        return Conflict([.. ForChannel(channelId).Where(w => w.Id != except)], query, string.IsNullOrWhiteSpace(name) ? DefaultName(query) : name.Trim());
    }

    private static WatchProblem? Conflict(IReadOnlyList<Watch> live, string query, string name)
    {
        if (live.FirstOrDefault(w => w.Query == query) is { } same)
        {
            return WatchProblem.OfQuery($"watch: watch {same.Id} (\"{same.Name}\") already has this query in this channel{(same.Muted ? "; it is paused: resume it instead" : string.Empty)}");
        }

        return live.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase)) is { } named
            ? WatchProblem.OfName($"watch: watch {named.Id} in this channel is already named \"{named.Name}\"; give this one another name")
            : null;
    }

    /// <summary>
    /// Gives one of this channel's watches a new query, a new name or both, keeping its number, its pause, when it was added
    /// and the papers it matched; returns the watch as it was and as it is now, or null when the channel has no such
    /// watch. A watch whose name was its query's default
    /// takes the new query's default unless a name is given. Refused as <see cref="Add"/> refuses (a bad query or name, a
    /// query or name another watch of the channel has), and when nothing would change.
    /// </summary>
    public (Watch Before, Watch After)? Edit(ulong channelId, int id, string? query, string? name)
    {
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        lock (_add)
        {
            if (Stored.FindById(id) is not { Archived: false } watch || watch.ChannelId != channelId)
            {
                return null;
            }

            var newQuery = query ?? watch.Query;
            var followsQuery = watch.Name == DefaultName(watch.Query) || watch.Name == DefaultName(AboutOrQuery(watch.Query));
            var newName = name ?? (query is not null && followsQuery ? DefaultName(AboutOrQuery(newQuery)) : watch.Name);
            if (Problem(newQuery, newName) is { } problem)
            {
                throw problem.Refusal();
            }

            if (newQuery == watch.Query && newName == watch.Name)
            {
                throw new CommandInputException($"watch: watch {id} already has this {(query is null ? "name" : "query")}; nothing changed",
                    query is null ? WatchProblem.NameOption : WatchProblem.QueryOption);
            }

            if (Conflict(channelId, newQuery, newName, except: id) is { } conflict)
            {
                throw conflict.Refusal();
            }

            var edited = watch with { Query = newQuery, Name = newName };
            Stored.Update(edited);
            return (watch, edited);
        }
    }

    /// <summary>Pauses (mutes) or resumes one of this channel's watches; false when the channel has no such watch.</summary>
    public bool SetMuted(ulong channelId, int id, bool muted) =>
        Stored.FindById(id) is { Archived: false } watch && watch.ChannelId == channelId && Stored.Update(watch with { Muted = muted });

    /// <summary>The channel's live (not archived) watches, oldest first.</summary>
    public IReadOnlyList<Watch> ForChannel(ulong channelId) =>
        [.. Stored.Find(w => w.ChannelId == channelId && !w.Archived).OrderBy(w => w.Id)];

    /// <summary>Every watch that should be matched: not archived, not muted.</summary>
    public IReadOnlyList<Watch> Active() => [.. Stored.Find(w => !w.Archived && !w.Muted)];

    /// <summary>Removes a watch of this channel; false when the channel has no such watch (ids are per bot, not per channel).</summary>
    public bool Remove(ulong channelId, int id) =>
        Stored.FindById(id) is { } watch && watch.ChannelId == channelId && Stored.Delete(id);

    /// <summary>Archives (or restores) every watch of a channel, keeping them all; returns how many changed.</summary>
    public int SetArchived(ulong channelId, bool archived) =>
        Stored.Update(Stored.Find(w => w.ChannelId == channelId && w.Archived != archived).Select(w => w with { Archived = archived }).ToList());

    /// <summary>The channels of a guild that have live watches.</summary>
    public IReadOnlyList<ulong> ChannelsInGuild(ulong guildId) =>
        [.. Stored.Find(w => w.GuildId == guildId && !w.Archived).Select(w => w.ChannelId).Distinct()];

    public IReadOnlyList<ulong> Channels() => [.. Stored.Find(w => !w.Archived).Select(w => w.ChannelId).Distinct()];

    /// <summary>The words of a query that is one <c>about:"…"</c> term alone (what its default name was made of), else the query.</summary>
    internal static string AboutOrQuery(string query) =>
        query.StartsWith("about:\"", StringComparison.Ordinal) && query.EndsWith('"') && query.Length > 8 && query.IndexOf('"', 7) == query.Length - 1
            ? query[7..^1]
            : query;

    /// <summary>A watch's name when none is given: the text (the query, or the <c>--about</c> words), cut to the name's limit.</summary>
    internal static string DefaultName(string text) =>
        text.Length <= Watch.MaxNameLength ? text : text[..(Watch.MaxNameLength - 1)] + "…";
}
