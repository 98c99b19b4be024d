using System.Globalization;
using DigestBot.Storage;
using LiteDB;

namespace DigestBot.Summaries;

/// <summary>LLM summaries per (paper, model) and the daily call count, in LiteDB.</summary>
public sealed class SummaryStore(Database db)
{
    private readonly ILiteCollection<CachedSummary> _summaries = db.Collection<CachedSummary>("summaries");
    private readonly ILiteCollection<LlmUsage> _usage = db.Collection<LlmUsage>("llm_usage");
    private readonly Lock _budget = new();

    public string? Find(string paperId, string model) => _summaries.FindById(CachedSummary.KeyOf(paperId, model))?.Text;

    public void Save(string paperId, string model, string text, DateTimeOffset now) =>
        _summaries.Upsert(new CachedSummary { Id = CachedSummary.KeyOf(paperId, model), Text = text, CreatedAt = now });

    /// <summary>Counts one call against today's budget; false (and nothing counted) when the budget is spent.</summary>
    public bool TryUseCall(DateTimeOffset now, int maxPerDay)
    {
        var day = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lock (_budget)
        {
            var calls = _usage.FindById(day)?.Calls ?? 0;
            if (calls >= maxPerDay)
            {
                return false;
            }

            _usage.Upsert(new LlmUsage(day, calls + 1));
            return true;
        }
    }
}
