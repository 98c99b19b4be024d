using System.Runtime.InteropServices;
using DigestBot.Local;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Tests.Local;

/// <summary>
/// What Ctrl+C does to the bot (<see cref="DigestBotLifetime"/>): it cancels the command running at the prompt when
/// there is one, and stops the bot when there is none or when that command is already stopping. The real signal, sent
/// to the executable, is in <c>InterruptedCommandProcessTests</c>; here each case is a signal handed to the handler.
/// </summary>
public sealed class PromptInterruptTests
{
    private readonly PromptInterrupt _prompt = new();
    private readonly RecordingLifetime _host = new();

    private DigestBotLifetime Lifetime => new(_host, _prompt);

    [Fact]
    public void Ctrl_C_with_no_command_running_stops_the_bot()
    {
        var context = new PosixSignalContext(PosixSignal.SIGINT);

        Lifetime.Interrupt(context);

        Assert.Equal(1, _host.Stops);
        Assert.True(context.Cancel); // the host stops the process, not the signal's default action
    }

    [Fact]
    public void Ctrl_C_while_a_command_runs_cancels_that_command_and_the_bot_stays_up()
    {
        using var command = _prompt.Begin(CancellationToken.None);

        Lifetime.Interrupt(new PosixSignalContext(PosixSignal.SIGINT));

        Assert.True(command.Token.IsCancellationRequested);
        Assert.True(command.Interrupted);
        Assert.Equal(0, _host.Stops);
    }

    [Fact]
    public void A_second_Ctrl_C_while_the_command_is_stopping_stops_the_bot()
    {
        using var command = _prompt.Begin(CancellationToken.None);
        var lifetime = Lifetime;

        lifetime.Interrupt(new PosixSignalContext(PosixSignal.SIGINT));
        lifetime.Interrupt(new PosixSignalContext(PosixSignal.SIGINT));

        Assert.Equal(1, _host.Stops);
    }

    [Fact]
    public void Ctrl_C_after_the_command_ended_stops_the_bot()
    {
        using (_prompt.Begin(CancellationToken.None))
        {
        }

        Lifetime.Interrupt(new PosixSignalContext(PosixSignal.SIGINT));

        Assert.Equal(1, _host.Stops);
    }

    [Fact]
    public void SIGTERM_stops_the_bot_even_while_a_command_runs()
    {
        using var command = _prompt.Begin(CancellationToken.None);

        Lifetime.Stop(new PosixSignalContext(PosixSignal.SIGTERM));

        Assert.Equal(1, _host.Stops);
        Assert.False(command.Interrupted); // the command ends with the bot, by the stopping token
    }

    [Fact]
    public void The_bot_stopping_cancels_the_running_command_without_calling_it_an_interrupt()
    {
        using var stopping = new CancellationTokenSource();
        using var command = _prompt.Begin(stopping.Token);

        stopping.Cancel();

        Assert.True(command.Token.IsCancellationRequested);
        Assert.False(command.Interrupted);
    }

    private sealed class RecordingLifetime : IHostApplicationLifetime
    {
        public int Stops { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stops++;
    }
}
