using System.Globalization;

namespace DigestBot.Sources;

/// <summary>What one batch did to the store: the line every poll logs and every import prints.</summary>
/// <param name="TooOld">
/// New papers the batch could have announced but did not because they were older than the freshness window; only
/// counted when the batch may announce (replacements and undated papers are not counted: they are not too old).
/// </param>
public sealed record IngestCounts(int New, int Updated, int Unchanged, int Skipped, int Announced, int TooOld = 0)
{
    public static IngestCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Read => New + Updated + Unchanged;

    public IngestCounts Add(IngestCounts other) => new(
        New + other.New, Updated + other.Updated, Unchanged + other.Unchanged, Skipped + other.Skipped, Announced + other.Announced, TooOld + other.TooOld);

    public override string ToString() => $"{New} new, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped";

    /// <summary>
    /// The same with thousands grouped ("50,000 new, …"), for the progress lines of a long import, beside its "60,000
    /// lines"; the result line and the logs keep <see cref="ToString"/>, which scripts read.
    /// </summary>
    public string Grouped() => string.Create(CultureInfo.InvariantCulture, $"{New:N0} new, {Updated:N0} updated, {Unchanged:N0} unchanged, {Skipped:N0} skipped");
}
