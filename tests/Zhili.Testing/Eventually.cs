namespace Zhili.Testing;

/// <summary>
/// For what another app node learns within a stated bound (ARCHITECTURE rule 18): asks again until the answer is the
/// expected one or the bound has passed, and fails with the last answer then. Not a speed test: the bound is generous.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    public static async Task<T> Until<T>(Func<Task<T>> ask, Func<T, bool> expected)
    {
        var until = DateTime.UtcNow + Bound;
        while (true)
        {
            var answer = await ask();
            if (expected(answer) || DateTime.UtcNow > until)
            {
                return answer;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
