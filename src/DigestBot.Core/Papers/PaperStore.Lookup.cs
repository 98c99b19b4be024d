using DigestBot.Sources;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>Finding a paper by whatever a user has for it (see <see cref="PaperReference"/>).</summary>
public sealed partial class PaperStore
{
    /// <summary>
    /// The paper a reference names, or null: by key; an OpenAlex or Semantic Scholar id by the key a paper of that source
    /// alone gets, else by the sighting it left (<see cref="SourceRecord.SourceId"/>); a link by the key a feed item with
    /// that link gets, else as a paper's page or a sighting's id.
    /// </summary>
    public Paper? Find(PaperReference reference)
    {
        if (reference.Key is { } key)
        {
            return Find(key);
        }

        if (reference.Source is { } source && reference.SourceId is { } sourceId)
        {
            return Find(PaperId.FromSource(source, sourceId)) ?? BySourceId([sourceId], source);
        }

        if (reference.Link is not { } link)
        {
            return null;
        }

        var variants = LinkVariants(link);
        return (FeedItemKey.ForLink(link) is { } itemKey ? Find(itemKey) : null)
            ?? StoredPapers.Query().Where("$.Links.Abs IN @0", Values(variants)).FirstOrDefault()
            ?? BySourceId(variants, source: null);
    }

    private Paper? BySourceId(IReadOnlyList<string> sourceIds, string? source) =>
        StoredPapers.Query().Where("$.Sources[*].SourceId ANY IN @0", Values(sourceIds)).ToEnumerable()
            .FirstOrDefault(p => source is null || p.Sources.Any(s => s.Source == source && sourceIds.Contains(s.SourceId)));

    private static BsonArray Values(IEnumerable<string> values) => new(values.Select(v => new BsonValue(v)));

    /// <summary>The spellings a stored link may have: as given, with or without its trailing slash, over http or https.</summary>
    private static List<string> LinkVariants(string link)
    {
        var trimmed = link.Trim();
        var bare = trimmed.TrimEnd('/');
        var forms = new[] { bare, bare + "/" };
        return [.. forms.Concat(forms.Select(SwapScheme)).Prepend(trimmed).Distinct(StringComparer.Ordinal)];
    }

    private static string SwapScheme(string link) =>
        link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "http://" + link[8..]
        : link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "https://" + link[7..]
        : link;
}
