using Twin.Client.Studies;
using Twin.Contracts.Studies;

namespace Twin.Grains.Tests.Support;

/// <summary>Runs studies to the end on a test cluster.</summary>
public static class StudyRuns
{
    public static async Task<StudyStatus> RunToEndAsync(TwinClient client, StudyRequest request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var status = await client.StartStudyAsync(request, timeout.Token);
        await foreach (var update in client.WatchAsync(status.StudyId, TimeSpan.FromMilliseconds(25), timeout.Token))
            status = update;
        Assert.True(status.State == StudyState.Completed, $"study ended {status.State}: {status.Error}");
        return status;
    }
}
