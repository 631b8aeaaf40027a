import Foundation
import SozuCodec
import SozuProto
import SozuTOML

/// The config.toml as written, before anything is checked against anything else: what Sōzu's
/// TOML decoder produces. Every value has its declared type already; files are not read yet.
struct ConfigurationFile {
    var commandSocket: String?
    var maxCommandBufferSize: UInt64?
    var commandAllowedUIDs: [UInt32]?
    var savedState: String?
    var automaticStateSave: Bool?
    var logLevel: String?
    var workerCount: UInt64?
    var workerTimeout: UInt32?
    var bufferSize: UInt64?
    var activateListeners: Bool?
    var disableClusterMetrics: Bool?
    var frontTimeout: UInt32?
    var backTimeout: UInt32?
    var connectTimeout: UInt32?
    var requestTimeout: UInt32?
    var listeners: [ListenerEntry] = []
    /// By cluster id, in id order (Sōzu keeps them in a hash map: its order is arbitrary).
    var clusters: [(id: String, cluster: ClusterEntry)] = []

    init(parsing text: String) throws(ConfigurationError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(parsing: text)
        } catch {
            throw .invalidTOML(error.description)
        }
        let top = TOMLSection(table: table, location: "")
        // Sōzu's top-level structure ignores keys it does not know but checks the types of those it does.
        commandSocket = try top.string("command_socket")
        _ = try top.uint64("command_buffer_size")
        maxCommandBufferSize = try top.uint64("max_command_buffer_size")
        _ = try top.uint64("max_connections")
        _ = try top.uint64("min_buffers")
        _ = try top.uint64("max_buffers")
        bufferSize = try top.uint64("buffer_size")
        _ = try top.uint64("slab_entries_per_connection")
        _ = try top.uint64("basic_auth_max_credential_bytes")
        _ = try top.uint64("max_connections_per_ip")
        _ = try top.uint32("retry_after")
        _ = try top.uint64("splice_pipe_capacity_bytes")
        if let uids = top.table["command_allowed_uids"] {
            guard let array = uids.array, array.allSatisfy({ ($0.int ?? -1) >= 0 && ($0.int ?? -1) <= Int(UInt32.max) }) else {
                throw .invalidTOML("command_allowed_uids: expected a sequence of u32")
            }
            commandAllowedUIDs = array.compactMap { $0.int.map(UInt32.init) }
        }
        savedState = try top.string("saved_state")
        automaticStateSave = try top.bool("automatic_state_save")
        logLevel = try top.string("log_level")
        for key in ["log_target", "audit_logs_target", "audit_logs_json_target", "access_logs_target", "pid_file_path"] {
            _ = try top.string(key)
        }
        for key in ["log_colored", "access_logs_colored", "worker_automatic_restart", "handle_process_affinity", "evict_on_queue_full"] {
            _ = try top.bool(key)
        }
        _ = try top.choice("access_logs_format", among: ["ascii": 0, "protobuf": 1])
        workerCount = try top.unsigned("worker_count", upTo: UInt64(UInt16.max), type: "u16")
        _ = try top.uint64("ctl_command_timeout")
        activateListeners = try top.bool("activate_listeners")
        disableClusterMetrics = try top.bool("disable_cluster_metrics")
        frontTimeout = try top.uint32("front_timeout")
        backTimeout = try top.uint32("back_timeout")
        connectTimeout = try top.uint32("connect_timeout")
        requestTimeout = try top.uint32("request_timeout")
        _ = try top.uint32("zombie_check_interval")
        _ = try top.uint32("accept_queue_timeout")
        workerTimeout = try top.uint32("worker_timeout")
        if let metrics = try top.section("metrics") {
            try metrics.rejectUnknownKeys(["address", "tagged_metrics", "prefix", "detail"])
            _ = try metrics.requiredSocketAddress("address")
            _ = try metrics.bool("tagged_metrics")
            _ = try metrics.string("prefix")
            _ = try metrics.choice("detail", among: ["process": 0, "frontend": 1, "cluster": 2, "backend": 3])
        }
        for section in try top.sections("listeners") ?? [] {
            listeners.append(try ListenerEntry(section))
        }
        if let clusters = try top.section("clusters") {
            for id in clusters.table.keys.sorted() {
                guard let section = try clusters.section(id) else { continue }
                self.clusters.append((id, try ClusterEntry(section)))
            }
        }
    }
}
