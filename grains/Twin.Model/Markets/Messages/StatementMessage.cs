using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>
/// A participant's account as the clearing house sees it after clearing a day (clearing house to
/// participant). Slots: I0 status, I1 margin calls so far; D0 equity, D1 initial margin required,
/// D2 profit and loss since day 0, D3 fees paid, all in US dollars.
/// </summary>
public readonly record struct StatementMessage(AccountStatus Status, int MarginCalls, double EquityUsd, double InitialMarginUsd, double PnlUsd, double FeesUsd)
{
    public void Send(Outbox outbox, int participant) =>
        outbox.Send(participant, MessageKind.Statement, i0: (int)Status, i1: MarginCalls, d0: EquityUsd, d1: InitialMarginUsd, d2: PnlUsd, d3: FeesUsd);

    public static StatementMessage From(in Message m) => new((AccountStatus)m.I0, m.I1, m.D0, m.D1, m.D2, m.D3);
}
