namespace DigestBot.Sources;

/// <summary>
/// Reads a UTF-8 stream line by line as bytes, without decoding to strings (the JSON reader takes bytes). A line
/// longer than the limit is consumed and reported as too long instead of growing the buffer without bound.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _discarding;

    /// <summary>Bytes consumed so far, through the last line returned and its newline.</summary>
    public long Consumed { get; private set; }

    /// <summary>The next line without its line ending; false at the end of the stream.</summary>
    public bool TryReadLine(out ArraySegment<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(newline, 1);
                tooLong = _discarding;
                _discarding = false;
                return true;
            }

            if (_eof)
            {
                line = Take(_end - _start, 0);
                tooLong = _discarding;
                _discarding = false;
                return line.Count > 0 || tooLong;
            }

            Fill();
        }
    }

    private ArraySegment<byte> Take(int length, int terminator)
    {
        var count = length > 0 && _buffer[_start + length - 1] == (byte)'\r' ? length - 1 : length;
        var line = _discarding ? ArraySegment<byte>.Empty : new ArraySegment<byte>(_buffer, _start, count);
        _start += length + terminator;
        Consumed += length + terminator;
        return line;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxLineBytes)
            {
                // Drop what we hold of the over-long line and keep reading to its end.
                Consumed += _end;
                _end = 0;
                _discarding = true;
            }
            else
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxLineBytes));
            }
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
    }
}
