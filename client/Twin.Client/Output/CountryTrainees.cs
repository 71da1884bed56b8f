namespace Twin.Client.Output;

/// <summary>A country's trainees for a run, its alumni at home and its trade multiplier (the institute's per-country KPIs).</summary>
public sealed record CountryTrainees(string Country, double Enrolled, double Completed, double Alumni, double TradeMultiplier);
