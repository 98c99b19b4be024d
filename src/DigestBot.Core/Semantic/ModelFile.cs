namespace DigestBot.Semantic;

/// <summary>The files of an <see cref="EmbeddingModel"/> beside the app; a missing one fails with one line.</summary>
internal static class ModelFile
{
    /// <summary>The path of the model's file <paramref name="name"/> (<c>model.onnx</c>, <c>vocab.txt</c>), which must exist.</summary>
    public static string Path(EmbeddingModel model, string name)
    {
        var path = System.IO.Path.Combine(model.Folder, name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"the embedding model {model.Name} is not beside digestbot (expected {name} in {model.Folder})");
    }
}
