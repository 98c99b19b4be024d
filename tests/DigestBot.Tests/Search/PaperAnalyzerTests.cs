using DigestBot.Search;

namespace DigestBot.Tests.Search;

public class PaperAnalyzerTests
{
    [Fact]
    public void Each_field_keeps_its_own_chain_whatever_the_thread_analysed_before()
    {
        // Run on fresh threads so no earlier test decides which chain the thread already holds.
        var authorsFirst = OnNewThread(() => (Tokens(IndexFields.Authors, "An Normalizing"), Tokens(IndexFields.Title, "An Normalizing")));
        var titleFirst = OnNewThread(() => (Tokens(IndexFields.Title, "An Normalizing"), Tokens(IndexFields.Authors, "An Normalizing")));

        // Authors: folded only ("An" is a surname); titles: stop words dropped, stemmed, unstemmed form kept.
        Assert.Equal(["an", "normalizing"], authorsFirst.Item1);
        Assert.Equal(["normalizing", "normal"], authorsFirst.Item2);
        Assert.Equal(["normalizing", "normal"], titleFirst.Item1);
        Assert.Equal(["an", "normalizing"], titleFirst.Item2);
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    private static List<string> Tokens(string field, string text) => AnalysedTerms.Of(PaperAnalyzer.ForIndexing, field, text);
}
