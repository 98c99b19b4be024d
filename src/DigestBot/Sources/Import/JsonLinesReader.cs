namespace DigestBot.Sources;

/// <summary>
/// Splits a stream into lines without decoding it (the parser reads UTF-8 bytes directly), tracking the byte
/// offset after each line so imports can resume exactly there.
/// </summary>
internal sealed class JsonLinesReader(Stream stream, long startOffset)
{
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The byte offset in the stream just after the last line returned.</summary>
    public long Offset { get; private set; } = startOffset;

    public bool TryReadLine(out ReadOnlySpan<byte> line, out long endOffset)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0 || (_eof && _end > _start))
            {
                var stop = newline >= 0 ? newline : _end;
                line = _buffer.AsSpan(_start, stop - _start).TrimEnd((byte)'\r');
                Offset += stop - _start + (newline >= 0 ? 1 : 0);
                _start = newline >= 0 ? newline + 1 : _end;
                endOffset = Offset;
                return true;
            }

            if (_eof)
            {
                line = default;
                endOffset = Offset;
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        // Keep the partial line, and grow for lines longer than the buffer.
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _end = pending;
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
    }
}
