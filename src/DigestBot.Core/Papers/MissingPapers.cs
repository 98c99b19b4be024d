using DigestBot.Commands;
using DigestBot.Search;
using DigestBot.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Papers;

/// <summary>
/// The papers <c>paper</c>, <c>cite</c>, <c>summary</c> and <c>similar</c> are asked for, fetched when not stored: an
/// arXiv id or link from arXiv, a DOI or OpenAlex id from OpenAlex, a Semantic Scholar id from Semantic Scholar, stored
/// (without announcing it to any watch) and then shown, so a researcher can open any paper, not only those the sources
/// brought.
/// <c>Sources:FetchMissing</c> turns it off; in Discord a member fetches at most once per <c>Cooldowns:Fetch</c>.
/// </summary>
public sealed class MissingPapers(PaperStore store, ImportService imports, CommandCooldowns cooldowns, IOptions<SourcesOptions> options)
{
    /// <summary>Most papers not stored one <c>cite</c> fetches.</summary>
    public const int MaxPerCommand = 10;

    /// <summary>
    /// The paper <paramref name="text"/> names: stored, or fetched now (<see cref="Resolved.FetchedFrom"/> then names the
    /// service).
    /// </summary>
    /// <exception cref="CommandInputException">Not an id or link we read, or no such paper here or at its source.</exception>
    public async Task<Resolved> ResolveAsync(string text, CommandRequest request, CancellationToken cancellationToken)
    {
        if (!PaperReference.TryParse(text, out var reference))
        {
            throw new CommandInputException(PaperReference.InvalidMessage(text));
        }

        return (await ResolveAllAsync([reference], request, cancellationToken))[0];
    }

    /// <summary>
    /// Every paper named, in order: those not stored are fetched (arXiv's together, in one request), and when one of
    /// them cannot be had, one line says why and nothing is returned (those fetched stay stored).
    /// </summary>
    /// <exception cref="CommandInputException">One of them is neither stored nor to be had from its source.</exception>
    public async Task<IReadOnlyList<Resolved>> ResolveAllAsync(IReadOnlyList<PaperReference> references, CommandRequest request, CancellationToken cancellationToken)
    {
        var found = references.Select(r => store.Find(r)).ToList();
        var missing = references.Where((_, i) => found[i] is null).DistinctBy(r => r.Display).ToList();
        if (missing.Count == 0)
        {
            return [.. found.Select(p => new Resolved(p!, null))];
        }

        var origin = request.Origin;
        var services = missing.Select(imports.ServiceFor).ToList();
        if (!options.Value.FetchMissing || services.Contains(null))
        {
            throw new CommandInputException(NotStored(missing, origin, fetching: false));
        }

        if (missing.Count > MaxPerCommand)
        {
            throw new CommandInputException($"{NotStored(missing, origin, fetching: true)}; the bot fetches at most {MaxPerCommand} papers it does not store at a time");
        }

        var wait = cooldowns.TryBeginFetch(origin);
        if (wait > TimeSpan.Zero)
        {
            throw new CommandInputException(
                $"{NotStored(missing, origin, fetching: true)}, and papers not stored are fetched at most every few seconds — try again in {CommandCooldowns.Seconds(wait)} s");
        }

        foreach (var group in missing.Zip(services).GroupBy(m => m.Second, m => m.First.Display))
        {
            var ids = group.ToList();
            request.Progress.Report($"{string.Join(", ", ids)} {(ids.Count == 1 ? "is" : "are")} not stored here: fetching from {group.Key}…");
        }

        var fetches = await imports.FetchAllAsync(missing, cancellationToken);
        var fetched = new Dictionary<string, Resolved>(StringComparer.Ordinal);
        foreach (var (reference, fetch) in missing.Zip(fetches))
        {
            fetched[reference.Display] = new Resolved(Stored(reference, fetch!, origin), fetch!.Service);
        }

        return [.. references.Select((r, i) => found[i] is { } paper ? new Resolved(paper, null) : fetched[r.Display])];
    }

    /// <summary>
    /// What <c>search</c> says of paper ids or links (<paramref name="texts"/>, keys or as typed) that name no stored
    /// paper when <c>paper</c> would fetch every one: "No paper X is stored here (search reads the stored papers); /paper
    /// X fetches it from arXiv", for several "None of X, Y is stored here (…); /paper fetches each from arXiv"; null
    /// otherwise.
    /// </summary>
    public string? SearchHint(IReadOnlyList<string> texts, CommandOrigin origin) =>
        Fetchable(texts) is { } fetchable
            ? $"{SearchReplies.NoneStored([.. fetchable.Select(f => f.Reference.Display)])} (search reads the stored papers){Note(fetchable, origin)}"
            : null;

    /// <summary>
    /// What a search of several papers adds to the ids it did not find (<paramref name="keys"/>) when <c>paper</c> would
    /// fetch them: "; /paper 2612.99999 fetches it from arXiv", for several "; /paper fetches each from arXiv" (or "from
    /// its source" when they differ); null when fetching is off or one of them is of no service.
    /// </summary>
    public string? FetchNote(IReadOnlyList<string> keys, CommandOrigin origin) =>
        Fetchable(keys) is { } fetchable ? Note(fetchable, origin) : null;

    /// <summary>Each paper named and the service that would fetch it; null when fetching is off or one has none.</summary>
    private List<(PaperReference Reference, string Service)>? Fetchable(IReadOnlyList<string> texts)
    {
        if (!options.Value.FetchMissing || texts.Count == 0)
        {
            return null;
        }

        var fetchable = new List<(PaperReference Reference, string Service)>();
        foreach (var text in texts)
        {
            if (!PaperReference.TryParse(text, out var reference) || imports.ServiceFor(reference) is not { } service)
            {
                return null;
            }

            fetchable.Add((reference, service));
        }

        return fetchable;
    }

    private static string Note(List<(PaperReference Reference, string Service)> fetchable, CommandOrigin origin)
    {
        var services = fetchable.Select(f => f.Service).Distinct(StringComparer.Ordinal).ToList();
        return fetchable is [var one]
            ? $"; {origin.Named("paper")} {ReplyMarkup.Escape(one.Reference.Display)} fetches it from {one.Service}"
            : $"; {origin.Named("paper")} fetches each from {(services is [var only] ? only : "its source")}";
    }

    /// <summary>The paper just fetched, now stored; or why it is still not here, as the one line.</summary>
    /// <exception cref="CommandInputException">The service has none, could not be asked, or gave a record not stored.</exception>
    private Paper Stored(PaperReference reference, PaperFetch fetch, CommandOrigin origin)
    {
        var report = fetch.Report;
        var prefix = $"no paper {reference.Display} here";
        if (report.NotFound)
        {
            throw new CommandInputException($"{prefix} or on {fetch.Service} — check the id, or try {origin.Named("search")}");
        }

        if (report.Error is { } error)
        {
            var reason = error.StartsWith(report.Input + ": ", StringComparison.Ordinal) ? error[(report.Input.Length + 2)..] : error;
            throw new CommandInputException($"{prefix}, and {fetch.Service} could not be asked: {reason}");
        }

        return store.Find(reference) ?? throw new CommandInputException(report.Skipped is [var skipped, ..]
            ? $"{prefix}, and {fetch.Service}'s record of it could not be stored: {skipped.Reason}"
            : $"{prefix}, and {fetch.Service}'s answer did not hold it — check the id, or try {origin.Named("search")}");
    }

    private static string NotStored(IReadOnlyList<PaperReference> missing, CommandOrigin origin, bool fetching) => missing switch
    {
        [var one] when !fetching => PaperArgument.NotFound(one, origin),
        [var one] => $"no paper {one.Display} here",
        _ when !fetching => $"no papers {string.Join(", ", missing.Select(m => m.Display))} here — try {origin.Named("search")}",
        _ => $"no papers {string.Join(", ", missing.Select(m => m.Display))} here",
    };

    /// <summary>A paper, and the service it was fetched from just now (null when it was stored already).</summary>
    public sealed record Resolved(Paper Paper, string? FetchedFrom);
}
