using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Papers;

/// <summary>
/// The recorded Semantic Scholar paper with a year and no publicationDate: McDonald and Chiang, "Syntax-Based
/// Attention Masking for Neural Machine Translation", <c>year: 2021</c>, <c>publicationDate: null</c>, DOI
/// 10.18653/v1/2021.naacl-srw.7 (element 3 of the recommendations recording).
/// </summary>
internal static class YearOnlyPaper
{
    public const string Recording = "semantic_scholar_recommendations_2026-03_forpaper_1706.03762_5.json";

    public const string Doi = "10.18653/v1/2021.naacl-srw.7";

    public static Paper Parse() =>
        SemanticScholarParser.Parse(Fixtures.Recorded(Recording), Fixtures.SeenAt).Items.Select(i => i.Paper).Single(p => p.Dois.Contains(Doi));
}
