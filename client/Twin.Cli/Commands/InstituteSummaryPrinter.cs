using Twin.Cli.Rendering;
using Twin.Client.Output;
using Twin.Model.Institute;

namespace Twin.Cli.Commands;

/// <summary>The institute's part of the `twin run` summary: programmes, top countries, alumni and their effect on trade.</summary>
public static class InstituteSummaryPrinter
{
    public static void Write(InstituteSummary? summary, TextWriter output)
    {
        if (summary is null) return;
        output.WriteLine();
        output.WriteLine("SCO Economic and Trade Institute:");
        string P(string title, string kpi) => KpiHeader.Of(title, ProgrammeKind.Name, kpi);
        var table = new TextTable("programme", P("classes", "classes_started"), P("applicants", "applicants"), P("enrolled", "enrolled"),
            P("completed", "completed"), P("dropped out", "dropped_out"), P("active", "active"), P("went home", "returned_home"),
            P("stayed", "stayed"), P("firms founded", "firms_founded"), P("firms toured", "firms_toured"));
        foreach (var p in summary.Programmes) table.Add(Row(p));
        table.Rule();
        table.Add(Row(ProgrammeSummary.Total(summary.Programmes)));
        table.Write(output);

        string I(string kpi) => KpiHeader.Word(InstituteKind.Name, kpi);
        string Country(int block) => InstituteKpis.CountryKpi(block, "*");
        output.WriteLine();
        output.WriteLine($"Top countries by trainees enrolled ({Numbers.Fixed(summary.CountriesWithTrainees, 0)} countries sent trainees, {I("countries_with_trainees")}):");
        var countries = new TextTable("country", $"enrolled ({I(Country(InstituteKpis.CountryEnrolled))})", $"completed ({I(Country(InstituteKpis.CountryCompleted))})",
            $"alumni at home ({I(Country(InstituteKpis.CountryAlumni))})", $"trade multiplier ({I(Country(InstituteKpis.CountryTradeMultiplier))})");
        foreach (var c in summary.TopCountries)
            countries.Add(c.Country, Numbers.Whole(c.Enrolled), Numbers.Whole(c.Completed), Numbers.Whole(c.Alumni), Numbers.Fixed(c.TradeMultiplier, 4));
        countries.Write(output);

        output.WriteLine();
        output.WriteLine($"Alumni: {Numbers.Whole(summary.AlumniAbroadOnDay0)} at home on day 0, {Numbers.Whole(summary.AlumniAbroad)} at home ({I("alumni_abroad")}); " +
                         $"{Numbers.Whole(summary.AlumniInZone)} stayed in the towns ({I("alumni_in_zone")}). The alumni effect raises the towns' export demand by " +
                         $"{Numbers.Percent(summary.ExportDemandFactor - 1)} ({I("export_demand_factor")}).");
    }

    private static string[] Row(ProgrammeSummary p) =>
    [
        p.Programme, Numbers.Whole(p.Classes), Numbers.Whole(p.Applicants), Numbers.Whole(p.Enrolled), Numbers.Whole(p.Completed),
        Numbers.Whole(p.DroppedOut), Numbers.Whole(p.Active), Numbers.Whole(p.ReturnedHome), Numbers.Whole(p.Stayed),
        Numbers.Whole(p.FirmsFounded), Numbers.Whole(p.FirmsToured),
    ];
}
