using System.CommandLine;
using System.CommandLine.Parsing;
using Twin.Model.Scenarios;

namespace Twin.Cli;

/// <summary>
/// Unknown options, each with the nearest option the command has ("--dayz: unknown option (did you
/// mean '--days'?)"). System.CommandLine takes an unknown `--dayz` for the FILE argument and then
/// complains of the tokens after it; naming the option itself is what helps.
/// </summary>
public static class OptionHints
{
    public static IReadOnlyList<string> UnknownOptions(ParseResult parse)
    {
        var known = Names(parse.CommandResult.Command);
        return parse.Tokens
            .Where(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2)
            .Select(t => t.Value.Split('=')[0])
            .Where(name => !known.Contains(name))
            .Distinct()
            .Select(name => KnownIds.Closest(name, known) is { } near
                ? $"{name}: unknown option (did you mean '{near}'?)"
                : $"{name}: unknown option")
            .ToArray();
    }

    /// <summary>The options the command takes: its own and the recursive ones of the commands above it.</summary>
    private static HashSet<string> Names(Command command)
    {
        var names = new HashSet<string>(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)), StringComparer.Ordinal);
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            names.UnionWith(parent.Options.Where(o => o.Recursive).SelectMany(o => o.Aliases.Prepend(o.Name)));
        names.RemoveWhere(n => !n.StartsWith("--", StringComparison.Ordinal));
        return names;
    }
}
