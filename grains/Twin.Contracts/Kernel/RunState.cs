namespace Twin.Contracts.Kernel;

/// <summary>The lifecycle of a run.</summary>
[GenerateSerializer]
public enum RunState
{
    Created = 0,
    Running = 1,
    Paused = 2,
    Completed = 3,
    Failed = 4,
    Cancelled = 5,
}

public static class RunStates
{
    public static bool IsFinished(this RunState state) => state is RunState.Completed or RunState.Failed or RunState.Cancelled;
}
