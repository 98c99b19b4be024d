using System.Text.Json;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Citations;

/// <summary><c>cite A B</c> through the executable: every paper in the order given, or nothing and one line.</summary>
public sealed class CiteSeveralProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CiteSeveralProcessTests()
    {
        using var storage = new TestStorage();
        storage.Papers.Upsert(TestPapers.Arxiv("2412.13795"));
        storage.Papers.Upsert(TestPapers.Arxiv("2412.00001"));
        Copy(storage.DataPath, Data);
    }

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Several_ids_print_each_entry_in_the_order_given_separated_by_a_blank_line()
    {
        var bibtex = await DigestBotProcess.RunAsync("cite", "2412.13795", "https://arxiv.org/abs/2412.00001", "--data", Data);
        var apa = await DigestBotProcess.RunAsync("cite", "2412.13795", "2412.00001", "--format", "apa", "--data", Data);
        var one = await DigestBotProcess.RunAsync("cite", "2412.00001", "--data", Data);

        Assert.Equal((0, string.Empty), (bibtex.ExitCode, bibtex.Stderr));
        var entries = bibtex.Stdout.TrimEnd().Split("\n\n");
        Assert.Equal(2, entries.Length);
        Assert.All(entries, e => Assert.StartsWith("@", e, StringComparison.Ordinal));
        Assert.Contains("2412.13795", entries[0], StringComparison.Ordinal);
        Assert.Equal(one.Stdout.TrimEnd(), entries[1]);

        Assert.Equal((0, string.Empty), (apa.ExitCode, apa.Stderr));
        var references = apa.Stdout.TrimEnd().Split("\n\n");
        Assert.Equal(2, references.Length);
        Assert.EndsWith("arXiv.2412.13795", references[0], StringComparison.Ordinal);
        Assert.EndsWith("arXiv.2412.00001", references[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_of_several_is_an_array_of_what_one_gives()
    {
        var several = await DigestBotProcess.RunAsync("cite", "2412.13795", "2412.00001", "--json", "--data", Data);
        var one = await DigestBotProcess.RunAsync("cite", "2412.00001", "--json", "--data", Data);

        Assert.Equal(0, several.ExitCode);
        using var array = JsonDocument.Parse(several.Stdout);
        using var single = JsonDocument.Parse(one.Stdout);
        Assert.Equal(JsonValueKind.Object, single.RootElement.ValueKind);
        Assert.Equal(2, array.RootElement.GetArrayLength());
        Assert.Equal(
            single.RootElement.EnumerateObject().Select(p => $"{p.Name}={p.Value}"),
            array.RootElement[1].EnumerateObject().Select(p => $"{p.Name}={p.Value}"));
        Assert.Contains("2412.13795", array.RootElement[0].GetProperty("bibtex").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no paper 2412.99999 here — try search, or import 2412.99999 to fetch it from arXiv", "2412.13795", "2412.99999")]
    [InlineData("no papers 2412.99999, 2412.99998 here — try search", "2412.99999", "2412.13795", "2412.99998")]
    [InlineData("'nonsense' is not a paper id: use an arXiv id (2412.13795, hep-th/9901001), a DOI, an OpenAlex or Semantic Scholar id, or a link to the paper", "2412.13795", "nonsense")]
    public async Task An_id_not_stored_among_several_is_named_and_nothing_is_cited(string line, params string[] ids)
    {
        var (code, stdout, stderr) = await DigestBotProcess.RunAsync(["cite", .. ids, "--data", Data]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(line, Assert.Single(stderr.TrimEnd().Split('\n')));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
