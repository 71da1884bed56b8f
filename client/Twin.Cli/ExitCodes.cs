namespace Twin.Cli;

/// <summary>What `twin` returns to the shell.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work failed (a run failed, a file could not be written).</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong: a bad scenario, a bad argument. Nothing ran.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted by Ctrl+C (SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM.</summary>
    public const int Terminated = 143;
}
