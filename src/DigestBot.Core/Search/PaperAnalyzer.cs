using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// English analysis for titles and abstracts: possessives, case and ASCII folding (<c>Ramírez</c> → <c>ramirez</c>),
/// stop words, Porter stemming. Author names are folded but neither stemmed nor stop-worded (<c>An</c> is a surname).
/// For indexing, each stemmed word also keeps its unstemmed form at the same position, so <c>normaliz*</c> finds
/// "normalization" although its stem is "normal"; queries are stemmed only. British spellings are searched by their
/// American forms (<see cref="AmericanSpellingFilter"/>): the index keeps both, a query takes the American one. The
/// chains differ by field, so a thread keeps one per field (Lucene's default reuses the first field's chain for every
/// field).
/// </summary>
/// <param name="unstemmedAlongside">Keep each word's unstemmed form beside its stem (the index's analysis).</param>
/// <param name="britishAlongside">Keep a British spelling beside its American form (the index's), or replace it (a query's).</param>
internal sealed class PaperAnalyzer(bool unstemmedAlongside, bool britishAlongside) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Keeps the values of a multi-valued field (two authors) out of each other's phrases.</summary>
    private const int ValueGap = 100;

    public static PaperAnalyzer ForIndexing { get; } = new(unstemmedAlongside: true, britishAlongside: true);

    public static PaperAnalyzer ForQueries { get; } = new(unstemmedAlongside: false, britishAlongside: false);

    /// <summary>A query's words as the index keeps them unstemmed: in their American spelling, each beside its stem.</summary>
    public static PaperAnalyzer ForQueryForms { get; } = new(unstemmedAlongside: true, britishAlongside: false);

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    /// <summary>Lower case and ASCII folding only, for wildcard terms, which analysis would otherwise mangle.</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant().ToCharArray();
        var folded = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, lower.Length);
        return new string(folded, 0, length);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        if (fieldName == IndexFields.Authors)
        {
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(Version, stream)));
        }

        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(Version, stream));
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new AmericanSpellingFilter(stream, keepBritish: britishAlongside);
        return new TokenStreamComponents(source, unstemmedAlongside
            ? UnstemmedAlongsideFilter.Around(stream, s => new PorterStemFilter(s))
            : new PorterStemFilter(stream));
    }
}
