using System.Globalization;
using DigestBot.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DigestBot.Tests.Search;

/// <summary>
/// <see cref="PhraseCounter"/> counts what Lucene's own phrase query matches, on real abstracts spread over several
/// segments with deleted papers, for every two- and three-word stretch the abstracts hold and for phrases with a stop
/// word inside, a repeated word, or a word some segments lack.
/// </summary>
public sealed class PhraseCounterTests : IDisposable
{
    private static readonly QueryBuilder Phrases = new(PaperAnalyzer.ForQueries);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public PhraseCounterTests()
    {
        var abstracts = DailyPapersPage.Papers(SearchHarness.Now).Select(p => p.Abstract).ToList();
        var config = new IndexWriterConfig(PaperAnalyzer.Version, PaperAnalyzer.ForIndexing) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            // Four segments; the last holds only "zebra" papers, so most words are missing from it.
            foreach (var (text, i) in abstracts.Select((a, i) => (a, i)))
            {
                writer.AddDocument([new StringField("id", i.ToString(CultureInfo.InvariantCulture), Field.Store.NO), new TextField(IndexFields.Abstract, text, Field.Store.NO)]);
                if (i % (abstracts.Count / 3) == 0)
                {
                    writer.Commit();
                }
            }

            writer.AddDocument([new TextField(IndexFields.Abstract, "A zebra crossing model: zebra crossing, model to model.", Field.Store.NO)]);
            writer.Commit();
            foreach (var deleted in Enumerable.Range(0, abstracts.Count).Where(i => i % 7 == 3))
            {
                writer.DeleteDocuments(new Term("id", deleted.ToString(CultureInfo.InvariantCulture)));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        Phrasings = [.. abstracts.Take(40).SelectMany(Stretches).Distinct(StringComparer.Ordinal)];
    }

    private IReadOnlyList<string> Phrasings { get; }

    [Fact]
    public void The_index_under_test_has_several_segments_and_deleted_papers()
    {
        Assert.True(_reader.Leaves.Count >= 4);
        Assert.True(_reader.NumDeletedDocs > 0);
        Assert.True(Phrasings.Count > 500);
    }

    [Fact]
    public void Every_stretch_of_real_abstracts_is_counted_as_the_phrase_query_counts_it()
    {
        var counter = new PhraseCounter();
        var matched = 0;
        foreach (var text in Phrasings)
        {
            if (Phrases.CreatePhraseQuery(IndexFields.Abstract, text) is PhraseQuery phrase)
            {
                var expected = Lucene(phrase);
                Assert.True(expected == counter.Count(_reader, phrase), $"\"{text}\": Lucene counts {expected}, the counter {counter.Count(_reader, phrase)}");
                matched += expected > 0 ? 1 : 0;
            }
        }

        Assert.True(matched > 400, $"only {matched} phrases were found at all");
    }

    [Theory]
    [InlineData("number of layers")]
    [InlineData("zebra crossing")]
    [InlineData("model to model")]
    [InlineData("crossing zebra")]
    [InlineData("language models zebra")]
    public void Stop_word_gaps_repeated_words_and_words_missing_from_segments_count_as_the_phrase_query_does(string text)
    {
        var phrase = Assert.IsType<PhraseQuery>(Phrases.CreatePhraseQuery(IndexFields.Abstract, text));

        Assert.Equal(Lucene(phrase), new PhraseCounter().Count(_reader, phrase));
    }

    [Fact]
    public void A_full_table_starts_afresh_and_still_counts_right()
    {
        var counter = new PhraseCounter(capacity: 3);
        foreach (var text in Phrasings.Take(60))
        {
            if (Phrases.CreatePhraseQuery(IndexFields.Abstract, text) is PhraseQuery phrase)
            {
                Assert.Equal(Lucene(phrase), counter.Count(_reader, phrase));
            }
        }
    }

    [Fact]
    public void A_phrase_of_words_commoner_than_the_budget_is_estimated_from_a_share_of_each_segment_and_a_rarer_one_counted_exactly()
    {
        const int Budget = 40;
        var counter = new PhraseCounter(budget: Budget);
        var estimated = 0;
        foreach (var text in Phrasings)
        {
            if (Phrases.CreatePhraseQuery(IndexFields.Abstract, text) is not PhraseQuery phrase)
            {
                continue;
            }

            var exact = Lucene(phrase);
            var rarest = phrase.GetTerms().Min(t => _reader.DocFreq(t));
            var counted = counter.Count(_reader, phrase);
            if (rarest <= Budget)
            {
                Assert.Equal(exact, counted);
            }
            else if (exact >= 25)
            {
                estimated++;
                Assert.True(Math.Abs(counted - exact) <= exact * 0.35, $"\"{text}\": {exact} papers, estimated {counted}");
            }
        }

        Assert.True(estimated >= 5, $"only {estimated} phrases were estimated");
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Every run of two and of three words in the abstract, as typed.</summary>
    private static IEnumerable<string> Stretches(string text)
    {
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            yield return $"{words[i]} {words[i + 1]}";
            if (i + 2 < words.Length)
            {
                yield return $"{words[i]} {words[i + 1]} {words[i + 2]}";
            }
        }
    }

    private int Lucene(Query query)
    {
        var hits = new TotalHitCountCollector();
        new IndexSearcher(_reader).Search(query, hits);
        return hits.TotalHits;
    }
}
