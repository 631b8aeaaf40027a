import Foundation

/// The live view's polls of this target.
extension TargetSession {
    /// Starts polling this target's traffic (a fresh state in the model), if not already.
    func followTraffic() async {
        guard trafficPoller == nil else { return }
        let name = name
        store.update { $0.followTraffic(of: name, true) }
        let poller = TrafficPoller(
            name: name, socketPath: configuration.socketPath, maximumFrameSize: configuration.maximumFrameSize, store: store,
            refresh: configuration.trafficRefreshInterval, leaseTTL: configuration.metricDetailLeaseSeconds, logger: logger)
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
