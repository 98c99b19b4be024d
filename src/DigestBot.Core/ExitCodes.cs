namespace DigestBot;

/// <summary>The process exit codes users' scripts rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    public const int Failure = 1;

    /// <summary>Bad usage or bad input (unknown option, malformed id, paper not found).</summary>
    public const int BadInput = 2;
}
