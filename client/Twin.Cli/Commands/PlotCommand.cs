using System.CommandLine;
using Twin.Client.Connection;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>`twin plot STUDY --kpi NAME --out FILE.png`: a KPI over time per scenario with its confidence band.</summary>
public static class PlotCommand
{
    public static Command Create()
    {
        var study = new Argument<string>("STUDY") { Description = "The study id." };
        var kpi = new Option<string>("--kpi") { Description = "The KPI to plot, such as export_value_cny.", Required = true };
        var entity = new Option<string?>("--entity") { Description = "One entity (default: the total over every entity that records the KPI)." };
        var outFile = new Option<string>("--out", "-o") { Description = "The PNG file to write.", Required = true };
        var command = new Command("plot", "Plot a KPI over time for each scenario of a study: mean and 95% confidence band across replications.")
        {
            study, kpi, entity, outFile, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var file = parse.GetValue(outFile)!;
            if (!file.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) throw new UsageException($"--out must name a .png file, got '{file}'.");
            await using var connection = await TwinConnections.OpenAsync(parse.GetValue(StudyRunner.Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
            try
            {
                await connection.Client.PlotAsync(parse.GetValue(study)!, parse.GetValue(kpi)!, parse.GetValue(entity), file);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message); // an unknown KPI or entity, or a sum that means nothing: bad input
            }
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {file}");
            return ExitCodes.Success;
        });
        return command;
    }
}
