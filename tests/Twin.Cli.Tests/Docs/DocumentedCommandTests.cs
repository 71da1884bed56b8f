using System.Text.RegularExpressions;
using Twin.Testing;

namespace Twin.Cli.Tests.Docs;

/// <summary>
/// Every `twin` command written in README.md and docs/ (in code blocks, and in inline code with an
/// option that is not a synopsis) parses with today's commands and options: a renamed option
/// or command fails here before a reader meets it. Placeholders for numbers (N, D, F, S, R) read as 3.
/// </summary>
public sealed partial class DocumentedCommandTests
{
    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        var files = new[] { Repository.Path("README.md") }.Concat(Directory.GetFiles(Repository.Path("docs"), "*.md"));
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(Repository.Path(), file);
            // Inline code with no option is the command's name in a sentence ("`twin run` prints..."), not a command line.
            var inline = Inline().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Where(c => c.Contains("--", StringComparison.Ordinal));
            foreach (var command in InBlocks(File.ReadAllLines(file)).Concat(inline).Distinct())
                if (!IsSynopsis(command)) data.Add(name, command);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_documented_command_parses(string file, string command)
    {
        var args = Words(command).Skip(1).Select(w => w is "N" or "D" or "F" or "S" or "R" ? "3" : w).ToArray();
        var parse = TwinCommandLine.Build().Parse(args);
        var problems = parse.Errors.Select(e => e.Message).Concat(OptionHints.UnknownOptions(parse)).ToList();
        Assert.True(problems.Count == 0, $"{file}: `{command}`: {string.Join("; ", problems)}");
    }

    [Fact]
    public void The_docs_show_many_commands()
    {
        // Guards the extraction itself: a change of markup that hid every command would pass the theory vacuously.
        Assert.True(Commands().Count() >= 30, $"only {Commands().Count()} documented commands found");
    }

    /// <summary>Lines of fenced code blocks that run `twin`, without a trailing comment.</summary>
    private static IEnumerable<string> InBlocks(string[] lines)
    {
        bool inBlock = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inBlock = !inBlock;
            else if (inBlock && line.TrimStart().StartsWith("twin ", StringComparison.Ordinal))
                yield return Comment().Replace(line.Trim(), "").Trim();
        }
    }

    /// <summary>A usage line, not a command: optional parts in brackets, alternatives, repetition.</summary>
    private static bool IsSynopsis(string command) => command.Contains('[') || command.Contains("...") || command.Contains('|');

    /// <summary>The command's words as a shell splits them (quotes kept together, not part of the word).</summary>
    private static IEnumerable<string> Words(string command)
    {
        foreach (Match m in Word().Matches(command))
            yield return m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Value;
    }

    [GeneratedRegex("`(twin [^`]+)`")]
    private static partial Regex Inline();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"'([^']*)'|""([^""]*)""|\S+")]
    private static partial Regex Word();
}
