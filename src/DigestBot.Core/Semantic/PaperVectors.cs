using DigestBot.Papers;

namespace DigestBot.Semantic;

/// <summary>
/// The vector of a paper a command or a watch touches: the stored one while the paper's text is unchanged, else embedded
/// now and kept. Needs only the vectors and the model, not the paper store (which tells percolation, and so the
/// watches' seeds, about its writes).
/// </summary>
public sealed class PaperVectors(SemanticIndex index, SemanticModel model)
{
    public StoredVector VectorOf(Paper paper)
    {
        var text = PaperText.For(paper);
        var hash = PaperText.Hash(text);
        if (index.Get(paper.Id) is { } held && held.TextHash == hash)
        {
            return held;
        }

        var vector = StoredVector.From(paper.Id, paper.Revision, hash, PaperText.SearchDate(paper), model.Embedder.Embed([text])[0]);
        index.Store([vector]);
        return vector;
    }
}
