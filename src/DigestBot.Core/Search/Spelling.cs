using System.Text.RegularExpressions;
using DigestBot.QueryLanguage;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// "Did you mean": the query with each word that no stored paper has in its title, abstract or authors (in any form: the
/// word's stem is looked up) replaced by the closest word that some do, one edit away (two for words of eight letters or
/// more), the same first letter, the word most papers have among the closest. A typo then reads as a typo, not as a
/// corpus without the topic. A word asked of the authors (<c>au:</c>) is looked up, and mended, among author names
/// only. Words with digits, words shorter than four letters, words of more than one capital (an acronym, <c>RLIN</c>,
/// or a name written so, <c>LoRA</c>) and wildcards are left alone. In a question, a compound no paper writes whose
/// tail says how (<c>LLM-based</c>) is read as its head (<see cref="HowTails"/>).
/// </summary>
internal static partial class Spelling
{
    /// <summary>
    /// Where a word is looked up and a near word looked for: abstracts first (almost every title word is in one); a
    /// name only for a word asked of the authors.
    /// </summary>
    private static readonly string[] TextFields = [IndexFields.Abstract, IndexFields.Title];

    private static readonly string[] AuthorFields = [IndexFields.Authors];

    /// <summary>
    /// The shortest word mended two edits away. A shorter word two edits from another is most often another word a small
    /// collection lacks, not a typo: on the quick start's 30 papers "losing" became "long", then "looking".
    /// </summary>
    private const int TwoEditsFrom = 8;

    /// <summary>
    /// The tails of hyphenated words that say how rather than what (<c>LLM-based</c>, <c>data-driven</c>): a compound no
    /// paper has is read as its head. Not <c>-free</c> (<c>training-free</c> is the opposite of training).
    /// </summary>
    private static readonly HashSet<string> HowTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "driven", "powered", "guided", "aware", "enabled", "oriented", "centric", "inspired", "assisted",
    };

    private static readonly QueryBuilder Phrases = new(PaperAnalyzer.ForQueries);

    /// <summary>
    /// The query as typed with its unknown words mended; null when none is unknown or none has a near word. A word two
    /// edits from its mend is mended only when every other unknown word has a near word too: beside a word no paper has
    /// nor anything like it, the query asks of a topic the store lacks, and a word that far is most likely another
    /// word of it ("medieval poetry" is not "medical poetry"; "langauge zebras" is "language zebras").
    /// </summary>
    public static string? Suggest(IndexReader reader, SearchQuery query) => Mend(reader, query)?.Text;

    /// <summary>
    /// <see cref="Suggest"/>, and whether every word was mended for a slip (a letter left out, added, changed or two
    /// swapped, or a compound read as its head) rather than for a word two edits away, which is only offered.
    /// </summary>
    public static Mending? Mend(IndexReader reader, SearchQuery query)
    {
        var time = TimePhrase.WindowWords(query.Text);
        var mends = new List<(string Word, string Better, int Edits)>();
        var unmended = false;
        foreach (var (word, author) in Words(query).DistinctBy(w => (w.Word.ToUpperInvariant(), w.Author)))
        {
            // A compound no paper writes (the page says "LLM agents", the question "LLM-based agents"): its head, as a
            // one-letter slip is read; where papers write it, it stays the phrase it is ("model-based" RL).
            if (!author && query.IsFreeText && Head(word) is { } head && !Written(reader, word))
            {
                mends.Add((word, head, 1));
                continue;
            }

            if (word.Length < 4 || !word.All(char.IsLetter) || word.Count(char.IsUpper) > 1 || time.Contains(word) || Known(reader, word, author))
            {
                continue;
            }

            if (Closest(reader, word, author) is { } near)
            {
                mends.Add((word, near.Word, near.Edits));
            }
            else
            {
                unmended = true;
            }
        }

        var applied = mends.Where(m => !unmended || m.Edits == 1).ToList();
        var text = query.Text;
        foreach (var (word, better, _) in applied)
        {
            // Capitalised as typed: "Atention is all you need" reads "Attention is all you need".
            text = Regex.Replace(
                text,
                $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])",
                m => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(better[0]) + better[1..] : better,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        return applied.Count > 0 ? new Mending(text, applied.All(m => m.Edits == 1)) : null;
    }

    /// <summary>The head of a compound with a tail that says how (<c>LLM-based</c>: <c>LLM</c>), or null.</summary>
    private static string? Head(string word) =>
        word.Split('-') is [var head, var tail] && HowTails.Contains(tail) && head.Length >= 2 && head.All(char.IsLetterOrDigit) ? head : null;

    /// <summary>Whether any title or abstract has the words of <paramref name="compound"/> one after the other, as a search reads it.</summary>
    private static bool Written(IndexReader reader, string compound)
    {
        var searcher = new IndexSearcher(reader);
        return TextFields.Any(field => Phrases.CreatePhraseQuery(field, compound) is { } phrase && searcher.Search(phrase, 1).TotalHits > 0);
    }

    /// <summary>
    /// The words of a question, or of the query's terms on titles, abstracts and authors (each word of a phrase too),
    /// each with whether it was asked of the authors alone.
    /// </summary>
    private static IEnumerable<(string Word, bool Author)> Words(SearchQuery query) =>
        query.IsFreeText
            ? query.Words.Select(w => (w, false))
            : Terms(query.Root).SelectMany(t => Word().Matches(t.Text).Select(m => (m.Value, t.Field == SearchField.Author)));

    private static IEnumerable<TermNode> Terms(QueryNode node) => node switch
    {
        TermNode { Field: SearchField.Default or SearchField.Title or SearchField.Abstract or SearchField.All or SearchField.Author } t
            when !t.Text.Contains('*', StringComparison.Ordinal) && !t.Text.Contains('?', StringComparison.Ordinal) => [t],
        AndNode a => a.Children.SelectMany(Terms),
        OrNode o => o.Children.SelectMany(Terms),
        NotNode => [], // a word ruled out that no paper has rules nothing out: not worth a suggestion
        _ => [],
    };

    /// <summary>
    /// Whether any paper has the word among its authors' names, or (unless asked of the authors alone) its stem, as a
    /// query looks it up, in its title or abstract; a stop word counts as known. A name in a question is not a typo.
    /// </summary>
    private static bool Known(IndexReader reader, string word, bool author) =>
        IsName(reader, word) || (!author && InText(reader, word));

    /// <summary>
    /// Whether a question's words name authors and say nothing of a topic: no title or abstract has any of them in any
    /// form, and at least one is an author's name (<c>Halder</c>; <c>Tanmay Halder</c>, a first name written otherwise).
    /// </summary>
    public static bool NamesAuthors(IndexReader reader, IReadOnlyList<string> words) =>
        words.Count > 0 && !words.Any(word => InText(reader, word)) && words.Any(word => IsName(reader, word));

    private static bool IsName(IndexReader reader, string word) =>
        reader.DocFreq(new Term(IndexFields.Authors, PaperAnalyzer.Fold(word))) > 0;

    /// <summary>Whether any title or abstract has the word's stem; a stop word (no stem) counts as had.</summary>
    private static bool InText(IndexReader reader, string word)
    {
        var stems = Analyze(word);
        return stems.Count == 0 || stems.Any(stem => TextFields.Any(field => reader.DocFreq(new Term(field, stem)) > 0));
    }

    private static List<string> Analyze(string word)
    {
        var stems = new List<string>();
        using var stream = PaperAnalyzer.ForQueries.GetTokenStream(IndexFields.Abstract, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(term.ToString());
        }

        stream.End();
        return stems;
    }

    /// <summary>
    /// The indexed word nearest to <paramref name="word"/> that papers have, or null: one edit away first, then two (for
    /// words of <see cref="TwoEditsFrom"/> letters or more), abstracts before titles (almost every title word is in the
    /// abstract too), or author names alone for a word asked of them ("Yann" is not mended to "Yang" unless asked of the
    /// authors); the first of these that has any near word decides. Two edits over every abstract word cost most, so they are looked
    /// for only when one edit finds nothing.
    /// </summary>
    private static (string Word, int Edits)? Closest(IndexReader reader, string word, bool author)
    {
        var folded = PaperAnalyzer.Fold(word);
        for (var edits = 1; edits <= (folded.Length >= TwoEditsFrom ? 2 : 1); edits++)
        {
            foreach (var field in author ? AuthorFields : TextFields)
            {
                if (Nearest(reader, field, folded, edits) is { } nearest)
                {
                    return (nearest, edits);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Of the words of <paramref name="field"/> at most <paramref name="edits"/> away (the first letter kept), the one
    /// most papers have among those some paper writes as a word: titles and abstracts are indexed by stem too
    /// (<c>quantiz</c> beside <c>quantization</c>), and a stem is no word to suggest.
    /// </summary>
    private static string? Nearest(IndexReader reader, string field, string folded, int edits)
    {
        if (MultiFields.GetTerms(reader, field) is not { } terms)
        {
            return null;
        }

        var near = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, folded), edits, 1, transpositions: true);
        var candidates = new List<(string Word, int Papers)>();
        while (near.MoveNext())
        {
            var candidate = near.Term.Utf8ToString();
            if (candidate != folded && candidate.All(char.IsAsciiLetter))
            {
                candidates.Add((candidate, near.DocFreq));
            }
        }

        return candidates
            .OrderByDescending(c => c.Papers).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault(word => field == IndexFields.Authors || Written(reader, field, word));
    }

    /// <summary>Whether one of the first few papers indexed under <paramref name="word"/> has it as a word of <paramref name="field"/>'s text.</summary>
    private static bool Written(IndexReader reader, string field, string word)
    {
        const int Papers = 5;
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, new BytesRef(word));
        for (var n = 0; n < Papers && docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; n++)
        {
            if (reader.Document(docs.DocID).Get(field, System.Globalization.CultureInfo.InvariantCulture) is { } text
                && Word().Matches(text).Any(m => PaperAnalyzer.Fold(m.Value) == word))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

/// <summary>A query's spelling mended (<see cref="Spelling.Mend"/>): its text, and whether each word was mended for a slip.</summary>
internal sealed record Mending(string Text, bool Slips);
