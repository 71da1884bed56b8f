using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>
/// The service the town's shipments get, as the order desks see it: a factor s(c, g) on the export
/// demand from each country for each goods class, 1 at the routes' published service, lower when
/// waits and dearer routes raise the delivered cost. It scales the country split and each sector's
/// export demand F_s (docs/model.md, "Service and export demand").
/// </summary>
public sealed partial class TownModel
{
    /// <summary>s(c, g) at [c·3 + g].</summary>
    private double[] _service = [];
    private bool _fullService = true;
    /// <summary>F̃_s: the service part of each sector's export demand (exactly 1 at full service).</summary>
    private readonly double[] _serviceShare = [1, 1, 1, 1];

    /// <summary>The service factor on this town's export demand from a country for a goods class; 1 unless a desk lowered it.</summary>
    public double ServiceFactor(int country, GoodsClass goods) => _service[country * 3 + (int)goods];

    /// <summary>Applies the desks' messages at the start of the day, before the firms produce.</summary>
    private void ReceiveServiceFactors(ReadOnlySpan<Message> inbox)
    {
        bool changed = false;
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind != MessageKind.ServiceFactor) continue;
            var (country, goods, factor) = ServiceFactorCodec.Read(m);
            if (country < 0 || country >= _countryWeights.Length || !double.IsFinite(factor) || factor < 0) continue;
            _service[country * 3 + (int)goods] = factor;
            changed = true;
        }
        if (!changed) return;
        _fullService = _service.All(s => s == 1.0);
        UpdateExportDemandFactor();
    }

    private void ResizeService(int countries)
    {
        if (_service.Length == countries * 3) return;
        var kept = _service;
        _service = Enumerable.Repeat(1.0, countries * 3).ToArray();
        Array.Copy(kept, _service, Math.Min(kept.Length, _service.Length));
        _fullService = _service.All(s => s == 1.0);
    }

    /// <summary>F̃_s = Σ_c w_c·m(k,c)·Σ_g μ̂(s,g)·s(c,g) / Σ_c w_c·m(k,c), μ̂ the sector's goods mix normalised.</summary>
    private void UpdateServiceShares()
    {
        Array.Fill(_serviceShare, 1.0);
        if (_fullService || _logistics is null) return;
        foreach (var sector in Sectors.All)
        {
            var mix = _logistics.SectorGoods[sector];
            double served = 0, weights = 0;
            for (int c = 0; c < _countryWeights.Length; c++)
            {
                double weight = _countryWeights[c] * _exportDemand[c];
                if (weight <= 0) continue;
                double s = 0;
                foreach (var goods in GoodsClasses.All) s += mix[goods] / mix.Total * _service[c * 3 + (int)goods];
                served += weight * s;
                weights += weight;
            }
            _serviceShare[(int)sector] = weights > 0 ? served / weights : 1.0;
        }
    }

    /// <summary>
    /// The orders lost to competitors, Σ_s X_s·(1/F̃_s − 1) (what full service would have added to
    /// today's exports X_s), and the share kept, X / (X + lost); no share on a day without exports.
    /// </summary>
    private void RecordService(Span<double> kpis)
    {
        double exports = 0, lost = 0;
        for (int s = 0; s < 4; s++)
        {
            exports += _exportValueBySector[s];
            if (_serviceShare[s] > 0 && _serviceShare[s] != 1.0) lost += _exportValueBySector[s] * (1 / _serviceShare[s] - 1);
        }
        kpis[TownKpis.ExportServiceFactor] = exports > 0 ? exports / (exports + lost) : double.NaN;
        kpis[TownKpis.ExportOrdersLost] = lost;
    }

    private void WriteServiceState(BinaryWriter writer)
    {
        writer.Write(_service.Length);
        foreach (var s in _service) writer.Write(s);
    }

    private void ReadServiceState(BinaryReader reader)
    {
        var service = new double[reader.ReadInt32()];
        for (int k = 0; k < service.Length; k++) service[k] = reader.ReadDouble();
        _service = service;
        _fullService = _service.All(s => s == 1.0);
    }
}
