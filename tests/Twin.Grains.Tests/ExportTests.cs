using System.Globalization;
using Parquet;
using Twin.Client.Export;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Grains.Tests.Support;
using Twin.Testing;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ExportTests(ClusterFixture cluster)
{
    /// <summary>A completed study of six baseline days.</summary>
    private async Task<(TwinClient Client, Twin.Contracts.Studies.StudyStatus Status)> CompletedStudyAsync(long seed, int replications)
    {
        var client = new TwinClient(cluster.Grains);
        var scenario = ScenarioDocument.From(TestScenarios.Baseline(days: 6));
        return (client, await StudyRuns.RunToEndAsync(client, StudyPlans.Replications(scenario, new StudyPlans.Settings(6, seed, replications))));
    }

    [Fact]
    public async Task The_export_states_its_size_before_writing_and_a_declined_export_writes_nothing()
    {
        var (client, status) = await CompletedStudyAsync(seed: 43, replications: 3);
        using var temp = new TempFolder("twin-export-size-");

        ExportEstimate? told = null;
        var declined = await client.ExportAsync(status.StudyId, [ExportFormat.Csv], temp.PathOf("declined"), proceed: e => { told = e; return false; });
        Assert.Empty(declined.Files);
        Assert.False(Directory.Exists(temp.PathOf("declined")));

        var dir = temp.PathOf("written");
        var written = await client.ExportAsync(status.StudyId, [ExportFormat.Csv], dir, proceed: _ => Directory.Exists(dir) ? throw new InvalidOperationException("written before told") : true);
        // Every run of this study has the same entities and days: the estimate is exact, header aside.
        Assert.Equal(written.Rows, told!.Rows);
        long size = new FileInfo(Path.Combine(dir, "results.csv")).Length;
        Assert.InRange(told.CsvBytes!.Value, size - 3 * (CsvLongWriter.Header.Length + 1), size);
    }

    [Fact]
    public async Task The_parquet_file_reads_back_with_the_right_schema_and_the_same_numbers_as_the_csv()
    {
        var (client, status) = await CompletedStudyAsync(seed: 42, replications: 2);
        using var temp = new TempFolder("twin-export-");
        var dir = temp.PathOf("export");
        var result = await client.ExportAsync(status.StudyId, [ExportFormat.Csv, ExportFormat.Parquet], dir);

        var csv = File.ReadAllLines(Path.Combine(dir, "results.csv"));
        Assert.Equal(CsvLongWriter.Header, csv[0]);
        Assert.Equal(result.Rows, csv.Length - 1);

        await using var reader = await ParquetReader.CreateAsync(Path.Combine(dir, "results.parquet"));
        var fields = reader.Schema.DataFields;
        Assert.Equal(["study", "run", "scenario", "replication", "seed", "day", "entity", "kpi", "value"], fields.Select(f => f.Name));
        // Text columns come back as Parquet strings (Parquet.Net reads them as character memory), numbers with their own widths.
        var text = new[] { typeof(string), typeof(ReadOnlyMemory<char>) };
        Assert.All(new[] { 0, 1, 2, 6, 7 }, i => Assert.Contains(fields[i].ClrType, text));
        Assert.Equal([typeof(int), typeof(long), typeof(int), typeof(double)], new[] { 3, 4, 5, 8 }.Select(i => fields[i].ClrType));

        var values = new List<double>();
        var days = new List<int>();
        var entities = new List<string>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowCount;
            var v = new double[n];
            var d = new int[n];
            var e = new string?[n];
            await group.ReadAsync<double>(fields[8], v);
            await group.ReadAsync<int>(fields[5], d);
            await group.ReadAsync(fields[6], e.AsMemory());
            values.AddRange(v);
            days.AddRange(d);
            entities.AddRange(e.Select(x => x!));
        }
        Assert.Equal(csv.Length - 1, values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            var cells = csv[i + 1].Split(',');
            Assert.Equal(double.Parse(cells[8], CultureInfo.InvariantCulture), values[i]);
            Assert.Equal(int.Parse(cells[5], CultureInfo.InvariantCulture), days[i]);
            Assert.Equal(cells[6], entities[i]);
        }
        // The manifest says what each exported KPI means and how a study reduces it.
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var loadFactor = manifest.RootElement.GetProperty("kpis").EnumerateArray()
            .Single(k => k.GetProperty("kind").GetString() == "route" && k.GetProperty("name").GetString() == "load_factor");
        Assert.Equal("weightedMean", loadFactor.GetProperty("aggregation").GetString());
    }
}

[Collection(ClusterCollection.Name)]
public sealed class PlotTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_plot_is_a_png_of_the_requested_size()
    {
        var client = new TwinClient(cluster.Grains);
        var baseline = ScenarioDocument.From(TestScenarios.Baseline(days: 20));
        var whatIf = ScenarioDocument.From(TestScenarios.With(Twin.Model.Scenarios.BuiltInScenarios.Baseline(), 20,
            new Twin.Model.Scenarios.InterventionSpec { Day = 5, Scale = "sectors/manufacturing/exportPropensity", By = 1.3 }));
        var status = await StudyRuns.RunToEndAsync(client, StudyPlans.Comparison(baseline, [whatIf], new StudyPlans.Settings(20, 4, 3)));
        using var temp = new TempFolder("twin-plot-");
        var file = temp.PathOf("plot.png");
        await client.PlotAsync(status.StudyId, "export_value_cny", null, file, 800, 500);

        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        // The PNG header's width and height, big-endian at bytes 16..23.
        Assert.Equal(800, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(500, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        await Assert.ThrowsAsync<ArgumentException>(() => client.PlotAsync(status.StudyId, "no_such_kpi", null, file));
    }
}
