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
        var field1: Bool? = nil
        var field2: Bool? = nil
        var field3: Bool? = nil
        var field4: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // http = 1
                field1 = try decoder.readVarint() != 0
            case 16:  // https = 2
                field2 = try decoder.readVarint() != 0
            case 24:  // tcp = 3
                field3 = try decoder.readVarint() != 0
            case 34:  // domain = 4
                field4 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.http = value }
        if let value = field2.take() { message.https = value }
        if let value = field3.take() { message.tcp = value }
        if let value = field4.take() { message.domain = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasDomain {
            writer.string(self.domain)
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
        var field1: String? = nil
        var field2: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // hostname = 1
                field1 = try decoder.readString()
            case 18:  // path = 2
                field2 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.hostname = value }
        if let value = field2.take() { message.path = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasPath {
            writer.string(self.path)
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
        var field1: Bool? = nil
        var field2: [String] = []
        var field3: [String] = []
        var field4: [String] = []
        var field5: Bool? = nil
        var field6: Bool? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // list = 1
                field1 = try decoder.readVarint() != 0
            case 18:  // cluster_ids = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                field2.append(try decoder.readString())
            case 26:  // backend_ids = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                field3.append(try decoder.readString())
            case 34:  // metric_names = 4
                if field4.isEmpty { field4.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                field4.append(try decoder.readString())
            case 40:  // no_clusters = 5
                field5 = try decoder.readVarint() != 0
            case 48:  // workers = 6
                field6 = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.list = value }
        if !field2.isEmpty {
            if message.clusterIds.isEmpty {
                message.clusterIds = field2
            } else {
                message.clusterIds += field2
            }
        }
        if !field3.isEmpty {
            if message.backendIds.isEmpty {
                message.backendIds = field3
            } else {
                message.backendIds += field3
            }
        }
        if !field4.isEmpty {
            if message.metricNames.isEmpty {
                message.metricNames = field4
            } else {
                message.metricNames += field4
            }
        }
        if let value = field5.take() { message.noClusters = value }
        if let value = field6.take() { message.workers = value }
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
        var field1: String? = nil
        var field2: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // domain = 1
                field1 = try decoder.readString()
            case 18:  // fingerprint = 2
                field2 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.domain = value }
        if let value = field2.take() { message.fingerprint = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasFingerprint {
            writer.string(self.fingerprint)
            writer.tag(18)
        }
        if self.hasDomain {
            writer.string(self.domain)
            writer.tag(10)
        }
    }
}

extension Command_QueryHealthChecks: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_QueryHealthChecks) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasClusterID {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_SetHealthCheck: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_SetHealthCheck) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: Command_HealthCheckConfig? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            case 18:  // config = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasConfig ? message.config : Command_HealthCheckConfig())
                try Command_HealthCheckConfig.wireDecode(&inner, into: &value)
                field2 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if let value = field2.take() { message.config = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasConfig {
            do {
                let messageEnd = writer.written
                self.config.wireWrite(&writer)
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
        var field1: String? = nil
        var field2: Command_MetricDetail? = nil
        var field3: UInt32? = nil
        var field4: Bool? = nil
        var field5: String? = nil
        var field6: Int32? = nil
        var field7: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // client_id = 1
                field1 = try decoder.readString()
            case 16:  // detail = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // ttl_seconds = 3
                field3 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // clear = 4
                field4 = try decoder.readVarint() != 0
            case 42:  // reason = 5
                field5 = try decoder.readString()
            case 48:  // peer_pid = 6
                field6 = Int32(truncatingIfNeeded: try decoder.readVarint())
            case 58:  // peer_session_ulid = 7
                field7 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clientID = value }
        if let value = field2.take() { message.detail = value }
        if let value = field3.take() { message.ttlSeconds = value }
        if let value = field4.take() { message.clear = value }
        if let value = field5.take() { message.reason = value }
        if let value = field6.take() { message.peerPid = value }
        if let value = field7.take() { message.peerSessionUlid = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasPeerSessionUlid {
            writer.string(self.peerSessionUlid)
            writer.tag(58)
        }
        if self.hasPeerPid {
            writer.varint(UInt64(bitPattern: Int64(self.peerPid)))
            writer.tag(48)
        }
        if self.hasReason {
            writer.string(self.reason)
            writer.tag(42)
        }
        if self.hasClear {
            writer.byte(self.clear ? 1 : 0)
            writer.tag(32)
        }
        if self.hasTtlSeconds {
            writer.varint(UInt64(self.ttlSeconds))
            writer.tag(24)
        }
        if self.hasDetail {
            writer.varint(UInt64(bitPattern: Int64(self.detail.rawValue)))
            writer.tag(16)
        }
        if self.hasClientID || !unknownNumbers.contains(1) {
            writer.string(self.clientID)
            writer.tag(10)
        }
    }
}

extension Command_Cluster: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_Cluster) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: Bool? = nil
        var field3: Bool? = nil
        var field4: Command_ProxyProtocolConfig? = nil
        var field5: Command_LoadBalancingAlgorithms? = nil
        var field6: String? = nil
        var field7: Command_LoadMetric? = nil
        var field8: Bool? = nil
        var field9: [String: String] = [:]
        var field10: UInt32? = nil
        var field11: [String] = []
        var field12: String? = nil
        var field13: UInt64? = nil
        var field14: UInt32? = nil
        var field15: Command_HealthCheckConfig? = nil
        var field16: Command_UdpClusterConfig? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            case 16:  // sticky_session = 2
                field2 = try decoder.readVarint() != 0
            case 24:  // https_redirect = 3
                field3 = try decoder.readVarint() != 0
            case 32:  // proxy_protocol = 4
                let raw = try decoder.readVarint()
                if let value = Command_ProxyProtocolConfig(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field4 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 40:  // load_balancing = 5
                let raw = try decoder.readVarint()
                if let value = Command_LoadBalancingAlgorithms(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field5 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 50:  // answer_503 = 6
                field6 = try decoder.readString()
            case 56:  // load_metric = 7
                let raw = try decoder.readVarint()
                if let value = Command_LoadMetric(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field7 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 64:  // http2 = 8
                field8 = try decoder.readVarint() != 0
            case 74:  // answers = 9
                if field9.isEmpty { field9.reserveCapacity(decoder.lengthDelimitedRun(tag: 74)) }
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
                field9[key ?? ""] = value ?? ""
            case 80:  // https_redirect_port = 10
                field10 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 90:  // authorized_hashes = 11
                if field11.isEmpty { field11.reserveCapacity(decoder.lengthDelimitedRun(tag: 90)) }
                field11.append(try decoder.readString())
            case 98:  // www_authenticate = 12
                field12 = try decoder.readString()
            case 104:  // max_connections_per_ip = 13
                field13 = try decoder.readVarint()
            case 112:  // retry_after = 14
                field14 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 122:  // health_check = 15
                var inner = try decoder.nested()
                var value = field15 ?? (message.hasHealthCheck ? message.healthCheck : Command_HealthCheckConfig())
                try Command_HealthCheckConfig.wireDecode(&inner, into: &value)
                field15 = consume value
            case 130:  // udp = 16
                var inner = try decoder.nested()
                var value = field16 ?? (message.hasUdp ? message.udp : Command_UdpClusterConfig())
                try Command_UdpClusterConfig.wireDecode(&inner, into: &value)
                field16 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if let value = field2.take() { message.stickySession = value }
        if let value = field3.take() { message.httpsRedirect = value }
        if let value = field4.take() { message.proxyProtocol = value }
        if let value = field5.take() { message.loadBalancing = value }
        if let value = field6.take() { message.answer503 = value }
        if let value = field7.take() { message.loadMetric = value }
        if let value = field8.take() { message.http2 = value }
        if !field9.isEmpty {
            if message.answers.isEmpty {
                message.answers = field9
            } else {
                message.answers.merge(field9) { $1 }
            }
        }
        if let value = field10.take() { message.httpsRedirectPort = value }
        if !field11.isEmpty {
            if message.authorizedHashes.isEmpty {
                message.authorizedHashes = field11
            } else {
                message.authorizedHashes += field11
            }
        }
        if let value = field12.take() { message.wwwAuthenticate = value }
        if let value = field13.take() { message.maxConnectionsPerIp = value }
        if let value = field14.take() { message.retryAfter = value }
        if let value = field15.take() { message.healthCheck = value }
        if let value = field16.take() { message.udp = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasUdp {
            do {
                let messageEnd = writer.written
                self.udp.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x182)
        }
        if self.hasHealthCheck {
            do {
                let messageEnd = writer.written
                self.healthCheck.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(122)
        }
        if self.hasRetryAfter {
            writer.varint(UInt64(self.retryAfter))
            writer.tag(112)
        }
        if self.hasMaxConnectionsPerIp {
            writer.varint(self.maxConnectionsPerIp)
            writer.tag(104)
        }
        if self.hasWwwAuthenticate {
            writer.string(self.wwwAuthenticate)
            writer.tag(98)
        }
        for item in self.authorizedHashes.reversed() {
            writer.string(item)
            writer.tag(90)
        }
        if self.hasHTTPSRedirectPort {
            writer.varint(UInt64(self.httpsRedirectPort))
            writer.tag(80)
        }
        WireMapOrder.forEachReversed(self.answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(74)
        }
        if self.hasHTTP2 {
            writer.byte(self.http2 ? 1 : 0)
            writer.tag(64)
        }
        if self.hasLoadMetric {
            writer.varint(UInt64(bitPattern: Int64(self.loadMetric.rawValue)))
            writer.tag(56)
        }
        if self.hasAnswer503 {
            writer.string(self.answer503)
            writer.tag(50)
        }
        if self.hasLoadBalancing || !unknownNumbers.contains(5) {
            writer.varint(UInt64(bitPattern: Int64(self.loadBalancing.rawValue)))
            writer.tag(40)
        }
        if self.hasProxyProtocol {
            writer.varint(UInt64(bitPattern: Int64(self.proxyProtocol.rawValue)))
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
        var field1: String? = nil
        var field2: UInt32? = nil
        var field3: UInt32? = nil
        var field4: UInt32? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // uri = 1
                field1 = try decoder.readString()
            case 16:  // interval = 2
                field2 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // timeout = 3
                field3 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // healthy_threshold = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // unhealthy_threshold = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // expected_status = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.uri = value }
        if let value = field2.take() { message.interval = value }
        if let value = field3.take() { message.timeout = value }
        if let value = field4.take() { message.healthyThreshold = value }
        if let value = field5.take() { message.unhealthyThreshold = value }
        if let value = field6.take() { message.expectedStatus = value }
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
        var field1: Command_UdpAffinityKey? = nil
        var field2: UInt32? = nil
        var field3: UInt32? = nil
        var field4: Bool? = nil
        var field5: Bool? = nil
        var field6: Command_UdpHealthConfig? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // affinity_key = 1
                let raw = try decoder.readVarint()
                if let value = Command_UdpAffinityKey(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // responses = 2
                field2 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // requests = 3
                field3 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // send_proxy_protocol = 4
                field4 = try decoder.readVarint() != 0
            case 40:  // proxy_protocol_every_datagram = 5
                field5 = try decoder.readVarint() != 0
            case 50:  // health = 6
                var inner = try decoder.nested()
                var value = field6 ?? (message.hasHealth ? message.health : Command_UdpHealthConfig())
                try Command_UdpHealthConfig.wireDecode(&inner, into: &value)
                field6 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.affinityKey = value }
        if let value = field2.take() { message.responses = value }
        if let value = field3.take() { message.requests = value }
        if let value = field4.take() { message.sendProxyProtocol = value }
        if let value = field5.take() { message.proxyProtocolEveryDatagram = value }
        if let value = field6.take() { message.health = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasHealth {
            do {
                let messageEnd = writer.written
                self.health.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        }
        if self.hasProxyProtocolEveryDatagram {
            writer.byte(self.proxyProtocolEveryDatagram ? 1 : 0)
            writer.tag(40)
        }
        if self.hasSendProxyProtocol {
            writer.byte(self.sendProxyProtocol ? 1 : 0)
            writer.tag(32)
        }
        if self.hasRequests {
            writer.varint(UInt64(self.requests))
            writer.tag(24)
        }
        if self.hasResponses {
            writer.varint(UInt64(self.responses))
            writer.tag(16)
        }
        if self.hasAffinityKey {
            writer.varint(UInt64(bitPattern: Int64(self.affinityKey.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_UdpHealthConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UdpHealthConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_UdpHealthMode? = nil
        var field2: UInt32? = nil
        var field3: UInt32? = nil
        var field4: UInt32? = nil
        var field5: Bool? = nil
        var field6: Data? = nil
        var field7: UInt32? = nil
        var field8: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // mode = 1
                let raw = try decoder.readVarint()
                if let value = Command_UdpHealthMode(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // tcp_port = 2
                field2 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // rise = 3
                field3 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // fall = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // fail_open = 5
                field5 = try decoder.readVarint() != 0
            case 50:  // udp_probe_payload = 6
                field6 = try decoder.readBytes()
            case 56:  // probe_interval_seconds = 7
                field7 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // probe_timeout_seconds = 8
                field8 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.mode = value }
        if let value = field2.take() { message.tcpPort = value }
        if let value = field3.take() { message.rise = value }
        if let value = field4.take() { message.fall = value }
        if let value = field5.take() { message.failOpen = value }
        if let value = field6.take() { message.udpProbePayload = value }
        if let value = field7.take() { message.probeIntervalSeconds = value }
        if let value = field8.take() { message.probeTimeoutSeconds = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasProbeTimeoutSeconds {
            writer.varint(UInt64(self.probeTimeoutSeconds))
            writer.tag(64)
        }
        if self.hasProbeIntervalSeconds {
            writer.varint(UInt64(self.probeIntervalSeconds))
            writer.tag(56)
        }
        if self.hasUdpProbePayload {
            writer.bytes(self.udpProbePayload)
            writer.tag(50)
        }
        if self.hasFailOpen {
            writer.byte(self.failOpen ? 1 : 0)
            writer.tag(40)
        }
        if self.hasFall {
            writer.varint(UInt64(self.fall))
            writer.tag(32)
        }
        if self.hasRise {
            writer.varint(UInt64(self.rise))
            writer.tag(24)
        }
        if self.hasTcpPort {
            writer.varint(UInt64(self.tcpPort))
            writer.tag(16)
        }
        if self.hasMode {
            writer.varint(UInt64(bitPattern: Int64(self.mode.rawValue)))
            writer.tag(8)
        }
    }
}

extension Command_RequestHttpFrontend: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RequestHttpFrontend) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: Command_SocketAddress? = nil
        var field3: String? = nil
        var field4: Command_PathRule? = nil
        var field5: String? = nil
        var field6: Command_RulePosition? = nil
        var field7: [String: String] = [:]
        var field8: Command_RedirectPolicy? = nil
        var field9: Bool? = nil
        var field10: Command_RedirectScheme? = nil
        var field11: String? = nil
        var field12: String? = nil
        var field13: String? = nil
        var field14: UInt32? = nil
        var field15: [Command_Header] = []
        var field16: Command_HstsConfig? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            case 18:  // address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 26:  // hostname = 3
                field3 = try decoder.readString()
            case 34:  // path = 4
                var inner = try decoder.nested()
                var value = field4 ?? (message.hasPath ? message.path : Command_PathRule())
                try Command_PathRule.wireDecode(&inner, into: &value)
                field4 = consume value
            case 42:  // method = 5
                field5 = try decoder.readString()
            case 48:  // position = 6
                let raw = try decoder.readVarint()
                if let value = Command_RulePosition(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field6 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 58:  // tags = 7
                if field7.isEmpty { field7.reserveCapacity(decoder.lengthDelimitedRun(tag: 58)) }
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
                field7[key ?? ""] = value ?? ""
            case 64:  // redirect = 8
                let raw = try decoder.readVarint()
                if let value = Command_RedirectPolicy(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field8 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 72:  // required_auth = 9
                field9 = try decoder.readVarint() != 0
            case 80:  // redirect_scheme = 10
                let raw = try decoder.readVarint()
                if let value = Command_RedirectScheme(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field10 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 90:  // redirect_template = 11
                field11 = try decoder.readString()
            case 98:  // rewrite_host = 12
                field12 = try decoder.readString()
            case 106:  // rewrite_path = 13
                field13 = try decoder.readString()
            case 112:  // rewrite_port = 14
                field14 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 122:  // headers = 15
                if field15.isEmpty { field15.reserveCapacity(decoder.lengthDelimitedRun(tag: 122)) }
                var inner = try decoder.nested()
                var item = Command_Header()
                try Command_Header.wireDecode(&inner, into: &item)
                field15.append(consume item)
            case 130:  // hsts = 16
                var inner = try decoder.nested()
                var value = field16 ?? (message.hasHsts ? message.hsts : Command_HstsConfig())
                try Command_HstsConfig.wireDecode(&inner, into: &value)
                field16 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if let value = field2.take() { message.address = value }
        if let value = field3.take() { message.hostname = value }
        if let value = field4.take() { message.path = value }
        if let value = field5.take() { message.method = value }
        if let value = field6.take() { message.position = value }
        if !field7.isEmpty {
            if message.tags.isEmpty {
                message.tags = field7
            } else {
                message.tags.merge(field7) { $1 }
            }
        }
        if let value = field8.take() { message.redirect = value }
        if let value = field9.take() { message.requiredAuth = value }
        if let value = field10.take() { message.redirectScheme = value }
        if let value = field11.take() { message.redirectTemplate = value }
        if let value = field12.take() { message.rewriteHost = value }
        if let value = field13.take() { message.rewritePath = value }
        if let value = field14.take() { message.rewritePort = value }
        if !field15.isEmpty {
            if message.headers.isEmpty {
                message.headers = field15
            } else {
                message.headers += field15
            }
        }
        if let value = field16.take() { message.hsts = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasHsts {
            do {
                let messageEnd = writer.written
                self.hsts.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x182)
        }
        for item in self.headers.reversed() {
            do {
                let messageEnd = writer.written
                item.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(122)
        }
        if self.hasRewritePort {
            writer.varint(UInt64(self.rewritePort))
            writer.tag(112)
        }
        if self.hasRewritePath {
            writer.string(self.rewritePath)
            writer.tag(106)
        }
        if self.hasRewriteHost {
            writer.string(self.rewriteHost)
            writer.tag(98)
        }
        if self.hasRedirectTemplate {
            writer.string(self.redirectTemplate)
            writer.tag(90)
        }
        if self.hasRedirectScheme {
            writer.varint(UInt64(bitPattern: Int64(self.redirectScheme.rawValue)))
            writer.tag(80)
        }
        if self.hasRequiredAuth {
            writer.byte(self.requiredAuth ? 1 : 0)
            writer.tag(72)
        }
        if self.hasRedirect {
            writer.varint(UInt64(bitPattern: Int64(self.redirect.rawValue)))
            writer.tag(64)
        }
        WireMapOrder.forEachReversed(self.tags) { key, item in
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
        if self.hasMethod {
            writer.string(self.method)
            writer.tag(42)
        }
        if self.hasPath {
            do {
                let messageEnd = writer.written
                self.path.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        }
        if self.hasHostname || !unknownNumbers.contains(3) {
            writer.string(self.hostname)
            writer.tag(26)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasClusterID {
            writer.string(self.clusterID)
            writer.tag(10)
        }
    }
}

extension Command_RequestTcpFrontend: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RequestTcpFrontend) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: Command_SocketAddress? = nil
        var field3: [String: String] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            case 18:  // address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 26:  // tags = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
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
                field3[key ?? ""] = value ?? ""
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if let value = field2.take() { message.address = value }
        if !field3.isEmpty {
            if message.tags.isEmpty {
                message.tags = field3
            } else {
                message.tags.merge(field3) { $1 }
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
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
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
        var field1: String? = nil
        var field2: Command_SocketAddress? = nil
        var field3: [String: String] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            case 18:  // address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 26:  // tags = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
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
                field3[key ?? ""] = value ?? ""
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if let value = field2.take() { message.address = value }
        if !field3.isEmpty {
            if message.tags.isEmpty {
                message.tags = field3
            } else {
                message.tags.merge(field3) { $1 }
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
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
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
        var field1: Command_PathRuleKind? = nil
        var field2: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // kind = 1
                let raw = try decoder.readVarint()
                if let value = Command_PathRuleKind(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // value = 2
                field2 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.kind = value }
        if let value = field2.take() { message.value = value }
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
        var field1: Command_HeaderPosition? = nil
        var field2: String? = nil
        var field3: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // position = 1
                let raw = try decoder.readVarint()
                if let value = Command_HeaderPosition(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // key = 2
                field2 = try decoder.readString()
            case 26:  // val = 3
                field3 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.position = value }
        if let value = field2.take() { message.key = value }
        if let value = field3.take() { message.val = value }
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
        var field1: String? = nil
        var field2: String? = nil
        var field3: Command_SocketAddress? = nil
        var field4: String? = nil
        var field5: Command_LoadBalancingParams? = nil
        var field6: Bool? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            case 18:  // backend_id = 2
                field2 = try decoder.readString()
            case 26:  // address = 3
                var inner = try decoder.nested()
                var value = field3 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field3 = consume value
            case 34:  // sticky_id = 4
                field4 = try decoder.readString()
            case 42:  // load_balancing_parameters = 5
                var inner = try decoder.nested()
                var value = field5 ?? (message.hasLoadBalancingParameters ? message.loadBalancingParameters : Command_LoadBalancingParams())
                try Command_LoadBalancingParams.wireDecode(&inner, into: &value)
                field5 = consume value
            case 48:  // backup = 6
                field6 = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if let value = field2.take() { message.backendID = value }
        if let value = field3.take() { message.address = value }
        if let value = field4.take() { message.stickyID = value }
        if let value = field5.take() { message.loadBalancingParameters = value }
        if let value = field6.take() { message.backup = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasBackup {
            writer.byte(self.backup ? 1 : 0)
            writer.tag(48)
        }
        if self.hasLoadBalancingParameters {
            do {
                let messageEnd = writer.written
                self.loadBalancingParameters.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        }
        if self.hasStickyID {
            writer.string(self.stickyID)
            writer.tag(34)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
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
        var field1: String? = nil
        var field2: String? = nil
        var field3: Command_SocketAddress? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster_id = 1
                field1 = try decoder.readString()
            case 18:  // backend_id = 2
                field2 = try decoder.readString()
            case 26:  // address = 3
                var inner = try decoder.nested()
                var value = field3 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field3 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.clusterID = value }
        if let value = field2.take() { message.backendID = value }
        if let value = field3.take() { message.address = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
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
        var field1: Int32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // weight = 1
                field1 = Int32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.weight = value }
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
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HttpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field5: Bool? = nil
        var field6: String? = nil
        var field7: UInt32? = nil
        var field8: UInt32? = nil
        var field9: UInt32? = nil
        var field10: UInt32? = nil
        var field11: Bool? = nil
        var field12: Command_CustomHttpAnswers? = nil
        var field13: UInt32? = nil
        var field14: UInt32? = nil
        var field15: UInt32? = nil
        var field16: UInt32? = nil
        var field17: UInt32? = nil
        var field18: UInt32? = nil
        var field19: UInt32? = nil
        var field20: UInt32? = nil
        var field21: UInt32? = nil
        var field22: UInt64? = nil
        var field23: UInt64? = nil
        var field24: UInt32? = nil
        var field25: UInt32? = nil
        var field26: UInt32? = nil
        var field27: UInt64? = nil
        var field28: UInt32? = nil
        var field29: UInt32? = nil
        var field30: String? = nil
        var field31: [String: String] = [:]
        var field32: Bool? = nil
        var field33: Bool? = nil
        var field34: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 40:  // expect_proxy = 5
                field5 = try decoder.readVarint() != 0
            case 50:  // sticky_name = 6
                field6 = try decoder.readString()
            case 56:  // front_timeout = 7
                field7 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // back_timeout = 8
                field8 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 72:  // connect_timeout = 9
                field9 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 80:  // request_timeout = 10
                field10 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 88:  // active = 11
                field11 = try decoder.readVarint() != 0
            case 98:  // http_answers = 12
                var inner = try decoder.nested()
                var value = field12 ?? (message.hasHTTPAnswers ? message.httpAnswers : Command_CustomHttpAnswers())
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                field12 = consume value
            case 104:  // h2_max_rst_stream_per_window = 13
                field13 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 112:  // h2_max_ping_per_window = 14
                field14 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 120:  // h2_max_settings_per_window = 15
                field15 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 128:  // h2_max_empty_data_per_window = 16
                field16 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 136:  // h2_max_continuation_frames = 17
                field17 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 144:  // h2_max_glitch_count = 18
                field18 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 152:  // h2_initial_connection_window = 19
                field19 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 160:  // h2_max_concurrent_streams = 20
                field20 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 168:  // h2_stream_shrink_ratio = 21
                field21 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 176:  // h2_max_rst_stream_lifetime = 22
                field22 = try decoder.readVarint()
            case 184:  // h2_max_rst_stream_abusive_lifetime = 23
                field23 = try decoder.readVarint()
            case 192:  // h2_max_header_list_size = 24
                field24 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_stream_idle_timeout_seconds = 25
                field25 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_max_header_table_size = 26
                field26 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_rst_stream_emitted_lifetime = 27
                field27 = try decoder.readVarint()
            case 224:  // h2_graceful_shutdown_deadline_seconds = 28
                field28 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_max_window_update_stream0_per_window = 29
                field29 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 242:  // sozu_id_header = 30
                field30 = try decoder.readString()
            case 250:  // answers = 31
                if field31.isEmpty { field31.reserveCapacity(decoder.lengthDelimitedRun(tag: 250)) }
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
                field31[key ?? ""] = value ?? ""
            case 256:  // elide_x_real_ip = 32
                field32 = try decoder.readVarint() != 0
            case 264:  // send_x_real_ip = 33
                field33 = try decoder.readVarint() != 0
            case 272:  // h2_max_header_fields = 34
                field34 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field5.take() { message.expectProxy = value }
        if let value = field6.take() { message.stickyName = value }
        if let value = field7.take() { message.frontTimeout = value }
        if let value = field8.take() { message.backTimeout = value }
        if let value = field9.take() { message.connectTimeout = value }
        if let value = field10.take() { message.requestTimeout = value }
        if let value = field11.take() { message.active = value }
        if let value = field12.take() { message.httpAnswers = value }
        if let value = field13.take() { message.h2MaxRstStreamPerWindow = value }
        if let value = field14.take() { message.h2MaxPingPerWindow = value }
        if let value = field15.take() { message.h2MaxSettingsPerWindow = value }
        if let value = field16.take() { message.h2MaxEmptyDataPerWindow = value }
        if let value = field17.take() { message.h2MaxContinuationFrames = value }
        if let value = field18.take() { message.h2MaxGlitchCount = value }
        if let value = field19.take() { message.h2InitialConnectionWindow = value }
        if let value = field20.take() { message.h2MaxConcurrentStreams = value }
        if let value = field21.take() { message.h2StreamShrinkRatio = value }
        if let value = field22.take() { message.h2MaxRstStreamLifetime = value }
        if let value = field23.take() { message.h2MaxRstStreamAbusiveLifetime = value }
        if let value = field24.take() { message.h2MaxHeaderListSize = value }
        if let value = field25.take() { message.h2StreamIdleTimeoutSeconds = value }
        if let value = field26.take() { message.h2MaxHeaderTableSize = value }
        if let value = field27.take() { message.h2MaxRstStreamEmittedLifetime = value }
        if let value = field28.take() { message.h2GracefulShutdownDeadlineSeconds = value }
        if let value = field29.take() { message.h2MaxWindowUpdateStream0PerWindow = value }
        if let value = field30.take() { message.sozuIDHeader = value }
        if !field31.isEmpty {
            if message.answers.isEmpty {
                message.answers = field31
            } else {
                message.answers.merge(field31) { $1 }
            }
        }
        if let value = field32.take() { message.elideXRealIp = value }
        if let value = field33.take() { message.sendXRealIp = value }
        if let value = field34.take() { message.h2MaxHeaderFields = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasH2MaxHeaderFields {
            writer.varint(UInt64(self.h2MaxHeaderFields))
            writer.tag(0x290)
        }
        if self.hasSendXRealIp {
            writer.byte(self.sendXRealIp ? 1 : 0)
            writer.tag(0x288)
        }
        if self.hasElideXRealIp {
            writer.byte(self.elideXRealIp ? 1 : 0)
            writer.tag(0x280)
        }
        WireMapOrder.forEachReversed(self.answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x1FA)
        }
        if self.hasSozuIDHeader {
            writer.string(self.sozuIDHeader)
            writer.tag(0x1F2)
        }
        if self.hasH2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(self.h2MaxWindowUpdateStream0PerWindow))
            writer.tag(0x1E8)
        }
        if self.hasH2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(self.h2GracefulShutdownDeadlineSeconds))
            writer.tag(0x1E0)
        }
        if self.hasH2MaxRstStreamEmittedLifetime {
            writer.varint(self.h2MaxRstStreamEmittedLifetime)
            writer.tag(0x1D8)
        }
        if self.hasH2MaxHeaderTableSize {
            writer.varint(UInt64(self.h2MaxHeaderTableSize))
            writer.tag(0x1D0)
        }
        if self.hasH2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(self.h2StreamIdleTimeoutSeconds))
            writer.tag(0x1C8)
        }
        if self.hasH2MaxHeaderListSize {
            writer.varint(UInt64(self.h2MaxHeaderListSize))
            writer.tag(0x1C0)
        }
        if self.hasH2MaxRstStreamAbusiveLifetime {
            writer.varint(self.h2MaxRstStreamAbusiveLifetime)
            writer.tag(0x1B8)
        }
        if self.hasH2MaxRstStreamLifetime {
            writer.varint(self.h2MaxRstStreamLifetime)
            writer.tag(0x1B0)
        }
        if self.hasH2StreamShrinkRatio {
            writer.varint(UInt64(self.h2StreamShrinkRatio))
            writer.tag(0x1A8)
        }
        if self.hasH2MaxConcurrentStreams {
            writer.varint(UInt64(self.h2MaxConcurrentStreams))
            writer.tag(0x1A0)
        }
        if self.hasH2InitialConnectionWindow {
            writer.varint(UInt64(self.h2InitialConnectionWindow))
            writer.tag(0x198)
        }
        if self.hasH2MaxGlitchCount {
            writer.varint(UInt64(self.h2MaxGlitchCount))
            writer.tag(0x190)
        }
        if self.hasH2MaxContinuationFrames {
            writer.varint(UInt64(self.h2MaxContinuationFrames))
            writer.tag(0x188)
        }
        if self.hasH2MaxEmptyDataPerWindow {
            writer.varint(UInt64(self.h2MaxEmptyDataPerWindow))
            writer.tag(0x180)
        }
        if self.hasH2MaxSettingsPerWindow {
            writer.varint(UInt64(self.h2MaxSettingsPerWindow))
            writer.tag(120)
        }
        if self.hasH2MaxPingPerWindow {
            writer.varint(UInt64(self.h2MaxPingPerWindow))
            writer.tag(112)
        }
        if self.hasH2MaxRstStreamPerWindow {
            writer.varint(UInt64(self.h2MaxRstStreamPerWindow))
            writer.tag(104)
        }
        if self.hasHTTPAnswers {
            do {
                let messageEnd = writer.written
                self.httpAnswers.wireWrite(&writer)
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
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_HttpsListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HttpsListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field5: Bool? = nil
        var field6: String? = nil
        var field7: UInt32? = nil
        var field8: UInt32? = nil
        var field9: UInt32? = nil
        var field10: UInt32? = nil
        var field11: Bool? = nil
        var field12: [Command_TlsVersion] = []
        var field13: [String] = []
        var field14: [String] = []
        var field15: [String] = []
        var field16: [String] = []
        var field17: String? = nil
        var field18: [String] = []
        var field19: String? = nil
        var field20: UInt64? = nil
        var field21: Command_CustomHttpAnswers? = nil
        var field22: [String] = []
        var field23: UInt32? = nil
        var field24: UInt32? = nil
        var field25: UInt32? = nil
        var field26: UInt32? = nil
        var field27: UInt32? = nil
        var field28: UInt32? = nil
        var field29: UInt32? = nil
        var field30: UInt32? = nil
        var field31: UInt32? = nil
        var field32: UInt64? = nil
        var field33: UInt64? = nil
        var field34: UInt32? = nil
        var field35: Bool? = nil
        var field36: Bool? = nil
        var field37: UInt32? = nil
        var field38: UInt32? = nil
        var field39: UInt64? = nil
        var field40: UInt32? = nil
        var field41: UInt32? = nil
        var field42: String? = nil
        var field43: [String: String] = [:]
        var field44: Bool? = nil
        var field45: Bool? = nil
        var field46: Command_HstsConfig? = nil
        var field47: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 40:  // expect_proxy = 5
                field5 = try decoder.readVarint() != 0
            case 50:  // sticky_name = 6
                field6 = try decoder.readString()
            case 56:  // front_timeout = 7
                field7 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // back_timeout = 8
                field8 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 72:  // connect_timeout = 9
                field9 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 80:  // request_timeout = 10
                field10 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 88:  // active = 11
                field11 = try decoder.readVarint() != 0
            case 96:  // versions = 12
                let raw = try decoder.readVarint()
                if let value = Command_TlsVersion(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field12.append(value)
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 98:  // versions = 12, packed
                var packed = try decoder.sameLevel()
                var unknownNumbers: [Int32] = []
                while !packed.isAtEnd {
                    let raw = Int32(truncatingIfNeeded: try packed.readVarint())
                    if let value = Command_TlsVersion(rawValue: Int(raw)) {
                        field12.append(value)
                    } else {
                        unknownNumbers.append(raw)
                    }
                }
                if !unknownNumbers.isEmpty { unknown.appendPacked(fieldNumber: 12, unknownNumbers) }
            case 106:  // cipher_list = 13
                if field13.isEmpty { field13.reserveCapacity(decoder.lengthDelimitedRun(tag: 106)) }
                field13.append(try decoder.readString())
            case 114:  // cipher_suites = 14
                if field14.isEmpty { field14.reserveCapacity(decoder.lengthDelimitedRun(tag: 114)) }
                field14.append(try decoder.readString())
            case 122:  // signature_algorithms = 15
                if field15.isEmpty { field15.reserveCapacity(decoder.lengthDelimitedRun(tag: 122)) }
                field15.append(try decoder.readString())
            case 130:  // groups_list = 16
                if field16.isEmpty { field16.reserveCapacity(decoder.lengthDelimitedRun(tag: 130)) }
                field16.append(try decoder.readString())
            case 138:  // certificate = 17
                field17 = try decoder.readString()
            case 146:  // certificate_chain = 18
                if field18.isEmpty { field18.reserveCapacity(decoder.lengthDelimitedRun(tag: 146)) }
                field18.append(try decoder.readString())
            case 154:  // key = 19
                field19 = try decoder.readString()
            case 160:  // send_tls13_tickets = 20
                field20 = try decoder.readVarint()
            case 170:  // http_answers = 21
                var inner = try decoder.nested()
                var value = field21 ?? (message.hasHTTPAnswers ? message.httpAnswers : Command_CustomHttpAnswers())
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                field21 = consume value
            case 178:  // alpn_protocols = 22
                if field22.isEmpty { field22.reserveCapacity(decoder.lengthDelimitedRun(tag: 178)) }
                field22.append(try decoder.readString())
            case 184:  // h2_max_rst_stream_per_window = 23
                field23 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 192:  // h2_max_ping_per_window = 24
                field24 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_max_settings_per_window = 25
                field25 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_max_empty_data_per_window = 26
                field26 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_continuation_frames = 27
                field27 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 224:  // h2_max_glitch_count = 28
                field28 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_initial_connection_window = 29
                field29 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 240:  // h2_max_concurrent_streams = 30
                field30 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 248:  // h2_stream_shrink_ratio = 31
                field31 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 256:  // h2_max_rst_stream_lifetime = 32
                field32 = try decoder.readVarint()
            case 264:  // h2_max_rst_stream_abusive_lifetime = 33
                field33 = try decoder.readVarint()
            case 272:  // h2_max_header_list_size = 34
                field34 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 280:  // strict_sni_binding = 35
                field35 = try decoder.readVarint() != 0
            case 288:  // disable_http11 = 36
                field36 = try decoder.readVarint() != 0
            case 296:  // h2_stream_idle_timeout_seconds = 37
                field37 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 304:  // h2_max_header_table_size = 38
                field38 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 312:  // h2_max_rst_stream_emitted_lifetime = 39
                field39 = try decoder.readVarint()
            case 320:  // h2_graceful_shutdown_deadline_seconds = 40
                field40 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 328:  // h2_max_window_update_stream0_per_window = 41
                field41 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 338:  // sozu_id_header = 42
                field42 = try decoder.readString()
            case 346:  // answers = 43
                if field43.isEmpty { field43.reserveCapacity(decoder.lengthDelimitedRun(tag: 346)) }
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
                field43[key ?? ""] = value ?? ""
            case 352:  // elide_x_real_ip = 44
                field44 = try decoder.readVarint() != 0
            case 360:  // send_x_real_ip = 45
                field45 = try decoder.readVarint() != 0
            case 370:  // hsts = 46
                var inner = try decoder.nested()
                var value = field46 ?? (message.hasHsts ? message.hsts : Command_HstsConfig())
                try Command_HstsConfig.wireDecode(&inner, into: &value)
                field46 = consume value
            case 376:  // h2_max_header_fields = 47
                field47 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field5.take() { message.expectProxy = value }
        if let value = field6.take() { message.stickyName = value }
        if let value = field7.take() { message.frontTimeout = value }
        if let value = field8.take() { message.backTimeout = value }
        if let value = field9.take() { message.connectTimeout = value }
        if let value = field10.take() { message.requestTimeout = value }
        if let value = field11.take() { message.active = value }
        if !field12.isEmpty {
            if message.versions.isEmpty {
                message.versions = field12
            } else {
                message.versions += field12
            }
        }
        if !field13.isEmpty {
            if message.cipherList.isEmpty {
                message.cipherList = field13
            } else {
                message.cipherList += field13
            }
        }
        if !field14.isEmpty {
            if message.cipherSuites.isEmpty {
                message.cipherSuites = field14
            } else {
                message.cipherSuites += field14
            }
        }
        if !field15.isEmpty {
            if message.signatureAlgorithms.isEmpty {
                message.signatureAlgorithms = field15
            } else {
                message.signatureAlgorithms += field15
            }
        }
        if !field16.isEmpty {
            if message.groupsList.isEmpty {
                message.groupsList = field16
            } else {
                message.groupsList += field16
            }
        }
        if let value = field17.take() { message.certificate = value }
        if !field18.isEmpty {
            if message.certificateChain.isEmpty {
                message.certificateChain = field18
            } else {
                message.certificateChain += field18
            }
        }
        if let value = field19.take() { message.key = value }
        if let value = field20.take() { message.sendTls13Tickets = value }
        if let value = field21.take() { message.httpAnswers = value }
        if !field22.isEmpty {
            if message.alpnProtocols.isEmpty {
                message.alpnProtocols = field22
            } else {
                message.alpnProtocols += field22
            }
        }
        if let value = field23.take() { message.h2MaxRstStreamPerWindow = value }
        if let value = field24.take() { message.h2MaxPingPerWindow = value }
        if let value = field25.take() { message.h2MaxSettingsPerWindow = value }
        if let value = field26.take() { message.h2MaxEmptyDataPerWindow = value }
        if let value = field27.take() { message.h2MaxContinuationFrames = value }
        if let value = field28.take() { message.h2MaxGlitchCount = value }
        if let value = field29.take() { message.h2InitialConnectionWindow = value }
        if let value = field30.take() { message.h2MaxConcurrentStreams = value }
        if let value = field31.take() { message.h2StreamShrinkRatio = value }
        if let value = field32.take() { message.h2MaxRstStreamLifetime = value }
        if let value = field33.take() { message.h2MaxRstStreamAbusiveLifetime = value }
        if let value = field34.take() { message.h2MaxHeaderListSize = value }
        if let value = field35.take() { message.strictSniBinding = value }
        if let value = field36.take() { message.disableHTTP11 = value }
        if let value = field37.take() { message.h2StreamIdleTimeoutSeconds = value }
        if let value = field38.take() { message.h2MaxHeaderTableSize = value }
        if let value = field39.take() { message.h2MaxRstStreamEmittedLifetime = value }
        if let value = field40.take() { message.h2GracefulShutdownDeadlineSeconds = value }
        if let value = field41.take() { message.h2MaxWindowUpdateStream0PerWindow = value }
        if let value = field42.take() { message.sozuIDHeader = value }
        if !field43.isEmpty {
            if message.answers.isEmpty {
                message.answers = field43
            } else {
                message.answers.merge(field43) { $1 }
            }
        }
        if let value = field44.take() { message.elideXRealIp = value }
        if let value = field45.take() { message.sendXRealIp = value }
        if let value = field46.take() { message.hsts = value }
        if let value = field47.take() { message.h2MaxHeaderFields = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasH2MaxHeaderFields {
            writer.varint(UInt64(self.h2MaxHeaderFields))
            writer.tag(0x2F8)
        }
        if self.hasHsts {
            do {
                let messageEnd = writer.written
                self.hsts.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2F2)
        }
        if self.hasSendXRealIp {
            writer.byte(self.sendXRealIp ? 1 : 0)
            writer.tag(0x2E8)
        }
        if self.hasElideXRealIp {
            writer.byte(self.elideXRealIp ? 1 : 0)
            writer.tag(0x2E0)
        }
        WireMapOrder.forEachReversed(self.answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x2DA)
        }
        if self.hasSozuIDHeader {
            writer.string(self.sozuIDHeader)
            writer.tag(0x2D2)
        }
        if self.hasH2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(self.h2MaxWindowUpdateStream0PerWindow))
            writer.tag(0x2C8)
        }
        if self.hasH2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(self.h2GracefulShutdownDeadlineSeconds))
            writer.tag(0x2C0)
        }
        if self.hasH2MaxRstStreamEmittedLifetime {
            writer.varint(self.h2MaxRstStreamEmittedLifetime)
            writer.tag(0x2B8)
        }
        if self.hasH2MaxHeaderTableSize {
            writer.varint(UInt64(self.h2MaxHeaderTableSize))
            writer.tag(0x2B0)
        }
        if self.hasH2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(self.h2StreamIdleTimeoutSeconds))
            writer.tag(0x2A8)
        }
        if self.hasDisableHTTP11 {
            writer.byte(self.disableHTTP11 ? 1 : 0)
            writer.tag(0x2A0)
        }
        if self.hasStrictSniBinding {
            writer.byte(self.strictSniBinding ? 1 : 0)
            writer.tag(0x298)
        }
        if self.hasH2MaxHeaderListSize {
            writer.varint(UInt64(self.h2MaxHeaderListSize))
            writer.tag(0x290)
        }
        if self.hasH2MaxRstStreamAbusiveLifetime {
            writer.varint(self.h2MaxRstStreamAbusiveLifetime)
            writer.tag(0x288)
        }
        if self.hasH2MaxRstStreamLifetime {
            writer.varint(self.h2MaxRstStreamLifetime)
            writer.tag(0x280)
        }
        if self.hasH2StreamShrinkRatio {
            writer.varint(UInt64(self.h2StreamShrinkRatio))
            writer.tag(0x1F8)
        }
        if self.hasH2MaxConcurrentStreams {
            writer.varint(UInt64(self.h2MaxConcurrentStreams))
            writer.tag(0x1F0)
        }
        if self.hasH2InitialConnectionWindow {
            writer.varint(UInt64(self.h2InitialConnectionWindow))
            writer.tag(0x1E8)
        }
        if self.hasH2MaxGlitchCount {
            writer.varint(UInt64(self.h2MaxGlitchCount))
            writer.tag(0x1E0)
        }
        if self.hasH2MaxContinuationFrames {
            writer.varint(UInt64(self.h2MaxContinuationFrames))
            writer.tag(0x1D8)
        }
        if self.hasH2MaxEmptyDataPerWindow {
            writer.varint(UInt64(self.h2MaxEmptyDataPerWindow))
            writer.tag(0x1D0)
        }
        if self.hasH2MaxSettingsPerWindow {
            writer.varint(UInt64(self.h2MaxSettingsPerWindow))
            writer.tag(0x1C8)
        }
        if self.hasH2MaxPingPerWindow {
            writer.varint(UInt64(self.h2MaxPingPerWindow))
            writer.tag(0x1C0)
        }
        if self.hasH2MaxRstStreamPerWindow {
            writer.varint(UInt64(self.h2MaxRstStreamPerWindow))
            writer.tag(0x1B8)
        }
        for item in self.alpnProtocols.reversed() {
            writer.string(item)
            writer.tag(0x1B2)
        }
        if self.hasHTTPAnswers {
            do {
                let messageEnd = writer.written
                self.httpAnswers.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1AA)
        }
        if self.hasSendTls13Tickets || !unknownNumbers.contains(20) {
            writer.varint(self.sendTls13Tickets)
            writer.tag(0x1A0)
        }
        if self.hasKey {
            writer.string(self.key)
            writer.tag(0x19A)
        }
        for item in self.certificateChain.reversed() {
            writer.string(item)
            writer.tag(0x192)
        }
        if self.hasCertificate {
            writer.string(self.certificate)
            writer.tag(0x18A)
        }
        for item in self.groupsList.reversed() {
            writer.string(item)
            writer.tag(0x182)
        }
        for item in self.signatureAlgorithms.reversed() {
            writer.string(item)
            writer.tag(122)
        }
        for item in self.cipherSuites.reversed() {
            writer.string(item)
            writer.tag(114)
        }
        for item in self.cipherList.reversed() {
            writer.string(item)
            writer.tag(106)
        }
        for item in self.versions.reversed() {
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
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_TcpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_TcpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field3: Bool? = nil
        var field4: UInt32? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        var field7: Bool? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 24:  // expect_proxy = 3
                field3 = try decoder.readVarint() != 0
            case 32:  // front_timeout = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // back_timeout = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // connect_timeout = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // active = 7
                field7 = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field3.take() { message.expectProxy = value }
        if let value = field4.take() { message.frontTimeout = value }
        if let value = field5.take() { message.backTimeout = value }
        if let value = field6.take() { message.connectTimeout = value }
        if let value = field7.take() { message.active = value }
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
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UdpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UdpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field3: UInt32? = nil
        var field4: UInt32? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        var field7: Bool? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 24:  // front_timeout = 3
                field3 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // back_timeout = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // max_rx_datagram_size = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // max_flows = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // active = 7
                field7 = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field3.take() { message.frontTimeout = value }
        if let value = field4.take() { message.backTimeout = value }
        if let value = field5.take() { message.maxRxDatagramSize = value }
        if let value = field6.take() { message.maxFlows = value }
        if let value = field7.take() { message.active = value }
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
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateHttpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateHttpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field3: Bool? = nil
        var field4: String? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        var field7: UInt32? = nil
        var field8: UInt32? = nil
        var field9: Command_CustomHttpAnswers? = nil
        var field20: UInt32? = nil
        var field21: UInt32? = nil
        var field22: UInt32? = nil
        var field23: UInt32? = nil
        var field24: UInt32? = nil
        var field25: UInt32? = nil
        var field26: UInt32? = nil
        var field27: UInt32? = nil
        var field28: UInt32? = nil
        var field29: UInt64? = nil
        var field30: UInt64? = nil
        var field31: UInt64? = nil
        var field32: UInt32? = nil
        var field33: UInt32? = nil
        var field34: UInt32? = nil
        var field35: UInt32? = nil
        var field36: UInt32? = nil
        var field37: String? = nil
        var field38: [String: String] = [:]
        var field39: Bool? = nil
        var field40: Bool? = nil
        var field41: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 24:  // expect_proxy = 3
                field3 = try decoder.readVarint() != 0
            case 34:  // sticky_name = 4
                field4 = try decoder.readString()
            case 40:  // front_timeout = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // back_timeout = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // connect_timeout = 7
                field7 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // request_timeout = 8
                field8 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 74:  // http_answers = 9
                var inner = try decoder.nested()
                var value = field9 ?? (message.hasHTTPAnswers ? message.httpAnswers : Command_CustomHttpAnswers())
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                field9 = consume value
            case 160:  // h2_max_rst_stream_per_window = 20
                field20 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 168:  // h2_max_ping_per_window = 21
                field21 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 176:  // h2_max_settings_per_window = 22
                field22 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 184:  // h2_max_empty_data_per_window = 23
                field23 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 192:  // h2_max_continuation_frames = 24
                field24 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_max_glitch_count = 25
                field25 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_initial_connection_window = 26
                field26 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_concurrent_streams = 27
                field27 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 224:  // h2_stream_shrink_ratio = 28
                field28 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_max_rst_stream_lifetime = 29
                field29 = try decoder.readVarint()
            case 240:  // h2_max_rst_stream_abusive_lifetime = 30
                field30 = try decoder.readVarint()
            case 248:  // h2_max_rst_stream_emitted_lifetime = 31
                field31 = try decoder.readVarint()
            case 256:  // h2_max_header_list_size = 32
                field32 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 264:  // h2_max_header_table_size = 33
                field33 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 272:  // h2_stream_idle_timeout_seconds = 34
                field34 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 280:  // h2_graceful_shutdown_deadline_seconds = 35
                field35 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 288:  // h2_max_window_update_stream0_per_window = 36
                field36 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 298:  // sozu_id_header = 37
                field37 = try decoder.readString()
            case 306:  // answers = 38
                if field38.isEmpty { field38.reserveCapacity(decoder.lengthDelimitedRun(tag: 306)) }
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
                field38[key ?? ""] = value ?? ""
            case 312:  // elide_x_real_ip = 39
                field39 = try decoder.readVarint() != 0
            case 320:  // send_x_real_ip = 40
                field40 = try decoder.readVarint() != 0
            case 328:  // h2_max_header_fields = 41
                field41 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field3.take() { message.expectProxy = value }
        if let value = field4.take() { message.stickyName = value }
        if let value = field5.take() { message.frontTimeout = value }
        if let value = field6.take() { message.backTimeout = value }
        if let value = field7.take() { message.connectTimeout = value }
        if let value = field8.take() { message.requestTimeout = value }
        if let value = field9.take() { message.httpAnswers = value }
        if let value = field20.take() { message.h2MaxRstStreamPerWindow = value }
        if let value = field21.take() { message.h2MaxPingPerWindow = value }
        if let value = field22.take() { message.h2MaxSettingsPerWindow = value }
        if let value = field23.take() { message.h2MaxEmptyDataPerWindow = value }
        if let value = field24.take() { message.h2MaxContinuationFrames = value }
        if let value = field25.take() { message.h2MaxGlitchCount = value }
        if let value = field26.take() { message.h2InitialConnectionWindow = value }
        if let value = field27.take() { message.h2MaxConcurrentStreams = value }
        if let value = field28.take() { message.h2StreamShrinkRatio = value }
        if let value = field29.take() { message.h2MaxRstStreamLifetime = value }
        if let value = field30.take() { message.h2MaxRstStreamAbusiveLifetime = value }
        if let value = field31.take() { message.h2MaxRstStreamEmittedLifetime = value }
        if let value = field32.take() { message.h2MaxHeaderListSize = value }
        if let value = field33.take() { message.h2MaxHeaderTableSize = value }
        if let value = field34.take() { message.h2StreamIdleTimeoutSeconds = value }
        if let value = field35.take() { message.h2GracefulShutdownDeadlineSeconds = value }
        if let value = field36.take() { message.h2MaxWindowUpdateStream0PerWindow = value }
        if let value = field37.take() { message.sozuIDHeader = value }
        if !field38.isEmpty {
            if message.answers.isEmpty {
                message.answers = field38
            } else {
                message.answers.merge(field38) { $1 }
            }
        }
        if let value = field39.take() { message.elideXRealIp = value }
        if let value = field40.take() { message.sendXRealIp = value }
        if let value = field41.take() { message.h2MaxHeaderFields = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasH2MaxHeaderFields {
            writer.varint(UInt64(self.h2MaxHeaderFields))
            writer.tag(0x2C8)
        }
        if self.hasSendXRealIp {
            writer.byte(self.sendXRealIp ? 1 : 0)
            writer.tag(0x2C0)
        }
        if self.hasElideXRealIp {
            writer.byte(self.elideXRealIp ? 1 : 0)
            writer.tag(0x2B8)
        }
        WireMapOrder.forEachReversed(self.answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x2B2)
        }
        if self.hasSozuIDHeader {
            writer.string(self.sozuIDHeader)
            writer.tag(0x2AA)
        }
        if self.hasH2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(self.h2MaxWindowUpdateStream0PerWindow))
            writer.tag(0x2A0)
        }
        if self.hasH2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(self.h2GracefulShutdownDeadlineSeconds))
            writer.tag(0x298)
        }
        if self.hasH2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(self.h2StreamIdleTimeoutSeconds))
            writer.tag(0x290)
        }
        if self.hasH2MaxHeaderTableSize {
            writer.varint(UInt64(self.h2MaxHeaderTableSize))
            writer.tag(0x288)
        }
        if self.hasH2MaxHeaderListSize {
            writer.varint(UInt64(self.h2MaxHeaderListSize))
            writer.tag(0x280)
        }
        if self.hasH2MaxRstStreamEmittedLifetime {
            writer.varint(self.h2MaxRstStreamEmittedLifetime)
            writer.tag(0x1F8)
        }
        if self.hasH2MaxRstStreamAbusiveLifetime {
            writer.varint(self.h2MaxRstStreamAbusiveLifetime)
            writer.tag(0x1F0)
        }
        if self.hasH2MaxRstStreamLifetime {
            writer.varint(self.h2MaxRstStreamLifetime)
            writer.tag(0x1E8)
        }
        if self.hasH2StreamShrinkRatio {
            writer.varint(UInt64(self.h2StreamShrinkRatio))
            writer.tag(0x1E0)
        }
        if self.hasH2MaxConcurrentStreams {
            writer.varint(UInt64(self.h2MaxConcurrentStreams))
            writer.tag(0x1D8)
        }
        if self.hasH2InitialConnectionWindow {
            writer.varint(UInt64(self.h2InitialConnectionWindow))
            writer.tag(0x1D0)
        }
        if self.hasH2MaxGlitchCount {
            writer.varint(UInt64(self.h2MaxGlitchCount))
            writer.tag(0x1C8)
        }
        if self.hasH2MaxContinuationFrames {
            writer.varint(UInt64(self.h2MaxContinuationFrames))
            writer.tag(0x1C0)
        }
        if self.hasH2MaxEmptyDataPerWindow {
            writer.varint(UInt64(self.h2MaxEmptyDataPerWindow))
            writer.tag(0x1B8)
        }
        if self.hasH2MaxSettingsPerWindow {
            writer.varint(UInt64(self.h2MaxSettingsPerWindow))
            writer.tag(0x1B0)
        }
        if self.hasH2MaxPingPerWindow {
            writer.varint(UInt64(self.h2MaxPingPerWindow))
            writer.tag(0x1A8)
        }
        if self.hasH2MaxRstStreamPerWindow {
            writer.varint(UInt64(self.h2MaxRstStreamPerWindow))
            writer.tag(0x1A0)
        }
        if self.hasHTTPAnswers {
            do {
                let messageEnd = writer.written
                self.httpAnswers.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(74)
        }
        if self.hasRequestTimeout {
            writer.varint(UInt64(self.requestTimeout))
            writer.tag(64)
        }
        if self.hasConnectTimeout {
            writer.varint(UInt64(self.connectTimeout))
            writer.tag(56)
        }
        if self.hasBackTimeout {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(48)
        }
        if self.hasFrontTimeout {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(40)
        }
        if self.hasStickyName {
            writer.string(self.stickyName)
            writer.tag(34)
        }
        if self.hasExpectProxy {
            writer.byte(self.expectProxy ? 1 : 0)
            writer.tag(24)
        }
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateHttpsListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateHttpsListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field3: Bool? = nil
        var field4: String? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        var field7: UInt32? = nil
        var field8: UInt32? = nil
        var field9: Command_CustomHttpAnswers? = nil
        var field10: Command_AlpnProtocols? = nil
        var field11: Bool? = nil
        var field12: Bool? = nil
        var field20: UInt32? = nil
        var field21: UInt32? = nil
        var field22: UInt32? = nil
        var field23: UInt32? = nil
        var field24: UInt32? = nil
        var field25: UInt32? = nil
        var field26: UInt32? = nil
        var field27: UInt32? = nil
        var field28: UInt32? = nil
        var field29: UInt64? = nil
        var field30: UInt64? = nil
        var field31: UInt64? = nil
        var field32: UInt32? = nil
        var field33: UInt32? = nil
        var field34: UInt32? = nil
        var field35: UInt32? = nil
        var field36: UInt32? = nil
        var field37: String? = nil
        var field38: [String: String] = [:]
        var field39: Bool? = nil
        var field40: Bool? = nil
        var field41: Command_HstsConfig? = nil
        var field42: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 24:  // expect_proxy = 3
                field3 = try decoder.readVarint() != 0
            case 34:  // sticky_name = 4
                field4 = try decoder.readString()
            case 40:  // front_timeout = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // back_timeout = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // connect_timeout = 7
                field7 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 64:  // request_timeout = 8
                field8 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 74:  // http_answers = 9
                var inner = try decoder.nested()
                var value = field9 ?? (message.hasHTTPAnswers ? message.httpAnswers : Command_CustomHttpAnswers())
                try Command_CustomHttpAnswers.wireDecode(&inner, into: &value)
                field9 = consume value
            case 82:  // alpn_protocols = 10
                var inner = try decoder.nested()
                var value = field10 ?? (message.hasAlpnProtocols ? message.alpnProtocols : Command_AlpnProtocols())
                try Command_AlpnProtocols.wireDecode(&inner, into: &value)
                field10 = consume value
            case 88:  // strict_sni_binding = 11
                field11 = try decoder.readVarint() != 0
            case 96:  // disable_http11 = 12
                field12 = try decoder.readVarint() != 0
            case 160:  // h2_max_rst_stream_per_window = 20
                field20 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 168:  // h2_max_ping_per_window = 21
                field21 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 176:  // h2_max_settings_per_window = 22
                field22 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 184:  // h2_max_empty_data_per_window = 23
                field23 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 192:  // h2_max_continuation_frames = 24
                field24 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // h2_max_glitch_count = 25
                field25 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 208:  // h2_initial_connection_window = 26
                field26 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 216:  // h2_max_concurrent_streams = 27
                field27 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 224:  // h2_stream_shrink_ratio = 28
                field28 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 232:  // h2_max_rst_stream_lifetime = 29
                field29 = try decoder.readVarint()
            case 240:  // h2_max_rst_stream_abusive_lifetime = 30
                field30 = try decoder.readVarint()
            case 248:  // h2_max_rst_stream_emitted_lifetime = 31
                field31 = try decoder.readVarint()
            case 256:  // h2_max_header_list_size = 32
                field32 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 264:  // h2_max_header_table_size = 33
                field33 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 272:  // h2_stream_idle_timeout_seconds = 34
                field34 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 280:  // h2_graceful_shutdown_deadline_seconds = 35
                field35 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 288:  // h2_max_window_update_stream0_per_window = 36
                field36 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 298:  // sozu_id_header = 37
                field37 = try decoder.readString()
            case 306:  // answers = 38
                if field38.isEmpty { field38.reserveCapacity(decoder.lengthDelimitedRun(tag: 306)) }
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
                field38[key ?? ""] = value ?? ""
            case 312:  // elide_x_real_ip = 39
                field39 = try decoder.readVarint() != 0
            case 320:  // send_x_real_ip = 40
                field40 = try decoder.readVarint() != 0
            case 330:  // hsts = 41
                var inner = try decoder.nested()
                var value = field41 ?? (message.hasHsts ? message.hsts : Command_HstsConfig())
                try Command_HstsConfig.wireDecode(&inner, into: &value)
                field41 = consume value
            case 336:  // h2_max_header_fields = 42
                field42 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field3.take() { message.expectProxy = value }
        if let value = field4.take() { message.stickyName = value }
        if let value = field5.take() { message.frontTimeout = value }
        if let value = field6.take() { message.backTimeout = value }
        if let value = field7.take() { message.connectTimeout = value }
        if let value = field8.take() { message.requestTimeout = value }
        if let value = field9.take() { message.httpAnswers = value }
        if let value = field10.take() { message.alpnProtocols = value }
        if let value = field11.take() { message.strictSniBinding = value }
        if let value = field12.take() { message.disableHTTP11 = value }
        if let value = field20.take() { message.h2MaxRstStreamPerWindow = value }
        if let value = field21.take() { message.h2MaxPingPerWindow = value }
        if let value = field22.take() { message.h2MaxSettingsPerWindow = value }
        if let value = field23.take() { message.h2MaxEmptyDataPerWindow = value }
        if let value = field24.take() { message.h2MaxContinuationFrames = value }
        if let value = field25.take() { message.h2MaxGlitchCount = value }
        if let value = field26.take() { message.h2InitialConnectionWindow = value }
        if let value = field27.take() { message.h2MaxConcurrentStreams = value }
        if let value = field28.take() { message.h2StreamShrinkRatio = value }
        if let value = field29.take() { message.h2MaxRstStreamLifetime = value }
        if let value = field30.take() { message.h2MaxRstStreamAbusiveLifetime = value }
        if let value = field31.take() { message.h2MaxRstStreamEmittedLifetime = value }
        if let value = field32.take() { message.h2MaxHeaderListSize = value }
        if let value = field33.take() { message.h2MaxHeaderTableSize = value }
        if let value = field34.take() { message.h2StreamIdleTimeoutSeconds = value }
        if let value = field35.take() { message.h2GracefulShutdownDeadlineSeconds = value }
        if let value = field36.take() { message.h2MaxWindowUpdateStream0PerWindow = value }
        if let value = field37.take() { message.sozuIDHeader = value }
        if !field38.isEmpty {
            if message.answers.isEmpty {
                message.answers = field38
            } else {
                message.answers.merge(field38) { $1 }
            }
        }
        if let value = field39.take() { message.elideXRealIp = value }
        if let value = field40.take() { message.sendXRealIp = value }
        if let value = field41.take() { message.hsts = value }
        if let value = field42.take() { message.h2MaxHeaderFields = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasH2MaxHeaderFields {
            writer.varint(UInt64(self.h2MaxHeaderFields))
            writer.tag(0x2D0)
        }
        if self.hasHsts {
            do {
                let messageEnd = writer.written
                self.hsts.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x2CA)
        }
        if self.hasSendXRealIp {
            writer.byte(self.sendXRealIp ? 1 : 0)
            writer.tag(0x2C0)
        }
        if self.hasElideXRealIp {
            writer.byte(self.elideXRealIp ? 1 : 0)
            writer.tag(0x2B8)
        }
        WireMapOrder.forEachReversed(self.answers) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x2B2)
        }
        if self.hasSozuIDHeader {
            writer.string(self.sozuIDHeader)
            writer.tag(0x2AA)
        }
        if self.hasH2MaxWindowUpdateStream0PerWindow {
            writer.varint(UInt64(self.h2MaxWindowUpdateStream0PerWindow))
            writer.tag(0x2A0)
        }
        if self.hasH2GracefulShutdownDeadlineSeconds {
            writer.varint(UInt64(self.h2GracefulShutdownDeadlineSeconds))
            writer.tag(0x298)
        }
        if self.hasH2StreamIdleTimeoutSeconds {
            writer.varint(UInt64(self.h2StreamIdleTimeoutSeconds))
            writer.tag(0x290)
        }
        if self.hasH2MaxHeaderTableSize {
            writer.varint(UInt64(self.h2MaxHeaderTableSize))
            writer.tag(0x288)
        }
        if self.hasH2MaxHeaderListSize {
            writer.varint(UInt64(self.h2MaxHeaderListSize))
            writer.tag(0x280)
        }
        if self.hasH2MaxRstStreamEmittedLifetime {
            writer.varint(self.h2MaxRstStreamEmittedLifetime)
            writer.tag(0x1F8)
        }
        if self.hasH2MaxRstStreamAbusiveLifetime {
            writer.varint(self.h2MaxRstStreamAbusiveLifetime)
            writer.tag(0x1F0)
        }
        if self.hasH2MaxRstStreamLifetime {
            writer.varint(self.h2MaxRstStreamLifetime)
            writer.tag(0x1E8)
        }
        if self.hasH2StreamShrinkRatio {
            writer.varint(UInt64(self.h2StreamShrinkRatio))
            writer.tag(0x1E0)
        }
        if self.hasH2MaxConcurrentStreams {
            writer.varint(UInt64(self.h2MaxConcurrentStreams))
            writer.tag(0x1D8)
        }
        if self.hasH2InitialConnectionWindow {
            writer.varint(UInt64(self.h2InitialConnectionWindow))
            writer.tag(0x1D0)
        }
        if self.hasH2MaxGlitchCount {
            writer.varint(UInt64(self.h2MaxGlitchCount))
            writer.tag(0x1C8)
        }
        if self.hasH2MaxContinuationFrames {
            writer.varint(UInt64(self.h2MaxContinuationFrames))
            writer.tag(0x1C0)
        }
        if self.hasH2MaxEmptyDataPerWindow {
            writer.varint(UInt64(self.h2MaxEmptyDataPerWindow))
            writer.tag(0x1B8)
        }
        if self.hasH2MaxSettingsPerWindow {
            writer.varint(UInt64(self.h2MaxSettingsPerWindow))
            writer.tag(0x1B0)
        }
        if self.hasH2MaxPingPerWindow {
            writer.varint(UInt64(self.h2MaxPingPerWindow))
            writer.tag(0x1A8)
        }
        if self.hasH2MaxRstStreamPerWindow {
            writer.varint(UInt64(self.h2MaxRstStreamPerWindow))
            writer.tag(0x1A0)
        }
        if self.hasDisableHTTP11 {
            writer.byte(self.disableHTTP11 ? 1 : 0)
            writer.tag(96)
        }
        if self.hasStrictSniBinding {
            writer.byte(self.strictSniBinding ? 1 : 0)
            writer.tag(88)
        }
        if self.hasAlpnProtocols {
            do {
                let messageEnd = writer.written
                self.alpnProtocols.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(82)
        }
        if self.hasHTTPAnswers {
            do {
                let messageEnd = writer.written
                self.httpAnswers.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(74)
        }
        if self.hasRequestTimeout {
            writer.varint(UInt64(self.requestTimeout))
            writer.tag(64)
        }
        if self.hasConnectTimeout {
            writer.varint(UInt64(self.connectTimeout))
            writer.tag(56)
        }
        if self.hasBackTimeout {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(48)
        }
        if self.hasFrontTimeout {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(40)
        }
        if self.hasStickyName {
            writer.string(self.stickyName)
            writer.tag(34)
        }
        if self.hasExpectProxy {
            writer.byte(self.expectProxy ? 1 : 0)
            writer.tag(24)
        }
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateTcpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateTcpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field3: Bool? = nil
        var field4: UInt32? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 24:  // expect_proxy = 3
                field3 = try decoder.readVarint() != 0
            case 32:  // front_timeout = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // back_timeout = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // connect_timeout = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field3.take() { message.expectProxy = value }
        if let value = field4.take() { message.frontTimeout = value }
        if let value = field5.take() { message.backTimeout = value }
        if let value = field6.take() { message.connectTimeout = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasConnectTimeout {
            writer.varint(UInt64(self.connectTimeout))
            writer.tag(48)
        }
        if self.hasBackTimeout {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(40)
        }
        if self.hasFrontTimeout {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(32)
        }
        if self.hasExpectProxy {
            writer.byte(self.expectProxy ? 1 : 0)
            writer.tag(24)
        }
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_UpdateUdpListenerConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_UpdateUdpListenerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_SocketAddress? = nil
        var field3: UInt32? = nil
        var field4: UInt32? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // public_address = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasPublicAddress ? message.publicAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field2 = consume value
            case 24:  // front_timeout = 3
                field3 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // back_timeout = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // max_rx_datagram_size = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // max_flows = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.publicAddress = value }
        if let value = field3.take() { message.frontTimeout = value }
        if let value = field4.take() { message.backTimeout = value }
        if let value = field5.take() { message.maxRxDatagramSize = value }
        if let value = field6.take() { message.maxFlows = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasMaxFlows {
            writer.varint(UInt64(self.maxFlows))
            writer.tag(48)
        }
        if self.hasMaxRxDatagramSize {
            writer.varint(UInt64(self.maxRxDatagramSize))
            writer.tag(40)
        }
        if self.hasBackTimeout {
            writer.varint(UInt64(self.backTimeout))
            writer.tag(32)
        }
        if self.hasFrontTimeout {
            writer.varint(UInt64(self.frontTimeout))
            writer.tag(24)
        }
        if self.hasPublicAddress {
            do {
                let messageEnd = writer.written
                self.publicAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ActivateListener: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ActivateListener) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_ListenerType? = nil
        var field3: Bool? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 16:  // proxy = 2
                let raw = try decoder.readVarint()
                if let value = Command_ListenerType(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // from_scm = 3
                field3 = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.proxy = value }
        if let value = field3.take() { message.fromScm = value }
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
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_DeactivateListener: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_DeactivateListener) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_ListenerType? = nil
        var field3: Bool? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 16:  // proxy = 2
                let raw = try decoder.readVarint()
                if let value = Command_ListenerType(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // to_scm = 3
                field3 = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.proxy = value }
        if let value = field3.take() { message.toScm = value }
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
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_RemoveListener: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RemoveListener) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_ListenerType? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 16:  // proxy = 2
                let raw = try decoder.readVarint()
                if let value = Command_ListenerType(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.proxy = value }
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
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_HstsConfig: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_HstsConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Bool? = nil
        var field2: UInt32? = nil
        var field3: Bool? = nil
        var field4: Bool? = nil
        var field5: Bool? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // enabled = 1
                field1 = try decoder.readVarint() != 0
            case 16:  // max_age = 2
                field2 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // include_subdomains = 3
                field3 = try decoder.readVarint() != 0
            case 32:  // preload = 4
                field4 = try decoder.readVarint() != 0
            case 40:  // force_replace_backend = 5
                field5 = try decoder.readVarint() != 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.enabled = value }
        if let value = field2.take() { message.maxAge = value }
        if let value = field3.take() { message.includeSubdomains = value }
        if let value = field4.take() { message.preload = value }
        if let value = field5.take() { message.forceReplaceBackend = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasForceReplaceBackend {
            writer.byte(self.forceReplaceBackend ? 1 : 0)
            writer.tag(40)
        }
        if self.hasPreload {
            writer.byte(self.preload ? 1 : 0)
            writer.tag(32)
        }
        if self.hasIncludeSubdomains {
            writer.byte(self.includeSubdomains ? 1 : 0)
            writer.tag(24)
        }
        if self.hasMaxAge {
            writer.varint(UInt64(self.maxAge))
            writer.tag(16)
        }
        if self.hasEnabled {
            writer.byte(self.enabled ? 1 : 0)
            writer.tag(8)
        }
    }
}

extension Command_CustomHttpAnswers: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CustomHttpAnswers) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: String? = nil
        var field3: String? = nil
        var field4: String? = nil
        var field5: String? = nil
        var field6: String? = nil
        var field7: String? = nil
        var field8: String? = nil
        var field9: String? = nil
        var field10: String? = nil
        var field11: String? = nil
        var field12: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // answer_301 = 1
                field1 = try decoder.readString()
            case 18:  // answer_400 = 2
                field2 = try decoder.readString()
            case 26:  // answer_401 = 3
                field3 = try decoder.readString()
            case 34:  // answer_404 = 4
                field4 = try decoder.readString()
            case 42:  // answer_408 = 5
                field5 = try decoder.readString()
            case 50:  // answer_413 = 6
                field6 = try decoder.readString()
            case 58:  // answer_502 = 7
                field7 = try decoder.readString()
            case 66:  // answer_503 = 8
                field8 = try decoder.readString()
            case 74:  // answer_504 = 9
                field9 = try decoder.readString()
            case 82:  // answer_507 = 10
                field10 = try decoder.readString()
            case 90:  // answer_421 = 11
                field11 = try decoder.readString()
            case 98:  // answer_429 = 12
                field12 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.answer301 = value }
        if let value = field2.take() { message.answer400 = value }
        if let value = field3.take() { message.answer401 = value }
        if let value = field4.take() { message.answer404 = value }
        if let value = field5.take() { message.answer408 = value }
        if let value = field6.take() { message.answer413 = value }
        if let value = field7.take() { message.answer502 = value }
        if let value = field8.take() { message.answer503 = value }
        if let value = field9.take() { message.answer504 = value }
        if let value = field10.take() { message.answer507 = value }
        if let value = field11.take() { message.answer421 = value }
        if let value = field12.take() { message.answer429 = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasAnswer429 {
            writer.string(self.answer429)
            writer.tag(98)
        }
        if self.hasAnswer421 {
            writer.string(self.answer421)
            writer.tag(90)
        }
        if self.hasAnswer507 {
            writer.string(self.answer507)
            writer.tag(82)
        }
        if self.hasAnswer504 {
            writer.string(self.answer504)
            writer.tag(74)
        }
        if self.hasAnswer503 {
            writer.string(self.answer503)
            writer.tag(66)
        }
        if self.hasAnswer502 {
            writer.string(self.answer502)
            writer.tag(58)
        }
        if self.hasAnswer413 {
            writer.string(self.answer413)
            writer.tag(50)
        }
        if self.hasAnswer408 {
            writer.string(self.answer408)
            writer.tag(42)
        }
        if self.hasAnswer404 {
            writer.string(self.answer404)
            writer.tag(34)
        }
        if self.hasAnswer401 {
            writer.string(self.answer401)
            writer.tag(26)
        }
        if self.hasAnswer400 {
            writer.string(self.answer400)
            writer.tag(18)
        }
        if self.hasAnswer301 {
            writer.string(self.answer301)
            writer.tag(10)
        }
    }
}

extension Command_AlpnProtocols: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_AlpnProtocols) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: [String] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // values = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                field1.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.values.isEmpty {
                message.values = field1
            } else {
                message.values += field1
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
        var field1: Command_SocketAddress? = nil
        var field2: Command_CertificateAndKey? = nil
        var field3: Int64? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // certificate = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasCertificate ? message.certificate : Command_CertificateAndKey())
                try Command_CertificateAndKey.wireDecode(&inner, into: &value)
                field2 = consume value
            case 24:  // expired_at = 3
                field3 = Int64(bitPattern: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.certificate = value }
        if let value = field3.take() { message.expiredAt = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasExpiredAt {
            writer.varint(UInt64(bitPattern: self.expiredAt))
            writer.tag(24)
        }
        if self.hasCertificate {
            do {
                let messageEnd = writer.written
                self.certificate.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ReplaceCertificate: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ReplaceCertificate) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: Command_CertificateAndKey? = nil
        var field3: String? = nil
        var field4: Int64? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // new_certificate = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasNewCertificate ? message.newCertificate : Command_CertificateAndKey())
                try Command_CertificateAndKey.wireDecode(&inner, into: &value)
                field2 = consume value
            case 26:  // old_fingerprint = 3
                field3 = try decoder.readString()
            case 32:  // new_expired_at = 4
                field4 = Int64(bitPattern: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.newCertificate = value }
        if let value = field3.take() { message.oldFingerprint = value }
        if let value = field4.take() { message.newExpiredAt = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasNewExpiredAt {
            writer.varint(UInt64(bitPattern: self.newExpiredAt))
            writer.tag(32)
        }
        if self.hasOldFingerprint || !unknownNumbers.contains(3) {
            writer.string(self.oldFingerprint)
            writer.tag(26)
        }
        if self.hasNewCertificate {
            do {
                let messageEnd = writer.written
                self.newCertificate.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_RemoveCertificate: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_RemoveCertificate) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: Command_SocketAddress? = nil
        var field2: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // fingerprint = 2
                field2 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.fingerprint = value }
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
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_CertificateAndKey: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CertificateAndKey) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: [String] = []
        var field3: String? = nil
        var field4: [Command_TlsVersion] = []
        var field5: [String] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // certificate = 1
                field1 = try decoder.readString()
            case 18:  // certificate_chain = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                field2.append(try decoder.readString())
            case 26:  // key = 3
                field3 = try decoder.readString()
            case 32:  // versions = 4
                let raw = try decoder.readVarint()
                if let value = Command_TlsVersion(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field4.append(value)
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 34:  // versions = 4, packed
                var packed = try decoder.sameLevel()
                var unknownNumbers: [Int32] = []
                while !packed.isAtEnd {
                    let raw = Int32(truncatingIfNeeded: try packed.readVarint())
                    if let value = Command_TlsVersion(rawValue: Int(raw)) {
                        field4.append(value)
                    } else {
                        unknownNumbers.append(raw)
                    }
                }
                if !unknownNumbers.isEmpty { unknown.appendPacked(fieldNumber: 4, unknownNumbers) }
            case 42:  // names = 5
                if field5.isEmpty { field5.reserveCapacity(decoder.lengthDelimitedRun(tag: 42)) }
                field5.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.certificate = value }
        if !field2.isEmpty {
            if message.certificateChain.isEmpty {
                message.certificateChain = field2
            } else {
                message.certificateChain += field2
            }
        }
        if let value = field3.take() { message.key = value }
        if !field4.isEmpty {
            if message.versions.isEmpty {
                message.versions = field4
            } else {
                message.versions += field4
            }
        }
        if !field5.isEmpty {
            if message.names.isEmpty {
                message.names = field5
            } else {
                message.names += field5
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
        var field1: String? = nil
        var field2: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // domain = 1
                field1 = try decoder.readString()
            case 18:  // fingerprint = 2
                field2 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.domain = value }
        if let value = field2.take() { message.fingerprint = value }
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
        var field1: [Command_CertificatesByAddress] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // certificates = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_CertificatesByAddress()
                try Command_CertificatesByAddress.wireDecode(&inner, into: &item)
                field1.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.certificates.isEmpty {
                message.certificates = field1
            } else {
                message.certificates += field1
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
        var field1: Command_SocketAddress? = nil
        var field2: [Command_CertificateSummary] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // certificate_summaries = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_CertificateSummary()
                try Command_CertificateSummary.wireDecode(&inner, into: &item)
                field2.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if !field2.isEmpty {
            if message.certificateSummaries.isEmpty {
                message.certificateSummaries = field2
            } else {
                message.certificateSummaries += field2
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
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_CertificatesWithFingerprints: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_CertificatesWithFingerprints) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: [String: Command_CertificateAndKey] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // certs = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? Command_CertificateAndKey()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.certs.isEmpty {
                message.certs = field1
            } else {
                message.certs.merge(field1) { $1 }
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
        var field1: Command_ResponseStatus? = nil
        var field2: String? = nil
        var field3: Command_ResponseContent? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // status = 1
                let raw = try decoder.readVarint()
                if let value = Command_ResponseStatus(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // message = 2
                field2 = try decoder.readString()
            case 26:  // content = 3
                var inner = try decoder.nested()
                var value = field3 ?? (message.hasContent ? message.content : Command_ResponseContent())
                try Command_ResponseContent.wireDecode(&inner, into: &value)
                field3 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.status = value }
        if let value = field2.take() { message.message = value }
        if let value = field3.take() { message.content = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasContent {
            do {
                let messageEnd = writer.written
                self.content.wireWrite(&writer)
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
        var field1: [String: Command_ResponseContent] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? Command_ResponseContent()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.map.isEmpty {
                message.map = field1
            } else {
                message.map.merge(field1) { $1 }
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
        var field1: [Command_WorkerInfo] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // vec = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_WorkerInfo()
                try Command_WorkerInfo.wireDecode(&inner, into: &item)
                field1.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.vec.isEmpty {
                message.vec = field1
            } else {
                message.vec += field1
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
        var field1: UInt32? = nil
        var field2: Int32? = nil
        var field3: Command_RunState? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // id = 1
                field1 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 16:  // pid = 2
                field2 = Int32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // run_state = 3
                let raw = try decoder.readVarint()
                if let value = Command_RunState(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field3 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.id = value }
        if let value = field2.take() { message.pid = value }
        if let value = field3.take() { message.runState = value }
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
        var field1: [Command_RequestHttpFrontend] = []
        var field2: [Command_RequestHttpFrontend] = []
        var field3: [Command_RequestTcpFrontend] = []
        var field4: [Command_RequestUdpFrontend] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // http_frontends = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                field1.append(consume item)
            case 18:  // https_frontends = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                field2.append(consume item)
            case 26:  // tcp_frontends = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                var inner = try decoder.nested()
                var item = Command_RequestTcpFrontend()
                try Command_RequestTcpFrontend.wireDecode(&inner, into: &item)
                field3.append(consume item)
            case 34:  // udp_frontends = 4
                if field4.isEmpty { field4.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                var inner = try decoder.nested()
                var item = Command_RequestUdpFrontend()
                try Command_RequestUdpFrontend.wireDecode(&inner, into: &item)
                field4.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.httpFrontends.isEmpty {
                message.httpFrontends = field1
            } else {
                message.httpFrontends += field1
            }
        }
        if !field2.isEmpty {
            if message.httpsFrontends.isEmpty {
                message.httpsFrontends = field2
            } else {
                message.httpsFrontends += field2
            }
        }
        if !field3.isEmpty {
            if message.tcpFrontends.isEmpty {
                message.tcpFrontends = field3
            } else {
                message.tcpFrontends += field3
            }
        }
        if !field4.isEmpty {
            if message.udpFrontends.isEmpty {
                message.udpFrontends = field4
            } else {
                message.udpFrontends += field4
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
        var field1: [String: Command_HttpListenerConfig] = [:]
        var field2: [String: Command_HttpsListenerConfig] = [:]
        var field3: [String: Command_TcpListenerConfig] = [:]
        var field4: [String: Command_UdpListenerConfig] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // http_listeners = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? Command_HttpListenerConfig()
            case 18:  // https_listeners = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
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
                field2[key ?? ""] = value ?? Command_HttpsListenerConfig()
            case 26:  // tcp_listeners = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
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
                field3[key ?? ""] = value ?? Command_TcpListenerConfig()
            case 34:  // udp_listeners = 4
                if field4.isEmpty { field4.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
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
                field4[key ?? ""] = value ?? Command_UdpListenerConfig()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.httpListeners.isEmpty {
                message.httpListeners = field1
            } else {
                message.httpListeners.merge(field1) { $1 }
            }
        }
        if !field2.isEmpty {
            if message.httpsListeners.isEmpty {
                message.httpsListeners = field2
            } else {
                message.httpsListeners.merge(field2) { $1 }
            }
        }
        if !field3.isEmpty {
            if message.tcpListeners.isEmpty {
                message.tcpListeners = field3
            } else {
                message.tcpListeners.merge(field3) { $1 }
            }
        }
        if !field4.isEmpty {
            if message.udpListeners.isEmpty {
                message.udpListeners = field4
            } else {
                message.udpListeners.merge(field4) { $1 }
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
        var field1: [Command_ClusterInformation] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // vec = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_ClusterInformation()
                try Command_ClusterInformation.wireDecode(&inner, into: &item)
                field1.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.vec.isEmpty {
                message.vec = field1
            } else {
                message.vec += field1
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
        var field1: Command_Cluster? = nil
        var field2: [Command_RequestHttpFrontend] = []
        var field3: [Command_RequestHttpFrontend] = []
        var field4: [Command_RequestTcpFrontend] = []
        var field5: [Command_AddBackend] = []
        var field6: [Command_RequestUdpFrontend] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // configuration = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasConfiguration ? message.configuration : Command_Cluster())
                try Command_Cluster.wireDecode(&inner, into: &value)
                field1 = consume value
            case 18:  // http_frontends = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                field2.append(consume item)
            case 26:  // https_frontends = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                var inner = try decoder.nested()
                var item = Command_RequestHttpFrontend()
                try Command_RequestHttpFrontend.wireDecode(&inner, into: &item)
                field3.append(consume item)
            case 34:  // tcp_frontends = 4
                if field4.isEmpty { field4.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                var inner = try decoder.nested()
                var item = Command_RequestTcpFrontend()
                try Command_RequestTcpFrontend.wireDecode(&inner, into: &item)
                field4.append(consume item)
            case 42:  // backends = 5
                if field5.isEmpty { field5.reserveCapacity(decoder.lengthDelimitedRun(tag: 42)) }
                var inner = try decoder.nested()
                var item = Command_AddBackend()
                try Command_AddBackend.wireDecode(&inner, into: &item)
                field5.append(consume item)
            case 50:  // udp_frontends = 6
                if field6.isEmpty { field6.reserveCapacity(decoder.lengthDelimitedRun(tag: 50)) }
                var inner = try decoder.nested()
                var item = Command_RequestUdpFrontend()
                try Command_RequestUdpFrontend.wireDecode(&inner, into: &item)
                field6.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.configuration = value }
        if !field2.isEmpty {
            if message.httpFrontends.isEmpty {
                message.httpFrontends = field2
            } else {
                message.httpFrontends += field2
            }
        }
        if !field3.isEmpty {
            if message.httpsFrontends.isEmpty {
                message.httpsFrontends = field3
            } else {
                message.httpsFrontends += field3
            }
        }
        if !field4.isEmpty {
            if message.tcpFrontends.isEmpty {
                message.tcpFrontends = field4
            } else {
                message.tcpFrontends += field4
            }
        }
        if !field5.isEmpty {
            if message.backends.isEmpty {
                message.backends = field5
            } else {
                message.backends += field5
            }
        }
        if !field6.isEmpty {
            if message.udpFrontends.isEmpty {
                message.udpFrontends = field6
            } else {
                message.udpFrontends += field6
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
        if self.hasConfiguration {
            do {
                let messageEnd = writer.written
                self.configuration.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(10)
        }
    }
}

extension Command_ClusterHashes: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ClusterHashes) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: [String: UInt64] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.map.isEmpty {
                message.map = field1
            } else {
                message.map.merge(field1) { $1 }
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
        var field1: [String: Int32] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? 0
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.map.isEmpty {
                message.map = field1
            } else {
                message.map.merge(field1) { $1 }
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
        var field1: UInt64? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // limit = 1
                field1 = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.limit = value }
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
        var field1: [String: Command_HealthCheckConfig] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // map = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? Command_HealthCheckConfig()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.map.isEmpty {
                message.map = field1
            } else {
                message.map.merge(field1) { $1 }
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
        var field1: Command_MetricDetail? = nil
        var field2: Command_MetricDetail? = nil
        var field3: Command_MetricDetail? = nil
        var field4: [String: Command_WorkerMetricDetailStatus] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // configured = 1
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // effective = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // previous_effective = 3
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field3 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 34:  // workers = 4
                if field4.isEmpty { field4.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
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
                field4[key ?? ""] = value ?? Command_WorkerMetricDetailStatus()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.configured = value }
        if let value = field2.take() { message.effective = value }
        if let value = field3.take() { message.previousEffective = value }
        if !field4.isEmpty {
            if message.workers.isEmpty {
                message.workers = field4
            } else {
                message.workers.merge(field4) { $1 }
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
        var field1: Command_MetricDetail? = nil
        var field2: Command_MetricDetail? = nil
        var field3: Command_MetricDetail? = nil
        var field4: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // configured = 1
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // effective = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 24:  // previous_effective = 3
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field3 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 32:  // active_lease_count = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.configured = value }
        if let value = field2.take() { message.effective = value }
        if let value = field3.take() { message.previousEffective = value }
        if let value = field4.take() { message.activeLeaseCount = value }
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
        var field1: Command_EventKind? = nil
        var field2: String? = nil
        var field3: String? = nil
        var field4: Command_SocketAddress? = nil
        var field5: Command_MetricDetailTransition? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // kind = 1
                let raw = try decoder.readVarint()
                if let value = Command_EventKind(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 18:  // cluster_id = 2
                field2 = try decoder.readString()
            case 26:  // backend_id = 3
                field3 = try decoder.readString()
            case 34:  // address = 4
                var inner = try decoder.nested()
                var value = field4 ?? (message.hasAddress ? message.address : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field4 = consume value
            case 42:  // metric_detail = 5
                var inner = try decoder.nested()
                var value = field5 ?? (message.hasMetricDetail ? message.metricDetail : Command_MetricDetailTransition())
                try Command_MetricDetailTransition.wireDecode(&inner, into: &value)
                field5 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.kind = value }
        if let value = field2.take() { message.clusterID = value }
        if let value = field3.take() { message.backendID = value }
        if let value = field4.take() { message.address = value }
        if let value = field5.take() { message.metricDetail = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasMetricDetail {
            do {
                let messageEnd = writer.written
                self.metricDetail.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        }
        if self.hasAddress {
            do {
                let messageEnd = writer.written
                self.address.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(34)
        }
        if self.hasBackendID {
            writer.string(self.backendID)
            writer.tag(26)
        }
        if self.hasClusterID {
            writer.string(self.clusterID)
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
        var field1: Command_MetricDetail? = nil
        var field2: Command_MetricDetail? = nil
        var field3: String? = nil
        var field4: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // previous_effective = 1
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field1 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 16:  // effective = 2
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 26:  // transition_kind = 3
                field3 = try decoder.readString()
            case 34:  // client_id = 4
                field4 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.previousEffective = value }
        if let value = field2.take() { message.effective = value }
        if let value = field3.take() { message.transitionKind = value }
        if let value = field4.take() { message.clientID = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasClientID {
            writer.string(self.clientID)
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
        var field1: [String] = []
        var field2: [String] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // proxy_metrics = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                field1.append(try decoder.readString())
            case 18:  // cluster_metrics = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                field2.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.proxyMetrics.isEmpty {
                message.proxyMetrics = field1
            } else {
                message.proxyMetrics += field1
            }
        }
        if !field2.isEmpty {
            if message.clusterMetrics.isEmpty {
                message.clusterMetrics = field2
            } else {
                message.clusterMetrics += field2
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
        var field1: [String: Command_FilteredMetrics] = [:]
        var field2: [String: Command_WorkerMetrics] = [:]
        var field3: [String: Command_ClusterMetrics] = [:]
        var field4: [String: Command_FilteredMetrics] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // main = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? Command_FilteredMetrics()
            case 18:  // workers = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
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
                field2[key ?? ""] = value ?? Command_WorkerMetrics()
            case 26:  // clusters = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
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
                field3[key ?? ""] = value ?? Command_ClusterMetrics()
            case 34:  // proxying = 4
                if field4.isEmpty { field4.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
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
                field4[key ?? ""] = value ?? Command_FilteredMetrics()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.main.isEmpty {
                message.main = field1
            } else {
                message.main.merge(field1) { $1 }
            }
        }
        if !field2.isEmpty {
            if message.workers.isEmpty {
                message.workers = field2
            } else {
                message.workers.merge(field2) { $1 }
            }
        }
        if !field3.isEmpty {
            if message.clusters.isEmpty {
                message.clusters = field3
            } else {
                message.clusters.merge(field3) { $1 }
            }
        }
        if !field4.isEmpty {
            if message.proxying.isEmpty {
                message.proxying = field4
            } else {
                message.proxying.merge(field4) { $1 }
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
        var field1: [String: Command_FilteredMetrics] = [:]
        var field2: [String: Command_ClusterMetrics] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // proxy = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? Command_FilteredMetrics()
            case 18:  // clusters = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
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
                field2[key ?? ""] = value ?? Command_ClusterMetrics()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.proxy.isEmpty {
                message.proxy = field1
            } else {
                message.proxy.merge(field1) { $1 }
            }
        }
        if !field2.isEmpty {
            if message.clusters.isEmpty {
                message.clusters = field2
            } else {
                message.clusters.merge(field2) { $1 }
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
        var field1: [String: Command_FilteredMetrics] = [:]
        var field2: [Command_BackendMetrics] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // cluster = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
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
                field1[key ?? ""] = value ?? Command_FilteredMetrics()
            case 18:  // backends = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                var inner = try decoder.nested()
                var item = Command_BackendMetrics()
                try Command_BackendMetrics.wireDecode(&inner, into: &item)
                field2.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.cluster.isEmpty {
                message.cluster = field1
            } else {
                message.cluster.merge(field1) { $1 }
            }
        }
        if !field2.isEmpty {
            if message.backends.isEmpty {
                message.backends = field2
            } else {
                message.backends += field2
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
        var field1: String? = nil
        var field2: [String: Command_FilteredMetrics] = [:]
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // backend_id = 1
                field1 = try decoder.readString()
            case 18:  // metrics = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
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
                field2[key ?? ""] = value ?? Command_FilteredMetrics()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.backendID = value }
        if !field2.isEmpty {
            if message.metrics.isEmpty {
                message.metrics = field2
            } else {
                message.metrics.merge(field2) { $1 }
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
        var field1: UInt32? = nil
        var field2: [UInt32] = []
        var field3: [UInt32] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // last_second = 1
                field1 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 16:  // last_minute = 2
                field2.append(UInt32(truncatingIfNeeded: try decoder.readVarint()))
            case 18:  // last_minute = 2, packed
                var packed = try decoder.sameLevel()
                while !packed.isAtEnd {
                    field2.append(UInt32(truncatingIfNeeded: try packed.readVarint()))
                }
            case 24:  // last_hour = 3
                field3.append(UInt32(truncatingIfNeeded: try decoder.readVarint()))
            case 26:  // last_hour = 3, packed
                var packed = try decoder.sameLevel()
                while !packed.isAtEnd {
                    field3.append(UInt32(truncatingIfNeeded: try packed.readVarint()))
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.lastSecond = value }
        if !field2.isEmpty {
            if message.lastMinute.isEmpty {
                message.lastMinute = field2
            } else {
                message.lastMinute += field2
            }
        }
        if !field3.isEmpty {
            if message.lastHour.isEmpty {
                message.lastHour = field3
            } else {
                message.lastHour += field3
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
        var field1: UInt64? = nil
        var field2: UInt64? = nil
        var field3: UInt64? = nil
        var field4: UInt64? = nil
        var field5: UInt64? = nil
        var field6: UInt64? = nil
        var field7: UInt64? = nil
        var field8: UInt64? = nil
        var field9: UInt64? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // samples = 1
                field1 = try decoder.readVarint()
            case 16:  // p_50 = 2
                field2 = try decoder.readVarint()
            case 24:  // p_90 = 3
                field3 = try decoder.readVarint()
            case 32:  // p_99 = 4
                field4 = try decoder.readVarint()
            case 40:  // p_99_9 = 5
                field5 = try decoder.readVarint()
            case 48:  // p_99_99 = 6
                field6 = try decoder.readVarint()
            case 56:  // p_99_999 = 7
                field7 = try decoder.readVarint()
            case 64:  // p_100 = 8
                field8 = try decoder.readVarint()
            case 72:  // sum = 9
                field9 = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.samples = value }
        if let value = field2.take() { message.p50 = value }
        if let value = field3.take() { message.p90 = value }
        if let value = field4.take() { message.p99 = value }
        if let value = field5.take() { message.p999 = value }
        if let value = field6.take() { message.p9999 = value }
        if let value = field7.take() { message.p99999 = value }
        if let value = field8.take() { message.p100 = value }
        if let value = field9.take() { message.sum = value }
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
        var field1: UInt64? = nil
        var field2: UInt64? = nil
        var field3: [Command_Bucket] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // sum = 1
                field1 = try decoder.readVarint()
            case 16:  // count = 2
                field2 = try decoder.readVarint()
            case 26:  // buckets = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                var inner = try decoder.nested()
                var item = Command_Bucket()
                try Command_Bucket.wireDecode(&inner, into: &item)
                field3.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.sum = value }
        if let value = field2.take() { message.count = value }
        if !field3.isEmpty {
            if message.buckets.isEmpty {
                message.buckets = field3
            } else {
                message.buckets += field3
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
        var field1: UInt64? = nil
        var field2: UInt64? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // count = 1
                field1 = try decoder.readVarint()
            case 16:  // le = 2
                field2 = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.count = value }
        if let value = field2.take() { message.le = value }
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
        var field1: String? = nil
        var field2: Bool? = nil
        var field3: String? = nil
        var field4: Command_MetricDetail? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // address = 1
                field1 = try decoder.readString()
            case 16:  // tagged_metrics = 2
                field2 = try decoder.readVarint() != 0
            case 26:  // prefix = 3
                field3 = try decoder.readString()
            case 32:  // detail = 4
                let raw = try decoder.readVarint()
                if let value = Command_MetricDetail(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field4 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.address = value }
        if let value = field2.take() { message.taggedMetrics = value }
        if let value = field3.take() { message.prefix = value }
        if let value = field4.take() { message.detail = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasDetail {
            writer.varint(UInt64(bitPattern: Int64(self.detail.rawValue)))
            writer.tag(32)
        }
        if self.hasPrefix {
            writer.string(self.prefix)
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
        var field1: Command_IpAddress? = nil
        var field2: UInt32? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // ip = 1
                var inner = try decoder.nested()
                var value = field1 ?? (message.hasIp ? message.ip : Command_IpAddress())
                try Command_IpAddress.wireDecode(&inner, into: &value)
                field1 = consume value
            case 16:  // port = 2
                field2 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.ip = value }
        if let value = field2.take() { message.port = value }
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
        if self.hasIp {
            do {
                let messageEnd = writer.written
                self.ip.wireWrite(&writer)
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
        var field1: UInt64? = nil
        var field2: UInt64? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // low = 1
                field1 = try decoder.readVarint()
            case 16:  // high = 2
                field2 = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.low = value }
        if let value = field2.take() { message.high = value }
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
        var field1: String? = nil
        var field2: Command_Request? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // id = 1
                field1 = try decoder.readString()
            case 18:  // content = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasContent ? message.content : Command_Request())
                try Command_Request.wireDecode(&inner, into: &value)
                field2 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.id = value }
        if let value = field2.take() { message.content = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasContent {
            do {
                let messageEnd = writer.written
                self.content.wireWrite(&writer)
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
        var field1: String? = nil
        var field2: Command_ResponseStatus? = nil
        var field3: String? = nil
        var field4: Command_ResponseContent? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // id = 1
                field1 = try decoder.readString()
            case 16:  // status = 2
                let raw = try decoder.readVarint()
                if let value = Command_ResponseStatus(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field2 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 26:  // message = 3
                field3 = try decoder.readString()
            case 34:  // content = 4
                var inner = try decoder.nested()
                var value = field4 ?? (message.hasContent ? message.content : Command_ResponseContent())
                try Command_ResponseContent.wireDecode(&inner, into: &value)
                field4 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.id = value }
        if let value = field2.take() { message.status = value }
        if let value = field3.take() { message.message = value }
        if let value = field4.take() { message.content = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasContent {
            do {
                let messageEnd = writer.written
                self.content.wireWrite(&writer)
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
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ServerConfig) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: UInt64? = nil
        var field2: UInt32? = nil
        var field3: UInt32? = nil
        var field4: UInt32? = nil
        var field5: UInt32? = nil
        var field6: UInt32? = nil
        var field7: UInt64? = nil
        var field8: UInt64? = nil
        var field9: UInt64? = nil
        var field10: String? = nil
        var field11: String? = nil
        var field12: String? = nil
        var field13: UInt64? = nil
        var field14: UInt64? = nil
        var field15: Command_ServerMetricsConfig? = nil
        var field16: Command_ProtobufAccessLogFormat? = nil
        var field17: Bool? = nil
        var field18: String? = nil
        var field19: String? = nil
        var field20: UInt64? = nil
        var field21: UInt64? = nil
        var field22: Bool? = nil
        var field23: UInt64? = nil
        var field24: UInt32? = nil
        var field25: UInt64? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 8:  // max_connections = 1
                field1 = try decoder.readVarint()
            case 16:  // front_timeout = 2
                field2 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 24:  // back_timeout = 3
                field3 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 32:  // connect_timeout = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 40:  // zombie_check_interval = 5
                field5 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 48:  // accept_queue_timeout = 6
                field6 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 56:  // min_buffers = 7
                field7 = try decoder.readVarint()
            case 64:  // max_buffers = 8
                field8 = try decoder.readVarint()
            case 72:  // buffer_size = 9
                field9 = try decoder.readVarint()
            case 82:  // log_level = 10
                field10 = try decoder.readString()
            case 90:  // log_target = 11
                field11 = try decoder.readString()
            case 98:  // access_logs_target = 12
                field12 = try decoder.readString()
            case 104:  // command_buffer_size = 13
                field13 = try decoder.readVarint()
            case 112:  // max_command_buffer_size = 14
                field14 = try decoder.readVarint()
            case 122:  // metrics = 15
                var inner = try decoder.nested()
                var value = field15 ?? (message.hasMetrics ? message.metrics : Command_ServerMetricsConfig())
                try Command_ServerMetricsConfig.wireDecode(&inner, into: &value)
                field15 = consume value
            case 128:  // access_log_format = 16
                let raw = try decoder.readVarint()
                if let value = Command_ProtobufAccessLogFormat(rawValue: Int(Int32(truncatingIfNeeded: raw))) {
                    field16 = value
                } else {
                    decoder.keepConsumed(in: &unknown)
                }
            case 136:  // log_colored = 17
                field17 = try decoder.readVarint() != 0
            case 146:  // audit_logs_target = 18
                field18 = try decoder.readString()
            case 154:  // audit_logs_json_target = 19
                field19 = try decoder.readString()
            case 160:  // slab_entries_per_connection = 20
                field20 = try decoder.readVarint()
            case 168:  // basic_auth_max_credential_bytes = 21
                field21 = try decoder.readVarint()
            case 176:  // evict_on_queue_full = 22
                field22 = try decoder.readVarint() != 0
            case 184:  // max_connections_per_ip = 23
                field23 = try decoder.readVarint()
            case 192:  // retry_after = 24
                field24 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 200:  // splice_pipe_capacity_bytes = 25
                field25 = try decoder.readVarint()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.maxConnections = value }
        if let value = field2.take() { message.frontTimeout = value }
        if let value = field3.take() { message.backTimeout = value }
        if let value = field4.take() { message.connectTimeout = value }
        if let value = field5.take() { message.zombieCheckInterval = value }
        if let value = field6.take() { message.acceptQueueTimeout = value }
        if let value = field7.take() { message.minBuffers = value }
        if let value = field8.take() { message.maxBuffers = value }
        if let value = field9.take() { message.bufferSize = value }
        if let value = field10.take() { message.logLevel = value }
        if let value = field11.take() { message.logTarget = value }
        if let value = field12.take() { message.accessLogsTarget = value }
        if let value = field13.take() { message.commandBufferSize = value }
        if let value = field14.take() { message.maxCommandBufferSize = value }
        if let value = field15.take() { message.metrics = value }
        if let value = field16.take() { message.accessLogFormat = value }
        if let value = field17.take() { message.logColored = value }
        if let value = field18.take() { message.auditLogsTarget = value }
        if let value = field19.take() { message.auditLogsJsonTarget = value }
        if let value = field20.take() { message.slabEntriesPerConnection = value }
        if let value = field21.take() { message.basicAuthMaxCredentialBytes = value }
        if let value = field22.take() { message.evictOnQueueFull = value }
        if let value = field23.take() { message.maxConnectionsPerIp = value }
        if let value = field24.take() { message.retryAfter = value }
        if let value = field25.take() { message.splicePipeCapacityBytes = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasSplicePipeCapacityBytes {
            writer.varint(self.splicePipeCapacityBytes)
            writer.tag(0x1C8)
        }
        if self.hasRetryAfter {
            writer.varint(UInt64(self.retryAfter))
            writer.tag(0x1C0)
        }
        if self.hasMaxConnectionsPerIp {
            writer.varint(self.maxConnectionsPerIp)
            writer.tag(0x1B8)
        }
        if self.hasEvictOnQueueFull {
            writer.byte(self.evictOnQueueFull ? 1 : 0)
            writer.tag(0x1B0)
        }
        if self.hasBasicAuthMaxCredentialBytes {
            writer.varint(self.basicAuthMaxCredentialBytes)
            writer.tag(0x1A8)
        }
        if self.hasSlabEntriesPerConnection {
            writer.varint(self.slabEntriesPerConnection)
            writer.tag(0x1A0)
        }
        if self.hasAuditLogsJsonTarget {
            writer.string(self.auditLogsJsonTarget)
            writer.tag(0x19A)
        }
        if self.hasAuditLogsTarget {
            writer.string(self.auditLogsTarget)
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
        if self.hasMetrics {
            do {
                let messageEnd = writer.written
                self.metrics.wireWrite(&writer)
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
        if self.hasAccessLogsTarget {
            writer.string(self.accessLogsTarget)
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
        var field1: [String] = []
        var field2: [String] = []
        var field3: [String] = []
        var field4: [String] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // http = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                field1.append(try decoder.readString())
            case 18:  // tls = 2
                if field2.isEmpty { field2.reserveCapacity(decoder.lengthDelimitedRun(tag: 18)) }
                field2.append(try decoder.readString())
            case 26:  // tcp = 3
                if field3.isEmpty { field3.reserveCapacity(decoder.lengthDelimitedRun(tag: 26)) }
                field3.append(try decoder.readString())
            case 34:  // udp = 4
                if field4.isEmpty { field4.reserveCapacity(decoder.lengthDelimitedRun(tag: 34)) }
                field4.append(try decoder.readString())
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.http.isEmpty {
                message.http = field1
            } else {
                message.http += field1
            }
        }
        if !field2.isEmpty {
            if message.tls.isEmpty {
                message.tls = field2
            } else {
                message.tls += field2
            }
        }
        if !field3.isEmpty {
            if message.tcp.isEmpty {
                message.tcp = field3
            } else {
                message.tcp += field3
            }
        }
        if !field4.isEmpty {
            if message.udp.isEmpty {
                message.udp = field4
            } else {
                message.udp += field4
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
        var field1: [Command_WorkerRequest] = []
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // requests = 1
                if field1.isEmpty { field1.reserveCapacity(decoder.lengthDelimitedRun(tag: 10)) }
                var inner = try decoder.nested()
                var item = Command_WorkerRequest()
                try Command_WorkerRequest.wireDecode(&inner, into: &item)
                field1.append(consume item)
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if !field1.isEmpty {
            if message.requests.isEmpty {
                message.requests = field1
            } else {
                message.requests += field1
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
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_ProtobufAccessLog) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: Command_Uint128? = nil
        var field3: String? = nil
        var field4: String? = nil
        var field5: Command_SocketAddress? = nil
        var field6: Command_SocketAddress? = nil
        var field7: String? = nil
        var field8: Command_ProtobufEndpoint? = nil
        var field9: UInt64? = nil
        var field10: UInt64? = nil
        var field13: UInt64? = nil
        var field14: UInt64? = nil
        var field15: UInt64? = nil
        var field16: String? = nil
        var field17: [String: String] = [:]
        var field18: String? = nil
        var field19: Command_Uint128? = nil
        var field20: UInt64? = nil
        var field21: UInt64? = nil
        var field22: Command_OpenTelemetry? = nil
        var field23: Command_Uint128? = nil
        var field24: String? = nil
        var field25: String? = nil
        var field26: String? = nil
        var field27: String? = nil
        var field28: String? = nil
        var field29: String? = nil
        var field30: Command_Uint128? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // message = 1
                field1 = try decoder.readString()
            case 18:  // request_id = 2
                var inner = try decoder.nested()
                var value = field2 ?? (message.hasRequestID ? message.requestID : Command_Uint128())
                try Command_Uint128.wireDecode(&inner, into: &value)
                field2 = consume value
            case 26:  // cluster_id = 3
                field3 = try decoder.readString()
            case 34:  // backend_id = 4
                field4 = try decoder.readString()
            case 42:  // session_address = 5
                var inner = try decoder.nested()
                var value = field5 ?? (message.hasSessionAddress ? message.sessionAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field5 = consume value
            case 50:  // backend_address = 6
                var inner = try decoder.nested()
                var value = field6 ?? (message.hasBackendAddress ? message.backendAddress : Command_SocketAddress())
                try Command_SocketAddress.wireDecode(&inner, into: &value)
                field6 = consume value
            case 58:  // protocol = 7
                field7 = try decoder.readString()
            case 66:  // endpoint = 8
                var inner = try decoder.nested()
                var value = field8 ?? (message.hasEndpoint ? message.endpoint : Command_ProtobufEndpoint())
                try Command_ProtobufEndpoint.wireDecode(&inner, into: &value)
                field8 = consume value
            case 72:  // client_rtt = 9
                field9 = try decoder.readVarint()
            case 80:  // server_rtt = 10
                field10 = try decoder.readVarint()
            case 104:  // service_time = 13
                field13 = try decoder.readVarint()
            case 112:  // bytes_in = 14
                field14 = try decoder.readVarint()
            case 120:  // bytes_out = 15
                field15 = try decoder.readVarint()
            case 130:  // user_agent = 16
                field16 = try decoder.readString()
            case 138:  // tags = 17
                if field17.isEmpty { field17.reserveCapacity(decoder.lengthDelimitedRun(tag: 138)) }
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
                field17[key ?? ""] = value ?? ""
            case 146:  // tag = 18
                field18 = try decoder.readString()
            case 154:  // time = 19
                var inner = try decoder.nested()
                var value = field19 ?? (message.hasTime ? message.time : Command_Uint128())
                try Command_Uint128.wireDecode(&inner, into: &value)
                field19 = consume value
            case 160:  // request_time = 20
                field20 = try decoder.readVarint()
            case 168:  // response_time = 21
                field21 = try decoder.readVarint()
            case 178:  // otel = 22
                var inner = try decoder.nested()
                var value = field22 ?? (message.hasOtel ? message.otel : Command_OpenTelemetry())
                try Command_OpenTelemetry.wireDecode(&inner, into: &value)
                field22 = consume value
            case 186:  // session_id = 23
                var inner = try decoder.nested()
                var value = field23 ?? (message.hasSessionID ? message.sessionID : Command_Uint128())
                try Command_Uint128.wireDecode(&inner, into: &value)
                field23 = consume value
            case 194:  // x_request_id = 24
                field24 = try decoder.readString()
            case 202:  // tls_version = 25
                field25 = try decoder.readString()
            case 210:  // tls_cipher = 26
                field26 = try decoder.readString()
            case 218:  // tls_sni = 27
                field27 = try decoder.readString()
            case 226:  // tls_alpn = 28
                field28 = try decoder.readString()
            case 234:  // xff_chain = 29
                field29 = try decoder.readString()
            case 242:  // start_time = 30
                var inner = try decoder.nested()
                var value = field30 ?? (message.hasStartTime ? message.startTime : Command_Uint128())
                try Command_Uint128.wireDecode(&inner, into: &value)
                field30 = consume value
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.message = value }
        if let value = field2.take() { message.requestID = value }
        if let value = field3.take() { message.clusterID = value }
        if let value = field4.take() { message.backendID = value }
        if let value = field5.take() { message.sessionAddress = value }
        if let value = field6.take() { message.backendAddress = value }
        if let value = field7.take() { message.`protocol` = value }
        if let value = field8.take() { message.endpoint = value }
        if let value = field9.take() { message.clientRtt = value }
        if let value = field10.take() { message.serverRtt = value }
        if let value = field13.take() { message.serviceTime = value }
        if let value = field14.take() { message.bytesIn = value }
        if let value = field15.take() { message.bytesOut = value }
        if let value = field16.take() { message.userAgent = value }
        if !field17.isEmpty {
            if message.tags.isEmpty {
                message.tags = field17
            } else {
                message.tags.merge(field17) { $1 }
            }
        }
        if let value = field18.take() { message.tag = value }
        if let value = field19.take() { message.time = value }
        if let value = field20.take() { message.requestTime = value }
        if let value = field21.take() { message.responseTime = value }
        if let value = field22.take() { message.otel = value }
        if let value = field23.take() { message.sessionID = value }
        if let value = field24.take() { message.xRequestID = value }
        if let value = field25.take() { message.tlsVersion = value }
        if let value = field26.take() { message.tlsCipher = value }
        if let value = field27.take() { message.tlsSni = value }
        if let value = field28.take() { message.tlsAlpn = value }
        if let value = field29.take() { message.xffChain = value }
        if let value = field30.take() { message.startTime = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasStartTime {
            do {
                let messageEnd = writer.written
                self.startTime.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1F2)
        }
        if self.hasXffChain {
            writer.string(self.xffChain)
            writer.tag(0x1EA)
        }
        if self.hasTlsAlpn {
            writer.string(self.tlsAlpn)
            writer.tag(0x1E2)
        }
        if self.hasTlsSni {
            writer.string(self.tlsSni)
            writer.tag(0x1DA)
        }
        if self.hasTlsCipher {
            writer.string(self.tlsCipher)
            writer.tag(0x1D2)
        }
        if self.hasTlsVersion {
            writer.string(self.tlsVersion)
            writer.tag(0x1CA)
        }
        if self.hasXRequestID {
            writer.string(self.xRequestID)
            writer.tag(0x1C2)
        }
        if self.hasSessionID {
            do {
                let messageEnd = writer.written
                self.sessionID.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1BA)
        }
        if self.hasOtel {
            do {
                let messageEnd = writer.written
                self.otel.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x1B2)
        }
        if self.hasResponseTime {
            writer.varint(self.responseTime)
            writer.tag(0x1A8)
        }
        if self.hasRequestTime {
            writer.varint(self.requestTime)
            writer.tag(0x1A0)
        }
        if self.hasTime {
            do {
                let messageEnd = writer.written
                self.time.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(0x19A)
        }
        if self.hasTag || !unknownNumbers.contains(18) {
            writer.string(self.tag)
            writer.tag(0x192)
        }
        WireMapOrder.forEachReversed(self.tags) { key, item in
            let entryEnd = writer.written
            writer.string(item)
            writer.tag(18)
            writer.string(key)
            writer.tag(10)
            writer.varint(UInt64(writer.written - entryEnd))
            writer.tag(0x18A)
        }
        if self.hasUserAgent {
            writer.string(self.userAgent)
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
        if self.hasServerRtt {
            writer.varint(self.serverRtt)
            writer.tag(80)
        }
        if self.hasClientRtt {
            writer.varint(self.clientRtt)
            writer.tag(72)
        }
        if self.hasEndpoint {
            do {
                let messageEnd = writer.written
                self.endpoint.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(66)
        }
        if self.hasProtocol || !unknownNumbers.contains(7) {
            writer.string(self.`protocol`)
            writer.tag(58)
        }
        if self.hasBackendAddress {
            do {
                let messageEnd = writer.written
                self.backendAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(50)
        }
        if self.hasSessionAddress {
            do {
                let messageEnd = writer.written
                self.sessionAddress.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(42)
        }
        if self.hasBackendID {
            writer.string(self.backendID)
            writer.tag(34)
        }
        if self.hasClusterID {
            writer.string(self.clusterID)
            writer.tag(26)
        }
        if self.hasRequestID {
            do {
                let messageEnd = writer.written
                self.requestID.wireWrite(&writer)
                writer.varint(UInt64(writer.written - messageEnd))
            }
            writer.tag(18)
        }
        if self.hasMessage {
            writer.string(self.message)
            writer.tag(10)
        }
    }
}

extension Command_OpenTelemetry: WireCodable {
    public static func wireDecode(_ decoder: inout WireDecoder, into message: inout Command_OpenTelemetry) throws(WireDecodingError) {
        var unknown = WireUnknownFields()
        var field1: String? = nil
        var field2: String? = nil
        var field3: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // trace_id = 1
                field1 = try decoder.readString()
            case 18:  // span_id = 2
                field2 = try decoder.readString()
            case 26:  // parent_span_id = 3
                field3 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.traceID = value }
        if let value = field2.take() { message.spanID = value }
        if let value = field3.take() { message.parentSpanID = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        let unknownFields = self.unknownFields
        writer.unknown(unknownFields)
        let unknownNumbers = WireUnknownNumbers(unknownFields)
        if self.hasParentSpanID {
            writer.string(self.parentSpanID)
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
        var field1: String? = nil
        var field2: String? = nil
        var field3: String? = nil
        var field4: UInt32? = nil
        var field5: String? = nil
        while let tag = try decoder.nextTag() {
            switch tag {
            case 10:  // method = 1
                field1 = try decoder.readString()
            case 18:  // authority = 2
                field2 = try decoder.readString()
            case 26:  // path = 3
                field3 = try decoder.readString()
            case 32:  // status = 4
                field4 = UInt32(truncatingIfNeeded: try decoder.readVarint())
            case 42:  // reason = 5
                field5 = try decoder.readString()
            default:
                try decoder.keepUnknown(tag: tag, in: &unknown)
            }
        }
        if let value = field1.take() { message.method = value }
        if let value = field2.take() { message.authority = value }
        if let value = field3.take() { message.path = value }
        if let value = field4.take() { message.status = value }
        if let value = field5.take() { message.reason = value }
        if !unknown.isEmpty { message.unknownFields = unknown.storage(after: message.unknownFields) }
    }

    public func wireWrite(_ writer: inout WireWriter) {
        writer.unknown(self.unknownFields)
        if self.hasReason {
            writer.string(self.reason)
            writer.tag(42)
        }
        if self.hasStatus {
            writer.varint(UInt64(self.status))
            writer.tag(32)
        }
        if self.hasPath {
            writer.string(self.path)
            writer.tag(26)
        }
        if self.hasAuthority {
            writer.string(self.authority)
            writer.tag(18)
        }
        if self.hasMethod {
            writer.string(self.method)
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
