namespace DigestBot.Local;

/// <summary>
/// Where log lines meet the <c>digestbot&gt;</c> prompt on one terminal. Log lines come from any thread at any time;
/// the prompt and its answers come from the prompt loop. One lock orders them: a log line that arrives while the
/// prompt waits for input is printed on a line of its own and the prompt is drawn again; one that arrives while an
/// answer is being printed waits until the answer is done. Without a prompt, log lines are written at once.
/// </summary>
public sealed class ConsoleGate
{
    // Lines held back while an answer prints; a command that logs without end must not grow this without end.
    private const int MaxHeld = 500;

    private readonly Lock _lock = new();
    private readonly TextWriter _log;
    private readonly Queue<string> _held = new();
    private int _dropped;
    private State _state;
    private TextWriter? _promptWriter;
    private string _prompt = string.Empty;

    /// <summary>The process's console: log lines go to stderr.</summary>
    public ConsoleGate()
        : this(Console.Error)
    {
    }

    /// <param name="log">Where log lines are written.</param>
    public ConsoleGate(TextWriter log)
    {
        _log = log;
    }

    private enum State
    {
        Idle,
        Prompt,
        Answer,
    }

    /// <summary>Writes one log line (without its line break) now, or after the answer being printed.</summary>
    public void WriteLog(string line)
    {
        lock (_lock)
        {
            switch (_state)
            {
                case State.Answer when _held.Count < MaxHeld:
                    _held.Enqueue(line);
                    break;
                case State.Answer:
                    _dropped++;
                    break;
                case State.Prompt:
                    // The prompt line may hold what the user has typed so far: leave it, and start a fresh one.
                    _promptWriter!.WriteLine();
                    _promptWriter.Flush();
                    WriteLine(line);
                    _promptWriter.Write(_prompt);
                    _promptWriter.Flush();
                    break;
                default:
                    WriteLine(line);
                    break;
            }
        }
    }

    /// <summary>
    /// Writes output that is not an answer to a typed line (a scheduled digest) without splitting the prompt: while
    /// the prompt waits it gets a line of its own and the prompt is drawn again; otherwise it is written at once.
    /// </summary>
    public void WriteOutput(Action write)
    {
        lock (_lock)
        {
            if (_state != State.Prompt)
            {
                write();
                return;
            }

            _promptWriter!.WriteLine();
            _promptWriter.Flush();
            write();
            _promptWriter.Write(_prompt);
            _promptWriter.Flush();
        }
    }

    /// <summary>Prints the log lines held back, then the prompt, and waits for input: log lines now redraw it.</summary>
    public void ShowPrompt(TextWriter output, string prompt)
    {
        lock (_lock)
        {
            ReleaseHeld();
            _promptWriter = output;
            _prompt = prompt;
            output.Write(prompt);
            output.Flush();
            _state = State.Prompt;
        }
    }

    /// <summary>A line was entered: its answer prints undisturbed until <see cref="EndAnswer"/>.</summary>
    public void BeginAnswer()
    {
        lock (_lock)
        {
            _state = State.Answer;
        }
    }

    /// <summary>The answer is complete (or the prompt closed): log lines held back are printed, later ones at once.</summary>
    public void EndAnswer()
    {
        lock (_lock)
        {
            ReleaseHeld();
            _state = State.Idle;
        }
    }

    /// <summary>The prompt closes without an answer (end of input, shutdown): ends its line and returns to idle.</summary>
    public void ClosePrompt()
    {
        lock (_lock)
        {
            if (_state == State.Prompt)
            {
                _promptWriter!.WriteLine();
                _promptWriter.Flush();
            }

            ReleaseHeld();
            _state = State.Idle;
        }
    }

    private void ReleaseHeld()
    {
        while (_held.TryDequeue(out var line))
        {
            WriteLine(line);
        }

        if (_dropped > 0)
        {
            WriteLine($"({_dropped} more log lines while that command ran were left out)");
            _dropped = 0;
        }
    }

    private void WriteLine(string line)
    {
        _log.WriteLine(line);
        _log.Flush();
    }
}
