using System.Text.Json;
using Twin.Hosting;
using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>A plot of a count starts its y-axis at zero, even where the confidence band of few replications dips below it.</summary>
public sealed class PlotAxisTests
{
    [Fact]
    public async Task A_count_is_plotted_from_zero_though_its_band_dips_below_it()
    {
        using var data = new TempFolder("twin-cli-plot-");
        var (code, output, error) = await CliRunner.RunInAsync(data.Path, "study", CliRunner.Scenario("baseline.json"), "--replications", "2", "--days", "60", "--json");
        Assert.True(code == 0, error);
        var id = JsonDocument.Parse(output).RootElement.GetProperty("studyId").GetString()!;

        await using var connection = await TwinConnections.OpenAsync(cluster: null, data.Path);
        var plot = await connection.Client.DrawPlotAsync(id, "teu_departed", "rail-moscow");
        plot.RenderInMemory(1200, 700);

        // Two replications give a wide 95% band (t = 12.7): on a day the trains carry different loads it reaches below zero.
        var band = Assert.Single(plot.GetPlottables().OfType<ScottPlot.Plottables.FillY>());
        Assert.True(band.GetAxisLimits().Bottom < 0, $"the band never dips below zero (lowest {band.GetAxisLimits().Bottom}), so this test shows nothing");
        var axis = plot.Axes.GetLimits();
        Assert.Equal(0, axis.Bottom);
        Assert.True(axis.Top > 0);
    }
}
