using MathNet.Numerics.Distributions;

namespace Twin.Model.Institute;

public sealed partial class ProgrammeModel
{
    private readonly record struct ClassDay(int Started, int Held, int NoShows);

    /// <summary>Each country's applications of the day: Poisson with its share of the programme's rate.</summary>
    private int ReceiveApplications(bool open)
    {
        int received = 0;
        for (int c = 0; c < _pending.Length; c++)
        {
            // One uniform per country every day, open or not, so opening, closing or scaling a
            // programme leaves the draws of its other days where they were.
            double u = _arrivals.NextDouble();
            if (!open) continue;
            int n = PoissonQuantile.Of(_dailyApplications[c], u);
            _pending[c] += n;
            received += n;
        }
        return received;
    }

    /// <summary>
    /// Starts the classes that are due. A due class waits (is held) while fewer than minClassSize
    /// applications are pending; held slots do not pile up.
    /// </summary>
    private ClassDay StartDueClasses(int day)
    {
        _credit += _spec.ClassesPerYear / 365.0;
        int started = 0, held = 0, noShows = 0;
        while (_credit >= 1)
        {
            if (PendingTotal() < _spec.MinClassSize)
            {
                _credit = 1;
                held = 1;
                break;
            }
            noShows += StartClass(day);
            _credit -= 1;
            started++;
        }
        return new ClassDay(started, held, noShows);
    }

    /// <summary>
    /// Decides every pending application: up to seatsPerClass of them, drawn at random, are enrolled,
    /// the rest rejected. Of the enrolled, each turns up with probability attendance.
    /// </summary>
    private int StartClass(int day)
    {
        int seats = _spec.SeatsPerClass;
        Span<int> admitted = stackalloc int[_pending.Length];
        WeightedSplit.Select(_selection, _pending, seats, admitted);
        var active = new int[_pending.Length];
        int noShows = 0;
        for (int c = 0; c < _pending.Length; c++)
        {
            ref var flow = ref _today[c];
            flow.Applicants += _pending[c];
            flow.Enrolled += admitted[c];
            _pending[c] = 0;
            int absent = admitted[c] > 0 && _spec.Attendance < 1 ? Binomial.Sample(_attrition, 1 - _spec.Attendance, admitted[c]) : 0;
            flow.DroppedOut += absent;
            noShows += absent;
            active[c] = admitted[c] - absent;
        }
        _classes++;
        _cohorts.Add(new Cohort(_classes, day, day + _spec.DurationDays - 1, seats, active));
        return noShows;
    }

    /// <summary>Each running class loses its dropouts of the day; on its last day the rest complete.</summary>
    private void Advance(int day)
    {
        foreach (var cohort in _cohorts)
        {
            var active = cohort.Active;
            for (int c = 0; c < active.Length; c++)
            {
                if (active[c] == 0) continue;
                int left = _dailyDropout > 0 ? Binomial.Sample(_attrition, _dailyDropout, active[c]) : 0;
                active[c] -= left;
                _today[c].DroppedOut += left;
                if (day < cohort.LastDay) continue;
                _today[c].Completed += active[c];
                active[c] = 0;
            }
        }
        _cohorts.RemoveAll(c => c.LastDay <= day);
    }
}
