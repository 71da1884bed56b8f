using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>
/// The day's shipment flows of one logistics entity, recorded as KPIs so conservation can be
/// checked across a run: everything created = delivered + held somewhere + handed over today
/// (a message sent today is in its receiver's inbox tomorrow).
/// </summary>
public sealed class FlowTally
{
    public static readonly IReadOnlyList<string> Names =
    [
        "created_teu", "created_value_cny", "delivered_teu", "delivered_value_cny",
        "sent_teu", "sent_value_cny", "stock_teu", "stock_value_cny",
    ];

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
