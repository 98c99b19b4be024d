using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// The weight of a <see cref="CoverageQuery"/>. A word searched in several fields (a disjunction of plain alternatives,
/// as <see cref="LuceneQueries.Word"/> builds it) keeps one weight per field, so that its fields are walked without
/// scoring (<see cref="WordCursor"/>); weights are normalised as boolean queries normalise their clauses.
/// </summary>
internal sealed class CoverageWeight : Weight
{
    private readonly CoverageQuery _query;
    private readonly (Weight[] Fields, float Boost)[] _words;

    public CoverageWeight(CoverageQuery query, IndexSearcher searcher)
    {
        _query = query;
        _words = [.. query.Clauses.Select(c => Alternatives(c) is { } fields
            ? ([.. fields.Select(f => f.CreateWeight(searcher))], c.Boost)
            : (new[] { c.CreateWeight(searcher) }, 1f))];
    }

    public override Query Query => _query;

    public override float GetValueForNormalization() =>
        _words.Sum(w => w.Fields.Sum(f => f.GetValueForNormalization()) * w.Boost * w.Boost) * _query.Boost * _query.Boost;

    public override void Normalize(float norm, float topLevelBoost)
    {
        foreach (var (fields, boost) in _words)
        {
            foreach (var field in fields)
            {
                field.Normalize(norm, topLevelBoost * _query.Boost * boost);
            }
        }
    }

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) => GetScorer(context, acceptDocs, _query.Minimum);

    /// <summary>The scorer of the papers holding at least <paramref name="minimum"/> words; null when no paper of the segment can.</summary>
    public Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs, int minimum)
    {
        var words = new List<WordCursor>(_words.Length);
        for (var i = 0; i < _words.Length; i++)
        {
            var fields = _words[i].Fields.Select(f => f.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray();
            if (fields.Length > 0)
            {
                words.Add(new WordCursor(fields, _query.Weights[i]));
            }
        }

        return words.Count < minimum ? null : new CoverageScorer(this, words, _query.Weights.Sum(), minimum, _query.Maximum);
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
        if (scorer is null || scorer.Advance(doc) != doc)
        {
            return new Explanation(0, $"fewer than {_query.Minimum} of the words");
        }

        var explanation = new ComplexExplanation(true, scorer.GetScore(), $"{scorer.Freq} of the words (at least {_query.Minimum}), their scores' sum times the share of the question they cover");
        foreach (var field in _words.SelectMany(w => w.Fields))
        {
            if (field.Explain(context, doc) is { IsMatch: true } part)
            {
                explanation.AddDetail(part);
            }
        }

        return explanation;
    }

    /// <summary>The alternatives of a word searched in several fields: a boolean query of optional clauses only, as a disjunction sums them.</summary>
    private static Query[]? Alternatives(Query word) =>
        word is BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } any && any.Clauses.All(c => c.Occur == Occur.SHOULD)
            ? [.. any.Clauses.Select(c => c.Query)]
            : null;
}
