using System.Globalization;
using LiteDB;

namespace DigestBot.Papers;

/// <summary>Papers first stored per day and source (<see cref="PaperArrivals"/>), kept as they are stored.</summary>
public sealed partial class PaperStore
{
    internal const string ArrivalsCollection = "paper_arrivals";

    // New papers of the current write, counted per (day, source) and written once at its end (under _write; cleared
    // as each write starts, so a rolled-back write leaves nothing behind).
    private readonly Dictionary<(string Day, string Source), int> _arrived = [];

    private ILiteCollection<PaperArrivals> ArrivalCounts => _db.Collection<PaperArrivals>(ArrivalsCollection);

    /// <summary>
    /// Papers first stored on each UTC day from <paramref name="from"/> on, by the source that brought them. A count
    /// is an event: a later merge of two records or a removal by retention does not take it back.
    /// </summary>
    public IReadOnlyList<(DateOnly Day, string Source, int Count)> Arrivals(DateOnly from) =>
        [.. ArrivalCounts.Query().Where("$.Day >= @0", new BsonValue(DayKey(from))).ToEnumerable()
            .Select(a => (DateOnly.ParseExact(a.Day, DayFormat, CultureInfo.InvariantCulture), a.Source, a.Count))];

    /// <summary>The day and source a paper counts under: the day it was first seen, by its earliest sighting's source.</summary>
    internal static (string Day, string Source) ArrivalOf(DateTimeOffset firstSeen, string? source) =>
        (DayKey(DateOnly.FromDateTime(firstSeen.UtcDateTime)), source ?? "unknown");

    internal static string ArrivalId(string day, string source) => $"{day}|{source}";

    private const string DayFormat = "yyyy-MM-dd";

    private static string DayKey(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private void CountArrival(Paper added)
    {
        var key = ArrivalOf(added.FirstSeen, added.Sources.Count > 0 ? added.Sources.MinBy(s => s.SeenAt)!.Source : null);
        _arrived[key] = _arrived.GetValueOrDefault(key) + 1;
    }

    /// <summary>Adds the write's new papers to their days' counts (inside the write's transaction).</summary>
    private void StoreArrivals()
    {
        foreach (var ((day, source), count) in _arrived)
        {
            var id = ArrivalId(day, source);
            var stored = ArrivalCounts.FindById(id);
            ArrivalCounts.Upsert(new PaperArrivals { Id = id, Day = day, Source = source, Count = (stored?.Count ?? 0) + count });
        }
    }
}
