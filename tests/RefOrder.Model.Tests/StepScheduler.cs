using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace RefOrder.Model.Tests;

/// <summary>Why a model thread stopped running.</summary>
public enum StopKind
{
    /// <summary>At a preemption point.</summary>
    Point,

    /// <summary>At a wait whose condition does not hold (a spinlock held by another thread, a completion not yet done).</summary>
    Blocked,

    /// <summary>Its body returned.</summary>
    Finished,

    /// <summary>Its body threw (the model's oops, for instance).</summary>
    Faulted,
}

/// <summary>Where a model thread stopped.</summary>
public sealed record Stop(string Thread, StopKind Kind, string? Where, Exception? Error)
{
    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        StopKind.Finished => $"{Thread}: finished",
        StopKind.Faulted => $"{Thread}: faulted with {Error?.GetType().Name}: {Error?.Message}",
        _ => $"{Thread}: {Kind.ToString().ToLowerInvariant()} at {Where}",
    };
}

/// <summary>
/// A deterministic scheduler for the model's threads. Each model thread is a real thread, but only one runs at a
/// time: it holds a baton that it hands back at every preemption point and every blocking wait of the model, and
/// the test decides which thread gets it next. An interleaving is therefore a script, and replaying it gives the
/// same run every time; nothing depends on timing. (The watchdog only turns a model bug that hangs a thread into
/// a test failure.)
/// </summary>
public sealed class StepScheduler : IDisposable
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    [ThreadStatic]
    private static ModelThread? t_current;

    private readonly List<ModelThread> _threads = new();

    /// <summary>The hook to install on the model's preemption points.</summary>
    public Action<string, bool> Hook { get; } = OnPoint;

    /// <summary>A model thread that will run <paramref name="body"/> once it is given the baton.</summary>
    public ModelThread Spawn(string name, Action body)
    {
        ModelThread thread = new(name, body);
        _threads.Add(thread);
        return thread;
    }

    /// <summary>Runs the thread until it reaches one of the named points; anything else stopping it first fails the test.</summary>
    public Stop RunUntil(ModelThread thread, params string[] points)
    {
        while (true)
        {
            Stop stop = thread.Resume();
            if (stop.Kind == StopKind.Point && points.Contains(stop.Where))
                return stop;
            if (stop.Kind != StopKind.Point)
                throw new InvalidOperationException($"{stop} before reaching {string.Join(" or ", points)}");
        }
    }

    /// <summary>Runs the thread through its preemption points until it finishes, faults, or blocks.</summary>
    public Stop Run(ModelThread thread)
    {
        while (true)
        {
            Stop stop = thread.Resume();
            if (stop.Kind != StopKind.Point)
                return stop;
        }
    }

    /// <summary>Ends the threads a script left parked, so that none outlives its test.</summary>
    public void Dispose()
    {
        foreach (ModelThread thread in _threads)
            thread.Abandon();
    }

    private static void OnPoint(string where, bool blocked)
    {
        ModelThread? self = t_current;
        if (self == null)
        {
            // The test's own thread, setting a scenario up: it never yields.
            if (blocked)
                throw new InvalidOperationException($"the test thread would block at {where}");
            return;
        }
        self.Park(blocked ? StopKind.Blocked : StopKind.Point, where);
    }

    /// <summary>A thread of the model, run in steps by a <see cref="StepScheduler"/>.</summary>
    public sealed class ModelThread
    {
        private readonly SemaphoreSlim _go = new(0);
        private readonly SemaphoreSlim _parked = new(0);
        private readonly Action _body;
        private Thread? _thread;
        private Stop _last;
        private bool _done;
        private bool _abandoned;

        internal ModelThread(string name, Action body)
        {
            Name = name;
            _body = body;
            _last = new Stop(name, StopKind.Point, "start", null);
        }

        /// <summary>The thread's name in stops and messages.</summary>
        public string Name { get; }

        /// <summary>Where it stopped last.</summary>
        public Stop Last => _last;

        internal Stop Resume()
        {
            if (_done)
                return _last;
            if (_thread == null)
            {
                _thread = new Thread(Main) { IsBackground = true, Name = Name };
                _thread.Start();
            }
            _go.Release();
            if (!_parked.Wait(Watchdog))
                throw new TimeoutException($"{Name} neither stopped nor finished within {Watchdog}: it waits on something the model does not let the scheduler see");
            return _last;
        }

        internal void Park(StopKind kind, string where)
        {
            _last = new Stop(Name, kind, where, null);
            _parked.Release();
            _go.Wait();
            if (_abandoned)
                throw new OperationCanceledException($"{Name} abandoned by its scheduler at {where}");
        }

        internal void Abandon()
        {
            if (_done || _thread == null)
                return;
            _abandoned = true;
            _go.Release();
            _parked.Wait(Watchdog);
        }

        private void Main()
        {
            t_current = this;
            _go.Wait();
            try
            {
                _body();
                _last = new Stop(Name, StopKind.Finished, null, null);
            }
            catch (Exception error)
            {
                _last = new Stop(Name, StopKind.Faulted, null, error);
            }
            finally
            {
                _done = true;
                _parked.Release();
            }
        }
    }
}
