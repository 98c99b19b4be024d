using System.Globalization;
using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Summaries;

/// <summary>LLM summaries per (paper, model) and the daily call count, in LiteDB.</summary>
public sealed class SummaryStore(Database db)
{
    private ILiteCollection<CachedSummary> Cached => db.Collection<CachedSummary>("summaries");
    private ILiteCollection<LlmUsage> Usage => db.Collection<LlmUsage>("llm_usage");
    private readonly Lock _budget = new();

    public string? Find(string paperId, string model) => Cached.FindById(CachedSummary.KeyOf(paperId, model))?.Text;

    public void Save(string paperId, string model, string text, DateTimeOffset now) =>
        Cached.Upsert(new CachedSummary { Id = CachedSummary.KeyOf(paperId, model), Text = text, CreatedAt = now });

    /// <summary>Counts one call against today's budget; false (and nothing counted) when the budget is spent.</summary>
    public bool TryUseCall(DateTimeOffset now, int maxPerDay)
    {
        var day = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lock (_budget)
        {
            var calls = Usage.FindById(day)?.Calls ?? 0;
            if (calls >= maxPerDay)
            {
                return false;
            }

            Usage.Upsert(new LlmUsage(day, calls + 1));
            return true;
        }
    }
}
