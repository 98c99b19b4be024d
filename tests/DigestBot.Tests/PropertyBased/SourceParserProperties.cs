using CsCheck;
using System.Text;
using DigestBot.Sources;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// Every source parser, fed random bytes, random markup and mutated recordings, ends in a result: items that pass the
/// store's checks, or a one-line error. No exception escapes, and none is caught by the last-resort net either
/// (an error naming a NullReferenceException is a bug the net hid, not a clear error).
/// </summary>
public sealed class SourceParserProperties
{
    public static TheoryData<string> AllParsers => Parsers.Names();

    [Theory]
    [MemberData(nameof(AllParsers))]
    public void Random_bytes_end_in_a_result(string parser) =>
        Property.Check(Generators.Bytes, b => ParserResults.Hold(Parsers.ByBytes[parser](b)), 300, 1101, Generators.ShowBytes, Shrinker.Bytes);

    [Theory]
    [MemberData(nameof(AllParsers))]
    public void Random_markup_and_json_end_in_a_result(string parser) =>
        Property.Check(Generators.StructuredText, t => ParserResults.Hold(Parsers.ByText[parser](t)), 300, 1102, Generators.Show, Shrinker.Text);

    [Theory]
    [MemberData(nameof(AllParsers))]
    public void Mutated_recordings_end_in_a_result(string parser)
    {
        var sample = Parsers.Sample(parser);
        var mutated = Generators.Mutations.Select(ms => ms.Aggregate(sample, (doc, m) => m.Apply(doc)));
        Property.Check(mutated, b => ParserResults.Hold(Parsers.ByBytes[parser](b)), 150, 1103, Generators.ShowBytes, Shrinker.Bytes);
    }

    [Theory]
    [MemberData(nameof(AllParsers))]
    public void Mutated_recordings_read_as_text_end_in_a_result(string parser)
    {
        var sample = Parsers.Sample(parser);
        var mutated = Generators.Mutations.Select(ms => Encoding.UTF8.GetString(ms.Aggregate(sample, (doc, m) => m.Apply(doc))));
        Property.Check(mutated, t => ParserResults.Hold(Parsers.ByText[parser](t)), 100, 1104, Generators.Show, Shrinker.Text);
    }
}
