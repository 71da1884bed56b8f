using Twin.Cli.Commands;
using Twin.Client.Export;

namespace Twin.Cli.Tests;

/// <summary>`twin export` says how big it will be, and asks for --yes before a CSV file over 1 GB.</summary>
public sealed class ExportSizeTests
{
    [Fact]
    public void A_csv_over_a_gigabyte_needs_yes_and_says_how_to_write_less()
    {
        var error = new StringWriter();
        var refused = Assert.Throws<UsageException>(() => ExportSize.Announce(new ExportEstimate(26_951_600, 3_296_000_000), yes: false, error));
        Assert.Contains("exporting about 26,951,600 rows, results.csv about 3.1 GB", error.ToString());
        Assert.Contains("results.csv would be about 3.1 GB", refused.Message);
        Assert.Contains("--kpi", refused.Message);
        Assert.Contains("--yes", refused.Message);
        Assert.True(ExportSize.Announce(new ExportEstimate(26_951_600, 3_296_000_000), yes: true, new StringWriter()));
    }

    [Fact]
    public void A_small_export_or_one_without_csv_goes_ahead_and_says_its_size()
    {
        var error = new StringWriter();
        Assert.True(ExportSize.Announce(new ExportEstimate(5_000, 512_000), yes: false, error));
        Assert.True(ExportSize.Announce(new ExportEstimate(30_000_000, null), yes: false, error));
        Assert.Contains("exporting about 5,000 rows, results.csv about 500 KB", error.ToString());
        Assert.Contains("exporting about 30,000,000 rows" + Environment.NewLine, error.ToString());
    }
}
