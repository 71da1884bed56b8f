using Twin.Model.Institute;
using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Institute;

public sealed class AlumniEffectTests
{
    [Fact]
    public void The_multiplier_is_one_on_day_0_and_never_falls_as_alumni_rise()
    {
        var spec = new AlumniEffectSpec { Elasticity = 0.1, Smoothing = 100 };
        Assert.Equal(1.0, AlumniEffect.Multiplier(1500, 1500, spec));
        Assert.Equal(1.0, AlumniEffect.Multiplier(0, 0, spec));
        Assert.Equal(1.0, AlumniEffect.Multiplier(5000, 100, new AlumniEffectSpec { Elasticity = 0 }));
        double previous = 0;
        for (double alumni = 0; alumni <= 20_000; alumni += 7.3)
        {
            double m = AlumniEffect.Multiplier(alumni, 1500, spec);
            Assert.True(m >= previous, $"{alumni} alumni give {m}, fewer gave {previous}");
            previous = m;
        }
        Assert.Equal(Math.Pow(3100.0 / 1600, 0.1), AlumniEffect.Multiplier(3000, 1500, spec), 4);
    }

    /// <summary>
    /// The whole chain, institute to towns to export orders, with common random numbers: the same
    /// baseline and seed, except that more alumni of one country come home on two days. Exports to
    /// that country never fall and rise after the news reaches the towns; exports elsewhere stay put.
    /// </summary>
    [Fact]
    public void More_alumni_from_a_country_never_lower_the_zones_exports_to_it()
    {
        var scenario = TestScenarios.Baseline();
        int kazakhstan = InstituteScenarios.CountryIndex(scenario, "kazakhstan");
        const int days = 60;
        var exports = new[] { 0, 300, 3000 }.Select(extra => ExportsByCountry(scenario, days, kazakhstan, extra)).ToArray();

        for (int run = 1; run < exports.Length; run++)
        {
            for (int day = 0; day < days; day++)
            {
                double fewer = exports[run - 1][day][kazakhstan], more = exports[run][day][kazakhstan];
                Assert.True(more >= fewer, $"day {day}: exports to Kazakhstan {more} with more alumni, {fewer} with fewer");
                if (day >= 12) Assert.True(more > fewer, $"day {day}: the alumni of day 10 should raise exports by day 12");
                // Firms at their capacity serve the extra demand from Kazakhstan partly by selling less elsewhere: a little, never a lot.
                for (int c = 0; c < scenario.Countries.Count; c++)
                    if (c != kazakhstan) Assert.Equal(exports[run - 1][day][c], exports[run][day][c], 0.01 * Math.Max(1, exports[run - 1][day][c]));
            }
        }
    }

    /// <summary>Export order value by day and country when <paramref name="extra"/> alumni of one country come home on days 10 and 30.</summary>
    private static double[][] ExportsByCountry(Scenario scenario, int days, int country, int extra)
    {
        var loop = new MessageLoop(scenario, 21, days);
        int institute = loop.Directory.IndexesOfKind(InstituteKind.Name).Single();
        var result = new double[days][];
        for (int day = 0; day < days; day++)
        {
            var injected = extra > 0 && day is 10 or 30
                ? [new Message(institute, institute, 0, MessageKind.TraineeFlow, country, 0, extra, 0, extra, extra)]
                : Array.Empty<Message>();
            result[day] = new double[scenario.Countries.Count];
            foreach (var m in loop.Step(day, injected).Where(m => m.Kind == MessageKind.ExportOrder))
            {
                var order = ExportOrderCodec.Read(m);
                result[day][order.Country] += order.Value;
            }
        }
        return result;
    }
}
