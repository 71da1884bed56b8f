using Twin.Cli.Rendering;
using Twin.Client.Output;

namespace Twin.Cli.Commands;

/// <summary>The institute's part of the `twin run` summary: programmes, top countries, alumni and their effect on trade.</summary>
public static class InstituteSummaryPrinter
{
    public static void Write(InstituteSummary? summary, int replications, TextWriter output)
    {
        if (summary is null) return;
        string mean = replications == 1 ? "" : "means over replications; ";
        output.WriteLine();
        output.WriteLine($"SCO Economic and Trade Institute ({mean}summed over the run; active on the last day):");
        var table = new TextTable("programme", "classes", "applicants", "enrolled", "completed", "dropped out", "active",
            "went home", "stayed", "firms founded", "firms toured");
        foreach (var p in summary.Programmes) table.Add(Row(p));
        table.Rule();
        table.Add(Row(ProgrammeSummary.Total(summary.Programmes)));
        table.Write(output);

        output.WriteLine();
        output.WriteLine($"Top countries by trainees enrolled ({Numbers.Fixed(summary.CountriesWithTrainees, 0)} countries sent trainees; alumni and trade multiplier on the last day):");
        var countries = new TextTable("country", "enrolled", "completed", "alumni at home", "trade multiplier");
        foreach (var c in summary.TopCountries)
            countries.Add(c.Country, Numbers.Whole(c.Enrolled), Numbers.Whole(c.Completed), Numbers.Whole(c.Alumni), Numbers.Fixed(c.TradeMultiplier, 4));
        countries.Write(output);

        output.WriteLine();
        output.WriteLine($"Alumni: {Numbers.Whole(summary.AlumniAbroadOnDay0)} at home on day 0, {Numbers.Whole(summary.AlumniAbroad)} on the last day; " +
                         $"{Numbers.Whole(summary.AlumniInZone)} stayed in the towns. The alumni effect raises the towns' export demand by " +
                         $"{Numbers.Percent(summary.ExportDemandFactor - 1)} on the last day.");
    }

    private static string[] Row(ProgrammeSummary p) =>
    [
        p.Programme, Numbers.Whole(p.Classes), Numbers.Whole(p.Applicants), Numbers.Whole(p.Enrolled), Numbers.Whole(p.Completed),
        Numbers.Whole(p.DroppedOut), Numbers.Whole(p.Active), Numbers.Whole(p.ReturnedHome), Numbers.Whole(p.Stayed),
        Numbers.Whole(p.FirmsFounded), Numbers.Whole(p.FirmsToured),
    ];
}
