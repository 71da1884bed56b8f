using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Bonds.Investors;

/// <summary>
/// An investor's account as the clearing house sees it after a day (clearing house to investor), in
/// US dollars. Slots: I0 status, I1 margin calls so far; D0 cash, D1 bonds held at the close with
/// accrued interest, D2 profit and loss since day 0, D3 coupons, redemptions and recoveries received.
/// </summary>
public readonly record struct InvestorStatementMessage(AccountStatus Status, int MarginCalls, double CashUsd, double BondsUsd, double PnlUsd, double IncomeUsd)
{
    public void Send(Outbox outbox, int investor) =>
        outbox.Send(investor, MessageKind.InvestorStatement, i0: (int)Status, i1: MarginCalls, d0: CashUsd, d1: BondsUsd, d2: PnlUsd, d3: IncomeUsd);

    public static InvestorStatementMessage From(in Message m) => new((AccountStatus)m.I0, m.I1, m.D0, m.D1, m.D2, m.D3);
}
