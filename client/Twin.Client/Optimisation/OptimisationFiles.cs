using System.Globalization;
using System.Text;

namespace Twin.Client.Optimisation;

/// <summary>An optimisation's candidates as CSV (one row each) and its convergence as a PNG.</summary>
public static class OptimisationFiles
{
    public static void WriteCsv(OptimisationResult result, TextWriter writer)
    {
        var levers = result.Candidates.Count == 0 ? [] : result.Candidates[0].Levers.Keys.ToArray();
        int constraints = result.Candidates.Count == 0 ? 0 : result.Candidates[0].Constraints.Count;
        var header = new List<string> { "candidate", "poll" };
        header.AddRange(levers);
        header.AddRange(["objective_mean", "objective_ci_lower", "objective_ci_upper", "feasible", "score"]);
        for (int c = 0; c < constraints; c++)
        {
            var spec = result.Candidates[0].Constraints[c].Constraint;
            string name = $"{spec.Entity}/{spec.Kpi}{(spec.InDaysOf is null ? "" : "_in_days_of_" + spec.InDaysOf)}";
            header.AddRange([$"{name}_mean", $"{name}_bound", $"{name}_holds"]);
        }
        writer.WriteLine(string.Join(",", header.Select(Quote)));
        foreach (var c in result.Candidates)
        {
            var row = new List<string> { Number(c.Index), Number(c.Poll) };
            row.AddRange(levers.Select(l => Number(c.Levers[l])));
            row.AddRange([Number(c.Objective.Mean), Number(c.Objective.Lower), Number(c.Objective.Upper), c.Feasible ? "true" : "false", Number(c.Score)]);
            foreach (var r in c.Constraints) row.AddRange([Number(r.Summary.Mean), Number(r.Bound), r.Holds ? "true" : "false"]);
            writer.WriteLine(string.Join(",", row));
        }
    }

    /// <summary>Each candidate's objective in the order evaluated (feasible and not), and the best feasible so far.</summary>
    public static string WriteConvergencePng(OptimisationResult result, string file, int width = 1000, int height = 600)
    {
        var plot = new ScottPlot.Plot();
        var feasible = result.Candidates.Where(c => c.Feasible && double.IsFinite(c.Objective.Mean)).ToArray();
        var infeasible = result.Candidates.Where(c => !c.Feasible && double.IsFinite(c.Objective.Mean)).ToArray();
        if (infeasible.Length > 0)
        {
            var dots = plot.Add.ScatterPoints(infeasible.Select(c => (double)c.Index + 1).ToArray(), infeasible.Select(c => c.Objective.Mean).ToArray());
            dots.Color = ScottPlot.Colors.Gray;
            dots.LegendText = "candidate, a constraint not met";
        }
        if (feasible.Length > 0)
        {
            var dots = plot.Add.ScatterPoints(feasible.Select(c => (double)c.Index + 1).ToArray(), feasible.Select(c => c.Objective.Mean).ToArray());
            dots.Color = ScottPlot.Palette.Default.GetColor(0);
            dots.LegendText = "candidate, constraints met";
            bool minimise = result.Objective.StartsWith("minimise", StringComparison.Ordinal);
            var xs = new List<double>();
            var ys = new List<double>();
            double best = double.NaN;
            foreach (var c in result.Candidates)
            {
                if (c.Feasible && double.IsFinite(c.Objective.Mean) && (double.IsNaN(best) || (minimise ? c.Objective.Mean < best : c.Objective.Mean > best)))
                    best = c.Objective.Mean;
                if (double.IsNaN(best)) continue;
                xs.Add(c.Index + 1);
                ys.Add(best);
            }
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.Color = ScottPlot.Palette.Default.GetColor(1);
            line.LineWidth = 2;
            line.LegendText = "best feasible so far";
        }
        plot.Title($"Optimisation: {result.Objective} ({result.Evaluations} candidates, {result.Replications} replications each)");
        plot.XLabel("candidates evaluated");
        plot.YLabel("objective (mean across replications)");
        plot.ShowLegend();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        plot.SavePng(file, width, height);
        return file;
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G10", CultureInfo.InvariantCulture) : "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
