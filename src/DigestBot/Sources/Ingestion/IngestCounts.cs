namespace DigestBot.Sources;

/// <summary>What one batch did to the store: the line every poll logs and every import prints.</summary>
public sealed record IngestCounts(int New, int Updated, int Unchanged, int Skipped, int Announced)
{
    public static IngestCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Read => New + Updated + Unchanged;

    public IngestCounts Add(IngestCounts other) => new(
        New + other.New, Updated + other.Updated, Unchanged + other.Unchanged, Skipped + other.Skipped, Announced + other.Announced);

    public override string ToString() => $"{New} new, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped";
}
