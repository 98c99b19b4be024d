namespace DigestBot.Local;

/// <summary>Progress lines for long commands, written synchronously to a terminal stream (stderr, so stdout stays clean).</summary>
internal sealed class TextWriterProgress(TextWriter writer) : IProgress<string>
{
    public void Report(string value)
    {
        writer.WriteLine(value);
        writer.Flush();
    }
}
