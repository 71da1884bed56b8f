using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>One programme's KPIs for a run.</summary>
public sealed record ProgrammeSummary(string Programme, string Type, double Classes, double Applicants, double Enrolled, double Completed,
    double DroppedOut, double Active, double ReturnedHome, double Stayed, double FirmsFounded, double FirmsToured)
{
    public static ProgrammeSummary Of(ProgrammeSpec programme, RunKpis kpis)
    {
        double Kpi(string kpi) => kpis.Mean(programme.Id, kpi);
        return new ProgrammeSummary(programme.Id, ProgrammeTypes.Key(programme.Type), Kpi("classes_started"), Kpi("applicants"),
            Kpi("enrolled"), Kpi("completed"), Kpi("dropped_out"), Kpi("active"),
            Kpi("returned_home"), Kpi("stayed"), Kpi("firms_founded"), Kpi("firms_toured"));
    }

    /// <summary>The institute: each column summed over the programmes.</summary>
    public static ProgrammeSummary Total(IReadOnlyList<ProgrammeSummary> programmes) => new("total", "",
        programmes.Sum(p => p.Classes), programmes.Sum(p => p.Applicants), programmes.Sum(p => p.Enrolled), programmes.Sum(p => p.Completed),
        programmes.Sum(p => p.DroppedOut), programmes.Sum(p => p.Active), programmes.Sum(p => p.ReturnedHome), programmes.Sum(p => p.Stayed),
        programmes.Sum(p => p.FirmsFounded), programmes.Sum(p => p.FirmsToured));
}
