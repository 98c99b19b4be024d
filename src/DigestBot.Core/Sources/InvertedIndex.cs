using System.Text.Json;

namespace DigestBot.Sources;

/// <summary>
/// OpenAlex ships abstracts as an inverted index, <c>{word: [positions…]}</c>, with keys in no reading order.
/// Rebuilding = every (position, word) pair sorted by position, joined with spaces.
/// </summary>
internal static class InvertedIndex
{
    /// <summary>Far above any abstract; a bigger index is a broken record and is cut, not expanded.</summary>
    private const int MaxWords = 20_000;

    /// <summary>The abstract, or the empty string when the index is null, absent or not an object.</summary>
    public static string Rebuild(JsonElement? index)
    {
        if (index is not { ValueKind: JsonValueKind.Object } obj)
        {
            return string.Empty;
        }

        var words = new List<(int Position, string Word)>();
        foreach (var entry in obj.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var position in entry.Value.EnumerateArray())
            {
                if (position.ValueKind == JsonValueKind.Number && position.TryGetInt32(out var p) && p >= 0 && words.Count < MaxWords)
                {
                    words.Add((p, entry.Name));
                }
            }
        }

        words.Sort((a, b) => a.Position.CompareTo(b.Position));
        return SourceText.Collapse(string.Join(' ', words.Select(w => w.Word))) ?? string.Empty;
    }
}
