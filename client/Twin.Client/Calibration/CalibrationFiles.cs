namespace Twin.Client.Calibration;

/// <summary>The fit beside the actuals, every observed series on one chart.</summary>
public static class CalibrationFiles
{
    /// <summary>Per series, the observations as points and the fitted twin's mean with a ±2 sd band across replications.</summary>
    public static string WriteFitPng(CalibrationResult result, string file, int width = 1100, int height = 600)
    {
        var series = result.Fit.GroupBy(p => (p.Entity, p.Kpi)).ToArray();
        var plot = new ScottPlot.Plot();
        for (int i = 0; i < series.Length; i++)
        {
            string name = $"{series[i].Key.Kpi} of {series[i].Key.Entity}";
            var points = series[i].OrderBy(p => p.Day).ToArray();
            var xs = points.Select(p => (double)p.Day).ToArray();
            var finite = points.Where(p => double.IsFinite(p.Simulated)).ToArray();
            if (finite.Length > 0)
            {
                var fx = finite.Select(p => (double)p.Day).ToArray();
                var band = plot.Add.FillY(fx, finite.Select(p => p.Simulated - 2 * Sd(p)).ToArray(), finite.Select(p => p.Simulated + 2 * Sd(p)).ToArray());
                band.FillColor = ScottPlot.Palette.Default.GetColor(2 * i).WithAlpha(0.25);
                band.LineWidth = 0;
                var line = plot.Add.ScatterLine(fx, finite.Select(p => p.Simulated).ToArray());
                line.Color = ScottPlot.Palette.Default.GetColor(2 * i);
                line.LineWidth = 2;
                line.LegendText = $"{name}: fitted twin (mean, ±2 sd)";
            }
            var dots = plot.Add.ScatterPoints(xs, points.Select(p => p.Observed).ToArray());
            dots.Color = ScottPlot.Palette.Default.GetColor(2 * i + 1);
            dots.LegendText = $"{name}: observed";
        }
        plot.Title($"Calibration: fitted against observed ({result.Observations} observations)");
        plot.XLabel("day");
        plot.ShowLegend();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        plot.SavePng(file, width, height);
        return file;
    }

    private static double Sd(FittedPoint p) => double.IsFinite(p.SimulatedSd) ? p.SimulatedSd : 0;
}
