using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DigestBot.Commands;
using DigestBot.Local;
using DigestBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Local;

/// <summary>
/// The real prompt loop and the real console logging (one-line formatter, console gate) on one terminal: a log line
/// at the waiting prompt gets a line of its own and the prompt comes back; one logged during a command waits for
/// the command's answer.
/// </summary>
public sealed partial class PromptLogLinesTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly StringWriter _screen = new() { NewLine = "\n" };
    private readonly TextWriter _terminal;
    private readonly ServiceProvider _services;
    private readonly BlockingCollection<string> _keyboard = [];

    public PromptLogLinesTests()
    {
        _terminal = TextWriter.Synchronized(_screen);
        _services = new ServiceCollection()
            .AddLogging(b => b.AddDigestBotConsole(quiet: false))
            .AddDigestBot(TestApp.Configuration(), o => o.Use(new ConsoleGate(_terminal)).Add(s => s.AddCommand<ProbeCommand>()))
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _keyboard.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task Log_lines_never_split_the_prompt_or_an_answer()
    {
        var logger = _services.GetRequiredService<ILogger<PromptLogLinesTests>>();
        var prompt = Task.Run(() => _services.GetRequiredService<LocalPrompt>().RunAsync(new Keyboard(_keyboard), _terminal, _terminal, default));
        await WaitForPromptsAsync(1);

        logger.LogInformation("a background job logged this");
        await WaitForPromptsAsync(2);
        _keyboard.Add("probe");
        await WaitForPromptsAsync(3);
        _keyboard.CompleteAdding();
        await prompt.WaitAsync(Limit);

        Assert.Equal(
            "Type help for the commands, exit to stop.\n"
            + "digestbot> \n"
            + "T info  Tests: a background job logged this\n"
            + "digestbot> the answer\n"
            + "T info  Tests: the probe logged this while it ran\n"
            + "digestbot> \n",
            Time().Replace(Screen(), "T"));
    }

    [GeneratedRegex(@"\d\d:\d\d:\d\d")]
    private static partial Regex Time();

    private string Screen()
    {
        // TextWriter.Synchronized locks the writer itself around each write.
        lock (_terminal)
        {
            return _screen.ToString();
        }
    }

    private async Task WaitForPromptsAsync(int count)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (Regex.Count(Screen(), LocalPrompt.PromptText) < count || !Screen().EndsWith(LocalPrompt.PromptText, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no prompt number {count} on the screen:\n{Screen()}");
            await Task.Delay(10);
        }
    }

    private sealed class Keyboard(BlockingCollection<string> lines) : TextReader
    {
        public override string? ReadLine() => lines.TryTake(out var line, Timeout.Infinite) ? line : null;
    }

    private sealed class ProbeCommand(ILogger<ProbeCommand> logger) : ICommandHandler
    {
        public static CommandDefinition Definition { get; } = new("probe", "Logs while it answers");

        public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            logger.LogInformation("the probe logged this while it ran");
            return ValueTask.FromResult(Reply.Message("the answer"));
        }
    }
}
