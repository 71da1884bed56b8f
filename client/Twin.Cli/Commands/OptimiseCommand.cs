using System.CommandLine;
using System.Text.Json;
using Twin.Cli.Rendering;
using Twin.Client.Optimisation;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>`twin optimise FILE.json` (or `optimize`): the best lever values under constraints, found by a search of studies.</summary>
public static class OptimiseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The optimisation file (JSON; see docs/statistics.md and scenarios/optimise-rail-backlog.json)." };
        var csv = new Option<string?>("--csv") { Description = "Write every evaluated candidate to this CSV file." };
        var plot = new Option<string?>("--plot") { Description = "Write the convergence plot to this PNG file." };
        var json = CommonOptions.Json();
        var command = new Command("optimise", "Search levers for the best objective whose constraints hold with stated confidence; candidates run as studies with common random numbers, and the finalists are ranked with Bonferroni intervals.")
        {
            file, csv, plot, json, StudyRunner.Cluster,
        };
        command.Aliases.Add("optimize");
        command.SetAction(async (parse, cancellation) =>
        {
            var png = parse.GetValue(plot);
            if (png is not null && !png.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) throw new UsageException($"--plot must name a .png file, got '{png}'.");
            var plan = OptimisationPlan.Load(parse.GetValue(file)!);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            await using var connection = await TwinConnections.OpenAsync(parse.GetValue(StudyRunner.Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
            var progress = new SynchronousProgress<OptimisationCandidate>(c => error.WriteLine(
                $"  candidate {c.Index}: {Levers(c)} → {Numbers.Significant(c.Objective.Mean)}{(c.Feasible ? "" : " (a constraint not met)")}"));
            var result = await connection.Client.OptimiseAsync(plan, progress, cancellation);
            if (parse.GetValue(csv) is { } csvFile)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(csvFile))!);
                using var writer = new StreamWriter(csvFile);
                OptimisationFiles.WriteCsv(result, writer);
            }
            if (png is not null) OptimisationFiles.WriteConvergencePng(result, png);
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(result, StudyTables.Json));
            else Print(result, output);
            return result.Best is null ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static string Levers(OptimisationCandidate c) => string.Join(", ", c.Levers.Select(l => $"{l.Key}={Numbers.Significant(l.Value)}"));

    private static void Print(OptimisationResult result, TextWriter output)
    {
        output.WriteLine($"Objective: {result.Objective}");
        output.WriteLine($"Evaluated {result.Evaluations} candidates × {result.Replications} replications ({result.Runs} runs, {result.RunsFromCache} from the result cache) in {result.Seconds:F0} s; the search {(result.Converged ? "converged" : "stopped at its budget")}.");
        if (result.Best is not { } best)
        {
            output.WriteLine("No candidate met every constraint with its stated confidence.");
            return;
        }
        output.WriteLine($"Best: candidate {best.Index}: {Levers(best)}");
        output.WriteLine($"  objective {Numbers.Significant(best.Objective.Mean)}, 95% CI {Numbers.Interval(best.Objective.Lower, best.Objective.Upper)}");
        foreach (var c in best.Constraints)
        {
            var s = c.Constraint;
            string limit = string.Join(" and ", new[] { s.Min is { } lo ? $">= {Numbers.Significant(lo)}" : null, s.Max is { } hi ? $"<= {Numbers.Significant(hi)}" : null }.Where(x => x is not null));
            output.WriteLine($"  {s.Entity} {s.Kpi}{(s.InDaysOf is null ? "" : $" in days of {s.InDaysOf}")}: mean {Numbers.Significant(c.Summary.Mean)}, one-sided {s.Confidence:0.##%} bound {Numbers.Significant(c.Bound)} {limit}: {(c.Holds ? "holds" : "not met")}");
        }
        if (result.Selection is { } selection)
        {
            output.WriteLine(selection.Rivals.Count == 0
                ? "Only one candidate met every constraint."
                : selection.Separated
                    ? $"It is better than each of the other {selection.Rivals.Count} finalists, with joint confidence {selection.JointConfidence:0.##%} (Bonferroni, paired by replication)."
                    : $"Not separated, at joint confidence {selection.JointConfidence:0.##%}, from candidate(s) {string.Join(", ", selection.Rivals.Where(r => !r.WinnerBetter).Select(r => r.Candidate))}: more replications would tell them apart.");
        }
    }
}

/// <summary>Reports at once on the caller's thread, so progress lines come before the result.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
