namespace Twin.Model.Kernel;

/// <summary>
/// One message between entities of a run: sent on day t, it is in the receiver's inbox on day t + 1.
/// A fixed, flat envelope (four whole numbers and four reals of payload) keeps routing and
/// serialization cheap; each message kind's codec gives the slots their names.
/// </summary>
/// <param name="From">Sender's index in the run's <see cref="EntityDirectory"/>.</param>
/// <param name="To">Receiver's index.</param>
/// <param name="Seq">The sender's sequence number within its step; with <paramref name="From"/>, the canonical order.</param>
public readonly record struct Message(
    int From,
    int To,
    int Seq,
    MessageKind Kind,
    int I0 = 0,
    int I1 = 0,
    int I2 = 0,
    int I3 = 0,
    double D0 = 0,
    double D1 = 0,
    double D2 = 0,
    double D3 = 0);

/// <summary>What a message means; each model section adds its kinds.</summary>
public enum MessageKind
{
    None = 0,

    /// <summary>A synthetic entity's token: D0 is its value.</summary>
    SyntheticToken = 1,

    /// <summary>A town's exports of one goods class to one country for a day (see Logistics.ExportOrderCodec).</summary>
    ExportOrder = 300,

    /// <summary>A shipment handed from one logistics entity to the next (see Logistics.ShipmentCodec).</summary>
    Shipment = 301,

    /// <summary>A route's daily status for the shippers who choose between routes (see Logistics.RouteStatusCodec).</summary>
    RouteStatus = 302,

    /// <summary>Vehicles of a route that crossed a border crossing (see Logistics.BorderCrossingCodec).</summary>
    BorderCrossing = 303,

    /// <summary>A hub's or warehouse's daily wait, for the order desks' delivered cost (see Logistics.NodeStatusCodec).</summary>
    NodeStatus = 304,

    /// <summary>An order desk's service factor on export demand for one country and goods class (see Logistics.ServiceFactorCodec).</summary>
    ServiceFactor = 305,

    // The trading platform (codecs in Twin.Model.Markets.Messages).

    /// <summary>Participant to market: a new order.</summary>
    OrderNew = 100,

    /// <summary>Participant to market: cancel a resting order.</summary>
    OrderCancel = 101,

    /// <summary>Participant to market: change a resting order's price and quantity.</summary>
    OrderAmend = 102,

    /// <summary>Market to order owner: an execution of one of its orders.</summary>
    Fill = 103,

    /// <summary>Market to participants and clearing house: the day's fundamental, close and best prices.</summary>
    MarketData = 104,

    /// <summary>Market to clearing house: one trade, for novation.</summary>
    TradeReport = 105,

    /// <summary>Clearing house to participant: pay this much margin by the deadline.</summary>
    MarginCall = 106,

    /// <summary>Participant to clearing house: a payment into its account.</summary>
    MarginPayment = 107,

    /// <summary>Clearing house to participant: its account as of the day cleared.</summary>
    Statement = 108,

    /// <summary>Clearing house to markets and the participant: a participant is in default.</summary>
    DefaultNotice = 109,

    /// <summary>Market to the towns whose firms buy its commodity: the day's close relative to the start price (see Markets.Messages.CommodityPriceCodec).</summary>
    CommodityPrice = 110,

    // Offshore bonds (codecs in Twin.Model.Markets.Bonds).

    /// <summary>A currency's yield curve of the day, to its bonds and the investors (see Markets.Bonds.CurveQuoteMessage).</summary>
    CurveQuote = 120,

    /// <summary>A bond's day: status, close, best prices, accrued interest (see Markets.Bonds.BondDataMessage).</summary>
    BondData = 121,

    /// <summary>Bond to clearing house: its issuer defaulted (see Markets.Bonds.BondDefaultMessage).</summary>
    BondDefault = 122,

    /// <summary>Clearing house to investor: its cash, bonds and income (see Markets.Bonds.InvestorStatementMessage).</summary>
    InvestorStatement = 123,

    /// <summary>Town to a consumer member hedging for it: the town's use of one commodity relative to its first day's (see Towns.ConsumptionCodec).</summary>
    Consumption = 600,

    /// <summary>A programme's trainee flows of one country for a day, to the institute (see Institute.TraineeFlowCodec).</summary>
    TraineeFlow = 500,

    /// <summary>The institute's alumni effect on a town's export demand from one country (see Institute.AlumniEffectCodec).</summary>
    AlumniEffect = 501,

    /// <summary>Alumni who stay in a town and join its labour force (see Institute.AlumniSettledCodec).</summary>
    AlumniSettled = 502,

    /// <summary>A firm founded in a town by an alumnus (see Institute.AlumniSettledCodec).</summary>
    AlumniFirmFounded = 503,

    /// <summary>Firms of a town back from a "go global" study tour (see Institute.GoGlobalTourCodec).</summary>
    GoGlobalTour = 504,

    /// <summary>An import order to a destination or gateway, shipped back to its sender (see Expo.ImportOrderCodec).</summary>
    ImportOrder = 700,

    /// <summary>The institute's newly enrolled trainees, to the expo centre (see Expo.ExpoVisitorsCodec).</summary>
    InstituteVisitors = 701,

    /// <summary>Online orders handed to the e-commerce base for delivery (see Expo.OnlineOrderCodec).</summary>
    OnlineOrders = 702,

    /// <summary>The live-streaming channel's pull on a town's e-commerce demand (see Commerce.LiveStreamingDemandCodec).</summary>
    LiveStreamingDemand = 703,

    /// <summary>A town's residents at the end of the day, to the expo centre (see Expo.ResidentsCodec).</summary>
    TownResidents = 704,
}
