using System.Globalization;
using System.Text.RegularExpressions;
using Twin.Model.Markets.Book;

namespace Twin.Model.Markets.Replay;

/// <summary>Checks the fields of one order-file line against its type's rules; adds a problem for each field that breaks one.</summary>
internal sealed partial class ReplayLineParser(ReplayGrid grid)
{
    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex Name();

    public ReplayLine? Parse(int line, string[] f, List<ReplayProblem> problems)
    {
        int before = problems.Count;
        void Problem(string message) => problems.Add(new ReplayProblem(line, message));

        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long seq) || seq < 1)
            Problem($"seq must be a whole number from 1, got '{f[0]}'");
        if (!TryAction(f[3], out var action))
        {
            Problem($"type must be limit, market, cancel, amend, call or uncross, got '{f[3]}'");
            return null;
        }
        bool order = action is ReplayAction.Limit or ReplayAction.Market;
        bool names = action is ReplayAction.Cancel or ReplayAction.Amend;
        string participant = f[1];
        if (order || names)
        {
            if (!Name().IsMatch(participant)) Problem($"participant must be a name of letters, digits, '_', '.' or '-', got '{participant}'");
        }
        else if (participant.Length > 0) Problem($"participant must be empty for {f[3]}");

        var side = Side.Buy;
        if (order && !TrySide(f[2], out side)) Problem($"side must be buy or sell, got '{f[2]}'");
        if (!order && f[2].Length > 0) Problem($"side must be empty for {f[3]} (the order keeps its side)");

        long? price = null;
        if (action is ReplayAction.Limit or ReplayAction.Amend || (action == ReplayAction.Uncross && f[4].Length > 0))
            price = Price(f[4], Problem);
        else if (f[4].Length > 0) Problem($"price must be empty for {f[3]}");

        long lots = 0;
        if (order || action == ReplayAction.Amend) lots = Quantity(f[5], Problem);
        else if (f[5].Length > 0) Problem($"quantity must be empty for {f[3]}");

        var tif = action == ReplayAction.Market ? TimeInForce.Ioc : TimeInForce.Day;
        if (order && f[6].Length > 0 && !TryTif(f[6], out tif)) Problem($"tif must be day, gtc, ioc or fok, got '{f[6]}'");
        if (!order && f[6].Length > 0) Problem($"tif must be empty for {f[3]}");

        string target = f.Length > 7 ? f[7] : "";
        long targetSeq = 0;
        if (names && !(long.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out targetSeq) && targetSeq >= 1))
            Problem($"target must be the seq of the order to {f[3]}, got '{target}'");
        if (!names && target.Length > 0) Problem($"target must be empty for {f[3]}");

        return problems.Count == before ? new ReplayLine(line, seq, participant, action, side, price, lots, tif, targetSeq) : null;
    }

    private long? Price(string text, Action<string> problem)
    {
        if (!TryNumber(text, out decimal price))
        {
            problem(TooLarge(text, out double huge) ? grid.PriceProblem(text, huge < 0 ? decimal.MinValue : decimal.MaxValue, out _)! : $"price must be a number such as 70.05, got '{text}'");
            return null;
        }
        if (grid.PriceProblem(text, price, out long ticks) is { } why)
        {
            problem(why);
            return null;
        }
        return ticks;
    }

    private long Quantity(string text, Action<string> problem)
    {
        if (!TryNumber(text, out decimal quantity) && TooLarge(text, out double huge) && huge > 0) quantity = decimal.MaxValue;
        if (quantity <= 0)
        {
            problem($"quantity must be a number above 0, got '{text}'");
            return 0;
        }
        if (grid.LotsProblem(text, quantity, out long lots) is { } why)
        {
            problem(why);
            return 0;
        }
        return lots;
    }

    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static bool TryNumber(string text, out decimal value) => decimal.TryParse(text, Number, CultureInfo.InvariantCulture, out value);

    /// <summary>A number too large for a decimal (40 digits): reported as beyond the limit it breaks, not as "not a number".</summary>
    private static bool TooLarge(string text, out double value) =>
        double.TryParse(text, Number, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && Math.Abs(value) > 1e28;

    private static bool TryAction(string text, out ReplayAction action) => Enum.TryParse(text, ignoreCase: true, out action) && !int.TryParse(text, out _);

    private static bool TrySide(string text, out Side side) => Enum.TryParse(text, ignoreCase: true, out side) && !int.TryParse(text, out _);

    private static bool TryTif(string text, out TimeInForce tif) => Enum.TryParse(text, ignoreCase: true, out tif) && !int.TryParse(text, out _);
}
