using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>
/// The trading platform's prices in the town's costs, and the town's use of each commodity for
/// the members hedging for it. Each sector's input cost per CNY of output moves towards
/// Σ costShare × (close ÷ start price); firms pass part of a cost rise on in their prices (which
/// cuts demand by the price elasticity) and the rest comes off their margin, which moves exits
/// and births. docs/model.md, "Markets → towns" and "Towns → markets".
/// </summary>
public sealed partial class TownModel
{
    private int[] _marketEntities = [];
    private double[] _relativePrice = [];
    private readonly double[] _inputCost = new double[4];
    private readonly double[] _costDemand = [1, 1, 1, 1];
    private readonly double[] _margin = new double[4];
    private readonly double[] _marginRatio = [1, 1, 1, 1];
    private (int Participant, int Market, int Ordinal)[] _hedgers = [];
    private double[] _referenceUse = [];

    private void BindInputs(Scenario scenario)
    {
        var markets = scenario.Markets.Select(m => m.Id).ToArray();
        _marketEntities = markets.Select(_directory.IndexOf).ToArray();
        if (_relativePrice.Length != markets.Length)
        {
            _relativePrice = Enumerable.Repeat(1.0, markets.Length).ToArray();
            _referenceUse = Enumerable.Repeat(double.NaN, markets.Length).ToArray();
            foreach (var sector in Sectors.All) _inputCost[(int)sector] = _rates[(int)sector].ReferenceInputCost;
        }
        _hedgers = scenario.Participants
            .Where(p => p.Role == ParticipantRole.Consumer && p.Town == _id)
            .SelectMany(p => p.Markets.Select(m => (_directory.IndexOf(p.Id), _directory.IndexOf(m.Id), Array.IndexOf(markets, m.Id))))
            .Where(h => Sectors.All.Any(s => _rates[(int)s].Uses(h.Item3)))
            .ToArray();
        UpdateCosts();
    }

    /// <summary>Reads yesterday's closes and moves each sector's input cost a step towards them.</summary>
    private void ReceivePrices(ReadOnlySpan<Message> inbox)
    {
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind != MessageKind.CommodityPrice) continue;
            int j = Array.IndexOf(_marketEntities, m.From);
            double price = CommodityPriceCodec.Read(m);
            if (j >= 0 && double.IsFinite(price)) _relativePrice[j] = price;
        }
        for (int s = 0; s < 4; s++)
        {
            ref readonly var rate = ref _rates[s];
            double target = rate.InputCostAt(_relativePrice);
            _inputCost[s] += rate.AdjustmentPerDay * (target - _inputCost[s]);
        }
        UpdateCosts();
    }

    /// <summary>Price, demand and margin of each sector at today's input cost (docs/model.md has the equations).</summary>
    private void UpdateCosts()
    {
        for (int s = 0; s < 4; s++)
        {
            ref readonly var rate = ref _rates[s];
            double price = 1 + rate.CostPassThrough * (_inputCost[s] - rate.ReferenceInputCost);
            price = Math.Max(price, 0.05);
            _costDemand[s] = rate.PriceElasticity == 0 ? 1 : Math.Pow(price, -rate.PriceElasticity);
            _margin[s] = 1 - (rate.WageShare + _inputCost[s]) / price;
            double reference = rate.ReferenceMargin;
            _marginRatio[s] = reference > 0 ? Math.Max(_margin[s], 0.01 * reference) / reference : 1;
        }
    }

    /// <summary>Input cost, margin and input price index of the day's output; the town's use of each commodity to its hedgers.</summary>
    private void RecordInputs(ReadOnlySpan<double> outputBySector, Outbox outbox, Span<double> kpis)
    {
        double output = 0, cost = 0, margin = 0, referenceCost = 0;
        for (int s = 0; s < 4; s++)
        {
            output += outputBySector[s];
            cost += outputBySector[s] * _inputCost[s];
            referenceCost += outputBySector[s] * _rates[s].ReferenceInputCost;
            margin += outputBySector[s] * _margin[s];
        }
        kpis[TownKpis.InputCost] = cost;
        kpis[TownKpis.OperatingMargin] = output > 0 ? margin / output : double.NaN;
        kpis[TownKpis.InputPriceIndex] = referenceCost > 0 ? cost / referenceCost : double.NaN;
        foreach (var (participant, market, j) in _hedgers)
        {
            double use = 0;
            for (int s = 0; s < 4; s++) use += outputBySector[s] * _rates[s].ShareOf(j);
            if (double.IsNaN(_referenceUse[j]) && use > 0) _referenceUse[j] = use;
            if (_referenceUse[j] > 0) ConsumptionCodec.Send(outbox, participant, market, use / _referenceUse[j]);
        }
    }

    private void WriteInputState(BinaryWriter writer)
    {
        writer.Write(_relativePrice.Length);
        for (int j = 0; j < _relativePrice.Length; j++)
        {
            writer.Write(_relativePrice[j]);
            writer.Write(_referenceUse[j]);
        }
        foreach (var c in _inputCost) writer.Write(c);
    }

    private void ReadInputState(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        _relativePrice = new double[n];
        _referenceUse = new double[n];
        for (int j = 0; j < n; j++)
        {
            _relativePrice[j] = reader.ReadDouble();
            _referenceUse[j] = reader.ReadDouble();
        }
        for (int s = 0; s < 4; s++) _inputCost[s] = reader.ReadDouble();
        UpdateCosts();
    }
}
