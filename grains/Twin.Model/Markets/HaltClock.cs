using Twin.Model.Markets.Book;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets;

/// <summary>
/// Where a market's day stands among its messages in arrival order: the closing call takes the last
/// share of them, and a halt lasts for a fixed number of messages after the one that caused it.
/// Counting messages, not clock time, keeps the day's outcome a function of the arrival order alone.
/// </summary>
internal struct HaltClock(ExchangeRulesSpec rules, int messages)
{
    public enum Step : byte { None, Halted, Reopen }

    private readonly int _closingFrom = rules.ClosingCallShare > 0 ? messages - (int)Math.Ceiling(messages * rules.ClosingCallShare) : int.MaxValue;
    private int _seen;
    private int _haltLeft;

    public bool InClosingCall { get; private set; }

    /// <summary>Called before each message: true when this message opens the closing call (a halt then ends in the closing auction).</summary>
    public bool ClosingCallStarts()
    {
        if (_seen++ != _closingFrom) return false;
        (InClosingCall, _haltLeft) = (true, 0);
        return true;
    }

    /// <summary>Called after each message with the book's phase: a new halt, the end of one, or nothing.</summary>
    public Step After(BookPhase phase)
    {
        if (InClosingCall) return Step.None;
        if (_haltLeft > 0) return --_haltLeft == 0 ? Step.Reopen : Step.None;
        if (phase != BookPhase.Call) return Step.None;
        _haltLeft = rules.HaltMessages;
        return Step.Halted;
    }
}
