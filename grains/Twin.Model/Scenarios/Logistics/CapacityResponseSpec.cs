namespace Twin.Model.Scenarios;

/// <summary>The capacity rules: routes adjust their departures a week, hubs and warehouses their handling capacity.</summary>
public sealed class CapacityResponseSpec
{
    /// <summary>Applies to every route's departures a week (both legs: a train that goes out comes back).</summary>
    public CapacityRuleSpec Routes { get; init; } = new();

    /// <summary>Applies to every hub's and warehouse's handling TEU a day.</summary>
    public CapacityRuleSpec Nodes { get; init; } = new();
}
