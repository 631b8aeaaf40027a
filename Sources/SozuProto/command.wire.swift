// DO NOT EDIT.
// Written by Proto/regenerate.sh (sozu-codegen) from command.proto, beside protoc-gen-swift's code.
//
// A decoder and an encoder per message, reading and writing the generated types' public
// properties with concrete code per field. Decoding follows swift-protobuf's binary decoder
// rule for rule (unknown fields kept byte for byte, the same refusals); encoding writes what the
// schema-free visitor encoder in SozuCodec writes (map keys by UTF-8 bytes, a required field
// left unset at its default, unknown fields last).

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SwiftProtobuf

extension Command_Request: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Request) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var oneof_requestType: Command_Request.OneOf_RequestType? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // save_state = 1
                oneof_requestType = .saveState(try decoder.readString())
            case 18:  // load_state = 2
                oneof_requestType = .loadState(try decoder.readString())
            case 34:  // list_workers = 4
                var inner = try decoder.nested()
                var value = Command_ListWorkers()
                if case .listWorkers(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_ListWorkers.wireDecode(&inner, into: &value)
                oneof_requestType = .listWorkers(consume value)
            case 42:  // list_frontends = 5
                var inner = try decoder.nested()
                var value = Command_FrontendFilters()
                if case .listFrontends(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_FrontendFilters.wireDecode(&inner, into: &value)
                oneof_requestType = .listFrontends(consume value)
            case 50:  // list_listeners = 6
                var inner = try decoder.nested()
                var value = Command_ListListeners()
                if case .listListeners(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_ListListeners.wireDecode(&inner, into: &value)
                oneof_requestType = .listListeners(consume value)
            case 58:  // launch_worker = 7
                oneof_requestType = .launchWorker(try decoder.readString())
            case 66:  // upgrade_main = 8
                var inner = try decoder.nested()
                var value = Command_UpgradeMain()
                if case .upgradeMain(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_UpgradeMain.wireDecode(&inner, into: &value)
                oneof_requestType = .upgradeMain(consume value)
            case 72:  // upgrade_worker = 9
                oneof_requestType = .upgradeWorker(UInt32(truncatingIfNeeded: try decoder.readVarint()))
            case 82:  // subscribe_events = 10
                var inner = try decoder.nested()
                var value = Command_SubscribeEvents()
                if case .subscribeEvents(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_SubscribeEvents.wireDecode(&inner, into: &value)
                oneof_requestType = .subscribeEvents(consume value)
            case 90:  // reload_configuration = 11
                oneof_requestType = .reloadConfiguration(try decoder.readString())
            case 98:  // status = 12
                var inner = try decoder.nested()
                var value = Command_Status()
                if case .status(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_Status.wireDecode(&inner, into: &value)
                oneof_requestType = .status(consume value)
            case 106:  // add_cluster = 13
                var inner = try decoder.nested()
                var value = Command_Cluster()
                if case .addCluster(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_Cluster.wireDecode(&inner, into: &value)
                oneof_requestType = .addCluster(consume value)
            case 114:  // remove_cluster = 14
                oneof_requestType = .removeCluster(try decoder.readString())
            case 122:  // add_http_frontend = 15
                var inner = try decoder.nested()
                var value = Command_RequestHttpFrontend()
                if case .addHTTPFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .addHTTPFrontend(consume value)
            case 130:  // remove_http_frontend = 16
                var inner = try decoder.nested()
                var value = Command_RequestHttpFrontend()
                if case .removeHTTPFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .removeHTTPFrontend(consume value)
            case 138:  // add_https_frontend = 17
                var inner = try decoder.nested()
                var value = Command_RequestHttpFrontend()
                if case .addHTTPSFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .addHTTPSFrontend(consume value)
            case 146:  // remove_https_frontend = 18
                var inner = try decoder.nested()
                var value = Command_RequestHttpFrontend()
                if case .removeHTTPSFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .removeHTTPSFrontend(consume value)
            case 154:  // add_certificate = 19
                var inner = try decoder.nested()
                var value = Command_AddCertificate()
                if case .addCertificate(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_AddCertificate.wireDecode(&inner, into: &value)
                oneof_requestType = .addCertificate(consume value)
            case 162:  // replace_certificate = 20
                var inner = try decoder.nested()
                var value = Command_ReplaceCertificate()
                if case .replaceCertificate(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_ReplaceCertificate.wireDecode(&inner, into: &value)
                oneof_requestType = .replaceCertificate(consume value)
            case 170:  // remove_certificate = 21
                var inner = try decoder.nested()
                var value = Command_RemoveCertificate()
                if case .removeCertificate(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RemoveCertificate.wireDecode(&inner, into: &value)
                oneof_requestType = .removeCertificate(consume value)
            case 178:  // add_tcp_frontend = 22
                var inner = try decoder.nested()
                var value = Command_RequestTcpFrontend()
                if case .addTcpFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestTcpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .addTcpFrontend(consume value)
            case 186:  // remove_tcp_frontend = 23
                var inner = try decoder.nested()
                var value = Command_RequestTcpFrontend()
                if case .removeTcpFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestTcpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .removeTcpFrontend(consume value)
            case 194:  // add_backend = 24
                var inner = try decoder.nested()
                var value = Command_AddBackend()
                if case .addBackend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_AddBackend.wireDecode(&inner, into: &value)
                oneof_requestType = .addBackend(consume value)
            case 202:  // remove_backend = 25
                var inner = try decoder.nested()
                var value = Command_RemoveBackend()
                if case .removeBackend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RemoveBackend.wireDecode(&inner, into: &value)
                oneof_requestType = .removeBackend(consume value)
            case 210:  // add_http_listener = 26
                var inner = try decoder.nested()
                var value = Command_HttpListenerConfig()
                if case .addHTTPListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_HttpListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .addHTTPListener(consume value)
            case 218:  // add_https_listener = 27
                var inner = try decoder.nested()
                var value = Command_HttpsListenerConfig()
                if case .addHTTPSListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_HttpsListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .addHTTPSListener(consume value)
            case 226:  // add_tcp_listener = 28
                var inner = try decoder.nested()
                var value = Command_TcpListenerConfig()
                if case .addTcpListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_TcpListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .addTcpListener(consume value)
            case 234:  // remove_listener = 29
                var inner = try decoder.nested()
                var value = Command_RemoveListener()
                if case .removeListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RemoveListener.wireDecode(&inner, into: &value)
                oneof_requestType = .removeListener(consume value)
            case 242:  // activate_listener = 30
                var inner = try decoder.nested()
                var value = Command_ActivateListener()
                if case .activateListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_ActivateListener.wireDecode(&inner, into: &value)
                oneof_requestType = .activateListener(consume value)
            case 250:  // deactivate_listener = 31
                var inner = try decoder.nested()
                var value = Command_DeactivateListener()
                if case .deactivateListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_DeactivateListener.wireDecode(&inner, into: &value)
                oneof_requestType = .deactivateListener(consume value)
            case 282:  // query_cluster_by_id = 35
                oneof_requestType = .queryClusterByID(try decoder.readString())
            case 290:  // query_clusters_by_domain = 36
                var inner = try decoder.nested()
                var value = Command_QueryClusterByDomain()
                if case .queryClustersByDomain(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_QueryClusterByDomain.wireDecode(&inner, into: &value)
                oneof_requestType = .queryClustersByDomain(consume value)
            case 298:  // query_clusters_hashes = 37
                var inner = try decoder.nested()
                var value = Command_QueryClustersHashes()
                if case .queryClustersHashes(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_QueryClustersHashes.wireDecode(&inner, into: &value)
                oneof_requestType = .queryClustersHashes(consume value)
            case 306:  // query_metrics = 38
                var inner = try decoder.nested()
                var value = Command_QueryMetricsOptions()
                if case .queryMetrics(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_QueryMetricsOptions.wireDecode(&inner, into: &value)
                oneof_requestType = .queryMetrics(consume value)
            case 314:  // soft_stop = 39
                var inner = try decoder.nested()
                var value = Command_SoftStop()
                if case .softStop(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_SoftStop.wireDecode(&inner, into: &value)
                oneof_requestType = .softStop(consume value)
            case 322:  // hard_stop = 40
                var inner = try decoder.nested()
                var value = Command_HardStop()
                if case .hardStop(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_HardStop.wireDecode(&inner, into: &value)
                oneof_requestType = .hardStop(consume value)
            case 328:  // configure_metrics = 41
                let raw = try decoder.readVarint()
                if let value = Command_MetricsConfiguration(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    oneof_requestType = .configureMetrics(value)
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 338:  // Logging = 42
                oneof_requestType = .logging(try decoder.readString())
            case 346:  // return_listen_sockets = 43
                var inner = try decoder.nested()
                var value = Command_ReturnListenSockets()
                if case .returnListenSockets(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_ReturnListenSockets.wireDecode(&inner, into: &value)
                oneof_requestType = .returnListenSockets(consume value)
            case 354:  // query_certificates_from_the_state = 44
                var inner = try decoder.nested()
                var value = Command_QueryCertificatesFilters()
                if case .queryCertificatesFromTheState(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_QueryCertificatesFilters.wireDecode(&inner, into: &value)
                oneof_requestType = .queryCertificatesFromTheState(consume value)
            case 362:  // query_certificates_from_workers = 45
                var inner = try decoder.nested()
                var value = Command_QueryCertificatesFilters()
                if case .queryCertificatesFromWorkers(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_QueryCertificatesFilters.wireDecode(&inner, into: &value)
                oneof_requestType = .queryCertificatesFromWorkers(consume value)
            case 370:  // count_requests = 46
                var inner = try decoder.nested()
                var value = Command_CountRequests()
                if case .countRequests(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_CountRequests.wireDecode(&inner, into: &value)
                oneof_requestType = .countRequests(consume value)
            case 378:  // update_http_listener = 47
                var inner = try decoder.nested()
                var value = Command_UpdateHttpListenerConfig()
                if case .updateHTTPListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_UpdateHttpListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .updateHTTPListener(consume value)
            case 386:  // update_https_listener = 48
                var inner = try decoder.nested()
                var value = Command_UpdateHttpsListenerConfig()
                if case .updateHTTPSListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_UpdateHttpsListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .updateHTTPSListener(consume value)
            case 394:  // update_tcp_listener = 49
                var inner = try decoder.nested()
                var value = Command_UpdateTcpListenerConfig()
                if case .updateTcpListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_UpdateTcpListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .updateTcpListener(consume value)
            case 400:  // set_max_connections_per_ip = 50
                oneof_requestType = .setMaxConnectionsPerIp(try decoder.readVarint())
            case 410:  // query_max_connections_per_ip = 51
                var inner = try decoder.nested()
                var value = Command_QueryMaxConnectionsPerIp()
                if case .queryMaxConnectionsPerIp(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_QueryMaxConnectionsPerIp.wireDecode(&inner, into: &value)
                oneof_requestType = .queryMaxConnectionsPerIp(consume value)
            case 418:  // set_health_check = 52
                var inner = try decoder.nested()
                var value = Command_SetHealthCheck()
                if case .setHealthCheck(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_SetHealthCheck.wireDecode(&inner, into: &value)
                oneof_requestType = .setHealthCheck(consume value)
            case 426:  // remove_health_check = 53
                oneof_requestType = .removeHealthCheck(try decoder.readString())
            case 434:  // query_health_checks = 54
                var inner = try decoder.nested()
                var value = Command_QueryHealthChecks()
                if case .queryHealthChecks(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_QueryHealthChecks.wireDecode(&inner, into: &value)
                oneof_requestType = .queryHealthChecks(consume value)
            case 442:  // set_metric_detail = 55
                var inner = try decoder.nested()
                var value = Command_SetMetricDetail()
                if case .setMetricDetail(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_SetMetricDetail.wireDecode(&inner, into: &value)
                oneof_requestType = .setMetricDetail(consume value)
            case 450:  // add_udp_listener = 56
                var inner = try decoder.nested()
                var value = Command_UdpListenerConfig()
                if case .addUdpListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_UdpListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .addUdpListener(consume value)
            case 458:  // update_udp_listener = 57
                var inner = try decoder.nested()
                var value = Command_UpdateUdpListenerConfig()
                if case .updateUdpListener(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_UpdateUdpListenerConfig.wireDecode(&inner, into: &value)
                oneof_requestType = .updateUdpListener(consume value)
            case 466:  // add_udp_frontend = 58
                var inner = try decoder.nested()
                var value = Command_RequestUdpFrontend()
                if case .addUdpFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestUdpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .addUdpFrontend(consume value)
            case 474:  // remove_udp_frontend = 59
                var inner = try decoder.nested()
                var value = Command_RequestUdpFrontend()
                if case .removeUdpFrontend(let existing)? = oneof_requestType ?? message.requestType { value = existing }
                try Command_RequestUdpFrontend.wireDecode(&inner, into: &value)
                oneof_requestType = .removeUdpFrontend(consume value)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = oneof_requestType.take() { message.requestType = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        switch self.requestType {
        case .removeUdpFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x3DA)
        case .addUdpFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x3D2)
        case .updateUdpListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x3CA)
        case .addUdpListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x3C2)
        case .setMetricDetail(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x3BA)
        case .queryHealthChecks(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x3B2)
        case .removeHealthCheck(let value)?:
            writer.string(value)
            writer.tag(0x3AA)
        case .setHealthCheck(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x3A2)
        case .queryMaxConnectionsPerIp(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x39A)
        case .setMaxConnectionsPerIp(let value)?:
            writer.varint(value)
            writer.tag(0x390)
        case .updateTcpListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x38A)
        case .updateHTTPSListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x382)
        case .updateHTTPListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2FA)
        case .countRequests(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2F2)
        case .queryCertificatesFromWorkers(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2EA)
        case .queryCertificatesFromTheState(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2E2)
        case .returnListenSockets(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2DA)
        case .logging(let value)?:
            writer.string(value)
            writer.tag(0x2D2)
        case .configureMetrics(let value)?:
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(0x2C8)
        case .hardStop(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2C2)
        case .softStop(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2BA)
        case .queryMetrics(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2B2)
        case .queryClustersHashes(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2AA)
        case .queryClustersByDomain(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2A2)
        case .queryClusterByID(let value)?:
            writer.string(value)
            writer.tag(0x29A)
        case .deactivateListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1FA)
        case .activateListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1F2)
        case .removeListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1EA)
        case .addTcpListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1E2)
        case .addHTTPSListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1DA)
        case .addHTTPListener(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1D2)
        case .removeBackend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1CA)
        case .addBackend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1C2)
        case .removeTcpFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1BA)
        case .addTcpFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1B2)
        case .removeCertificate(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1AA)
        case .replaceCertificate(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1A2)
        case .addCertificate(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x19A)
        case .removeHTTPSFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x192)
        case .addHTTPSFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x18A)
        case .removeHTTPFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x182)
        case .addHTTPFrontend(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(122)
        case .removeCluster(let value)?:
            writer.string(value)
            writer.tag(114)
        case .addCluster(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(106)
        case .status(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(98)
        case .reloadConfiguration(let value)?:
            writer.string(value)
            writer.tag(90)
        case .subscribeEvents(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(82)
        case .upgradeWorker(let value)?:
            writer.varint(UInt64(value))
            writer.tag(72)
        case .upgradeMain(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(66)
        case .launchWorker(let value)?:
            writer.string(value)
            writer.tag(58)
        case .listListeners(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        case .listFrontends(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        case .listWorkers(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        case .loadState(let value)?:
            writer.string(value)
            writer.tag(18)
        case .saveState(let value)?:
            writer.string(value)
            writer.tag(10)
        case nil:
            break
        }
    }
}

extension Command_ListWorkers: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ListWorkers) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_ListListeners: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ListListeners) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_UpgradeMain: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpgradeMain) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_SubscribeEvents: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_SubscribeEvents) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_Status: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Status) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_QueryClustersHashes: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_QueryClustersHashes) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_SoftStop: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_SoftStop) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_HardStop: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HardStop) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_ReturnListenSockets: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ReturnListenSockets) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_CountRequests: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CountRequests) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_QueryMaxConnectionsPerIp: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_QueryMaxConnectionsPerIp) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}

extension Command_FrontendFilters: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_FrontendFilters) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // http = 1
                message._http = try decoder.readVarint() != 0
            case 16:  // https = 2
                message._https = try decoder.readVarint() != 0
            case 24:  // tcp = 3
                message._tcp = try decoder.readVarint() != 0
            case 34:  // domain = 4
                message._domain = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._domain {
            writer.string(value)
            writer.tag(34)
        }
        if self.hasTcp || !unknownNumbers.contains(3) {
            writer.byte(self.tcp ? 1 : 0)
            writer.tag(24)
        }
        if self.hasHTTPS || !unknownNumbers.contains(2) {
            writer.byte(self.https ? 1 : 0)
            writer.tag(16)
        }
        if self.hasHTTP || !unknownNumbers.contains(1) {
            writer.byte(self.http ? 1 : 0)
            writer.tag(8)
        }
    }
}

extension Command_QueryClusterByDomain: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_QueryClusterByDomain) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // hostname = 1
                message._hostname = try decoder.readString()
            case 18:  // path = 2
                message._path = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._path {
            writer.string(value)
            writer.tag(18)
        }
        if self.hasHostname || !unknownNumbers.contains(1) {
            writer.string(self.hostname)
            writer.tag(10)
        }
    }
}

extension Command_QueryMetricsOptions: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_QueryMetricsOptions) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // list = 1
                message._list = try decoder.readVarint() != 0
            case 18:  // cluster_ids = 2
                if message.clusterIds.isEmpty { message.clusterIds.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                message.clusterIds.append(try decoder.readString())
            case 26:  // backend_ids = 3
                if message.backendIds.isEmpty { message.backendIds.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                message.backendIds.append(try decoder.readString())
            case 34:  // metric_names = 4
                if message.metricNames.isEmpty { message.metricNames.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                message.metricNames.append(try decoder.readString())
            case 40:  // no_clusters = 5
                message._noClusters = try decoder.readVarint() != 0
            case 48:  // workers = 6
                message._workers = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasWorkers || !unknownNumbers.contains(6) {
            writer.byte(self.workers ? 1 : 0)
            writer.tag(48)
        }
        if self.hasNoClusters || !unknownNumbers.contains(5) {
            writer.byte(self.noClusters ? 1 : 0)
            writer.tag(40)
        }
        for item in self.metricNames.reversed() {
            writer.string(item)
            writer.tag(34)
        }
        for item in self.backendIds.reversed() {
            writer.string(item)
            writer.tag(26)
        }
        for item in self.clusterIds.reversed() {
            writer.string(item)
            writer.tag(18)
        }
        if self.hasList || !unknownNumbers.contains(1) {
            writer.byte(self.list ? 1 : 0)
            writer.tag(8)
        }
    }
}

extension Command_QueryCertificatesFilters: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_QueryCertificatesFilters) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // domain = 1
                message._domain = try decoder.readString()
            case 18:  // fingerprint = 2
                message._fingerprint = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._fingerprint {
            writer.string(value)
            writer.tag(18)
        }
        if let value = self._domain {
            writer.string(value)
            writer.tag(10)
        }
    }
}

extension Command_QueryHealthChecks: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_QueryHealthChecks) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                message._clusterID = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._clusterID {
            writer.string(value)
            writer.tag(10)
        }
    }
}

extension Command_SetHealthCheck: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_SetHealthCheck) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                message._clusterID = try decoder.readString()
            case 18:  // config = 2
                var inner = try decoder.nested()
                var value = message._config.take() ?? Command_HealthCheckConfig()
                try Command_HealthCheckConfig.wireDecode(&inner, into: &value)
                message._config = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._config {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasClusterID || !unknownNumbers.contains(1) {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_SetMetricDetail: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_SetMetricDetail) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // client_id = 1
                message._clientID = try decoder.readString()
            case 16:  // detail = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._detail = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // ttl_seconds = 3
                message._ttlSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // clear = 4
                message._clear = try decoder.readVarint() != 0
            case 42:  // reason = 5
                message._reason = try decoder.readString()
            case 48:  // peer_pid = 6
                message._peerPid = Int32(truncatingIfNeeded: try decoder.readVarint())
            case 58:  // peer_session_ulid = 7
                message._peerSessionUlid = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._peerSessionUlid {
            writer.string(value)
            writer.tag(58)
        }
        if let value = self._peerPid {
            writer.varint(UInt64(bitPattern: Int64(value)))
            writer.tag(48)
        }
        if let value = self._reason {
            writer.string(value)
            writer.tag(42)
        }
        if let value = self._clear {
            writer.byte(value ? 1 : 0)
            writer.tag(32)
        }
        if let value = self._ttlSeconds {
            writer.varint(UInt64(value))
            writer.tag(24)
        }
        if let value = self._detail {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(16)
        }
        if self.hasClientID || !unknownNumbers.contains(1) {
            writer.string(self.clientID)
            writer.tag(10)
        }
    }
}

extension Command_Cluster: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Cluster) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                storage._clusterID = try decoder.readString()
            case 16:  // sticky_session = 2
                storage._stickySession = try decoder.readVarint() != 0
            case 24:  // https_redirect = 3
                storage._httpsRedirect = try decoder.readVarint() != 0
            case 32:  // proxy_protocol = 4
                let raw = try decoder.readVarint()
                if let value = Command_ProxyProtocolConfig(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._proxyProtocol = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 40:  // load_balancing = 5
                let raw = try decoder.readVarint()
                if let value = Command_LoadBalancingAlgorithms(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._loadBalancing = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 50:  // answer_503 = 6
                storage._answer503 = try decoder.readString()
            case 56:  // load_metric = 7
                let raw = try decoder.readVarint()
                if let value = Command_LoadMetric(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._loadMetric = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 64:  // http2 = 8
                storage._http2 = try decoder.readVarint() != 0
            case 74:  // answers = 9
                if storage._answers.isEmpty { storage._answers = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 74)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                storage._answers[key ?? ""] = value ?? ""
            case 80:  // https_redirect_port = 10
                storage._httpsRedirectPort = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 90:  // authorized_hashes = 11
                if storage._authorizedHashes.isEmpty { storage._authorizedHashes.reserveCapacity(decoder.lengthDelimitedRun(tag: 90)) }
                storage._authorizedHashes.append(try decoder.readString())
            case 98:  // www_authenticate = 12
                storage._wwwAuthenticate = try decoder.readString()
            case 104:  // max_connections_per_ip = 13
                storage._maxConnectionsPerIp = try decoder.readVarint()
            case 112:  // retry_after = 14
                storage._retryAfter = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 122:  // health_check = 15
                var inner = try decoder.nested()
                var value = storage._healthCheck.take() ?? Command_HealthCheckConfig()
                try Command_HealthCheckConfig.wireDecode(&inner, into: &value)
                storage._healthCheck = consume value
            case 130:  // udp = 16
                var inner = try decoder.nested()
                var value = storage._udp.take() ?? Command_UdpClusterConfig()
                try Command_UdpClusterConfig.wireDecode(&inner, into: &value)
                storage._udp = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = storage._udp {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x182)
        }
        if let value = storage._healthCheck {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(122)
        }
        if let value = storage._retryAfter {
            writer.varint(UInt64(value))
            writer.tag(112)
        }
        if let value = storage._maxConnectionsPerIp {
            writer.varint(value)
            writer.tag(104)
        }
        if let value = storage._wwwAuthenticate {
            writer.string(value)
            writer.tag(98)
        }
        for item in storage._authorizedHashes.reversed() {
            writer.string(item)
            writer.tag(90)
        }
        if let value = storage._httpsRedirectPort {
            writer.varint(UInt64(value))
            writer.tag(80)
        }
        WireMapOrder.forEachReversed(storage._answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(74)
        }
        if let value = storage._http2 {
            writer.byte(value ? 1 : 0)
            writer.tag(64)
        }
        if let value = storage._loadMetric {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(56)
        }
        if let value = storage._answer503 {
            writer.string(value)
            writer.tag(50)
        }
        if self.hasLoadBalancing || !unknownNumbers.contains(5) {
            writer.varint(UInt64(bitPattern: Int64(self.loadBalancing.rawValue)))
            writer.tag(40)
        }
        if let value = storage._proxyProtocol {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(32)
        }
        if self.hasHTTPSRedirect || !unknownNumbers.contains(3) {
            writer.byte(self.httpsRedirect ? 1 : 0)
            writer.tag(24)
        }
        if self.hasStickySession || !unknownNumbers.contains(2) {
            writer.byte(self.stickySession ? 1 : 0)
            writer.tag(16)
        }
        if self.hasClusterID || !unknownNumbers.contains(1) {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_HealthCheckConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HealthCheckConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // uri = 1
                message._uri = try decoder.readString()
            case 16:  // interval = 2
                message._interval = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // timeout = 3
                message._timeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // healthy_threshold = 4
                message._healthyThreshold = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // unhealthy_threshold = 5
                message._unhealthyThreshold = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // expected_status = 6
                message._expectedStatus = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasExpectedStatus || !unknownNumbers.contains(6) {
            writer.varint(UInt64(self.expectedStatus))
            writer.tag(48)
        }
        if self.hasUnhealthyThreshold || !unknownNumbers.contains(5) {
            writer.varint(UInt64(self.unhealthyThreshold))
            writer.tag(40)
        }
        if self.hasHealthyThreshold || !unknownNumbers.contains(4) {
            writer.varint(UInt64(self.healthyThreshold))
            writer.tag(32)
        }
        if self.hasTimeout || !unknownNumbers.contains(3) {
            writer.varint(UInt64(self.timeout))
            writer.tag(24)
        }
        if self.hasInterval || !unknownNumbers.contains(2) {
            writer.varint(UInt64(self.interval))
            writer.tag(16)
        }
        if self.hasUri || !unknownNumbers.contains(1) {
            writer.string(self.uri)
            writer.tag(10)
        }
    }
}

extension Command_UdpClusterConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UdpClusterConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // affinity_key = 1
                let raw = try decoder.readVarint()
                if let value = Command_UdpAffinityKey(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._affinityKey = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // responses = 2
                message._responses = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // requests = 3
                message._requests = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // send_proxy_protocol = 4
                message._sendProxyProtocol = try decoder.readVarint() != 0
            case 40:  // proxy_protocol_every_datagram = 5
                message._proxyProtocolEveryDatagram = try decoder.readVarint() != 0
            case 50:  // health = 6
                var inner = try decoder.nested()
                var value = message._health.take() ?? Command_UdpHealthConfig()
                try Command_UdpHealthConfig.wireDecode(&inner, into: &value)
                message._health = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._health {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        }
        if let value = self._proxyProtocolEveryDatagram {
            writer.byte(value ? 1 : 0)
            writer.tag(40)
        }
        if let value = self._sendProxyProtocol {
            writer.byte(value ? 1 : 0)
            writer.tag(32)
        }
        if let value = self._requests {
            writer.varint(UInt64(value))
            writer.tag(24)
        }
        if let value = self._responses {
            writer.varint(UInt64(value))
            writer.tag(16)
        }
        if let value = self._affinityKey {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_UdpHealthConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UdpHealthConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // mode = 1
                let raw = try decoder.readVarint()
                if let value = Command_UdpHealthMode(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._mode = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // tcp_port = 2
                message._tcpPort = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // rise = 3
                message._rise = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // fall = 4
                message._fall = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // fail_open = 5
                message._failOpen = try decoder.readVarint() != 0
            case 50:  // udp_probe_payload = 6
                message._udpProbePayload = try decoder.readBytes()
            case 56:  // probe_interval_seconds = 7
                message._probeIntervalSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // probe_timeout_seconds = 8
                message._probeTimeoutSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._probeTimeoutSeconds {
            writer.varint(UInt64(value))
            writer.tag(64)
        }
        if let value = self._probeIntervalSeconds {
            writer.varint(UInt64(value))
            writer.tag(56)
        }
        if let value = self._udpProbePayload {
            writer.bytes(value)
            writer.tag(50)
        }
        if let value = self._failOpen {
            writer.byte(value ? 1 : 0)
            writer.tag(40)
        }
        if let value = self._fall {
            writer.varint(UInt64(value))
            writer.tag(32)
        }
        if let value = self._rise {
            writer.varint(UInt64(value))
            writer.tag(24)
        }
        if let value = self._tcpPort {
            writer.varint(UInt64(value))
            writer.tag(16)
        }
        if let value = self._mode {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_RequestHttpFrontend: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RequestHttpFrontend) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                storage._clusterID = try decoder.readString()
            case 18:  // address = 2
                var inner = try decoder.nested()
                var value = storage._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._address = consume value
            case 26:  // hostname = 3
                storage._hostname = try decoder.readString()
            case 34:  // path = 4
                var inner = try decoder.nested()
                var value = storage._path.take() ?? Command_PathRule()
                try Command_PathRule.wireDecode(&inner, into: &value)
                storage._path = consume value
            case 42:  // method = 5
                storage._method = try decoder.readString()
            case 48:  // position = 6
                let raw = try decoder.readVarint()
                if let value = Command_RulePosition(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._position = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 58:  // tags = 7
                if storage._tags.isEmpty { storage._tags = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 58)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                storage._tags[key ?? ""] = value ?? ""
            case 64:  // redirect = 8
                let raw = try decoder.readVarint()
                if let value = Command_RedirectPolicy(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._redirect = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 72:  // required_auth = 9
                storage._requiredAuth = try decoder.readVarint() != 0
            case 80:  // redirect_scheme = 10
                let raw = try decoder.readVarint()
                if let value = Command_RedirectScheme(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._redirectScheme = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 90:  // redirect_template = 11
                storage._redirectTemplate = try decoder.readString()
            case 98:  // rewrite_host = 12
                storage._rewriteHost = try decoder.readString()
            case 106:  // rewrite_path = 13
                storage._rewritePath = try decoder.readString()
            case 112:  // rewrite_port = 14
                storage._rewritePort = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 122:  // headers = 15
                if storage._headers.isEmpty { storage._headers.reserveCapacity(decoder.lengthDelimitedRun(tag: 122)) }
                var inner = try decoder.nested()
                var item = Command_Header()
                try Command_Header.wireDecode(&inner, into: &item)
                storage._headers.append(consume item)
            case 130:  // hsts = 16
                var inner = try decoder.nested()
                var value = storage._hsts.take() ?? Command_HstsConfig()
                try Command_HstsConfig.wireDecode(&inner, into: &value)
                storage._hsts = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = storage._hsts {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x182)
        }
        for item in storage._headers.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(122)
        }
        if let value = storage._rewritePort {
            writer.varint(UInt64(value))
            writer.tag(112)
        }
        if let value = storage._rewritePath {
            writer.string(value)
            writer.tag(106)
        }
        if let value = storage._rewriteHost {
            writer.string(value)
            writer.tag(98)
        }
        if let value = storage._redirectTemplate {
            writer.string(value)
            writer.tag(90)
        }
        if let value = storage._redirectScheme {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(80)
        }
        if let value = storage._requiredAuth {
            writer.byte(value ? 1 : 0)
            writer.tag(72)
        }
        if let value = storage._redirect {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(64)
        }
        WireMapOrder.forEachReversed(storage._tags) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(58)
        }
        if self.hasPosition || !unknownNumbers.contains(6) {
            writer.varint(UInt64(bitPattern: Int64(self.position.rawValue)))
            writer.tag(48)
        }
        if let value = storage._method {
            writer.string(value)
            writer.tag(42)
        }
        if let value = storage._path {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        }
        if self.hasHostname || !unknownNumbers.contains(3) {
            writer.string(self.hostname)
            writer.tag(26)
        }
        if let value = storage._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = storage._clusterID {
            writer.string(value)
            writer.tag(10)
        }
    }
}

extension Command_RequestTcpFrontend: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RequestTcpFrontend) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                message._clusterID = try decoder.readString()
            case 18:  // address = 2
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 26:  // tags = 3
                if message.tags.isEmpty { message.tags = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 26)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.tags[key ?? ""] = value ?? ""
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        WireMapOrder.forEachReversed(self.tags) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(26)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasClusterID || !unknownNumbers.contains(1) {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_RequestUdpFrontend: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RequestUdpFrontend) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                message._clusterID = try decoder.readString()
            case 18:  // address = 2
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 26:  // tags = 3
                if message.tags.isEmpty { message.tags = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 26)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.tags[key ?? ""] = value ?? ""
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        WireMapOrder.forEachReversed(self.tags) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(26)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasClusterID || !unknownNumbers.contains(1) {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_PathRule: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_PathRule) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // kind = 1
                let raw = try decoder.readVarint()
                if let value = Command_PathRuleKind(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._kind = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // value = 2
                message._value = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasValue || !unknownNumbers.contains(2) {
            writer.string(self.value)
            writer.tag(18)
        }
        if self.hasKind || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.kind.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_Header: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Header) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // position = 1
                let raw = try decoder.readVarint()
                if let value = Command_HeaderPosition(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._position = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // key = 2
                message._key = try decoder.readString()
            case 26:  // val = 3
                message._val = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasVal || !unknownNumbers.contains(3) {
            writer.string(self.val)
            writer.tag(26)
        }
        if self.hasKey || !unknownNumbers.contains(2) {
            writer.string(self.key)
            writer.tag(18)
        }
        if self.hasPosition || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.position.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_AddBackend: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_AddBackend) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                message._clusterID = try decoder.readString()
            case 18:  // backend_id = 2
                message._backendID = try decoder.readString()
            case 26:  // address = 3
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 34:  // sticky_id = 4
                message._stickyID = try decoder.readString()
            case 42:  // load_balancing_parameters = 5
                var inner = try decoder.nested()
                var value = message._loadBalancingParameters.take() ?? Command_LoadBalancingParams()
                try Command_LoadBalancingParams.wireDecode(&inner, into: &value)
                message._loadBalancingParameters = consume value
            case 48:  // backup = 6
                message._backup = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._backup {
            writer.byte(value ? 1 : 0)
            writer.tag(48)
        }
        if let value = self._loadBalancingParameters {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        }
        if let value = self._stickyID {
            writer.string(value)
            writer.tag(34)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(26)
        }
        if self.hasBackendID || !unknownNumbers.contains(2) {
            writer.string(self.backendID)
            writer.tag(18)
        }
        if self.hasClusterID || !unknownNumbers.contains(1) {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_RemoveBackend: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RemoveBackend) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                message._clusterID = try decoder.readString()
            case 18:  // backend_id = 2
                message._backendID = try decoder.readString()
            case 26:  // address = 3
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(26)
        }
        if self.hasBackendID || !unknownNumbers.contains(2) {
            writer.string(self.backendID)
            writer.tag(18)
        }
        if self.hasClusterID || !unknownNumbers.contains(1) {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_LoadBalancingParams: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_LoadBalancingParams) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // weight = 1
                message._weight = Int32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasWeight || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.weight)))
            writer.tag(8)
        }
    }
}

extension Command_HttpListenerConfig: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HttpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = storage._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = storage._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._publicAddress = consume value
            case 40:  // expect_proxy = 5
                storage._expectProxy = try decoder.readVarint() != 0
            case 50:  // sticky_name = 6
                storage._stickyName = try decoder.readString()
            case 56:  // front_timeout = 7
                storage._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // back_timeout = 8
                storage._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 72:  // connect_timeout = 9
                storage._connectTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 80:  // request_timeout = 10
                storage._requestTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 88:  // active = 11
                storage._active = try decoder.readVarint() != 0
            case 98:  // http_answers = 12
                var inner = try decoder.nested()
                var value = storage._httpAnswers.take() ?? Command_CustomHttpAnswers()
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                storage._httpAnswers = consume value
            case 104:  // h2_max_rst_stream_per_window = 13
                storage._h2MaxRstStreamPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 112:  // h2_max_ping_per_window = 14
                storage._h2MaxPingPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 120:  // h2_max_settings_per_window = 15
                storage._h2MaxSettingsPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 128:  // h2_max_empty_data_per_window = 16
                storage._h2MaxEmptyDataPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 136:  // h2_max_continuation_frames = 17
                storage._h2MaxContinuationFrames = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 144:  // h2_max_glitch_count = 18
                storage._h2MaxGlitchCount = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 152:  // h2_initial_connection_window = 19
                storage._h2InitialConnectionWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 160:  // h2_max_concurrent_streams = 20
                storage._h2MaxConcurrentStreams = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 168:  // h2_stream_shrink_ratio = 21
                storage._h2StreamShrinkRatio = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 176:  // h2_max_rst_stream_lifetime = 22
                storage._h2MaxRstStreamLifetime = try decoder.readVarint()
            case 184:  // h2_max_rst_stream_abusive_lifetime = 23
                storage._h2MaxRstStreamAbusiveLifetime = try decoder.readVarint()
            case 192:  // h2_max_header_list_size = 24
                storage._h2MaxHeaderListSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_stream_idle_timeout_seconds = 25
                storage._h2StreamIdleTimeoutSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_max_header_table_size = 26
                storage._h2MaxHeaderTableSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_rst_stream_emitted_lifetime = 27
                storage._h2MaxRstStreamEmittedLifetime = try decoder.readVarint()
            case 224:  // h2_graceful_shutdown_deadline_seconds = 28
                storage._h2GracefulShutdownDeadlineSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_max_window_update_stream0_per_window = 29
                storage._h2MaxWindowUpdateStream0PerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 242:  // sozu_id_header = 30
                storage._sozuIDHeader = try decoder.readString()
            case 250:  // answers = 31
                if storage._answers.isEmpty { storage._answers = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 250)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                storage._answers[key ?? ""] = value ?? ""
            case 256:  // elide_x_real_ip = 32
                storage._elideXRealIp = try decoder.readVarint() != 0
            case 264:  // send_x_real_ip = 33
                storage._sendXRealIp = try decoder.readVarint() != 0
            case 272:  // h2_max_header_fields = 34
                storage._h2MaxHeaderFields = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = storage._h2MaxHeaderFields {
            writer.varint(UInt64(value))
            writer.tag(0x290)
        }
        if let value = storage._sendXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x288)
        }
        if let value = storage._elideXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x280)
        }
        WireMapOrder.forEachReversed(storage._answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x1FA)
        }
        if let value = storage._sozuIDHeader {
            writer.string(value)
            writer.tag(0x1F2)
        }
        if let value = storage._h2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1E8)
        }
        if let value = storage._h2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x1E0)
        }
        if let value = storage._h2MaxRstStreamEmittedLifetime {
            writer.varint(value)
            writer.tag(0x1D8)
        }
        if let value = storage._h2MaxHeaderTableSize {
            writer.varint(UInt64(value))
            writer.tag(0x1D0)
        }
        if let value = storage._h2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x1C8)
        }
        if let value = storage._h2MaxHeaderListSize {
            writer.varint(UInt64(value))
            writer.tag(0x1C0)
        }
        if let value = storage._h2MaxRstStreamAbusiveLifetime {
            writer.varint(value)
            writer.tag(0x1B8)
        }
        if let value = storage._h2MaxRstStreamLifetime {
            writer.varint(value)
            writer.tag(0x1B0)
        }
        if let value = storage._h2StreamShrinkRatio {
            writer.varint(UInt64(value))
            writer.tag(0x1A8)
        }
        if let value = storage._h2MaxConcurrentStreams {
            writer.varint(UInt64(value))
            writer.tag(0x1A0)
        }
        if let value = storage._h2InitialConnectionWindow {
            writer.varint(UInt64(value))
            writer.tag(0x198)
        }
        if let value = storage._h2MaxGlitchCount {
            writer.varint(UInt64(value))
            writer.tag(0x190)
        }
        if let value = storage._h2MaxContinuationFrames {
            writer.varint(UInt64(value))
            writer.tag(0x188)
        }
        if let value = storage._h2MaxEmptyDataPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x180)
        }
        if let value = storage._h2MaxSettingsPerWindow {
            writer.varint(UInt64(value))
            writer.tag(120)
        }
        if let value = storage._h2MaxPingPerWindow {
            writer.varint(UInt64(value))
            writer.tag(112)
        }
        if let value = storage._h2MaxRstStreamPerWindow {
            writer.varint(UInt64(value))
            writer.tag(104)
        }
        if let value = storage._httpAnswers {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(98)
        }
        if self.hasActive || !unknownNumbers.contains(11) {
            writer.byte(self.active ? 1 : 0)
            writer.tag(88)
        }
        if self.hasRequestTimeout || !unknownNumbers.contains(10) {
            writer.varint(UInt64(self.requestTimeout))
            writer.tag(80)
        }
        if self.hasConnectTimeout || !unknownNumbers.contains(9) {
            writer.varint(UInt64(self.connectTimeout))
            writer.tag(72)
        }
        if self.hasBackTimeout || !unknownNumbers.contains(8) {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(64)
        }
        if self.hasFrontTimeout || !unknownNumbers.contains(7) {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(56)
        }
        if self.hasStickyName || !unknownNumbers.contains(6) {
            writer.string(self.stickyName)
            writer.tag(50)
        }
        if self.hasExpectProxy || !unknownNumbers.contains(5) {
            writer.byte(self.expectProxy ? 1 : 0)
            writer.tag(40)
        }
        if let value = storage._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = storage._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_HttpsListenerConfig: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HttpsListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = storage._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = storage._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._publicAddress = consume value
            case 40:  // expect_proxy = 5
                storage._expectProxy = try decoder.readVarint() != 0
            case 50:  // sticky_name = 6
                storage._stickyName = try decoder.readString()
            case 56:  // front_timeout = 7
                storage._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // back_timeout = 8
                storage._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 72:  // connect_timeout = 9
                storage._connectTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 80:  // request_timeout = 10
                storage._requestTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 88:  // active = 11
                storage._active = try decoder.readVarint() != 0
            case 96:  // versions = 12
                let raw = try decoder.readVarint()
                if let value = Command_TlsVersion(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._versions.append(value)
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 98:  // versions = 12, packed
                var packed = try decoder.sameLevel()
                var unknownNumbers: [Int32] = []
                while !packed.isAtEnd {
                    let raw = Int32(truncatingIfNeeded: try packed.readVarint())
                    if let value = Command_TlsVersion(rawValue: Int(raw)) {
                        storage._versions.append(value)
                    } else {
                        unknownNumbers.append(raw)
                    }
                }
                if !unknownNumbers.isEmpty { unknown.appendPacked(fieldNumber: 12, unknownNumbers) }
            case 106:  // cipher_list = 13
                if storage._cipherList.isEmpty { storage._cipherList.reserveCapacity(decoder.lengthDelimitedRun(tag: 106)) }
                storage._cipherList.append(try decoder.readString())
            case 114:  // cipher_suites = 14
                if storage._cipherSuites.isEmpty { storage._cipherSuites.reserveCapacity(decoder.lengthDelimitedRun(tag: 114)) }
                storage._cipherSuites.append(try decoder.readString())
            case 122:  // signature_algorithms = 15
                if storage._signatureAlgorithms.isEmpty { storage._signatureAlgorithms.reserveCapacity(decoder.lengthDelimitedRun(tag: 122)) }
                storage._signatureAlgorithms.append(try decoder.readString())
            case 130:  // groups_list = 16
                if storage._groupsList.isEmpty { storage._groupsList.reserveCapacity(decoder.lengthDelimitedRun(tag: 130)) }
                storage._groupsList.append(try decoder.readString())
            case 138:  // certificate = 17
                storage._certificate = try decoder.readString()
            case 146:  // certificate_chain = 18
                if storage._certificateChain.isEmpty { storage._certificateChain.reserveCapacity(decoder.lengthDelimitedRun(tag: 146)) }
                storage._certificateChain.append(try decoder.readString())
            case 154:  // key = 19
                storage._key = try decoder.readString()
            case 160:  // send_tls13_tickets = 20
                storage._sendTls13Tickets = try decoder.readVarint()
            case 170:  // http_answers = 21
                var inner = try decoder.nested()
                var value = storage._httpAnswers.take() ?? Command_CustomHttpAnswers()
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                storage._httpAnswers = consume value
            case 178:  // alpn_protocols = 22
                if storage._alpnProtocols.isEmpty { storage._alpnProtocols.reserveCapacity(decoder.lengthDelimitedRun(tag: 178)) }
                storage._alpnProtocols.append(try decoder.readString())
            case 184:  // h2_max_rst_stream_per_window = 23
                storage._h2MaxRstStreamPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 192:  // h2_max_ping_per_window = 24
                storage._h2MaxPingPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_max_settings_per_window = 25
                storage._h2MaxSettingsPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_max_empty_data_per_window = 26
                storage._h2MaxEmptyDataPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_continuation_frames = 27
                storage._h2MaxContinuationFrames = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 224:  // h2_max_glitch_count = 28
                storage._h2MaxGlitchCount = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_initial_connection_window = 29
                storage._h2InitialConnectionWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 240:  // h2_max_concurrent_streams = 30
                storage._h2MaxConcurrentStreams = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 248:  // h2_stream_shrink_ratio = 31
                storage._h2StreamShrinkRatio = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 256:  // h2_max_rst_stream_lifetime = 32
                storage._h2MaxRstStreamLifetime = try decoder.readVarint()
            case 264:  // h2_max_rst_stream_abusive_lifetime = 33
                storage._h2MaxRstStreamAbusiveLifetime = try decoder.readVarint()
            case 272:  // h2_max_header_list_size = 34
                storage._h2MaxHeaderListSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 280:  // strict_sni_binding = 35
                storage._strictSniBinding = try decoder.readVarint() != 0
            case 288:  // disable_http11 = 36
                storage._disableHTTP11 = try decoder.readVarint() != 0
            case 296:  // h2_stream_idle_timeout_seconds = 37
                storage._h2StreamIdleTimeoutSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 304:  // h2_max_header_table_size = 38
                storage._h2MaxHeaderTableSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 312:  // h2_max_rst_stream_emitted_lifetime = 39
                storage._h2MaxRstStreamEmittedLifetime = try decoder.readVarint()
            case 320:  // h2_graceful_shutdown_deadline_seconds = 40
                storage._h2GracefulShutdownDeadlineSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 328:  // h2_max_window_update_stream0_per_window = 41
                storage._h2MaxWindowUpdateStream0PerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 338:  // sozu_id_header = 42
                storage._sozuIDHeader = try decoder.readString()
            case 346:  // answers = 43
                if storage._answers.isEmpty { storage._answers = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 346)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                storage._answers[key ?? ""] = value ?? ""
            case 352:  // elide_x_real_ip = 44
                storage._elideXRealIp = try decoder.readVarint() != 0
            case 360:  // send_x_real_ip = 45
                storage._sendXRealIp = try decoder.readVarint() != 0
            case 370:  // hsts = 46
                var inner = try decoder.nested()
                var value = storage._hsts.take() ?? Command_HstsConfig()
                try Command_HstsConfig.wireDecode(&inner, into: &value)
                storage._hsts = consume value
            case 376:  // h2_max_header_fields = 47
                storage._h2MaxHeaderFields = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = storage._h2MaxHeaderFields {
            writer.varint(UInt64(value))
            writer.tag(0x2F8)
        }
        if let value = storage._hsts {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2F2)
        }
        if let value = storage._sendXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x2E8)
        }
        if let value = storage._elideXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x2E0)
        }
        WireMapOrder.forEachReversed(storage._answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x2DA)
        }
        if let value = storage._sozuIDHeader {
            writer.string(value)
            writer.tag(0x2D2)
        }
        if let value = storage._h2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x2C8)
        }
        if let value = storage._h2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x2C0)
        }
        if let value = storage._h2MaxRstStreamEmittedLifetime {
            writer.varint(value)
            writer.tag(0x2B8)
        }
        if let value = storage._h2MaxHeaderTableSize {
            writer.varint(UInt64(value))
            writer.tag(0x2B0)
        }
        if let value = storage._h2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x2A8)
        }
        if let value = storage._disableHTTP11 {
            writer.byte(value ? 1 : 0)
            writer.tag(0x2A0)
        }
        if let value = storage._strictSniBinding {
            writer.byte(value ? 1 : 0)
            writer.tag(0x298)
        }
        if let value = storage._h2MaxHeaderListSize {
            writer.varint(UInt64(value))
            writer.tag(0x290)
        }
        if let value = storage._h2MaxRstStreamAbusiveLifetime {
            writer.varint(value)
            writer.tag(0x288)
        }
        if let value = storage._h2MaxRstStreamLifetime {
            writer.varint(value)
            writer.tag(0x280)
        }
        if let value = storage._h2StreamShrinkRatio {
            writer.varint(UInt64(value))
            writer.tag(0x1F8)
        }
        if let value = storage._h2MaxConcurrentStreams {
            writer.varint(UInt64(value))
            writer.tag(0x1F0)
        }
        if let value = storage._h2InitialConnectionWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1E8)
        }
        if let value = storage._h2MaxGlitchCount {
            writer.varint(UInt64(value))
            writer.tag(0x1E0)
        }
        if let value = storage._h2MaxContinuationFrames {
            writer.varint(UInt64(value))
            writer.tag(0x1D8)
        }
        if let value = storage._h2MaxEmptyDataPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1D0)
        }
        if let value = storage._h2MaxSettingsPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1C8)
        }
        if let value = storage._h2MaxPingPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1C0)
        }
        if let value = storage._h2MaxRstStreamPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1B8)
        }
        for item in storage._alpnProtocols.reversed() {
            writer.string(item)
            writer.tag(0x1B2)
        }
        if let value = storage._httpAnswers {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1AA)
        }
        if self.hasSendTls13Tickets || !unknownNumbers.contains(20) {
            writer.varint(self.sendTls13Tickets)
            writer.tag(0x1A0)
        }
        if let value = storage._key {
            writer.string(value)
            writer.tag(0x19A)
        }
        for item in storage._certificateChain.reversed() {
            writer.string(item)
            writer.tag(0x192)
        }
        if let value = storage._certificate {
            writer.string(value)
            writer.tag(0x18A)
        }
        for item in storage._groupsList.reversed() {
            writer.string(item)
            writer.tag(0x182)
        }
        for item in storage._signatureAlgorithms.reversed() {
            writer.string(item)
            writer.tag(122)
        }
        for item in storage._cipherSuites.reversed() {
            writer.string(item)
            writer.tag(114)
        }
        for item in storage._cipherList.reversed() {
            writer.string(item)
            writer.tag(106)
        }
        for item in storage._versions.reversed() {
            writer.varint(UInt64(bitPattern: Int64(item.rawValue)))
            writer.tag(96)
        }
        if self.hasActive || !unknownNumbers.contains(11) {
            writer.byte(self.active ? 1 : 0)
            writer.tag(88)
        }
        if self.hasRequestTimeout || !unknownNumbers.contains(10) {
            writer.varint(UInt64(self.requestTimeout))
            writer.tag(80)
        }
        if self.hasConnectTimeout || !unknownNumbers.contains(9) {
            writer.varint(UInt64(self.connectTimeout))
            writer.tag(72)
        }
        if self.hasBackTimeout || !unknownNumbers.contains(8) {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(64)
        }
        if self.hasFrontTimeout || !unknownNumbers.contains(7) {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(56)
        }
        if self.hasStickyName || !unknownNumbers.contains(6) {
            writer.string(self.stickyName)
            writer.tag(50)
        }
        if self.hasExpectProxy || !unknownNumbers.contains(5) {
            writer.byte(self.expectProxy ? 1 : 0)
            writer.tag(40)
        }
        if let value = storage._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = storage._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_TcpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_TcpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = message._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._publicAddress = consume value
            case 24:  // expect_proxy = 3
                message._expectProxy = try decoder.readVarint() != 0
            case 32:  // front_timeout = 4
                message._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // back_timeout = 5
                message._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // connect_timeout = 6
                message._connectTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // active = 7
                message._active = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasActive || !unknownNumbers.contains(7) {
            writer.byte(self.active ? 1 : 0)
            writer.tag(56)
        }
        if self.hasConnectTimeout || !unknownNumbers.contains(6) {
            writer.varint(UInt64(self.connectTimeout))
            writer.tag(48)
        }
        if self.hasBackTimeout || !unknownNumbers.contains(5) {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(40)
        }
        if self.hasFrontTimeout || !unknownNumbers.contains(4) {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(32)
        }
        if self.hasExpectProxy || !unknownNumbers.contains(3) {
            writer.byte(self.expectProxy ? 1 : 0)
            writer.tag(24)
        }
        if let value = self._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UdpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UdpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = message._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._publicAddress = consume value
            case 24:  // front_timeout = 3
                message._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // back_timeout = 4
                message._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // max_rx_datagram_size = 5
                message._maxRxDatagramSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // max_flows = 6
                message._maxFlows = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // active = 7
                message._active = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasActive || !unknownNumbers.contains(7) {
            writer.byte(self.active ? 1 : 0)
            writer.tag(56)
        }
        if self.hasMaxFlows || !unknownNumbers.contains(6) {
            writer.varint(UInt64(self.maxFlows))
            writer.tag(48)
        }
        if self.hasMaxRxDatagramSize || !unknownNumbers.contains(5) {
            writer.varint(UInt64(self.maxRxDatagramSize))
            writer.tag(40)
        }
        if self.hasBackTimeout || !unknownNumbers.contains(4) {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(32)
        }
        if self.hasFrontTimeout || !unknownNumbers.contains(3) {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(24)
        }
        if let value = self._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateHttpListenerConfig: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateHttpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = storage._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = storage._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._publicAddress = consume value
            case 24:  // expect_proxy = 3
                storage._expectProxy = try decoder.readVarint() != 0
            case 34:  // sticky_name = 4
                storage._stickyName = try decoder.readString()
            case 40:  // front_timeout = 5
                storage._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // back_timeout = 6
                storage._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // connect_timeout = 7
                storage._connectTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // request_timeout = 8
                storage._requestTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 74:  // http_answers = 9
                var inner = try decoder.nested()
                var value = storage._httpAnswers.take() ?? Command_CustomHttpAnswers()
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                storage._httpAnswers = consume value
            case 160:  // h2_max_rst_stream_per_window = 20
                storage._h2MaxRstStreamPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 168:  // h2_max_ping_per_window = 21
                storage._h2MaxPingPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 176:  // h2_max_settings_per_window = 22
                storage._h2MaxSettingsPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 184:  // h2_max_empty_data_per_window = 23
                storage._h2MaxEmptyDataPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 192:  // h2_max_continuation_frames = 24
                storage._h2MaxContinuationFrames = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_max_glitch_count = 25
                storage._h2MaxGlitchCount = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_initial_connection_window = 26
                storage._h2InitialConnectionWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_concurrent_streams = 27
                storage._h2MaxConcurrentStreams = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 224:  // h2_stream_shrink_ratio = 28
                storage._h2StreamShrinkRatio = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_max_rst_stream_lifetime = 29
                storage._h2MaxRstStreamLifetime = try decoder.readVarint()
            case 240:  // h2_max_rst_stream_abusive_lifetime = 30
                storage._h2MaxRstStreamAbusiveLifetime = try decoder.readVarint()
            case 248:  // h2_max_rst_stream_emitted_lifetime = 31
                storage._h2MaxRstStreamEmittedLifetime = try decoder.readVarint()
            case 256:  // h2_max_header_list_size = 32
                storage._h2MaxHeaderListSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 264:  // h2_max_header_table_size = 33
                storage._h2MaxHeaderTableSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 272:  // h2_stream_idle_timeout_seconds = 34
                storage._h2StreamIdleTimeoutSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 280:  // h2_graceful_shutdown_deadline_seconds = 35
                storage._h2GracefulShutdownDeadlineSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 288:  // h2_max_window_update_stream0_per_window = 36
                storage._h2MaxWindowUpdateStream0PerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 298:  // sozu_id_header = 37
                storage._sozuIDHeader = try decoder.readString()
            case 306:  // answers = 38
                if storage._answers.isEmpty { storage._answers = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 306)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                storage._answers[key ?? ""] = value ?? ""
            case 312:  // elide_x_real_ip = 39
                storage._elideXRealIp = try decoder.readVarint() != 0
            case 320:  // send_x_real_ip = 40
                storage._sendXRealIp = try decoder.readVarint() != 0
            case 328:  // h2_max_header_fields = 41
                storage._h2MaxHeaderFields = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        writer.unknown(self.unknownFields)
        if let value = storage._h2MaxHeaderFields {
            writer.varint(UInt64(value))
            writer.tag(0x2C8)
        }
        if let value = storage._sendXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x2C0)
        }
        if let value = storage._elideXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x2B8)
        }
        WireMapOrder.forEachReversed(storage._answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x2B2)
        }
        if let value = storage._sozuIDHeader {
            writer.string(value)
            writer.tag(0x2AA)
        }
        if let value = storage._h2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x2A0)
        }
        if let value = storage._h2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x298)
        }
        if let value = storage._h2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x290)
        }
        if let value = storage._h2MaxHeaderTableSize {
            writer.varint(UInt64(value))
            writer.tag(0x288)
        }
        if let value = storage._h2MaxHeaderListSize {
            writer.varint(UInt64(value))
            writer.tag(0x280)
        }
        if let value = storage._h2MaxRstStreamEmittedLifetime {
            writer.varint(value)
            writer.tag(0x1F8)
        }
        if let value = storage._h2MaxRstStreamAbusiveLifetime {
            writer.varint(value)
            writer.tag(0x1F0)
        }
        if let value = storage._h2MaxRstStreamLifetime {
            writer.varint(value)
            writer.tag(0x1E8)
        }
        if let value = storage._h2StreamShrinkRatio {
            writer.varint(UInt64(value))
            writer.tag(0x1E0)
        }
        if let value = storage._h2MaxConcurrentStreams {
            writer.varint(UInt64(value))
            writer.tag(0x1D8)
        }
        if let value = storage._h2InitialConnectionWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1D0)
        }
        if let value = storage._h2MaxGlitchCount {
            writer.varint(UInt64(value))
            writer.tag(0x1C8)
        }
        if let value = storage._h2MaxContinuationFrames {
            writer.varint(UInt64(value))
            writer.tag(0x1C0)
        }
        if let value = storage._h2MaxEmptyDataPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1B8)
        }
        if let value = storage._h2MaxSettingsPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1B0)
        }
        if let value = storage._h2MaxPingPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1A8)
        }
        if let value = storage._h2MaxRstStreamPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1A0)
        }
        if let value = storage._httpAnswers {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(74)
        }
        if let value = storage._requestTimeout {
            writer.varint(UInt64(value))
            writer.tag(64)
        }
        if let value = storage._connectTimeout {
            writer.varint(UInt64(value))
            writer.tag(56)
        }
        if let value = storage._backTimeout {
            writer.varint(UInt64(value))
            writer.tag(48)
        }
        if let value = storage._frontTimeout {
            writer.varint(UInt64(value))
            writer.tag(40)
        }
        if let value = storage._stickyName {
            writer.string(value)
            writer.tag(34)
        }
        if let value = storage._expectProxy {
            writer.byte(value ? 1 : 0)
            writer.tag(24)
        }
        if let value = storage._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = storage._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateHttpsListenerConfig: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateHttpsListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = storage._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = storage._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._publicAddress = consume value
            case 24:  // expect_proxy = 3
                storage._expectProxy = try decoder.readVarint() != 0
            case 34:  // sticky_name = 4
                storage._stickyName = try decoder.readString()
            case 40:  // front_timeout = 5
                storage._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // back_timeout = 6
                storage._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // connect_timeout = 7
                storage._connectTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // request_timeout = 8
                storage._requestTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 74:  // http_answers = 9
                var inner = try decoder.nested()
                var value = storage._httpAnswers.take() ?? Command_CustomHttpAnswers()
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                storage._httpAnswers = consume value
            case 82:  // alpn_protocols = 10
                var inner = try decoder.nested()
                var value = storage._alpnProtocols.take() ?? Command_AlpnProtocols()
                try Command_AlpnProtocols.wireDecode(&inner, into: &value)
                storage._alpnProtocols = consume value
            case 88:  // strict_sni_binding = 11
                storage._strictSniBinding = try decoder.readVarint() != 0
            case 96:  // disable_http11 = 12
                storage._disableHTTP11 = try decoder.readVarint() != 0
            case 160:  // h2_max_rst_stream_per_window = 20
                storage._h2MaxRstStreamPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 168:  // h2_max_ping_per_window = 21
                storage._h2MaxPingPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 176:  // h2_max_settings_per_window = 22
                storage._h2MaxSettingsPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 184:  // h2_max_empty_data_per_window = 23
                storage._h2MaxEmptyDataPerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 192:  // h2_max_continuation_frames = 24
                storage._h2MaxContinuationFrames = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_max_glitch_count = 25
                storage._h2MaxGlitchCount = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_initial_connection_window = 26
                storage._h2InitialConnectionWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_concurrent_streams = 27
                storage._h2MaxConcurrentStreams = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 224:  // h2_stream_shrink_ratio = 28
                storage._h2StreamShrinkRatio = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_max_rst_stream_lifetime = 29
                storage._h2MaxRstStreamLifetime = try decoder.readVarint()
            case 240:  // h2_max_rst_stream_abusive_lifetime = 30
                storage._h2MaxRstStreamAbusiveLifetime = try decoder.readVarint()
            case 248:  // h2_max_rst_stream_emitted_lifetime = 31
                storage._h2MaxRstStreamEmittedLifetime = try decoder.readVarint()
            case 256:  // h2_max_header_list_size = 32
                storage._h2MaxHeaderListSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 264:  // h2_max_header_table_size = 33
                storage._h2MaxHeaderTableSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 272:  // h2_stream_idle_timeout_seconds = 34
                storage._h2StreamIdleTimeoutSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 280:  // h2_graceful_shutdown_deadline_seconds = 35
                storage._h2GracefulShutdownDeadlineSeconds = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 288:  // h2_max_window_update_stream0_per_window = 36
                storage._h2MaxWindowUpdateStream0PerWindow = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 298:  // sozu_id_header = 37
                storage._sozuIDHeader = try decoder.readString()
            case 306:  // answers = 38
                if storage._answers.isEmpty { storage._answers = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 306)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                storage._answers[key ?? ""] = value ?? ""
            case 312:  // elide_x_real_ip = 39
                storage._elideXRealIp = try decoder.readVarint() != 0
            case 320:  // send_x_real_ip = 40
                storage._sendXRealIp = try decoder.readVarint() != 0
            case 330:  // hsts = 41
                var inner = try decoder.nested()
                var value = storage._hsts.take() ?? Command_HstsConfig()
                try Command_HstsConfig.wireDecode(&inner, into: &value)
                storage._hsts = consume value
            case 336:  // h2_max_header_fields = 42
                storage._h2MaxHeaderFields = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        writer.unknown(self.unknownFields)
        if let value = storage._h2MaxHeaderFields {
            writer.varint(UInt64(value))
            writer.tag(0x2D0)
        }
        if let value = storage._hsts {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2CA)
        }
        if let value = storage._sendXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x2C0)
        }
        if let value = storage._elideXRealIp {
            writer.byte(value ? 1 : 0)
            writer.tag(0x2B8)
        }
        WireMapOrder.forEachReversed(storage._answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x2B2)
        }
        if let value = storage._sozuIDHeader {
            writer.string(value)
            writer.tag(0x2AA)
        }
        if let value = storage._h2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x2A0)
        }
        if let value = storage._h2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x298)
        }
        if let value = storage._h2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(value))
            writer.tag(0x290)
        }
        if let value = storage._h2MaxHeaderTableSize {
            writer.varint(UInt64(value))
            writer.tag(0x288)
        }
        if let value = storage._h2MaxHeaderListSize {
            writer.varint(UInt64(value))
            writer.tag(0x280)
        }
        if let value = storage._h2MaxRstStreamEmittedLifetime {
            writer.varint(value)
            writer.tag(0x1F8)
        }
        if let value = storage._h2MaxRstStreamAbusiveLifetime {
            writer.varint(value)
            writer.tag(0x1F0)
        }
        if let value = storage._h2MaxRstStreamLifetime {
            writer.varint(value)
            writer.tag(0x1E8)
        }
        if let value = storage._h2StreamShrinkRatio {
            writer.varint(UInt64(value))
            writer.tag(0x1E0)
        }
        if let value = storage._h2MaxConcurrentStreams {
            writer.varint(UInt64(value))
            writer.tag(0x1D8)
        }
        if let value = storage._h2InitialConnectionWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1D0)
        }
        if let value = storage._h2MaxGlitchCount {
            writer.varint(UInt64(value))
            writer.tag(0x1C8)
        }
        if let value = storage._h2MaxContinuationFrames {
            writer.varint(UInt64(value))
            writer.tag(0x1C0)
        }
        if let value = storage._h2MaxEmptyDataPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1B8)
        }
        if let value = storage._h2MaxSettingsPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1B0)
        }
        if let value = storage._h2MaxPingPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1A8)
        }
        if let value = storage._h2MaxRstStreamPerWindow {
            writer.varint(UInt64(value))
            writer.tag(0x1A0)
        }
        if let value = storage._disableHTTP11 {
            writer.byte(value ? 1 : 0)
            writer.tag(96)
        }
        if let value = storage._strictSniBinding {
            writer.byte(value ? 1 : 0)
            writer.tag(88)
        }
        if let value = storage._alpnProtocols {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(82)
        }
        if let value = storage._httpAnswers {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(74)
        }
        if let value = storage._requestTimeout {
            writer.varint(UInt64(value))
            writer.tag(64)
        }
        if let value = storage._connectTimeout {
            writer.varint(UInt64(value))
            writer.tag(56)
        }
        if let value = storage._backTimeout {
            writer.varint(UInt64(value))
            writer.tag(48)
        }
        if let value = storage._frontTimeout {
            writer.varint(UInt64(value))
            writer.tag(40)
        }
        if let value = storage._stickyName {
            writer.string(value)
            writer.tag(34)
        }
        if let value = storage._expectProxy {
            writer.byte(value ? 1 : 0)
            writer.tag(24)
        }
        if let value = storage._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = storage._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateTcpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateTcpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = message._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._publicAddress = consume value
            case 24:  // expect_proxy = 3
                message._expectProxy = try decoder.readVarint() != 0
            case 32:  // front_timeout = 4
                message._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // back_timeout = 5
                message._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // connect_timeout = 6
                message._connectTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._connectTimeout {
            writer.varint(UInt64(value))
            writer.tag(48)
        }
        if let value = self._backTimeout {
            writer.varint(UInt64(value))
            writer.tag(40)
        }
        if let value = self._frontTimeout {
            writer.varint(UInt64(value))
            writer.tag(32)
        }
        if let value = self._expectProxy {
            writer.byte(value ? 1 : 0)
            writer.tag(24)
        }
        if let value = self._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateUdpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateUdpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = message._publicAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._publicAddress = consume value
            case 24:  // front_timeout = 3
                message._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // back_timeout = 4
                message._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // max_rx_datagram_size = 5
                message._maxRxDatagramSize = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // max_flows = 6
                message._maxFlows = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._maxFlows {
            writer.varint(UInt64(value))
            writer.tag(48)
        }
        if let value = self._maxRxDatagramSize {
            writer.varint(UInt64(value))
            writer.tag(40)
        }
        if let value = self._backTimeout {
            writer.varint(UInt64(value))
            writer.tag(32)
        }
        if let value = self._frontTimeout {
            writer.varint(UInt64(value))
            writer.tag(24)
        }
        if let value = self._publicAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ActivateListener: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ActivateListener) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 16:  // proxy = 2
                let raw = try decoder.readVarint()
                if let value = Command_ListenerType(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._proxy = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // from_scm = 3
                message._fromScm = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasFromScm || !unknownNumbers.contains(3) {
            writer.byte(self.fromScm ? 1 : 0)
            writer.tag(24)
        }
        if self.hasProxy || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.proxy.rawValue)))
            writer.tag(16)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_DeactivateListener: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_DeactivateListener) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 16:  // proxy = 2
                let raw = try decoder.readVarint()
                if let value = Command_ListenerType(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._proxy = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // to_scm = 3
                message._toScm = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasToScm || !unknownNumbers.contains(3) {
            writer.byte(self.toScm ? 1 : 0)
            writer.tag(24)
        }
        if self.hasProxy || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.proxy.rawValue)))
            writer.tag(16)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_RemoveListener: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RemoveListener) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 16:  // proxy = 2
                let raw = try decoder.readVarint()
                if let value = Command_ListenerType(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._proxy = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasProxy || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.proxy.rawValue)))
            writer.tag(16)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_HstsConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HstsConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // enabled = 1
                message._enabled = try decoder.readVarint() != 0
            case 16:  // max_age = 2
                message._maxAge = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // include_subdomains = 3
                message._includeSubdomains = try decoder.readVarint() != 0
            case 32:  // preload = 4
                message._preload = try decoder.readVarint() != 0
            case 40:  // force_replace_backend = 5
                message._forceReplaceBackend = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._forceReplaceBackend {
            writer.byte(value ? 1 : 0)
            writer.tag(40)
        }
        if let value = self._preload {
            writer.byte(value ? 1 : 0)
            writer.tag(32)
        }
        if let value = self._includeSubdomains {
            writer.byte(value ? 1 : 0)
            writer.tag(24)
        }
        if let value = self._maxAge {
            writer.varint(UInt64(value))
            writer.tag(16)
        }
        if let value = self._enabled {
            writer.byte(value ? 1 : 0)
            writer.tag(8)
        }
    }
}

extension Command_CustomHttpAnswers: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CustomHttpAnswers) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // answer_301 = 1
                message._answer301 = try decoder.readString()
            case 18:  // answer_400 = 2
                message._answer400 = try decoder.readString()
            case 26:  // answer_401 = 3
                message._answer401 = try decoder.readString()
            case 34:  // answer_404 = 4
                message._answer404 = try decoder.readString()
            case 42:  // answer_408 = 5
                message._answer408 = try decoder.readString()
            case 50:  // answer_413 = 6
                message._answer413 = try decoder.readString()
            case 58:  // answer_502 = 7
                message._answer502 = try decoder.readString()
            case 66:  // answer_503 = 8
                message._answer503 = try decoder.readString()
            case 74:  // answer_504 = 9
                message._answer504 = try decoder.readString()
            case 82:  // answer_507 = 10
                message._answer507 = try decoder.readString()
            case 90:  // answer_421 = 11
                message._answer421 = try decoder.readString()
            case 98:  // answer_429 = 12
                message._answer429 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._answer429 {
            writer.string(value)
            writer.tag(98)
        }
        if let value = self._answer421 {
            writer.string(value)
            writer.tag(90)
        }
        if let value = self._answer507 {
            writer.string(value)
            writer.tag(82)
        }
        if let value = self._answer504 {
            writer.string(value)
            writer.tag(74)
        }
        if let value = self._answer503 {
            writer.string(value)
            writer.tag(66)
        }
        if let value = self._answer502 {
            writer.string(value)
            writer.tag(58)
        }
        if let value = self._answer413 {
            writer.string(value)
            writer.tag(50)
        }
        if let value = self._answer408 {
            writer.string(value)
            writer.tag(42)
        }
        if let value = self._answer404 {
            writer.string(value)
            writer.tag(34)
        }
        if let value = self._answer401 {
            writer.string(value)
            writer.tag(26)
        }
        if let value = self._answer400 {
            writer.string(value)
            writer.tag(18)
        }
        if let value = self._answer301 {
            writer.string(value)
            writer.tag(10)
        }
    }
}

extension Command_AlpnProtocols: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_AlpnProtocols) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // values = 1
                if message.values.isEmpty { message.values.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                message.values.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.values.reversed() {
            writer.string(item)
            writer.tag(10)
        }
    }
}

extension Command_AddCertificate: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_AddCertificate) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // certificate = 2
                var inner = try decoder.nested()
                var value = message._certificate.take() ?? Command_CertificateAndKey()
                try Command_CertificateAndKey.wireDecode(&inner, into: &value)
                message._certificate = consume value
            case 24:  // expired_at = 3
                message._expiredAt = Int64(bitPattern: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._expiredAt {
            writer.varint(UInt64(bitPattern: value))
            writer.tag(24)
        }
        if let value = self._certificate {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ReplaceCertificate: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ReplaceCertificate) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // new_certificate = 2
                var inner = try decoder.nested()
                var value = message._newCertificate.take() ?? Command_CertificateAndKey()
                try Command_CertificateAndKey.wireDecode(&inner, into: &value)
                message._newCertificate = consume value
            case 26:  // old_fingerprint = 3
                message._oldFingerprint = try decoder.readString()
            case 32:  // new_expired_at = 4
                message._newExpiredAt = Int64(bitPattern: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._newExpiredAt {
            writer.varint(UInt64(bitPattern: value))
            writer.tag(32)
        }
        if self.hasOldFingerprint || !unknownNumbers.contains(3) {
            writer.string(self.oldFingerprint)
            writer.tag(26)
        }
        if let value = self._newCertificate {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_RemoveCertificate: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RemoveCertificate) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // fingerprint = 2
                message._fingerprint = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasFingerprint || !unknownNumbers.contains(2) {
            writer.string(self.fingerprint)
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_CertificateAndKey: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CertificateAndKey) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // certificate = 1
                message._certificate = try decoder.readString()
            case 18:  // certificate_chain = 2
                if message.certificateChain.isEmpty { message.certificateChain.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                message.certificateChain.append(try decoder.readString())
            case 26:  // key = 3
                message._key = try decoder.readString()
            case 32:  // versions = 4
                let raw = try decoder.readVarint()
                if let value = Command_TlsVersion(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message.versions.append(value)
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 34:  // versions = 4, packed
                var packed = try decoder.sameLevel()
                var unknownNumbers: [Int32] = []
                while !packed.isAtEnd {
                    let raw = Int32(truncatingIfNeeded: try packed.readVarint())
                    if let value = Command_TlsVersion(rawValue: Int(raw)) {
                        message.versions.append(value)
                    } else {
                        unknownNumbers.append(raw)
                    }
                }
                if !unknownNumbers.isEmpty { unknown.appendPacked(fieldNumber: 4, unknownNumbers) }
            case 42:  // names = 5
                if message.names.isEmpty { message.names.reserveCapacity(decoder.lengthDelimitedRun(tag: 42)) }
                message.names.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        for item in self.names.reversed() {
            writer.string(item)
            writer.tag(42)
        }
        for item in self.versions.reversed() {
            writer.varint(UInt64(bitPattern: Int64(item.rawValue)))
            writer.tag(32)
        }
        if self.hasKey || !unknownNumbers.contains(3) {
            writer.string(self.key)
            writer.tag(26)
        }
        for item in self.certificateChain.reversed() {
            writer.string(item)
            writer.tag(18)
        }
        if self.hasCertificate || !unknownNumbers.contains(1) {
            writer.string(self.certificate)
            writer.tag(10)
        }
    }
}

extension Command_CertificateSummary: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CertificateSummary) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // domain = 1
                message._domain = try decoder.readString()
            case 18:  // fingerprint = 2
                message._fingerprint = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasFingerprint || !unknownNumbers.contains(2) {
            writer.string(self.fingerprint)
            writer.tag(18)
        }
        if self.hasDomain || !unknownNumbers.contains(1) {
            writer.string(self.domain)
            writer.tag(10)
        }
    }
}

extension Command_ListOfCertificatesByAddress: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ListOfCertificatesByAddress) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // certificates = 1
                if message.certificates.isEmpty { message.certificates.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_CertificatesByAddress()
                try Command_CertificatesByAddress.wireDecode(&inner, into: &item)
                message.certificates.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.certificates.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_CertificatesByAddress: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CertificatesByAddress) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 18:  // certificate_summaries = 2
                if message.certificateSummaries.isEmpty { message.certificateSummaries.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_CertificateSummary()
                try Command_CertificateSummary.wireDecode(&inner, into: &item)
                message.certificateSummaries.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.certificateSummaries.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_CertificatesWithFingerprints: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CertificatesWithFingerprints) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // certs = 1
                if message.certs.isEmpty { message.certs = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_CertificateAndKey?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_CertificateAndKey()
                        try Command_CertificateAndKey.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.certs[key ?? ""] = value ?? Command_CertificateAndKey()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.certs) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_Response: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Response) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // status = 1
                let raw = try decoder.readVarint()
                if let value = Command_ResponseStatus(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._status = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // message = 2
                message._message = try decoder.readString()
            case 26:  // content = 3
                var inner = try decoder.nested()
                var value = message._content.take() ?? Command_ResponseContent()
                try Command_ResponseContent.wireDecode(&inner, into: &value)
                message._content = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._content {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(26)
        }
        if self.hasMessage || !unknownNumbers.contains(2) {
            writer.string(self.message)
            writer.tag(18)
        }
        if self.hasStatus || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.status.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_ResponseContent: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ResponseContent) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var oneof_contentType: Command_ResponseContent.OneOf_ContentType? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // workers = 1
                var inner = try decoder.nested()
                var value = Command_WorkerInfos()
                if case .workers(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_WorkerInfos.wireDecode(&inner, into: &value)
                oneof_contentType = .workers(consume value)
            case 18:  // metrics = 2
                var inner = try decoder.nested()
                var value = Command_AggregatedMetrics()
                if case .metrics(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_AggregatedMetrics.wireDecode(&inner, into: &value)
                oneof_contentType = .metrics(consume value)
            case 26:  // worker_responses = 3
                var inner = try decoder.nested()
                var value = Command_WorkerResponses()
                if case .workerResponses(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_WorkerResponses.wireDecode(&inner, into: &value)
                oneof_contentType = .workerResponses(consume value)
            case 34:  // event = 4
                var inner = try decoder.nested()
                var value = Command_Event()
                if case .event(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_Event.wireDecode(&inner, into: &value)
                oneof_contentType = .event(consume value)
            case 42:  // frontend_list = 5
                var inner = try decoder.nested()
                var value = Command_ListedFrontends()
                if case .frontendList(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_ListedFrontends.wireDecode(&inner, into: &value)
                oneof_contentType = .frontendList(consume value)
            case 50:  // listeners_list = 6
                var inner = try decoder.nested()
                var value = Command_ListenersList()
                if case .listenersList(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_ListenersList.wireDecode(&inner, into: &value)
                oneof_contentType = .listenersList(consume value)
            case 58:  // worker_metrics = 7
                var inner = try decoder.nested()
                var value = Command_WorkerMetrics()
                if case .workerMetrics(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_WorkerMetrics.wireDecode(&inner, into: &value)
                oneof_contentType = .workerMetrics(consume value)
            case 66:  // available_metrics = 8
                var inner = try decoder.nested()
                var value = Command_AvailableMetrics()
                if case .availableMetrics(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_AvailableMetrics.wireDecode(&inner, into: &value)
                oneof_contentType = .availableMetrics(consume value)
            case 74:  // clusters = 9
                var inner = try decoder.nested()
                var value = Command_ClusterInformations()
                if case .clusters(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_ClusterInformations.wireDecode(&inner, into: &value)
                oneof_contentType = .clusters(consume value)
            case 82:  // cluster_hashes = 10
                var inner = try decoder.nested()
                var value = Command_ClusterHashes()
                if case .clusterHashes(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_ClusterHashes.wireDecode(&inner, into: &value)
                oneof_contentType = .clusterHashes(consume value)
            case 90:  // certificates_by_address = 11
                var inner = try decoder.nested()
                var value = Command_ListOfCertificatesByAddress()
                if case .certificatesByAddress(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_ListOfCertificatesByAddress.wireDecode(&inner, into: &value)
                oneof_contentType = .certificatesByAddress(consume value)
            case 98:  // certificates_with_fingerprints = 12
                var inner = try decoder.nested()
                var value = Command_CertificatesWithFingerprints()
                if case .certificatesWithFingerprints(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_CertificatesWithFingerprints.wireDecode(&inner, into: &value)
                oneof_contentType = .certificatesWithFingerprints(consume value)
            case 106:  // request_counts = 13
                var inner = try decoder.nested()
                var value = Command_RequestCounts()
                if case .requestCounts(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_RequestCounts.wireDecode(&inner, into: &value)
                oneof_contentType = .requestCounts(consume value)
            case 114:  // max_connections_per_ip_limit = 14
                var inner = try decoder.nested()
                var value = Command_MaxConnectionsPerIpLimit()
                if case .maxConnectionsPerIpLimit(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_MaxConnectionsPerIpLimit.wireDecode(&inner, into: &value)
                oneof_contentType = .maxConnectionsPerIpLimit(consume value)
            case 122:  // health_checks_list = 15
                var inner = try decoder.nested()
                var value = Command_HealthChecksList()
                if case .healthChecksList(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_HealthChecksList.wireDecode(&inner, into: &value)
                oneof_contentType = .healthChecksList(consume value)
            case 130:  // metric_detail_status = 16
                var inner = try decoder.nested()
                var value = Command_MetricDetailStatus()
                if case .metricDetailStatus(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_MetricDetailStatus.wireDecode(&inner, into: &value)
                oneof_contentType = .metricDetailStatus(consume value)
            case 138:  // worker_metric_detail_status = 17
                var inner = try decoder.nested()
                var value = Command_WorkerMetricDetailStatus()
                if case .workerMetricDetailStatus(let existing)? = oneof_contentType ?? message.contentType { value = existing }
                try Command_WorkerMetricDetailStatus.wireDecode(&inner, into: &value)
                oneof_contentType = .workerMetricDetailStatus(consume value)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = oneof_contentType.take() { message.contentType = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        switch self.contentType {
        case .workerMetricDetailStatus(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x18A)
        case .metricDetailStatus(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x182)
        case .healthChecksList(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(122)
        case .maxConnectionsPerIpLimit(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(114)
        case .requestCounts(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(106)
        case .certificatesWithFingerprints(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(98)
        case .certificatesByAddress(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(90)
        case .clusterHashes(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(82)
        case .clusters(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(74)
        case .availableMetrics(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(66)
        case .workerMetrics(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(58)
        case .listenersList(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        case .frontendList(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        case .event(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        case .workerResponses(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(26)
        case .metrics(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        case .workers(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        case nil:
            break
        }
    }
}

extension Command_WorkerResponses: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_WorkerResponses) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if message.map.isEmpty { message.map = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_ResponseContent?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_ResponseContent()
                        try Command_ResponseContent.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.map[key ?? ""] = value ?? Command_ResponseContent()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.map) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_WorkerInfos: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_WorkerInfos) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // vec = 1
                if message.vec.isEmpty { message.vec.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_WorkerInfo()
                try Command_WorkerInfo.wireDecode(&inner, into: &item)
                message.vec.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.vec.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_WorkerInfo: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_WorkerInfo) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // id = 1
                message._id = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 16:  // pid = 2
                message._pid = Int32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // run_state = 3
                let raw = try decoder.readVarint()
                if let value = Command_RunState(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._runState = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasRunState || !unknownNumbers.contains(3) {
            writer.varint(UInt64(bitPattern: Int64(self.runState.rawValue)))
            writer.tag(24)
        }
        if self.hasPid || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.pid)))
            writer.tag(16)
        }
        if self.hasID || !unknownNumbers.contains(1) {
            writer.varint(UInt64(self.id))
            writer.tag(8)
        }
    }
}

extension Command_ListedFrontends: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ListedFrontends) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // http_frontends = 1
                if message.httpFrontends.isEmpty { message.httpFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                message.httpFrontends.append(consume item)
            case 18:  // https_frontends = 2
                if message.httpsFrontends.isEmpty { message.httpsFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                message.httpsFrontends.append(consume item)
            case 26:  // tcp_frontends = 3
                if message.tcpFrontends.isEmpty { message.tcpFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                var inner = try decoder.nested()
                var item = Command_RequestTcpFrontend()
                try Command_RequestTcpFrontend.wireDecode(&inner, into: &item)
                message.tcpFrontends.append(consume item)
            case 34:  // udp_frontends = 4
                if message.udpFrontends.isEmpty { message.udpFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                var inner = try decoder.nested()
                var item = Command_RequestUdpFrontend()
                try Command_RequestUdpFrontend.wireDecode(&inner, into: &item)
                message.udpFrontends.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.udpFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        }
        for item in self.tcpFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(26)
        }
        for item in self.httpsFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        for item in self.httpFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ListenersList: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ListenersList) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // http_listeners = 1
                if message.httpListeners.isEmpty { message.httpListeners = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_HttpListenerConfig?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_HttpListenerConfig()
                        try Command_HttpListenerConfig.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.httpListeners[key ?? ""] = value ?? Command_HttpListenerConfig()
            case 18:  // https_listeners = 2
                if message.httpsListeners.isEmpty { message.httpsListeners = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 18)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_HttpsListenerConfig?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_HttpsListenerConfig()
                        try Command_HttpsListenerConfig.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.httpsListeners[key ?? ""] = value ?? Command_HttpsListenerConfig()
            case 26:  // tcp_listeners = 3
                if message.tcpListeners.isEmpty { message.tcpListeners = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 26)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_TcpListenerConfig?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_TcpListenerConfig()
                        try Command_TcpListenerConfig.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.tcpListeners[key ?? ""] = value ?? Command_TcpListenerConfig()
            case 34:  // udp_listeners = 4
                if message.udpListeners.isEmpty { message.udpListeners = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 34)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_UdpListenerConfig?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_UdpListenerConfig()
                        try Command_UdpListenerConfig.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.udpListeners[key ?? ""] = value ?? Command_UdpListenerConfig()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.udpListeners) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(34)
        }
        WireMapOrder.forEachReversed(self.tcpListeners) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(26)
        }
        WireMapOrder.forEachReversed(self.httpsListeners) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(18)
        }
        WireMapOrder.forEachReversed(self.httpListeners) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_ClusterInformations: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ClusterInformations) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // vec = 1
                if message.vec.isEmpty { message.vec.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_ClusterInformation()
                try Command_ClusterInformation.wireDecode(&inner, into: &item)
                message.vec.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.vec.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ClusterInformation: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ClusterInformation) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // configuration = 1
                var inner = try decoder.nested()
                var value = message._configuration.take() ?? Command_Cluster()
                try Command_Cluster.wireDecode(&inner, into: &value)
                message._configuration = consume value
            case 18:  // http_frontends = 2
                if message.httpFrontends.isEmpty { message.httpFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                message.httpFrontends.append(consume item)
            case 26:  // https_frontends = 3
                if message.httpsFrontends.isEmpty { message.httpsFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                message.httpsFrontends.append(consume item)
            case 34:  // tcp_frontends = 4
                if message.tcpFrontends.isEmpty { message.tcpFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                var inner = try decoder.nested()
                var item = Command_RequestTcpFrontend()
                try Command_RequestTcpFrontend.wireDecode(&inner, into: &item)
                message.tcpFrontends.append(consume item)
            case 42:  // backends = 5
                if message.backends.isEmpty { message.backends.reserveCapacity(decoder.lengthDelimitedRun(tag: 42)) }
                var inner = try decoder.nested()
                var item = Command_AddBackend()
                try Command_AddBackend.wireDecode(&inner, into: &item)
                message.backends.append(consume item)
            case 50:  // udp_frontends = 6
                if message.udpFrontends.isEmpty { message.udpFrontends.reserveCapacity(decoder.lengthDelimitedRun(tag: 50)) }
                var inner = try decoder.nested()
                var item = Command_RequestUdpFrontend()
                try Command_RequestUdpFrontend.wireDecode(&inner, into: &item)
                message.udpFrontends.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.udpFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        }
        for item in self.backends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        }
        for item in self.tcpFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        }
        for item in self.httpsFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(26)
        }
        for item in self.httpFrontends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = self._configuration {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ClusterHashes: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ClusterHashes) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if message.map.isEmpty { message.map = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: UInt64?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 16:
                        value = try entry.readVarint()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.map[key ?? ""] = value ?? 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.map) { key, item in
            let entryEnd = writer.written
            writer.varint(item)
            writer.tag(16)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_RequestCounts: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RequestCounts) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if message.map.isEmpty { message.map = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Int32?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 16:
                        value = Int32(truncatingIfNeeded: try entry.readVarint())
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.map[key ?? ""] = value ?? 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.map) { key, item in
            let entryEnd = writer.written
            writer.varint(UInt64(bitPattern: Int64(item)))
            writer.tag(16)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_MaxConnectionsPerIpLimit: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_MaxConnectionsPerIpLimit) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // limit = 1
                message._limit = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasLimit || !unknownNumbers.contains(1) {
            writer.varint(self.limit)
            writer.tag(8)
        }
    }
}

extension Command_HealthChecksList: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HealthChecksList) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if message.map.isEmpty { message.map = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_HealthCheckConfig?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_HealthCheckConfig()
                        try Command_HealthCheckConfig.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.map[key ?? ""] = value ?? Command_HealthCheckConfig()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.map) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_MetricDetailStatus: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_MetricDetailStatus) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // configured = 1
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._configured = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // effective = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._effective = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // previous_effective = 3
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._previousEffective = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 34:  // workers = 4
                if message.workers.isEmpty { message.workers = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 34)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_WorkerMetricDetailStatus?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_WorkerMetricDetailStatus()
                        try Command_WorkerMetricDetailStatus.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.workers[key ?? ""] = value ?? Command_WorkerMetricDetailStatus()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        WireMapOrder.forEachReversed(self.workers) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(34)
        }
        if self.hasPreviousEffective || !unknownNumbers.contains(3) {
            writer.varint(UInt64(bitPattern: Int64(self.previousEffective.rawValue)))
            writer.tag(24)
        }
        if self.hasEffective || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.effective.rawValue)))
            writer.tag(16)
        }
        if self.hasConfigured || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.configured.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_WorkerMetricDetailStatus: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_WorkerMetricDetailStatus) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // configured = 1
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._configured = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // effective = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._effective = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // previous_effective = 3
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._previousEffective = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 32:  // active_lease_count = 4
                message._activeLeaseCount = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasActiveLeaseCount || !unknownNumbers.contains(4) {
            writer.varint(UInt64(self.activeLeaseCount))
            writer.tag(32)
        }
        if self.hasPreviousEffective || !unknownNumbers.contains(3) {
            writer.varint(UInt64(bitPattern: Int64(self.previousEffective.rawValue)))
            writer.tag(24)
        }
        if self.hasEffective || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.effective.rawValue)))
            writer.tag(16)
        }
        if self.hasConfigured || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.configured.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_Event: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Event) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // kind = 1
                let raw = try decoder.readVarint()
                if let value = Command_EventKind(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._kind = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // cluster_id = 2
                message._clusterID = try decoder.readString()
            case 26:  // backend_id = 3
                message._backendID = try decoder.readString()
            case 34:  // address = 4
                var inner = try decoder.nested()
                var value = message._address.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                message._address = consume value
            case 42:  // metric_detail = 5
                var inner = try decoder.nested()
                var value = message._metricDetail.take() ?? Command_MetricDetailTransition()
                try Command_MetricDetailTransition.wireDecode(&inner, into: &value)
                message._metricDetail = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._metricDetail {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        }
        if let value = self._address {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        }
        if let value = self._backendID {
            writer.string(value)
            writer.tag(26)
        }
        if let value = self._clusterID {
            writer.string(value)
            writer.tag(18)
        }
        if self.hasKind || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.kind.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_MetricDetailTransition: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_MetricDetailTransition) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // previous_effective = 1
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._previousEffective = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // effective = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._effective = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 26:  // transition_kind = 3
                message._transitionKind = try decoder.readString()
            case 34:  // client_id = 4
                message._clientID = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._clientID {
            writer.string(value)
            writer.tag(34)
        }
        if self.hasTransitionKind || !unknownNumbers.contains(3) {
            writer.string(self.transitionKind)
            writer.tag(26)
        }
        if self.hasEffective || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.effective.rawValue)))
            writer.tag(16)
        }
        if self.hasPreviousEffective || !unknownNumbers.contains(1) {
            writer.varint(UInt64(bitPattern: Int64(self.previousEffective.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_AvailableMetrics: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_AvailableMetrics) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // proxy_metrics = 1
                if message.proxyMetrics.isEmpty { message.proxyMetrics.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                message.proxyMetrics.append(try decoder.readString())
            case 18:  // cluster_metrics = 2
                if message.clusterMetrics.isEmpty { message.clusterMetrics.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                message.clusterMetrics.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.clusterMetrics.reversed() {
            writer.string(item)
            writer.tag(18)
        }
        for item in self.proxyMetrics.reversed() {
            writer.string(item)
            writer.tag(10)
        }
    }
}

extension Command_AggregatedMetrics: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_AggregatedMetrics) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // main = 1
                if message.main.isEmpty { message.main = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_FilteredMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_FilteredMetrics()
                        try Command_FilteredMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.main[key ?? ""] = value ?? Command_FilteredMetrics()
            case 18:  // workers = 2
                if message.workers.isEmpty { message.workers = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 18)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_WorkerMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_WorkerMetrics()
                        try Command_WorkerMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.workers[key ?? ""] = value ?? Command_WorkerMetrics()
            case 26:  // clusters = 3
                if message.clusters.isEmpty { message.clusters = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 26)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_ClusterMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_ClusterMetrics()
                        try Command_ClusterMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.clusters[key ?? ""] = value ?? Command_ClusterMetrics()
            case 34:  // proxying = 4
                if message.proxying.isEmpty { message.proxying = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 34)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_FilteredMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_FilteredMetrics()
                        try Command_FilteredMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.proxying[key ?? ""] = value ?? Command_FilteredMetrics()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.proxying) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(34)
        }
        WireMapOrder.forEachReversed(self.clusters) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(26)
        }
        WireMapOrder.forEachReversed(self.workers) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(18)
        }
        WireMapOrder.forEachReversed(self.main) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_WorkerMetrics: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_WorkerMetrics) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // proxy = 1
                if message.proxy.isEmpty { message.proxy = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_FilteredMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_FilteredMetrics()
                        try Command_FilteredMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.proxy[key ?? ""] = value ?? Command_FilteredMetrics()
            case 18:  // clusters = 2
                if message.clusters.isEmpty { message.clusters = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 18)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_ClusterMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_ClusterMetrics()
                        try Command_ClusterMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.clusters[key ?? ""] = value ?? Command_ClusterMetrics()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        WireMapOrder.forEachReversed(self.clusters) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(18)
        }
        WireMapOrder.forEachReversed(self.proxy) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_ClusterMetrics: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ClusterMetrics) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster = 1
                if message.cluster.isEmpty { message.cluster = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 10)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_FilteredMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_FilteredMetrics()
                        try Command_FilteredMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.cluster[key ?? ""] = value ?? Command_FilteredMetrics()
            case 18:  // backends = 2
                if message.backends.isEmpty { message.backends.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_BackendMetrics()
                try Command_BackendMetrics.wireDecode(&inner, into: &item)
                message.backends.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.backends.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        WireMapOrder.forEachReversed(self.cluster) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(10)
        }
    }
}

extension Command_BackendMetrics: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_BackendMetrics) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // backend_id = 1
                message._backendID = try decoder.readString()
            case 18:  // metrics = 2
                if message.metrics.isEmpty { message.metrics = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 18)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: Command_FilteredMetrics?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        var inner = try entry.nested()
                        var item = value ?? Command_FilteredMetrics()
                        try Command_FilteredMetrics.wireDecode(&inner, into: &item)
                        value = consume item
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                message.metrics[key ?? ""] = value ?? Command_FilteredMetrics()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        WireMapOrder.forEachReversed(self.metrics) { key, item in
            let entryEnd = writer.written
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(18)
        }
        if self.hasBackendID || !unknownNumbers.contains(1) {
            writer.string(self.backendID)
            writer.tag(10)
        }
    }
}

extension Command_FilteredMetrics: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_FilteredMetrics) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var oneof_inner: Command_FilteredMetrics.OneOf_Inner? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // gauge = 1
                oneof_inner = .gauge(try decoder.readVarint())
            case 16:  // count = 2
                oneof_inner = .count(Int64(bitPattern: try decoder.readVarint()))
            case 24:  // time = 3
                oneof_inner = .time(try decoder.readVarint())
            case 34:  // percentiles = 4
                var inner = try decoder.nested()
                var value = Command_Percentiles()
                if case .percentiles(let existing)? = oneof_inner ?? message.inner { value = existing }
                try Command_Percentiles.wireDecode(&inner, into: &value)
                oneof_inner = .percentiles(consume value)
            case 42:  // time_serie = 5
                var inner = try decoder.nested()
                var value = Command_FilteredTimeSerie()
                if case .timeSerie(let existing)? = oneof_inner ?? message.inner { value = existing }
                try Command_FilteredTimeSerie.wireDecode(&inner, into: &value)
                oneof_inner = .timeSerie(consume value)
            case 50:  // histogram = 6
                var inner = try decoder.nested()
                var value = Command_FilteredHistogram()
                if case .histogram(let existing)? = oneof_inner ?? message.inner { value = existing }
                try Command_FilteredHistogram.wireDecode(&inner, into: &value)
                oneof_inner = .histogram(consume value)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = oneof_inner.take() { message.inner = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        switch self.inner {
        case .histogram(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        case .timeSerie(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        case .percentiles(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        case .time(let value)?:
            writer.varint(value)
            writer.tag(24)
        case .count(let value)?:
            writer.varint(UInt64(bitPattern: value))
            writer.tag(16)
        case .gauge(let value)?:
            writer.varint(value)
            writer.tag(8)
        case nil:
            break
        }
    }
}

extension Command_FilteredTimeSerie: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_FilteredTimeSerie) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // last_second = 1
                message._lastSecond = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 16:  // last_minute = 2
                message.lastMinute.append(UInt32(truncatingIfNeeded: try decoder.readVarint()))
            case 18:  // last_minute = 2, packed
                var packed = try decoder.sameLevel()
                while !packed.isAtEnd {
                    message.lastMinute.append(UInt32(truncatingIfNeeded: try packed.readVarint()))
                }
            case 24:  // last_hour = 3
                message.lastHour.append(UInt32(truncatingIfNeeded: try decoder.readVarint()))
            case 26:  // last_hour = 3, packed
                var packed = try decoder.sameLevel()
                while !packed.isAtEnd {
                    message.lastHour.append(UInt32(truncatingIfNeeded: try packed.readVarint()))
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        for item in self.lastHour.reversed() {
            writer.varint(UInt64(item))
            writer.tag(24)
        }
        for item in self.lastMinute.reversed() {
            writer.varint(UInt64(item))
            writer.tag(16)
        }
        if self.hasLastSecond || !unknownNumbers.contains(1) {
            writer.varint(UInt64(self.lastSecond))
            writer.tag(8)
        }
    }
}

extension Command_Percentiles: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Percentiles) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // samples = 1
                message._samples = try decoder.readVarint()
            case 16:  // p_50 = 2
                message._p50 = try decoder.readVarint()
            case 24:  // p_90 = 3
                message._p90 = try decoder.readVarint()
            case 32:  // p_99 = 4
                message._p99 = try decoder.readVarint()
            case 40:  // p_99_9 = 5
                message._p999 = try decoder.readVarint()
            case 48:  // p_99_99 = 6
                message._p9999 = try decoder.readVarint()
            case 56:  // p_99_999 = 7
                message._p99999 = try decoder.readVarint()
            case 64:  // p_100 = 8
                message._p100 = try decoder.readVarint()
            case 72:  // sum = 9
                message._sum = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasSum || !unknownNumbers.contains(9) {
            writer.varint(self.sum)
            writer.tag(72)
        }
        if self.hasP100 || !unknownNumbers.contains(8) {
            writer.varint(self.p100)
            writer.tag(64)
        }
        if self.hasP99999 || !unknownNumbers.contains(7) {
            writer.varint(self.p99999)
            writer.tag(56)
        }
        if self.hasP9999 || !unknownNumbers.contains(6) {
            writer.varint(self.p9999)
            writer.tag(48)
        }
        if self.hasP999 || !unknownNumbers.contains(5) {
            writer.varint(self.p999)
            writer.tag(40)
        }
        if self.hasP99 || !unknownNumbers.contains(4) {
            writer.varint(self.p99)
            writer.tag(32)
        }
        if self.hasP90 || !unknownNumbers.contains(3) {
            writer.varint(self.p90)
            writer.tag(24)
        }
        if self.hasP50 || !unknownNumbers.contains(2) {
            writer.varint(self.p50)
            writer.tag(16)
        }
        if self.hasSamples || !unknownNumbers.contains(1) {
            writer.varint(self.samples)
            writer.tag(8)
        }
    }
}

extension Command_FilteredHistogram: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_FilteredHistogram) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // sum = 1
                message._sum = try decoder.readVarint()
            case 16:  // count = 2
                message._count = try decoder.readVarint()
            case 26:  // buckets = 3
                if message.buckets.isEmpty { message.buckets.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                var inner = try decoder.nested()
                var item = Command_Bucket()
                try Command_Bucket.wireDecode(&inner, into: &item)
                message.buckets.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        for item in self.buckets.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(26)
        }
        if self.hasCount || !unknownNumbers.contains(2) {
            writer.varint(self.count)
            writer.tag(16)
        }
        if self.hasSum || !unknownNumbers.contains(1) {
            writer.varint(self.sum)
            writer.tag(8)
        }
    }
}

extension Command_Bucket: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Bucket) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // count = 1
                message._count = try decoder.readVarint()
            case 16:  // le = 2
                message._le = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasLe || !unknownNumbers.contains(2) {
            writer.varint(self.le)
            writer.tag(16)
        }
        if self.hasCount || !unknownNumbers.contains(1) {
            writer.varint(self.count)
            writer.tag(8)
        }
    }
}

extension Command_ServerMetricsConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ServerMetricsConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                message._address = try decoder.readString()
            case 16:  // tagged_metrics = 2
                message._taggedMetrics = try decoder.readVarint() != 0
            case 26:  // prefix = 3
                message._prefix = try decoder.readString()
            case 32:  // detail = 4
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._detail = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._detail {
            writer.varint(UInt64(bitPattern: Int64(value.rawValue)))
            writer.tag(32)
        }
        if let value = self._prefix {
            writer.string(value)
            writer.tag(26)
        }
        if self.hasTaggedMetrics || !unknownNumbers.contains(2) {
            writer.byte(self.taggedMetrics ? 1 : 0)
            writer.tag(16)
        }
        if self.hasAddress || !unknownNumbers.contains(1) {
            writer.string(self.address)
            writer.tag(10)
        }
    }
}

extension Command_SocketAddress: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_SocketAddress) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // ip = 1
                var inner = try decoder.nested()
                var value = message._ip.take() ?? Command_IpAddress()
                try Command_IpAddress.wireDecode(&inner, into: &value)
                message._ip = consume value
            case 16:  // port = 2
                message._port = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasPort || !unknownNumbers.contains(2) {
            writer.varint(UInt64(self.port))
            writer.tag(16)
        }
        if let value = self._ip {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_IpAddress: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_IpAddress) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var oneof_inner: Command_IpAddress.OneOf_Inner? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 13:  // v4 = 1
                oneof_inner = .v4(try decoder.readFixed32())
            case 18:  // v6 = 2
                var inner = try decoder.nested()
                var value = Command_Uint128()
                if case .v6(let existing)? = oneof_inner ?? message.inner { value = existing }
                try Command_Uint128.wireDecode(&inner, into: &value)
                oneof_inner = .v6(consume value)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = oneof_inner.take() { message.inner = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        switch self.inner {
        case .v6(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        case .v4(let value)?:
            writer.fixed32(value)
            writer.tag(13)
        case nil:
            break
        }
    }
}

extension Command_Uint128: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Uint128) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // low = 1
                message._low = try decoder.readVarint()
            case 16:  // high = 2
                message._high = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasHigh || !unknownNumbers.contains(2) {
            writer.varint(self.high)
            writer.tag(16)
        }
        if self.hasLow || !unknownNumbers.contains(1) {
            writer.varint(self.low)
            writer.tag(8)
        }
    }
}

extension Command_WorkerRequest: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_WorkerRequest) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // id = 1
                message._id = try decoder.readString()
            case 18:  // content = 2
                var inner = try decoder.nested()
                var value = message._content.take() ?? Command_Request()
                try Command_Request.wireDecode(&inner, into: &value)
                message._content = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._content {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasID || !unknownNumbers.contains(1) {
            writer.string(self.id)
            writer.tag(10)
        }
    }
}

extension Command_WorkerResponse: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_WorkerResponse) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // id = 1
                message._id = try decoder.readString()
            case 16:  // status = 2
                let raw = try decoder.readVarint()
                if let value = Command_ResponseStatus(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    message._status = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 26:  // message = 3
                message._message = try decoder.readString()
            case 34:  // content = 4
                var inner = try decoder.nested()
                var value = message._content.take() ?? Command_ResponseContent()
                try Command_ResponseContent.wireDecode(&inner, into: &value)
                message._content = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._content {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        }
        if self.hasMessage || !unknownNumbers.contains(3) {
            writer.string(self.message)
            writer.tag(26)
        }
        if self.hasStatus || !unknownNumbers.contains(2) {
            writer.varint(UInt64(bitPattern: Int64(self.status.rawValue)))
            writer.tag(16)
        }
        if self.hasID || !unknownNumbers.contains(1) {
            writer.string(self.id)
            writer.tag(10)
        }
    }
}

extension Command_ServerConfig: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ServerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // max_connections = 1
                storage._maxConnections = try decoder.readVarint()
            case 16:  // front_timeout = 2
                storage._frontTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // back_timeout = 3
                storage._backTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // connect_timeout = 4
                storage._connectTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // zombie_check_interval = 5
                storage._zombieCheckInterval = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // accept_queue_timeout = 6
                storage._acceptQueueTimeout = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // min_buffers = 7
                storage._minBuffers = try decoder.readVarint()
            case 64:  // max_buffers = 8
                storage._maxBuffers = try decoder.readVarint()
            case 72:  // buffer_size = 9
                storage._bufferSize = try decoder.readVarint()
            case 82:  // log_level = 10
                storage._logLevel = try decoder.readString()
            case 90:  // log_target = 11
                storage._logTarget = try decoder.readString()
            case 98:  // access_logs_target = 12
                storage._accessLogsTarget = try decoder.readString()
            case 104:  // command_buffer_size = 13
                storage._commandBufferSize = try decoder.readVarint()
            case 112:  // max_command_buffer_size = 14
                storage._maxCommandBufferSize = try decoder.readVarint()
            case 122:  // metrics = 15
                var inner = try decoder.nested()
                var value = storage._metrics.take() ?? Command_ServerMetricsConfig()
                try Command_ServerMetricsConfig.wireDecode(&inner, into: &value)
                storage._metrics = consume value
            case 128:  // access_log_format = 16
                let raw = try decoder.readVarint()
                if let value = Command_ProtobufAccessLogFormat(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    storage._accessLogFormat = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 136:  // log_colored = 17
                storage._logColored = try decoder.readVarint() != 0
            case 146:  // audit_logs_target = 18
                storage._auditLogsTarget = try decoder.readString()
            case 154:  // audit_logs_json_target = 19
                storage._auditLogsJsonTarget = try decoder.readString()
            case 160:  // slab_entries_per_connection = 20
                storage._slabEntriesPerConnection = try decoder.readVarint()
            case 168:  // basic_auth_max_credential_bytes = 21
                storage._basicAuthMaxCredentialBytes = try decoder.readVarint()
            case 176:  // evict_on_queue_full = 22
                storage._evictOnQueueFull = try decoder.readVarint() != 0
            case 184:  // max_connections_per_ip = 23
                storage._maxConnectionsPerIp = try decoder.readVarint()
            case 192:  // retry_after = 24
                storage._retryAfter = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // splice_pipe_capacity_bytes = 25
                storage._splicePipeCapacityBytes = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = storage._splicePipeCapacityBytes {
            writer.varint(value)
            writer.tag(0x1C8)
        }
        if let value = storage._retryAfter {
            writer.varint(UInt64(value))
            writer.tag(0x1C0)
        }
        if let value = storage._maxConnectionsPerIp {
            writer.varint(value)
            writer.tag(0x1B8)
        }
        if let value = storage._evictOnQueueFull {
            writer.byte(value ? 1 : 0)
            writer.tag(0x1B0)
        }
        if let value = storage._basicAuthMaxCredentialBytes {
            writer.varint(value)
            writer.tag(0x1A8)
        }
        if let value = storage._slabEntriesPerConnection {
            writer.varint(value)
            writer.tag(0x1A0)
        }
        if let value = storage._auditLogsJsonTarget {
            writer.string(value)
            writer.tag(0x19A)
        }
        if let value = storage._auditLogsTarget {
            writer.string(value)
            writer.tag(0x192)
        }
        if self.hasLogColored || !unknownNumbers.contains(17) {
            writer.byte(self.logColored ? 1 : 0)
            writer.tag(0x188)
        }
        if self.hasAccessLogFormat || !unknownNumbers.contains(16) {
            writer.varint(UInt64(bitPattern: Int64(self.accessLogFormat.rawValue)))
            writer.tag(0x180)
        }
        if let value = storage._metrics {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(122)
        }
        if self.hasMaxCommandBufferSize || !unknownNumbers.contains(14) {
            writer.varint(self.maxCommandBufferSize)
            writer.tag(112)
        }
        if self.hasCommandBufferSize || !unknownNumbers.contains(13) {
            writer.varint(self.commandBufferSize)
            writer.tag(104)
        }
        if let value = storage._accessLogsTarget {
            writer.string(value)
            writer.tag(98)
        }
        if self.hasLogTarget || !unknownNumbers.contains(11) {
            writer.string(self.logTarget)
            writer.tag(90)
        }
        if self.hasLogLevel || !unknownNumbers.contains(10) {
            writer.string(self.logLevel)
            writer.tag(82)
        }
        if self.hasBufferSize || !unknownNumbers.contains(9) {
            writer.varint(self.bufferSize)
            writer.tag(72)
        }
        if self.hasMaxBuffers || !unknownNumbers.contains(8) {
            writer.varint(self.maxBuffers)
            writer.tag(64)
        }
        if self.hasMinBuffers || !unknownNumbers.contains(7) {
            writer.varint(self.minBuffers)
            writer.tag(56)
        }
        if self.hasAcceptQueueTimeout || !unknownNumbers.contains(6) {
            writer.varint(UInt64(self.acceptQueueTimeout))
            writer.tag(48)
        }
        if self.hasZombieCheckInterval || !unknownNumbers.contains(5) {
            writer.varint(UInt64(self.zombieCheckInterval))
            writer.tag(40)
        }
        if self.hasConnectTimeout || !unknownNumbers.contains(4) {
            writer.varint(UInt64(self.connectTimeout))
            writer.tag(32)
        }
        if self.hasBackTimeout || !unknownNumbers.contains(3) {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(24)
        }
        if self.hasFrontTimeout || !unknownNumbers.contains(2) {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(16)
        }
        if self.hasMaxConnections || !unknownNumbers.contains(1) {
            writer.varint(self.maxConnections)
            writer.tag(8)
        }
    }
}

extension Command_ListenersCount: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ListenersCount) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // http = 1
                if message.http.isEmpty { message.http.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                message.http.append(try decoder.readString())
            case 18:  // tls = 2
                if message.tls.isEmpty { message.tls.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                message.tls.append(try decoder.readString())
            case 26:  // tcp = 3
                if message.tcp.isEmpty { message.tcp.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                message.tcp.append(try decoder.readString())
            case 34:  // udp = 4
                if message.udp.isEmpty { message.udp.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                message.udp.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.udp.reversed() {
            writer.string(item)
            writer.tag(34)
        }
        for item in self.tcp.reversed() {
            writer.string(item)
            writer.tag(26)
        }
        for item in self.tls.reversed() {
            writer.string(item)
            writer.tag(18)
        }
        for item in self.http.reversed() {
            writer.string(item)
            writer.tag(10)
        }
    }
}

extension Command_InitialState: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_InitialState) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // requests = 1
                if message.requests.isEmpty { message.requests.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_WorkerRequest()
                try Command_WorkerRequest.wireDecode(&inner, into: &item)
                message.requests.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        for item in self.requests.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ProtobufAccessLog: WireCodable {
    @inline(__always)
    mutating func wireStorage() -> _StorageClass {
        if _storage === _StorageClass.defaultInstance {
            _storage = _StorageClass()
        } else if !isKnownUniquelyReferenced(&_storage) {
            _storage = _StorageClass(copying: _storage)
        }
        return _storage
    }

    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ProtobufAccessLog) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        let storage = message.wireStorage()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // message = 1
                storage._message = try decoder.readString()
            case 18:  // request_id = 2
                var inner = try decoder.nested()
                var value = storage._requestID.take() ?? Command_Uint128()
                try Command_Uint128.wireDecode(&inner, into: &value)
                storage._requestID = consume value
            case 26:  // cluster_id = 3
                storage._clusterID = try decoder.readString()
            case 34:  // backend_id = 4
                storage._backendID = try decoder.readString()
            case 42:  // session_address = 5
                var inner = try decoder.nested()
                var value = storage._sessionAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._sessionAddress = consume value
            case 50:  // backend_address = 6
                var inner = try decoder.nested()
                var value = storage._backendAddress.take() ?? Command_SocketAddress()
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                storage._backendAddress = consume value
            case 58:  // protocol = 7
                storage._protocol = try decoder.readString()
            case 66:  // endpoint = 8
                var inner = try decoder.nested()
                var value = storage._endpoint.take() ?? Command_ProtobufEndpoint()
                try Command_ProtobufEndpoint.wireDecode(&inner, into: &value)
                storage._endpoint = consume value
            case 72:  // client_rtt = 9
                storage._clientRtt = try decoder.readVarint()
            case 80:  // server_rtt = 10
                storage._serverRtt = try decoder.readVarint()
            case 104:  // service_time = 13
                storage._serviceTime = try decoder.readVarint()
            case 112:  // bytes_in = 14
                storage._bytesIn = try decoder.readVarint()
            case 120:  // bytes_out = 15
                storage._bytesOut = try decoder.readVarint()
            case 130:  // user_agent = 16
                storage._userAgent = try decoder.readString()
            case 138:  // tags = 17
                if storage._tags.isEmpty { storage._tags = Dictionary(minimumCapacity: decoder.lengthDelimitedRun(tag: 138)) }
                var entry = try decoder.sameLevel()
                var key: String?
                var value: String?
                while let entryTag = try entry.nextEntryTag() {
                    switch entryTag {
                    case 10:
                        key = try entry.readString()
                    case 18:
                        value = try entry.readString()
                    default:
                        if entryTag & 7 == 4 { throw .malformed }
                        if entryTag >> 3 != 1 && entryTag >> 3 != 2 { try entry.skipValue(tag: entryTag) }
                    }
                }
                storage._tags[key ?? ""] = value ?? ""
            case 146:  // tag = 18
                storage._tag = try decoder.readString()
            case 154:  // time = 19
                var inner = try decoder.nested()
                var value = storage._time.take() ?? Command_Uint128()
                try Command_Uint128.wireDecode(&inner, into: &value)
                storage._time = consume value
            case 160:  // request_time = 20
                storage._requestTime = try decoder.readVarint()
            case 168:  // response_time = 21
                storage._responseTime = try decoder.readVarint()
            case 178:  // otel = 22
                var inner = try decoder.nested()
                var value = storage._otel.take() ?? Command_OpenTelemetry()
                try Command_OpenTelemetry.wireDecode(&inner, into: &value)
                storage._otel = consume value
            case 186:  // session_id = 23
                var inner = try decoder.nested()
                var value = storage._sessionID.take() ?? Command_Uint128()
                try Command_Uint128.wireDecode(&inner, into: &value)
                storage._sessionID = consume value
            case 194:  // x_request_id = 24
                storage._xRequestID = try decoder.readString()
            case 202:  // tls_version = 25
                storage._tlsVersion = try decoder.readString()
            case 210:  // tls_cipher = 26
                storage._tlsCipher = try decoder.readString()
            case 218:  // tls_sni = 27
                storage._tlsSni = try decoder.readString()
            case 226:  // tls_alpn = 28
                storage._tlsAlpn = try decoder.readString()
            case 234:  // xff_chain = 29
                storage._xffChain = try decoder.readString()
            case 242:  // start_time = 30
                var inner = try decoder.nested()
                var value = storage._startTime.take() ?? Command_Uint128()
                try Command_Uint128.wireDecode(&inner, into: &value)
                storage._startTime = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let storage = _storage
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = storage._startTime {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1F2)
        }
        if let value = storage._xffChain {
            writer.string(value)
            writer.tag(0x1EA)
        }
        if let value = storage._tlsAlpn {
            writer.string(value)
            writer.tag(0x1E2)
        }
        if let value = storage._tlsSni {
            writer.string(value)
            writer.tag(0x1DA)
        }
        if let value = storage._tlsCipher {
            writer.string(value)
            writer.tag(0x1D2)
        }
        if let value = storage._tlsVersion {
            writer.string(value)
            writer.tag(0x1CA)
        }
        if let value = storage._xRequestID {
            writer.string(value)
            writer.tag(0x1C2)
        }
        if let value = storage._sessionID {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1BA)
        }
        if let value = storage._otel {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1B2)
        }
        if let value = storage._responseTime {
            writer.varint(value)
            writer.tag(0x1A8)
        }
        if let value = storage._requestTime {
            writer.varint(value)
            writer.tag(0x1A0)
        }
        if let value = storage._time {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x19A)
        }
        if self.hasTag || !unknownNumbers.contains(18) {
            writer.string(self.tag)
            writer.tag(0x192)
        }
        WireMapOrder.forEachReversed(storage._tags) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x18A)
        }
        if let value = storage._userAgent {
            writer.string(value)
            writer.tag(0x182)
        }
        if self.hasBytesOut || !unknownNumbers.contains(15) {
            writer.varint(self.bytesOut)
            writer.tag(120)
        }
        if self.hasBytesIn || !unknownNumbers.contains(14) {
            writer.varint(self.bytesIn)
            writer.tag(112)
        }
        if self.hasServiceTime || !unknownNumbers.contains(13) {
            writer.varint(self.serviceTime)
            writer.tag(104)
        }
        if let value = storage._serverRtt {
            writer.varint(value)
            writer.tag(80)
        }
        if let value = storage._clientRtt {
            writer.varint(value)
            writer.tag(72)
        }
        if let value = storage._endpoint {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(66)
        }
        if self.hasProtocol || !unknownNumbers.contains(7) {
            writer.string(self.`protocol`)
            writer.tag(58)
        }
        if let value = storage._backendAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        }
        if let value = storage._sessionAddress {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        }
        if let value = storage._backendID {
            writer.string(value)
            writer.tag(34)
        }
        if let value = storage._clusterID {
            writer.string(value)
            writer.tag(26)
        }
        if let value = storage._requestID {
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if let value = storage._message {
            writer.string(value)
            writer.tag(10)
        }
    }
}

extension Command_OpenTelemetry: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_OpenTelemetry) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // trace_id = 1
                message._traceID = try decoder.readString()
            case 18:  // span_id = 2
                message._spanID = try decoder.readString()
            case 26:  // parent_span_id = 3
                message._parentSpanID = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if let value = self._parentSpanID {
            writer.string(value)
            writer.tag(26)
        }
        if self.hasSpanID || !unknownNumbers.contains(2) {
            writer.string(self.spanID)
            writer.tag(18)
        }
        if self.hasTraceID || !unknownNumbers.contains(1) {
            writer.string(self.traceID)
            writer.tag(10)
        }
    }
}

extension Command_ProtobufEndpoint: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ProtobufEndpoint) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var oneof_inner: Command_ProtobufEndpoint.OneOf_Inner? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // http = 1
                var inner = try decoder.nested()
                var value = Command_HttpEndpoint()
                if case .http(let existing)? = oneof_inner ?? message.inner { value = existing }
                try Command_HttpEndpoint.wireDecode(&inner, into: &value)
                oneof_inner = .http(consume value)
            case 18:  // tcp = 2
                var inner = try decoder.nested()
                var value = Command_TcpEndpoint()
                if case .tcp(let existing)? = oneof_inner ?? message.inner { value = existing }
                try Command_TcpEndpoint.wireDecode(&inner, into: &value)
                oneof_inner = .tcp(consume value)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = oneof_inner.take() { message.inner = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        switch self.inner {
        case .tcp(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        case .http(let value)?:
            do {
                let messageEnd = writer.written
                value.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        case nil:
            break
        }
    }
}

extension Command_HttpEndpoint: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HttpEndpoint) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // method = 1
                message._method = try decoder.readString()
            case 18:  // authority = 2
                message._authority = try decoder.readString()
            case 26:  // path = 3
                message._path = try decoder.readString()
            case 32:  // status = 4
                message._status = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 42:  // reason = 5
                message._reason = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if let value = self._reason {
            writer.string(value)
            writer.tag(42)
        }
        if let value = self._status {
            writer.varint(UInt64(value))
            writer.tag(32)
        }
        if let value = self._path {
            writer.string(value)
            writer.tag(26)
        }
        if let value = self._authority {
            writer.string(value)
            writer.tag(18)
        }
        if let value = self._method {
            writer.string(value)
            writer.tag(10)
        }
    }
}

extension Command_TcpEndpoint: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_TcpEndpoint) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        while let tag = try decoder.nextTag() {
            try decoder.keepUnknown(tag: tag, in: &unknown)
        }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
    }
}
