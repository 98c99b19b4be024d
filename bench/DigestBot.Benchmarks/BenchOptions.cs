using System.Globalization;

namespace DigestBot.Benchmarks;

/// <summary>
/// What to run: <c>--papers N</c> (default 100,000), <c>--scenario a,b|all</c> (default all), <c>--snapshot FILE</c>
/// (a real arXiv metadata snapshot instead of the generated corpus), <c>--results DIR</c> (default bench/results),
/// <c>--note TEXT</c> (stored with the results, e.g. what else loaded the machine) and <c>--max-watches N</c>
/// (caps the percolation grid), <c>--relevance DIR</c> (a public IR test collection for the <c>relevance</c> scenario, in
/// Cranfield's or BEIR's layout, beside the seed one it always measures), <c>--cycles N</c> (the soak's length; <c>--scenario soak</c> runs it, <c>all</c> does
/// not), <c>--keep DIR</c> (keeps the corpus, its imported data directory and its FTS5 database in DIR and reuses them
/// in later runs, see <see cref="BenchCache"/>), and <c>--quick</c>: every measurement once, for smoke runs such as the test's.
/// </summary>
internal sealed record BenchOptions
{
    public static readonly string[] Scenarios = ["ingest", "search", "percolation", "startup", "memory", "fan-out", "relevance", "embedding", "semantic"];

    /// <summary>Scenarios that bring their own documents: running only these generates no corpus.</summary>
    public static readonly string[] OwnCorpus = ["relevance", "soak", "embedding"];

    /// <summary>Scenarios run only when named (not by <c>all</c>): the soak, bounded by <c>--cycles</c>, and the dashboard's pages.</summary>
    public static readonly string[] OnRequest = ["soak", "dashboard"];

    /// <summary>Soak cycles (<c>--cycles N</c>, default 500).</summary>
    public int Cycles { get; init; } = 500;

    public int Papers { get; init; } = 100_000;

    public IReadOnlyList<string> Run { get; init; } = Scenarios;

    public string? Snapshot { get; init; }

    public string? ResultsDirectory { get; init; }

    public string? Note { get; init; }

    /// <summary>The folder of a public relevance collection (<c>--relevance DIR</c>).</summary>
    public string? Relevance { get; init; }

    public int MaxWatches { get; init; } = 100_000;

    /// <summary>Where the costly parts of a run are kept for the next (<c>--keep DIR</c>); null: built afresh and deleted.</summary>
    public string? Keep { get; init; }

    /// <summary>Synthetic vectors of the semantic scenario's scale measurements (<c>--vectors N</c>, default 1,000,000).</summary>
    public int Vectors { get; init; } = 1_000_000;

    /// <summary>The relevance scenario also compares every candidate embedding model (<c>--models</c>): minutes more.</summary>
    public bool Models { get; init; }

    /// <summary>One repeat and one measured round everywhere, and few scan queries: the harness exercised, not measured.</summary>
    public bool Quick { get; init; }

    /// <summary>The options, or null with the one-line reason.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (args[i] == "--models")
            {
                options = options with { Models = true };
                continue;
            }

            if (args[i] == "--quick")
            {
                options = options with { Quick = true };
                continue;
            }

            switch (args[i])
            {
                case "--papers" when Positive(value) is { } n:
                    options = options with { Papers = n };
                    break;
                case "--vectors" when Positive(value) is { } n:
                    options = options with { Vectors = n };
                    break;
                case "--cycles" when Positive(value) is { } n:
                    options = options with { Cycles = n };
                    break;
                case "--max-watches" when Positive(value) is { } n:
                    options = options with { MaxWatches = n };
                    break;
                case "--scenario" when value is not null:
                    var names = value == "all" ? Scenarios : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Alias).ToArray();
                    if (names.FirstOrDefault(n => !Scenarios.Contains(n) && !OnRequest.Contains(n)) is { } unknown)
                    {
                        error = $"unknown scenario '{unknown}' (known: {string.Join(", ", Scenarios.Concat(OnRequest))}, all)";
                        return null;
                    }

                    options = options with { Run = names };
                    break;
                case "--snapshot" when value is not null:
                    if (!File.Exists(value))
                    {
                        error = $"snapshot file not found: {value}";
                        return null;
                    }

                    options = options with { Snapshot = Path.GetFullPath(value) };
                    break;
                case "--relevance" when value is not null:
                    if (!Directory.Exists(value))
                    {
                        error = $"relevance collection folder not found: {value}";
                        return null;
                    }

                    options = options with { Relevance = Path.GetFullPath(value) };
                    break;
                case "--results" when value is not null:
                    options = options with { ResultsDirectory = value };
                    break;
                case "--keep" when value is not null:
                    options = options with { Keep = Path.GetFullPath(value) };
                    break;
                case "--note" when value is not null:
                    options = options with { Note = value };
                    break;
                default:
                    error = $"unknown or incomplete option '{args[i]}' (usage: [--papers N] [--scenario {string.Join('|', Scenarios)}|all] [--snapshot FILE] [--results DIR] [--note TEXT] [--max-watches N] [--relevance DIR] [--models] [--vectors N] [--cycles N] [--keep DIR] [--quick])";
                    return null;
            }

            i++;
        }

        return options;
    }

    /// <summary>The earlier name of the ingest scenario still works.</summary>
    private static string Alias(string name) => name == "snapshot-import" ? "ingest" : name;

    private static int? Positive(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
