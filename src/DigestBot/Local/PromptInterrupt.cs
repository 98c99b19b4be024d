namespace DigestBot.Local;

/// <summary>
/// The command running at the <c>digestbot&gt;</c> prompt, for Ctrl+C: the bot's lifetime asks here first, so Ctrl+C
/// cancels that command, as a shell cancels the job in front of it, and the prompt comes back. With no command running,
/// or a second Ctrl+C while one is stopping, Ctrl+C stops the bot.
/// </summary>
public sealed class PromptInterrupt
{
    private Scope? _running;

    /// <summary>Marks one prompt command as running, cancelled by <see cref="TryCancel"/> or <paramref name="stopping"/>.</summary>
    public Scope Begin(CancellationToken stopping)
    {
        var scope = new Scope(this, stopping);
        Volatile.Write(ref _running, scope);
        return scope;
    }

    /// <summary>Cancels the running command; false when none runs, or its cancellation was already asked for.</summary>
    public bool TryCancel()
    {
        if (Interlocked.Exchange(ref _running, null) is not { } running)
        {
            return false;
        }

        return running.Interrupt();
    }

    public sealed class Scope : IDisposable
    {
        private readonly PromptInterrupt _owner;
        private readonly CancellationTokenSource _source;
        private int _interrupted;

        internal Scope(PromptInterrupt owner, CancellationToken stopping)
        {
            _owner = owner;
            _source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        }

        public CancellationToken Token => _source.Token;

        /// <summary>Whether Ctrl+C cancelled this command (not the bot stopping).</summary>
        public bool Interrupted => Volatile.Read(ref _interrupted) == 1;

        public void Dispose()
        {
            Interlocked.CompareExchange(ref _owner._running, null, this);
            _source.Dispose();
        }

        internal bool Interrupt()
        {
            Volatile.Write(ref _interrupted, 1);
            try
            {
                _source.Cancel();
                return true;
            }
            catch (ObjectDisposedException)
            {
                // The command ended as the signal came: nothing left to cancel.
                return false;
            }
        }
    }
}
