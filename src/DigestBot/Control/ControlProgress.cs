namespace DigestBot.Control;

/// <summary>Sends a slow command's progress lines to the CLI, which prints them on its stderr.</summary>
internal sealed class ControlProgress(ControlWriter writer) : IProgress<string>
{
    public void Report(string value)
    {
        try
        {
            writer.Write(new ControlMessage { Progress = value });
        }
        catch (IOException)
        {
            // The CLI went away; its command is being cancelled.
        }
    }
}
