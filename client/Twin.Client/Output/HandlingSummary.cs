using Twin.Model.Logistics;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>A hub's or warehouse's KPIs for a run.</summary>
public sealed record HandlingSummary(string Entity, string Kind, double HandledTeu, double Utilization, double BacklogTeu)
{
    public static IReadOnlyList<HandlingSummary> From(Scenario scenario, RunKpis kpis) =>
        scenario.Hubs.Select(h => (h.Id, Kind: HubKind.Name))
            .Concat(scenario.Warehouses.Select(w => (w.Id, Kind: WarehouseKind.Name)))
            .Select(x => new HandlingSummary(x.Id, x.Kind, kpis.Mean(x.Id, "handled_teu"), kpis.Mean(x.Id, "utilization"), kpis.Mean(x.Id, "backlog_teu")))
            .ToArray();
}
