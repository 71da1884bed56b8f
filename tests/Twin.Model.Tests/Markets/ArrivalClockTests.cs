using Twin.Model.Kernel;
using Twin.Model.Markets;
using Twin.Model.Randomness;

namespace Twin.Model.Tests.Markets;

/// <summary>The market's arrival order: by each sender's drawn arrival time, then the sender's own order; never by id.</summary>
public sealed class ArrivalClockTests
{
    [Fact]
    public void Messages_go_by_their_senders_arrival_time_then_by_each_senders_own_order()
    {
        var clock = new ArrivalClock(RandomStreams.Create(7, 0, "oil", "arrival"), [10, 20, 30]);
        clock.Draw();
        var inbox = new[]
        {
            new Message(10, 1, 0, MessageKind.OrderNew), new Message(10, 1, 1, MessageKind.OrderNew),
            new Message(20, 1, 0, MessageKind.OrderNew), new Message(30, 1, 3, MessageKind.OrderNew),
            new Message(30, 1, 2, MessageKind.OrderNew), new Message(99, 1, 0, MessageKind.OrderNew),
        };
        var order = clock.Order(inbox).ToArray().Select(i => inbox[i]).ToArray();
        var senders = new[] { 10, 20, 30 }.OrderBy(clock.TimeOf).ToArray();
        // Senders in time order, each one's messages by sequence number, an unknown sender last.
        Assert.Equal([.. senders, 99], order.Select(m => m.From).Distinct());
        Assert.Equal(new[] { 2, 3 }, order.Where(m => m.From == 30).Select(m => m.Seq));
        Assert.Equal(1.0, clock.TimeOf(99));
    }

    [Fact]
    public void The_times_follow_a_senders_place_in_the_scenario_not_its_entity_index_and_the_draws_never_depend_on_the_inbox()
    {
        var (first, renamed) = (New([3, 5, 8]), New([8, 5, 3]));
        for (int day = 0; day < 50; day++)
        {
            first.Draw();
            renamed.Draw();
            // The member listed first keeps its times whatever its id (and so its index) becomes.
            Assert.Equal(first.TimeOf(3), renamed.TimeOf(8));
            Assert.Equal(first.TimeOf(8), renamed.TimeOf(3));
            // A day with orders draws exactly as a day without.
            if (day % 2 == 0) first.Order([new Message(3, 0, 0, MessageKind.OrderNew)]);
        }
    }

    [Fact]
    public void Each_sender_comes_first_about_equally_often()
    {
        var clock = New([1, 2, 3, 4]);
        var firsts = new int[5];
        for (int day = 0; day < 4000; day++)
        {
            clock.Draw();
            firsts[new[] { 1, 2, 3, 4 }.MinBy(clock.TimeOf)]++;
        }
        Assert.All(firsts[1..], n => Assert.InRange(n, 900, 1100));
    }

    private static ArrivalClock New(int[] senders) => new(RandomStreams.Create(42, 3, "copper", "arrival"), senders);
}
