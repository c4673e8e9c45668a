using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RefOrder.Analyzers.Engine.Events
{
    /// <summary>
    /// The event language a body is lowered to: a closed family, one record per kind. A consumer implements
    /// <see cref="IEventVisitor{TContext}"/>, which has one method per kind, so the compiler rejects a transfer
    /// that forgets a kind.
    /// </summary>
    internal abstract record FlowEvent(IOperation Site)
    {
        /// <summary>The event is a call that may throw: a handler can see the state just before it.</summary>
        public virtual bool MayThrow => false;

        public abstract void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context);
    }

    /// <summary>Where a <see cref="FreshEvent"/>'s value comes from.</summary>
    internal enum FreshKind
    {
        /// <summary>An unannotated call's result, or anything else the analysis cannot name.</summary>
        Unknown,

        /// <summary>Created by <c>new</c> in this method: known live.</summary>
        New,

        /// <summary>The null literal: a join takes the other side's identity.</summary>
        Null,
    }

    /// <summary><c>Target := Source</c> (a local, parameter or capture takes the value of a place).</summary>
    internal sealed record AssignEvent(IOperation Site, Place Target, Place Source) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary><c>Target := a value created here</c>, named by <paramref name="Id"/>.</summary>
    internal sealed record FreshEvent(IOperation Site, Place Target, FreshKind Kind, int Id) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary><c>Target.Member := Source</c> (a field or property write); without a source, an unknown value named by <paramref name="Id"/>.</summary>
    internal sealed record StoreEvent(IOperation Site, Place Target, Place? Source, int Id) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>The value at Target is dereferenced, passed or returned.</summary>
    internal sealed record UseEvent(IOperation Site, Place Target) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>One more reference of Counter on Target; the target must be known live unless it is the call's own result.</summary>
    internal sealed record AcquireEvent(IOperation Site, Place Target, string Counter, IMethodSymbol Callee, bool IsReturnTarget) : FlowEvent(Site)
    {
        public override bool MayThrow => true;

        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>Like an acquire, but only where the value at Token (the success token) is true or non-null.</summary>
    internal sealed record TryAcquireEvent(IOperation Site, Place Target, string Counter, Place Token, bool SuccessIsNonNull, IMethodSymbol Callee) : FlowEvent(Site)
    {
        public override bool MayThrow => true;

        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>One reference of Counter on Target is dropped.</summary>
    internal sealed record ReleaseEvent(IOperation Site, Place Target, string Counter, IMethodSymbol Callee) : FlowEvent(Site)
    {
        public override bool MayThrow => true;

        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>Target, passed to [Live] parameter <paramref name="Parameter"/> of Callee, must be known live.</summary>
    internal sealed record RequireLiveEvent(IOperation Site, Place Target, string Parameter, IMethodSymbol Callee) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>The lock is taken.</summary>
    internal sealed record LockEvent(IOperation Site, string Lock) : FlowEvent(Site)
    {
        public override bool MayThrow => true;

        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>The lock is dropped.</summary>
    internal sealed record UnlockEvent(IOperation Site, string Lock) : FlowEvent(Site)
    {
        public override bool MayThrow => true;

        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>The lock must be held (a call to a [RequiresLock] method).</summary>
    internal sealed record RequireLockEvent(IOperation Site, string Lock, IMethodSymbol Callee) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary><c>Liveness.Assume(Target, …)</c>.</summary>
    internal sealed record AssumeEvent(IOperation Site, Place Target) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>After a call, the places Target and Source denote one value ([Aliases]).</summary>
    internal sealed record AliasEvent(IOperation Site, Place Target, Place Source) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>
    /// <c>Result := Location; Location := NewValue</c> (<c>Interlocked.Exchange(ref Location, NewValue)</c>); without a
    /// new value, an unknown one named by <paramref name="Id"/>.
    /// </summary>
    internal sealed record ExchangeEvent(IOperation Site, Place Result, Place Location, Place? NewValue, int Id) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>Target := an element of the collection (or enumerator) at Collection, named by <paramref name="Id"/>.</summary>
    internal sealed record ElementOfEvent(IOperation Site, Place Target, Place Collection, int Id) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>Target := an enumerator or view over the collection at Collection (its elements as live as the collection's).</summary>
    internal sealed record CollectionViewEvent(IOperation Site, Place Target, Place Collection, int Id) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>A test point: engine tests inspect the facts of <paramref name="Places"/> here.</summary>
    internal sealed record ProbeEvent(IOperation Site, string Label, ImmutableArray<Place> Places) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>A call with no reference effect: nothing changes, but it may throw, which matters inside <c>try</c>.</summary>
    internal sealed record CallEvent(IOperation Site) : FlowEvent(Site)
    {
        public override bool MayThrow => true;

        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>
    /// A <c>return</c> hands back the value at <paramref name="Value"/> (null: a value the analysis does not name,
    /// such as a constant); the method's exit contract is checked against it where the path leaves the method.
    /// </summary>
    internal sealed record ReturnEvent(IOperation Site, Place? Value) : FlowEvent(Site)
    {
        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>
    /// The method's <paramref name="Counter"/> reference on Target, if it holds one, moves into a holder that keeps it
    /// (a [HoldsRef] member or collection): the method no longer owns it, and the value stays live.
    /// </summary>
    internal sealed record HandOverEvent(IOperation Site, Place Target, string Counter) : FlowEvent(Site)
    {
        /// <summary>The counter of a hand-over of every reference the method holds on the value (into the caller's storage).</summary>
        public const string AnyCounter = "*";

        public override void Accept<TContext>(IEventVisitor<TContext> visitor, TContext context) => visitor.Visit(this, context);
    }

    /// <summary>One method per event kind: what a transfer function (or any other consumer) must handle.</summary>
    internal interface IEventVisitor<in TContext>
    {
        void Visit(AssignEvent e, TContext context);

        void Visit(FreshEvent e, TContext context);

        void Visit(StoreEvent e, TContext context);

        void Visit(UseEvent e, TContext context);

        void Visit(AcquireEvent e, TContext context);

        void Visit(TryAcquireEvent e, TContext context);

        void Visit(ReleaseEvent e, TContext context);

        void Visit(RequireLiveEvent e, TContext context);

        void Visit(LockEvent e, TContext context);

        void Visit(UnlockEvent e, TContext context);

        void Visit(RequireLockEvent e, TContext context);

        void Visit(AssumeEvent e, TContext context);

        void Visit(AliasEvent e, TContext context);

        void Visit(ExchangeEvent e, TContext context);

        void Visit(ElementOfEvent e, TContext context);

        void Visit(CollectionViewEvent e, TContext context);

        void Visit(ProbeEvent e, TContext context);

        void Visit(CallEvent e, TContext context);

        void Visit(ReturnEvent e, TContext context);

        void Visit(HandOverEvent e, TContext context);
    }
}
