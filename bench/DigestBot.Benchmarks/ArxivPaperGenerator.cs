using System.Globalization;
using System.Text;
using DigestBot.Papers;

namespace DigestBot.Benchmarks;

/// <summary>
/// A seeded stream of arXiv-shaped papers: titles of about 10 words and abstracts of about 160 drawn from a
/// <see cref="WordModel"/> learned from real abstracts, 1–10 authors (a few prolific, most rare, some with
/// accents), 1–3 categories weighted as on arXiv, new-style ids by month from 2023 on with matching dates.
/// The same seed gives the same papers.
/// </summary>
internal sealed class ArxivPaperGenerator
{
    public const int PapersPerMonth = 3000;

    private static readonly (string Category, int Weight)[] Categories =
    [
        ("cs.LG", 20), ("cs.CV", 14), ("cs.CL", 12), ("cs.AI", 10), ("stat.ML", 6), ("cs.RO", 4), ("math.OC", 4),
        ("quant-ph", 5), ("hep-th", 4), ("cond-mat.mtrl-sci", 3), ("cond-mat.str-el", 2), ("astro-ph.GA", 3),
        ("astro-ph.CO", 2), ("eess.IV", 3), ("eess.SP", 2), ("physics.optics", 2), ("q-bio.NC", 2), ("math.PR", 2),
        ("cs.SE", 2), ("cs.CR", 2),
    ];

    private readonly Random _random;
    private readonly WordModel _words;
    private readonly string[] _given;
    private readonly string[] _family;
    private readonly int _categoryWeight = Categories.Sum(c => c.Weight);

    public ArxivPaperGenerator(WordModel words, int seed)
    {
        _random = new Random(seed);
        _words = words;
        _given = [.. Enumerable.Range(0, 3000).Select(_ => Name(2))];
        _family = [.. Enumerable.Range(0, 20_000).Select(_ => Name(3))];
    }

    /// <summary>The family names, most prolific first (authors are drawn with a Zipf-like skew).</summary>
    public IReadOnlyList<string> FamilyNames => _family;

    /// <summary>The word model titles and abstracts are drawn from.</summary>
    public WordModel Words => _words;

    /// <summary><paramref name="count"/> papers, numbered from <paramref name="first"/> (ids and dates follow the number).</summary>
    public IEnumerable<Paper> Generate(int count, int first = 0)
    {
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var n = first; n < first + count; n++)
        {
            var month = start.AddMonths(n / PapersPerMonth);
            var id = string.Create(CultureInfo.InvariantCulture, $"{month.Year % 100:D2}{month.Month:D2}.{n % PapersPerMonth + 1:D5}");
            var published = month.AddDays(_random.Next(28)).AddMinutes(_random.Next(24 * 60));
            var version = 1 + (_random.Next(10) < 7 ? 0 : _random.Next(1, 4));
            yield return new Paper
            {
                Id = id,
                Version = version,
                Title = Sentence(6 + _random.Next(9), title: true),
                Abstract = Abstract(),
                Authors = [.. Enumerable.Range(0, AuthorCount()).Select(_ => new Author($"{_given[Skewed(_given.Length)]} {_family[Skewed(_family.Length)]}"))],
                Categories = [.. Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => Category()).Distinct()],
                Published = published,
                Updated = published.AddDays(7 * (version - 1)),
                FirstSeen = published.AddHours(20),
                Links = new PaperLinks { Abs = $"https://arxiv.org/abs/{id}v{version}", Pdf = $"https://arxiv.org/pdf/{id}v{version}" },
                Sources = [new SourceRecord("arxiv-api", $"{id}v{version}", published.AddHours(20))],
            };
        }
    }

    private string Abstract()
    {
        var text = new StringBuilder();
        var target = 120 + _random.Next(81);
        for (var words = 0; words < target;)
        {
            var length = 12 + _random.Next(19);
            text.Append(Sentence(length, title: false)).Append(". ");
            words += length;
        }

        return text.ToString().TrimEnd();
    }

    private string Sentence(int length, bool title)
    {
        var words = Enumerable.Range(0, length).Select(_ => _words.Next(_random)).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        if (!title && length > 14)
        {
            words[length / 2] += ",";
        }

        return string.Join(' ', words);
    }

    /// <summary>1–10 authors, three or four most often.</summary>
    private int AuthorCount() => Math.Clamp((int)Math.Round(1 + (_random.NextDouble() + _random.NextDouble() + _random.NextDouble()) * 3), 1, 10);

    /// <summary>An index biased to the start: a few names are on many papers, as on arXiv.</summary>
    private int Skewed(int length) => (int)(length * Math.Pow(_random.NextDouble(), 2.5));

    private string Category()
    {
        var pick = _random.Next(_categoryWeight);
        foreach (var (category, weight) in Categories)
        {
            pick -= weight;
            if (pick < 0)
            {
                return category;
            }
        }

        return Categories[0].Category;
    }

    private string Name(int syllables)
    {
        string[] parts = ["an", "be", "chi", "da", "el", "fo", "gu", "ha", "i", "jo", "ka", "le", "ma", "no", "pa", "ri", "so", "ta", "u", "vi", "wa", "xi", "ya", "zo", "ré", "mü", "ñe"];
        var name = string.Concat(Enumerable.Range(0, 1 + _random.Next(syllables)).Select(_ => parts[_random.Next(parts.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
