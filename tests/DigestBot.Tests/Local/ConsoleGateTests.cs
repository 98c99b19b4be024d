using DigestBot.Local;

namespace DigestBot.Tests.Local;

/// <summary>
/// Log lines and the prompt share one terminal: here one writer stands for it, holding both the prompt (stdout)
/// and the log lines (stderr) in the order a user would see them.
/// </summary>
public sealed class ConsoleGateTests
{
    private const string Prompt = "digestbot> ";
    private readonly StringWriter _terminal = new() { NewLine = "\n" };
    private readonly ConsoleGate _gate;

    public ConsoleGateTests()
    {
        _gate = new ConsoleGate(_terminal);
    }

    [Fact]
    public void Without_a_prompt_a_log_line_is_written_at_once()
    {
        _gate.WriteLog("00:54:02 warn  Sources: arxiv: connection refused");

        Assert.Equal("00:54:02 warn  Sources: arxiv: connection refused\n", _terminal.ToString());
    }

    [Fact]
    public void A_log_line_at_the_waiting_prompt_gets_its_own_line_and_the_prompt_is_drawn_again()
    {
        _gate.ShowPrompt(_terminal, Prompt);

        _gate.WriteLog("log one");
        _gate.WriteLog("log two");

        Assert.Equal("digestbot> \nlog one\ndigestbot> \nlog two\ndigestbot> ", _terminal.ToString());
    }

    [Fact]
    public async Task A_log_line_from_another_thread_during_an_answer_waits_until_the_answer_is_printed()
    {
        _gate.ShowPrompt(_terminal, Prompt);
        _gate.BeginAnswer();
        _terminal.Write("Papers: ");

        await Task.Run(() => _gate.WriteLog("a background job logged this"));
        _terminal.WriteLine("12");

        Assert.Equal("digestbot> Papers: 12\n", _terminal.ToString());

        _gate.EndAnswer();
        _gate.ShowPrompt(_terminal, Prompt);

        Assert.Equal("digestbot> Papers: 12\na background job logged this\ndigestbot> ", _terminal.ToString());
    }

    [Fact]
    public void Closing_the_prompt_ends_its_line_and_later_log_lines_are_written_at_once()
    {
        _gate.ShowPrompt(_terminal, Prompt);

        _gate.ClosePrompt();
        _gate.WriteLog("stopping");

        Assert.Equal("digestbot> \nstopping\n", _terminal.ToString());
    }

    [Fact]
    public void Lines_held_back_during_a_runaway_answer_are_capped_and_the_rest_counted()
    {
        _gate.BeginAnswer();
        for (var i = 0; i < 503; i++)
        {
            _gate.WriteLog($"line {i}");
        }

        _gate.EndAnswer();

        var lines = _terminal.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(501, lines.Length);
        Assert.Equal("line 0", lines[0]);
        Assert.Equal("line 499", lines[499]);
        Assert.Equal("(3 more log lines while that command ran were left out)", lines[500]);
    }

    [Fact]
    public void A_scheduled_digest_at_the_waiting_prompt_gets_its_own_lines_and_the_prompt_is_drawn_again()
    {
        _gate.ShowPrompt(_terminal, Prompt);

        _gate.WriteOutput(() => _terminal.Write("📚 2 new papers\n"));

        Assert.Equal("digestbot> \n📚 2 new papers\ndigestbot> ", _terminal.ToString());
    }

    [Fact]
    public void A_digest_printed_by_the_answer_itself_is_written_at_once_in_its_place()
    {
        _gate.ShowPrompt(_terminal, Prompt);
        _gate.BeginAnswer();

        _gate.WriteOutput(() => _terminal.Write("📚 2 new papers\n"));
        _terminal.Write("Posted 2 papers in 1 message(s).\n");

        Assert.Equal("digestbot> 📚 2 new papers\nPosted 2 papers in 1 message(s).\n", _terminal.ToString());
    }
}
