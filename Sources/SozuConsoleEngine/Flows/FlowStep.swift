public import SozuClient
public import SozuProto

/// What a flow asks its runner to do next. A flow is a pure state machine: it is told what
/// happened (`FlowInput`) and answers with steps; the runner (a target session) does them
/// and tells the flow the outcome. No sockets, no clock, no sleeping in a flow.
public enum FlowStep: Equatable, Sendable {
    /// Send a request the operator sees as a step of the flow (a row of the requests panel).
    /// With `awaited`, its final state comes back as `.answered`; otherwise it runs on its own.
    case send(PlannedRequest, awaited: Bool)
    /// Ask quietly (not a row of the panel); the final state, or nil when it could not even
    /// be sent, comes back as `.answered`.
    case probe(Command_Request, timeout: Duration)
    /// Come back after this long, as `.waited`.
    case wait(Duration)
    case notice(String, Notice.Level)
    /// A change to the target's drain watch.
    case drain(DrainStep)
    /// The flow is over.
    case finished
}

/// Changes a flow makes to the drain watch it belongs to.
public enum DrainStep: Equatable, Sendable {
    /// The proxy answers again after its main process was replaced.
    case reconnected
    /// Workers to watch drain (known once the new main process listed them).
    case watch(workerIDs: [UInt32])
}

/// What a flow is told.
public enum FlowInput: Equatable, Sendable {
    /// The request that started the flow, or the last awaited step, reached this state (nil:
    /// it could not be sent at all).
    case answered(RequestState?)
    /// The wait it asked for is over.
    case waited
}
