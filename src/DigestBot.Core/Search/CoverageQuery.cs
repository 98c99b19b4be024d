using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// Papers holding at least <see cref="Minimum"/> of the question's words, scored by the sum of the words' scores times
/// the share of the question the paper covers, each word counting its <see cref="Weights"/> (see
/// <see cref="BestMatchQuery"/>). It is what a boolean query with a minimum to match and a coordination factor over
/// copies of each word computed, in one pass: those copies scored every posting of a word once per copy, and the minimum
/// matched it once more (<see cref="CoverageScorer"/>).
/// </summary>
internal sealed class CoverageQuery : Query
{
    public CoverageQuery(IReadOnlyList<Query> clauses, IReadOnlyList<double> weights, int minimum, int maximum = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(weights.Count, clauses.Count);
        Clauses = clauses;
        Weights = weights;
        Minimum = Math.Max(1, minimum);
        Maximum = maximum;
    }

    /// <summary>One query per word, each matching the papers that hold it.</summary>
    public IReadOnlyList<Query> Clauses { get; }

    /// <summary>How much each word counts towards the share of the question a paper covers.</summary>
    public IReadOnlyList<double> Weights { get; }

    public int Minimum { get; }

    /// <summary>The most words a paper may hold and match (<see cref="FewerThanAll"/>); unbounded by default.</summary>
    public int Maximum { get; }

    /// <summary>
    /// The same papers but those holding every word: what requiring every word and excluding its matches gave, without
    /// a conjunction of every word advanced to each paper.
    /// </summary>
    public CoverageQuery FewerThanAll() => new(Clauses, Weights, Minimum, Clauses.Count - 1) { Boost = Boost };

    /// <summary>The words as one disjunction: the terms to highlight, as the boolean form offered them.</summary>
    public BooleanQuery AsDisjunction()
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var clause in Clauses)
        {
            any.Add(clause, Occur.SHOULD);
        }

        return any;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new CoverageWeight(this, searcher);

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Clauses.Select(c => c.Rewrite(reader)).ToList();
        return rewritten.Where((c, i) => !ReferenceEquals(c, Clauses[i])).Any()
            ? new CoverageQuery(rewritten, Weights, Minimum, Maximum) { Boost = Boost }
            : this;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in Clauses)
        {
            clause.ExtractTerms(terms);
        }
    }

    public override string ToString(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"coverage({string.Join(' ', Clauses.Select((c, i) => $"{c.ToString(field)}×{Weights[i]:0.##}"))})~{Minimum}{(Maximum < Clauses.Count ? $"..{Maximum}" : string.Empty)}");

    public override bool Equals(object? obj) =>
        obj is CoverageQuery other && Boost == other.Boost && Minimum == other.Minimum && Maximum == other.Maximum
        && Clauses.SequenceEqual(other.Clauses) && Weights.SequenceEqual(other.Weights);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        hash.Add(Minimum);
        hash.Add(Maximum);
        foreach (var clause in Clauses)
        {
            hash.Add(clause);
        }

        foreach (var weight in Weights)
        {
            hash.Add(weight);
        }

        return hash.ToHashCode();
    }
}
