using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace MentorGroups.Engine;

/// <summary>
/// A parallel loop whose failure does not depend on the degree of parallelism: when any call fails, the loop runs again
/// in index order and the first failure met there is thrown, on its own (never an <see cref="AggregateException"/>).
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Calls <paramref name="body"/> for every index below <paramref name="count"/>, in chunks on the thread pool.</summary>
    /// <typeparam name="TLocal">Each worker's scratch state.</typeparam>
    /// <param name="count">How many indexes.</param>
    /// <param name="chunk">Indexes per work item.</param>
    /// <param name="order">The order the workers take the indexes in (a permutation), or <see langword="null"/> for ascending; the failure path always runs ascending.</param>
    /// <param name="init">Creates a worker's state.</param>
    /// <param name="body">The work for one index; must be safe to repeat (the failure path runs it again).</param>
    /// <param name="merge">Folds a worker's state into the total, once per worker, after a run without failure.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static void For<TLocal>(int count, int chunk, int[]? order, Func<TLocal> init, Action<int, TLocal> body, Action<TLocal> merge, CancellationToken cancellationToken)
    {
        var failed = false;
        // The work is CPU-bound: more workers than cores gain nothing, and each one in flight when the token is cancelled
        // finishes its item first, so the pool's extra threads (it adds some when workers are slow to start, as on a
        // busy machine) would only lengthen the wait for a cancellation.
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var locals = new ConcurrentBag<TLocal>();
        try
        {
            Parallel.ForEach(
                Partitioner.Create(0, count, Math.Max(1, chunk)),
                options,
                init,
                (range, _, local) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        body(order is null ? i : order[i], local);
                    }

                    return local;
                },
                locals.Add);
        }
        catch (AggregateException failure)
        {
            failed = true;
            cancellationToken.ThrowIfCancellationRequested();
            var ordered = init();
            for (var i = 0; i < count; i++)
            {
                body(i, ordered);
            }

            // It failed in parallel but not in order (work that is not deterministic): report what the workers met.
            ExceptionDispatchInfo.Capture(failure.Flatten().InnerExceptions[0]).Throw();
        }

        if (!failed)
        {
            foreach (var local in locals)
            {
                merge(local);
            }
        }
    }
}
