using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary><c>reindex</c>: rebuilds the search index from every stored paper, with progress lines.</summary>
public sealed class ReindexCommand(SearchIndexSync sync, PaperStore store) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("reindex", "Rebuild the search index from the stored papers")
    {
        MayBeSlow = true,
        LocalOnly = true,
        Example = string.Empty,
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        int count;
        try
        {
            count = sync.Rebuild(store, request.Progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            request.Progress.Report("stopped: nothing of the rebuild was kept, the search index is as it was");
            throw;
        }

        return ValueTask.FromResult(Reply.Message(string.Create(CultureInfo.InvariantCulture, $"search index rebuilt: {count:N0} papers")));
    }
}
