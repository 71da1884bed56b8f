using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// A border crossing: records whether it is closed and what the routes report crossing it (a route
/// reports a vehicle on the day it has crossed, so the crossing records it the day after).
/// </summary>
public sealed class BorderModel : IEntityModel
{
    public IReadOnlyList<string> KpiNames => BorderKpis.Names;

    public void Rebind(Scenario scenario)
    {
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        double vehicles = 0, teu = 0, tonnes = 0, wait = 0;
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind != MessageKind.BorderCrossing) continue;
            vehicles += m.I0;
            teu += m.D0;
            tonnes += m.D1;
            wait += m.D2;
        }
        kpis[0] = context.Closed ? 1 : 0;
        kpis[1] = vehicles;
        kpis[2] = teu;
        kpis[3] = tonnes;
        kpis[4] = vehicles > 0 ? wait / vehicles : double.NaN;
    }

    public void WriteState(BinaryWriter writer)
    {
    }

    public void ReadState(BinaryReader reader)
    {
    }
}
