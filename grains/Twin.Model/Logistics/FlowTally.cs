using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>
/// The day's shipment flows of one logistics entity, recorded as KPIs so conservation can be
/// checked across a run: everything created = delivered + held somewhere + handed over today
/// (a message sent today is in its receiver's inbox tomorrow).
/// </summary>
public sealed class FlowTally
{
    /// <summary>Flows add up over a window; the stock is its last day's.</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("created_teu", "TEU", KpiDirection.Neutral, "shipments that entered the network here (orders, imports)"),
        Kpi.Flow("created_value_cny", "CNY", KpiDirection.Neutral, "value of the shipments that entered here"),
        Kpi.Flow("delivered_teu", "TEU", KpiDirection.Neutral, "shipments that left the network here (delivered)"),
        Kpi.Flow("delivered_value_cny", "CNY", KpiDirection.Neutral, "value of the shipments delivered here"),
        Kpi.Flow("sent_teu", "TEU", KpiDirection.Neutral, "shipments handed to the next entity"),
        Kpi.Flow("sent_value_cny", "CNY", KpiDirection.Neutral, "value of the shipments handed on"),
        Kpi.Stock("stock_teu", "TEU", KpiDirection.Neutral, "shipments held here at the end of the day"),
        Kpi.Stock("stock_value_cny", "CNY", KpiDirection.Neutral, "value of the shipments held here"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();

    private double _createdTeu, _createdValue, _deliveredTeu, _deliveredValue, _sentTeu, _sentValue;

    public void Created(in Shipment s)
    {
        _createdTeu += s.Teu;
        _createdValue += s.Value;
    }

    public void Delivered(in Shipment s)
    {
        _deliveredTeu += s.Teu;
        _deliveredValue += s.Value;
    }

    /// <summary>Hands a shipment to <paramref name="to"/> (it arrives tomorrow) and counts it.</summary>
    public void Send(Outbox outbox, int to, in Shipment s)
    {
        ShipmentCodec.Send(outbox, to, s);
        _sentTeu += s.Teu;
        _sentValue += s.Value;
    }

    /// <summary>Writes the day's flows and the stock held at the end of it, then starts a new day.</summary>
    public void Write(Span<double> kpis, double stockTeu, double stockValue)
    {
        kpis[0] = _createdTeu;
        kpis[1] = _createdValue;
        kpis[2] = _deliveredTeu;
        kpis[3] = _deliveredValue;
        kpis[4] = _sentTeu;
        kpis[5] = _sentValue;
        kpis[6] = stockTeu;
        kpis[7] = stockValue;
        _createdTeu = _createdValue = _deliveredTeu = _deliveredValue = _sentTeu = _sentValue = 0;
    }
}
