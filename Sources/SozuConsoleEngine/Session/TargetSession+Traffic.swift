import Foundation

/// The live view's polls of this target.
extension TargetSession {
    /// Starts polling this target's traffic (a fresh state in the model), or changes what is
    /// polled (everything, or the overview alone) keeping the figures so far.
    func followTraffic(overviewOnly: Bool = false) async {
        if let poller = trafficPoller {
            guard poller.overviewOnly != overviewOnly else { return }
            trafficPoller = nil
            await poller.stop()
        }
        let name = name
        store.update { $0.followTraffic(of: name, true) }
        let poller = TrafficPoller(
            name: name, socketPath: configuration.socketPath, maximumFrameSize: configuration.maximumFrameSize, store: store,
            refresh: configuration.trafficRefreshInterval, leaseTTL: configuration.metricDetailLeaseSeconds,
            overviewOnly: overviewOnly, logger: logger)
        trafficPoller = poller
        // Started before this returns: a stop that follows at once finds its loops to stop.
        await poller.start()
    }

    /// Stops polling, clears the lease, and forgets the figures.
    func unfollowTraffic() async {
        guard let poller = trafficPoller else { return }
        trafficPoller = nil
        await poller.stop()
        let name = name
        store.update { $0.followTraffic(of: name, false) }
    }
}
