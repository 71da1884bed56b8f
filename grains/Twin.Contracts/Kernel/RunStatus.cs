namespace Twin.Contracts.Kernel;

/// <summary>Where a run is: its state, the days done out of the horizon, and why it failed if it did.</summary>
/// <param name="ElapsedSeconds">Wall time since the run started.</param>
/// <param name="Silo">The silo whose activation answered (HOST:PORT of its silo endpoint): where the run's clock is.</param>
/// <param name="Resumptions">How many times the run resumed from a checkpoint after losing its activation.</param>
/// <param name="SteppingSeconds">Time spent inside ticks only (no activation, no idle time between slices).</param>
[GenerateSerializer, Immutable]
public sealed record RunStatus(
    [property: Id(0)] string RunId,
    [property: Id(1)] RunState State,
    [property: Id(2)] int DaysDone,
    [property: Id(3)] int Days,
    [property: Id(4)] string? Error = null,
    [property: Id(5)] double ElapsedSeconds = 0,
    [property: Id(6)] double SteppingSeconds = 0,
    [property: Id(7)] int Resumptions = 0,
    [property: Id(8)] string? Silo = null)
{
    public double Fraction => Days == 0 ? 0 : (double)DaysDone / Days;
}
