using Twin.Model.Logistics;
using Twin.Model.Scenarios;

namespace Twin.Model.Commerce;

public sealed partial class CommerceBaseModel
{
    /// <summary>Parcels that reached the centre on one day.</summary>
    private struct Batch
    {
        public int Day;
        public double Parcels;
    }

    private readonly List<Batch> _queued = [];
    private readonly List<Batch> _ready = [];

    private void ToCentre(int day, double parcels, Span<double> kpis)
    {
        kpis[CommerceBaseKpis.CentreReceived] += parcels;
        if (parcels > 0) _queued.Add(new Batch { Day = day, Parcels = parcels });
    }

    /// <summary>
    /// Sorts up to the centre's capacity, oldest first; on a cut-off day sends everything sorted as one
    /// e-commerce export order to the e-commerce order desk, and scores it against the target days.
    /// </summary>
    private void Centre(int day, DayOfWeek weekday, Kernel.Outbox outbox, Span<double> kpis)
    {
        var centre = _spec.OperationsCentre;
        double room = centre.CapacityParcelsPerDay, processed = 0;
        while (room > 1e-9 && _queued.Count > 0)
        {
            var b = _queued[0];
            double take = Math.Min(room, b.Parcels);
            _ready.Add(new Batch { Day = b.Day, Parcels = take });
            processed += take;
            room -= take;
            b.Parcels -= take;
            if (b.Parcels <= 1e-9) _queued.RemoveAt(0);
            else _queued[0] = b;
        }
        kpis[CommerceBaseKpis.CentreProcessed] = processed;
        if (!centre.CutOffDays.Contains(weekday) || _ready.Count == 0 || _desk < 0 || _country < 0) return;

        double parcels = 0, onTime = 0;
        foreach (var b in _ready)
        {
            parcels += b.Parcels;
            if (day - b.Day <= centre.TargetDays) onTime += b.Parcels;
        }
        _ready.Clear();
        var live = _spec.LiveStreaming;
        double teu = parcels / centre.ParcelsPerTeu;
        ExportOrderCodec.Send(outbox, _desk, _country, GoodsClass.Ecommerce, teu, parcels * live.KilogramsPerParcel / 1000, parcels * live.ValuePerParcelCny);
        kpis[CommerceBaseKpis.CentreDispatched] = parcels;
        kpis[CommerceBaseKpis.CentreDispatchedTeu] = teu;
        kpis[CommerceBaseKpis.ServiceLevel] = onTime / parcels;
    }
}
