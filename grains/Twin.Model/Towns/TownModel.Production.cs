using MathNet.Numerics.Distributions;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

public sealed partial class TownModel
{
    private readonly NormalBlocks _normalBlocks = new();
    private double[] _normals = [];
    private double[] _roundings = [];
    private int[] _hireRequests = [];

    /// <summary>Per sector, the smoothed ratio of the workers demand asks for to the workers employed: above 1, unmet demand draws new firms.</summary>
    private readonly double[] _pressure = [1, 1, 1, 1];

    private readonly record struct LabourPlan(long HireRequests, int Layoffs);

    /// <summary>
    /// The hot loop: one pass over the firms. Each draws its demand shock, produces what demand and
    /// its workers allow, exports its share, lets surplus workers go and asks for the ones it lacks.
    /// Hires and layoffs are fractions of a gap, rounded up or down at random with the fraction as
    /// the chance of rounding up: on average exactly the fraction, in both directions, so
    /// employment follows demand down as readily as up.
    /// </summary>
    private LabourPlan ProduceAndPlan(bool closed, Span<double> kpis)
    {
        if (_normals.Length < _count)
        {
            _normals = new double[_firms.Length];
            _roundings = new double[_firms.Length];
            _hireRequests = new int[_firms.Length];
        }
        // One draw of each per firm, firm i always taking draw i, even on closed days, so the streams
        // stay aligned with the baseline's (common random numbers).
        _normalBlocks.Fill(_demand, _normals, _count);
        for (int i = 0; i < _count; i++) _roundings[i] = _labour.NextDouble();

        Span<double> outputBySector = stackalloc double[4];
        Span<double> wantedBySector = stackalloc double[4];
        Span<double> workersBySector = stackalloc double[4];
        Array.Clear(_exportValueBySector);
        double exportValue = 0, exportTeu = 0, exportTonnes = 0;
        long hireRequests = 0;
        int layoffs = 0;
        var rates = _rates;
        var firms = _firms;
        for (int i = 0; i < _count; i++)
        {
            ref var firm = ref firms[i];
            int s = (int)firm.Sector;
            ref readonly var rate = ref rates[s];
            firm.Shock = rate.ShockPersistence * firm.Shock + rate.ShockInnovation * _normals[i];
            // The export share e of the firm's sales follows export demand F_s; the domestic share 1 - e does not.
            double exportShare = Math.Clamp(rate.ExportPropensity + firm.ExportBoost, 0, 1);
            double markets = 1 - exportShare + exportShare * _sectorExportDemand[s];
            double wanted = firm.TargetSize * _demandIndex[s] * markets * _costDemand[s] * _channelDemand[s] * Math.Exp(firm.Shock - rate.ShockMeanCorrection);
            _hireRequests[i] = 0;
            if (closed) continue;
            wantedBySector[s] += wanted;
            workersBySector[s] += firm.Workers;

            double output = Math.Min(firm.Workers, wanted) * firm.RelativeProductivity * rate.Productivity * _productivityIndex[s];
            outputBySector[s] += output;
            double exported = markets > 0 ? output * exportShare * _sectorExportDemand[s] / markets : 0;
            exportValue += exported;
            _exportValueBySector[s] += exported;
            double teu = exported * rate.InverseValuePerTeu;
            exportTeu += teu;
            exportTonnes += teu * rate.TonnesPerTeu;

            double desired = Math.Min(wanted, int.MaxValue / 2);
            if (desired > firm.Workers)
            {
                int request = RoundAtRandom((desired - firm.Workers) * rate.HiringSpeed, _roundings[i]);
                _hireRequests[i] = request;
                hireRequests += request;
            }
            else if (firm.Workers > desired)
            {
                int fired = Math.Min(firm.Workers, RoundAtRandom((firm.Workers - desired) * rate.FiringSpeed, _roundings[i]));
                firm.Workers -= fired;
                layoffs += fired;
            }
        }
        _jobs -= layoffs;
        UpdatePressure(wantedBySector, workersBySector);

        double total = 0;
        for (int s = 0; s < 4; s++)
        {
            kpis[TownKpis.OutputBySector + s] = outputBySector[s];
            total += outputBySector[s];
        }
        kpis[TownKpis.Output] = total;
        kpis[TownKpis.ExportValue] = exportValue;
        kpis[TownKpis.ExportTeu] = exportTeu;
        kpis[TownKpis.ExportTonnes] = exportTonnes;
        return new LabourPlan(hireRequests, layoffs);
    }

    /// <summary>⌊x⌋, plus 1 with probability x − ⌊x⌋ (<paramref name="uniform"/> in [0, 1)).</summary>
    private static int RoundAtRandom(double x, double uniform)
    {
        double floor = Math.Floor(x);
        return (int)floor + (uniform < x - floor ? 1 : 0);
    }

    /// <summary>Moves each sector's demand pressure a step towards today's wanted ÷ employed workers.</summary>
    private void UpdatePressure(ReadOnlySpan<double> wanted, ReadOnlySpan<double> workers)
    {
        for (int s = 0; s < 4; s++)
            if (workers[s] > 0) _pressure[s] += _rates[s].AdjustmentPerDay * (wanted[s] / workers[s] - _pressure[s]);
    }

    /// <summary>How a sector's margin and demand move its firms' exits and births: factors on the base rates, within [1/4, 4].</summary>
    private double ExitFactor(int s) => Bounded(Math.Pow(_marginRatio[s], -_rates[s].ExitMarginSensitivity));

    private double BirthFactor(int s) =>
        Bounded(Math.Pow(_marginRatio[s], _rates[s].BirthMarginSensitivity) * Math.Pow(_pressure[s], _rates[s].BirthDemandSensitivity));

    private static double Bounded(double factor) => Math.Clamp(factor, 0.25, 4);

    /// <summary>
    /// Fills hire requests from the unemployed of the labour force. When there are too few, every
    /// firm gets the same share of its request (rounded down), so jobs never exceed the labour force.
    /// </summary>
    private int Hire(int labourForce, long requested)
    {
        long available = Math.Max(0, labourForce - _jobs);
        if (requested == 0 || available == 0) return 0;
        double share = requested <= available ? 1.0 : available / (double)requested;
        int hired = 0;
        for (int i = 0; i < _count; i++)
        {
            if (_hireRequests[i] == 0) continue;
            int take = share == 1.0 ? _hireRequests[i] : (int)(_hireRequests[i] * share);
            _firms[i].Workers += take;
            hired += take;
        }
        _jobs += hired;
        return hired;
    }

    /// <summary>Each firm exits with its sector's daily probability (times its margin factor); its workers return to the labour pool.</summary>
    private int Exit()
    {
        int exits = 0;
        // Backwards, so moving the last firm into a freed slot never skips one.
        for (int i = _count - 1; i >= 0; i--)
        {
            int s = (int)_firms[i].Sector;
            if (_churn.NextDouble() >= _rates[s].ExitProbability * ExitFactor(s)) continue;
            _jobs -= _firms[i].Workers;
            _firms[i] = _firms[--_count];
            exits++;
        }
        return exits;
    }

    /// <summary>New firms per sector arrive as a Poisson count in proportion to the sector's firms (times its margin and demand factor).</summary>
    private int Enter(int labourForce)
    {
        Span<int> firmsBySector = stackalloc int[4];
        for (int i = 0; i < _count; i++) firmsBySector[(int)_firms[i].Sector]++;
        int births = 0;
        foreach (var sector in Sectors.All)
        {
            double lambda = _rates[(int)sector].BirthsPerFirmDay * firmsBySector[(int)sector] * BirthFactor((int)sector);
            int newcomers = lambda > 0 ? Poisson.Sample(_churn, lambda) : 0;
            for (int k = 0; k < newcomers; k++)
            {
                AddEntrant(_factory, sector, labourForce);
                births++;
            }
        }
        return births;
    }

    /// <summary>A new firm drawn by <paramref name="factory"/>, starting with its sector's new-firm workers or as many as are unemployed.</summary>
    private void AddEntrant(FirmFactory factory, Sector sector, int labourForce)
    {
        var spec = _sectors[sector];
        Add(factory.Entrant(sector, spec, Math.Min(spec.NewFirmWorkers, Math.Max(0, labourForce - _jobs))));
    }
}
