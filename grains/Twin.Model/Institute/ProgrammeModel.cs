using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Institute;

/// <summary>
/// One programme of the institute, its trainees as cohorts of data inside it. Each day applications
/// arrive from each country (Poisson); at each due class the pending applicants are decided against
/// its seats; trainees turn up or not, drop out or complete; those who complete go home (alumni
/// abroad), stay to work in a town, or found a firm there; a go-global tour's firms export more.
/// The day's flows go to the institute entity by country. docs/model.md, "SCO Economic and Trade
/// Institute", has the equations.
/// </summary>
public sealed partial class ProgrammeModel : IEntityModel
{
    private readonly string _id;
    private readonly EntityDirectory _directory;
    private readonly int _institute;
    private readonly StreamRandom _arrivals;
    private readonly StreamRandom _selection;
    private readonly StreamRandom _attrition;
    private readonly StreamRandom _outcomes;
    private readonly StreamRandom _placement;
    private readonly TraineeFlow[] _today;
    private readonly int[] _pending;
    private readonly List<Cohort> _cohorts = [];
    private readonly double[] _founderSectors = [1, 1, 1, 1];
    private ProgrammeSpec _spec = null!;
    private double[] _dailyApplications = [];
    private double _dailyDropout;
    private TownShares _settlement = TownShares.None;
    private TownShares _tourTowns = TownShares.None;
    private double _credit;
    private int _classes;
    private long _alumni;

    public ProgrammeModel(EntitySetup setup)
    {
        _id = setup.Entity.Id;
        _directory = setup.Directory;
        var scenario = setup.Scenario;
        _institute = scenario.Institute is { } institute && setup.Directory.TryIndexOf(institute.Id, out var index) ? index : -1;
        // One stream per purpose: a what-if that changes how often one purpose draws leaves the others aligned.
        _arrivals = setup.Stream("applications");
        _selection = setup.Stream("selection");
        _attrition = setup.Stream("attrition");
        _outcomes = setup.Stream("outcomes");
        _placement = setup.Stream("placement");
        _today = new TraineeFlow[scenario.Countries.Count];
        _pending = new int[scenario.Countries.Count];
        Rebind(scenario);
        _credit = InitialCredit(_spec, scenario.Start);
    }

    public IReadOnlyList<string> KpiNames => ProgrammeKpis.Names;

    public ProgrammeSpec Spec => _spec;

    /// <summary>The running classes (for tests and summaries; valid until the next step).</summary>
    public IReadOnlyList<Cohort> Cohorts => _cohorts;

    public void Rebind(Scenario scenario)
    {
        _spec = scenario.Programmes.First(p => p.Id == _id);
        var countries = scenario.Countries;
        var weights = new double[_pending.Length];
        double total = 0;
        for (int c = 0; c < weights.Length && c < countries.Count; c++)
            total += weights[c] = countries[c].TraineeWeight * _spec.GroupWeights[countries[c].Group];
        _dailyApplications = weights.Select(w => total > 0 ? _spec.ApplicationsPerYear / 365.0 * w / total : 0).ToArray();
        // The daily hazard that leaves (1 - dropoutShare) of a class after its durationDays.
        _dailyDropout = 1 - Math.Pow(1 - _spec.DropoutShare, 1.0 / _spec.DurationDays);
        _settlement = Settlement(scenario);
        _tourTowns = Exporters(scenario);
        if (scenario.Institute is { } institute)
            foreach (var sector in Sectors.All) _founderSectors[(int)sector] = institute.FounderSectors[sector];
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        Array.Clear(_today);
        bool open = _spec.Enabled && !context.Closed && (_spec.Opens is not { } opens || context.Date >= opens);
        int applications = ReceiveApplications(open);
        var classes = open ? StartDueClasses(context.Day) : default;
        Advance(context.Day);
        var outcomes = Settle(outbox);
        Report(outbox);

        var day = new TraineeFlow();
        foreach (ref readonly var flow in _today.AsSpan()) day.Add(flow);
        kpis[ProgrammeKpis.Open] = open ? 1 : 0;
        kpis[ProgrammeKpis.Applications] = applications;
        kpis[ProgrammeKpis.Pending] = PendingTotal();
        kpis[ProgrammeKpis.Applicants] = day.Applicants;
        kpis[ProgrammeKpis.Rejected] = day.Applicants - day.Enrolled;
        kpis[ProgrammeKpis.Enrolled] = day.Enrolled;
        kpis[ProgrammeKpis.NoShows] = classes.NoShows;
        kpis[ProgrammeKpis.DroppedOut] = day.DroppedOut;
        kpis[ProgrammeKpis.Completed] = day.Completed;
        kpis[ProgrammeKpis.ClassesStarted] = classes.Started;
        kpis[ProgrammeKpis.ClassesHeld] = classes.Held;
        kpis[ProgrammeKpis.ReturnedHome] = day.ReturnedHome;
        kpis[ProgrammeKpis.Stayed] = day.Stayed;
        kpis[ProgrammeKpis.FirmsFounded] = day.FoundedFirms;
        kpis[ProgrammeKpis.FirmsToured] = outcomes.Toured;
        kpis[ProgrammeKpis.Alumni] = _alumni;
        kpis[ProgrammeKpis.Closed] = context.Closed ? 1 : 0;
        int active = 0, seats = 0;
        foreach (var cohort in _cohorts)
        {
            active += cohort.Total();
            seats += cohort.Seats;
        }
        kpis[ProgrammeKpis.Active] = active;
        kpis[ProgrammeKpis.SeatsUsed] = active;
        kpis[ProgrammeKpis.SeatsOffered] = seats;
        kpis[ProgrammeKpis.ClassesRunning] = _cohorts.Count;
    }

    /// <summary>The day's flows by country to the institute, one message per country with any.</summary>
    private void Report(Outbox outbox)
    {
        if (_institute < 0) return;
        for (int c = 0; c < _today.Length; c++)
            if (!_today[c].IsEmpty) TraineeFlowCodec.Send(outbox, _institute, c, _today[c]);
    }

    private int PendingTotal()
    {
        int total = 0;
        foreach (var p in _pending) total += p;
        return total;
    }

    /// <summary>
    /// The class schedule's credit on day 0: ½ on the day the programme opens, growing by
    /// classesPerYear/365 a day; a programme that opened before the run has its classes on the
    /// calendar days a run from its opening would give it.
    /// </summary>
    private static double InitialCredit(ProgrammeSpec spec, DateOnly start)
    {
        if (spec.Opens is not { } opens || opens >= start) return 0.5;
        double credit = 0.5 + spec.ClassesPerYear * (start.DayNumber - opens.DayNumber) / 365.0;
        return credit - Math.Floor(credit);
    }

    private TownShares Settlement(Scenario scenario)
    {
        var present = (scenario.Institute?.Settlement ?? []).Where(s => _directory.TryIndexOf(s.Town, out _)).ToArray();
        return new TownShares(present.Select(s => _directory.IndexOf(s.Town)).ToArray(), present.Select(s => s.Weight).ToArray());
    }

    /// <summary>Towns weighted by their exporting firms on day 0: where a go-global tour's firms come from.</summary>
    private TownShares Exporters(Scenario scenario)
    {
        var exporting = Sectors.All.Where(s => scenario.Sectors[s].ExportPropensity > 0).ToArray();
        var towns = scenario.Towns.Where(t => _directory.TryIndexOf(t.Id, out _)).ToArray();
        return new TownShares(towns.Select(t => _directory.IndexOf(t.Id)).ToArray(),
            towns.Select(t => (double)exporting.Sum(s => t.Firms[s])).ToArray());
    }
}
