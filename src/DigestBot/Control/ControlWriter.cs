namespace DigestBot.Control;

/// <summary>Writes whole lines to a control connection, one at a time (progress comes from the command's thread).</summary>
internal sealed class ControlWriter(Stream stream)
{
    private readonly Lock _gate = new();

    public void Write(ControlMessage message)
    {
        var bytes = ControlProtocol.Encode(message);
        lock (_gate)
        {
            stream.Write(bytes);
            stream.Flush();
        }
    }
}
