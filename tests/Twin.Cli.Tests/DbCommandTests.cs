using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>`twin db init` on a SQLite file (PostgreSQL set-up is covered in Twin.Storage.Tests).</summary>
public sealed class DbCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("twin-cli-db-");

    [Fact]
    public async Task Db_init_sets_up_a_sqlite_file_and_a_second_run_changes_nothing()
    {
        var file = _folder.PathOf("state", "twin.db");
        string[] args = ["db", "init", "--provider", "sqlite", "--connection", $"Data Source={file}"];

        var (first, firstOutput, _) = await CliRunner.RunAsync(args);
        var (second, secondOutput, _) = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.Success, first);
        Assert.Contains("now at schema version 2", firstOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
        Assert.Equal(ExitCodes.Success, second);
        Assert.Contains("its tables were up to date", secondOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrote", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_check_names_the_run_whose_stored_results_are_damaged_and_repair_drops_them()
    {
        var (study, _, studyError) = await CliRunner.RunInAsync(_folder.Path, "study", CliRunner.Scenario("baseline.json"), "--replications", "2", "--days", "10");
        Assert.True(study == ExitCodes.Success, studyError);
        string damaged;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_folder.PathOf("twin.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "update twin_run_results set payload = substr(payload, 1, 40) where run_id = (select min(run_id) from twin_run_results) returning run_id";
            damaged = (string)(await command.ExecuteScalarAsync())!;
        }

        var (check, report, _) = await CliRunner.RunInAsync(_folder.Path, "db", "check");
        var (repair, _, _) = await CliRunner.RunInAsync(_folder.Path, "db", "check", "--repair");
        var (again, clean, _) = await CliRunner.RunInAsync(_folder.Path, "db", "check");

        Assert.Equal(ExitCodes.Failure, check);
        Assert.Contains($"The stored results of run {damaged} cannot be read (", report, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, repair);
        Assert.Equal(ExitCodes.Success, again);
        Assert.Contains("1 stored run result(s)", clean, StringComparison.Ordinal);
        Assert.Contains("Everything stored can be read.", clean, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_init_with_data_sets_up_the_file_the_embedded_silo_uses_there()
    {
        var (code, output, _) = await CliRunner.RunInAsync(_folder.Path, "db", "init");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("now at schema version 2", output, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.PathOf("twin.db")));
    }

    [Fact]
    public async Task Db_init_for_postgres_without_a_connection_string_names_the_option()
    {
        var (code, _, error) = await CliRunner.RunAsync(["db", "init", "--provider", "postgres"]);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--connection", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_init_that_cannot_reach_its_database_says_which_database()
    {
        var (code, _, error) = await CliRunner.RunAsync(["db", "init", "--provider", "postgres", "--connection", "Host=127.0.0.1;Port=1;Database=zone;Username=twin"]);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("postgres database 'zone' on 127.0.0.1:1", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
