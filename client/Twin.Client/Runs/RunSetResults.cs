using Twin.Contracts.Kernel;

namespace Twin.Client.Runs;

/// <summary>The results of every replication of one scenario, in replication order.</summary>
public sealed record RunSetResults(ScenarioDocument Scenario, long Seed, int Days, IReadOnlyList<RunResults> Runs, TimeSpan Elapsed);
