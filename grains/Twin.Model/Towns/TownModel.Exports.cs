using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>
/// The town's exports as orders: each day its export value, by sector, is split into goods classes
/// (the scenario's sector goods mix) and countries (their export shares times the town's export
/// demand multiplier and the service factor for each), and each part is sent as an export order to
/// the order desk of its goods class, which turns it into shipments. docs/model.md, "Export
/// orders" and "Service and export demand", has the equations.
/// </summary>
public sealed partial class TownModel
{
    private readonly double[] _exportValueBySector = new double[4];
    private EntityDirectory _directory = null!;
    private double[] _countryWeights = [];
    private double[] _exportDemand = [];
    /// <summary>F_s: each sector's export demand relative to the scenario's (1 by default); the export share of its firms' demand follows it.</summary>
    private readonly double[] _sectorExportDemand = [1, 1, 1, 1];
    private int[] _desks = [];
    private LogisticsSpec? _logistics;

    /// <summary>The multiplier on this town's export demand from a country (index in the scenario's countries); 1 unless changed.</summary>
    public double ExportDemandMultiplier(int country) => _exportDemand[country];

    /// <summary>
    /// Changes the town's export demand from one country from now on: exports to it are scaled by
    /// <paramref name="multiplier"/>, and the town's exports as a whole by the share-weighted mean of
    /// the multipliers. The institute's alumni effect messages set it (see TownModel.Institute).
    /// </summary>
    public void SetExportDemandMultiplier(int country, double multiplier)
    {
        if (!double.IsFinite(multiplier) || multiplier < 0)
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, "An export demand multiplier must be finite and >= 0.");
        _exportDemand[country] = multiplier;
        UpdateExportDemandFactor();
    }

    private void BindExports(Scenario scenario)
    {
        _logistics = scenario.Logistics;
        _countryWeights = scenario.Countries.Select(c => c.ExportShare).ToArray();
        if (_exportDemand.Length != _countryWeights.Length)
        {
            var kept = _exportDemand;
            _exportDemand = Enumerable.Repeat(1.0, _countryWeights.Length).ToArray();
            Array.Copy(kept, _exportDemand, Math.Min(kept.Length, _exportDemand.Length));
        }
        ResizeService(_countryWeights.Length);
        _desks = _logistics is null ? [] : GoodsClasses.All.Select(g => _directory.IndexOf(_logistics.GoodsClasses[g].OrderDesk)).ToArray();
        UpdateExportDemandFactor();
    }

    private void UpdateExportDemandFactor()
    {
        double weights = 0, weighted = 0;
        bool allOne = true;
        for (int c = 0; c < _countryWeights.Length; c++)
        {
            weights += _countryWeights[c];
            weighted += _countryWeights[c] * _exportDemand[c];
            allOne &= _exportDemand[c] == 1.0;
        }
        // Exactly 1 by default, so the towns' figures do not move by a rounding error.
        double factor = allOne || weights <= 0 ? 1.0 : weighted / weights;
        // F_s = Σ_c w_c·m(k,c)·Σ_g μ̂(s,g)·s(c,g) / Σ_c w_c: the multipliers' factor times the service part F̃_s.
        UpdateServiceShares();
        for (int s = 0; s < 4; s++)
            _sectorExportDemand[s] = _serviceShare[s] == 1.0 ? factor : factor * _serviceShare[s];
    }

    /// <summary>Sends today's export orders: one per goods class and country with exports; records the service KPIs.</summary>
    private void SendExportOrders(Outbox outbox, Span<double> kpis)
    {
        RecordService(kpis);
        if (_logistics is null || _countryWeights.Length == 0) return;
        Span<double> value = stackalloc double[3], teu = stackalloc double[3], tonnes = stackalloc double[3];
        foreach (var sector in Sectors.All)
        {
            double exported = _exportValueBySector[(int)sector];
            if (exported <= 0) continue;
            var mix = _logistics.SectorGoods[sector];
            ref readonly var rate = ref _rates[(int)sector];
            foreach (var goods in GoodsClasses.All)
            {
                double part = exported * mix[goods] / mix.Total;
                value[(int)goods] += part;
                teu[(int)goods] += part * rate.InverseValuePerTeu;
                tonnes[(int)goods] += part * rate.InverseValuePerTeu * rate.TonnesPerTeu;
            }
        }
        // Each class's exports go to the countries in proportion to w_c·m(k,c)·s(c,g) (times 1.0 at full service: exactly the plain split).
        Span<double> total = stackalloc double[3];
        for (int c = 0; c < _countryWeights.Length; c++)
            for (int g = 0; g < 3; g++) total[g] += _countryWeights[c] * _exportDemand[c] * _service[c * 3 + g];
        for (int c = 0; c < _countryWeights.Length; c++)
        {
            foreach (var goods in GoodsClasses.All)
            {
                int g = (int)goods;
                if (value[g] <= 0 || total[g] <= 0) continue;
                double share = _countryWeights[c] * _exportDemand[c] * _service[c * 3 + g] / total[g];
                if (share > 0)
                    ExportOrderCodec.Send(outbox, _desks[g], c, goods, teu[g] * share, tonnes[g] * share, value[g] * share);
            }
        }
    }

    private void WriteExportState(BinaryWriter writer)
    {
        writer.Write(_exportDemand.Length);
        foreach (var m in _exportDemand) writer.Write(m);
        WriteServiceState(writer);
    }

    private void ReadExportState(BinaryReader reader)
    {
        var demand = new double[reader.ReadInt32()];
        for (int c = 0; c < demand.Length; c++) demand[c] = reader.ReadDouble();
        _exportDemand = demand;
        ReadServiceState(reader);
        UpdateExportDemandFactor();
    }
}
