using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>
/// A new town's economy: its firms as an array of structs, its population and labour force.
/// Each day every firm draws a demand shock, produces, exports a share, and hires or lets workers
/// go within the town's labour force; firms are born and exit. The equations are in docs/model.md.
/// </summary>
public sealed partial class TownModel : IEntityModel
{
    private readonly string _id;
    private readonly SectorRates[] _rates = new SectorRates[4];
    private readonly double[] _productivityIndex = [1, 1, 1, 1];
    private readonly double[] _demandIndex = [1, 1, 1, 1];
    private readonly StreamRandom _demand;
    private readonly StreamRandom _churn;
    private readonly StreamRandom _labour;
    private readonly FirmFactory _factory;
    private TownSpec _town = null!;
    private SectorTable<SectorSpec> _sectors = null!;
    private double _dailyPopulationGrowth;
    private Firm[] _firms;
    private int _count;
    private int _jobs;
    private double _population;

    public TownModel(EntitySetup setup)
    {
        _id = setup.Entity.Id;
        _directory = setup.Directory;
        _demand = setup.Stream("demand");
        _churn = setup.Stream("churn");
        _labour = setup.Stream("labour");
        _factory = new FirmFactory(setup.Stream("entry"));
        SetUpInstitute(setup);
        Rebind(setup.Scenario);
        _population = _town.Population;
        _firms = new Firm[Math.Max(16, _town.Firms.Total * 5 / 4)];
        foreach (var sector in Sectors.All)
            for (int i = 0; i < _town.Firms[sector]; i++)
                Add(_factory.Incumbent(sector, _sectors[sector]));
    }

    public IReadOnlyList<string> KpiNames => TownKpis.Names;

    /// <summary>The live firms (for tests and summaries; valid until the next step).</summary>
    public ReadOnlySpan<Firm> Firms => _firms.AsSpan(0, _count);

    public int Jobs => _jobs;

    public double Population => _population;

    public int LabourForce => (int)(_population * _town.LabourForceShare);

    /// <summary>A firm's output value per worker-day today, CNY.</summary>
    public double ProductivityOf(in Firm firm) =>
        firm.RelativeProductivity * _rates[(int)firm.Sector].Productivity * _productivityIndex[(int)firm.Sector];

    public void Rebind(Scenario scenario)
    {
        _town = scenario.Towns.First(t => t.Id == _id);
        _sectors = scenario.Sectors;
        var markets = scenario.Markets.Select(m => m.Id).ToArray();
        foreach (var sector in Sectors.All)
            _rates[(int)sector] = SectorRates.From(_sectors[sector], _town.ProductivityFactor, markets);
        _dailyPopulationGrowth = SectorRates.Daily(_town.PopulationGrowthPerYear);
        BindExports(scenario);
        BindInputs(scenario);
        BindChannels();
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        ReceiveFromInstitute(inbox);
        ReceiveServiceFactors(inbox);
        ReceivePrices(inbox);
        ReceiveChannelDemand(inbox);
        Grow();
        int labourForce = LabourForce;
        var labour = ProduceAndPlan(context.Closed, kpis);
        SendExportOrders(outbox, kpis);
        RecordInputs(kpis.Slice(TownKpis.OutputBySector, 4), outbox, kpis);
        int hires = context.Closed ? 0 : Hire(labourForce, labour.HireRequests);
        int exits = Exit();
        int births = context.Closed ? 0 : Enter(labourForce);

        kpis[TownKpis.Population] = Math.Round(_population);
        ReportResidents(outbox);
        kpis[TownKpis.LabourForce] = labourForce;
        kpis[TownKpis.Jobs] = _jobs;
        kpis[TownKpis.UnemploymentRate] = labourForce > 0 ? Math.Max(0, labourForce - _jobs) / (double)labourForce : 0;
        kpis[TownKpis.Firms] = _count;
        kpis[TownKpis.FirmBirths] = births;
        kpis[TownKpis.FirmExits] = exits;
        kpis[TownKpis.Hires] = hires;
        kpis[TownKpis.Layoffs] = labour.Layoffs;
        kpis[TownKpis.Closed] = context.Closed ? 1 : 0;
        var bySector = kpis.Slice(TownKpis.FirmsBySector, 4);
        for (int i = 0; i < _count; i++) bySector[(int)_firms[i].Sector]++;
    }

    private void Grow()
    {
        _population *= _dailyPopulationGrowth;
        for (int s = 0; s < 4; s++)
        {
            _productivityIndex[s] *= _rates[s].DailyProductivityGrowth;
            _demandIndex[s] *= _rates[s].DailyDemandGrowth;
        }
    }

    private void Add(in Firm firm)
    {
        if (_count == _firms.Length) Array.Resize(ref _firms, _firms.Length * 2);
        _firms[_count++] = firm;
        _jobs += firm.Workers;
    }
}
