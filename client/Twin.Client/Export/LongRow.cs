namespace Twin.Client.Export;

/// <summary>
/// One value of a study in long format: the columns researchers' tools expect
/// (`study, run, scenario, replication, seed, day, entity, kpi, value`).
/// </summary>
public readonly record struct LongRow(string Study, string Run, string Scenario, int Replication, long Seed, int Day, string Entity, string Kpi, double Value);

/// <summary>The columns every row of one run shares.</summary>
public readonly record struct RunRowKey(string Study, string Run, string Scenario, int Replication, long Seed);
