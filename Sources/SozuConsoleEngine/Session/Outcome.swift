public import SozuClient

/// What running one statement led to.
public enum Outcome: Sendable {
    /// A request went out under this id.
    case submitted(RequestID, PlannedRequest)
    /// A request went to several targets, as the group of this id.
    case submittedGroup(RequestID, PlannedRequest)
    /// Every request of a group reached its final state (for statements that waited on them).
    case finishedGroup(RequestGroup, [ConsoleRequest])
    /// A rolling operation began; it goes on in the background (`wait #N`, `stop #N`).
    case rolloutStarted(Rollout)
    /// A rolling operation is over (for statements that waited on it).
    case rolloutFinished(Rollout)
    /// What `fleet diff` found.
    case fleetDiff(FleetDiffReport)
    /// A request reached its final state (for statements that waited on it).
    case finished(ConsoleRequest)
    /// Text for the operator (help).
    case text(String)
    /// The line could not be parsed; nothing ran.
    case invalid(CommandLineError, line: String)
    /// Read-only mode, or the operator said no.
    case refused(String)
    case repeating(RepeatingJob)
    case stopped(RequestID)
    case eventsFiltered(EventFilter)
    case timeoutChanged(Duration?)
    case quit
    /// `metrics get --rate`'s rates.
    case rates(RateReport)
    /// The live view is to open, at this pane when named (the screen opens it).
    case liveView(pane: String?)
}
