/// The benchmarks' one way of reading a sample.
enum BenchStatistics {
    /// The value below which `fraction` of the sample lies (nil for an empty sample).
    static func percentile(_ values: [Double], _ fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
