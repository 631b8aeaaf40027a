import Foundation
import Logging
import SozuChannel
import SozuCodec
import SozuProto

/// Client connections: accepted, read request by request, answered.
extension SimulatedMainProcess {
    func accept(from listener: CommandListener<Command_Request, Command_Response>) async {
        for await connection in listener.connections {
            guard !stopping else {
                await connection.close()
                continue
            }
            clients[ObjectIdentifier(connection)] = connection
            clientsAccepted += 1
            clientNumbers[ObjectIdentifier(connection)] = clientsAccepted
            clientSessions[ObjectIdentifier(connection)] = Self.sessionULID(number: clientsAccepted)
            logger.debug("client connected", metadata: ["client": "\(clientsAccepted)"])
            Task { await self.serve(connection) }
        }
    }

    func serve(_ connection: ClientConnection) async {
        let key = ObjectIdentifier(connection)
        // Sōzu reads the peer's user once, when it accepts the connection.
        let user = options.commandAllowedUIDs == nil ? nil : await connection.peerUserID()
        do {
            for try await request in connection.messages {
                requestsReceived += 1
                logger.debug("request \(request.shortName ?? "without a type")", metadata: clientMetadata(key))
                await handle(request, from: connection, user: user)
            }
        } catch {
            // A bad frame: Sōzu leaves such a connection stuck; nothing more is read from it.
            logger.debug("bad input, nothing more is read from this client: \(error)", metadata: clientMetadata(key))
        }
        logger.debug("client gone", metadata: clientMetadata(key))
        clients[key] = nil
        clientNumbers[key] = nil
        clientSessions[key] = nil
        dropSubscriber(key)
        await connection.close()
    }

    /// Answers `connection`, unless a fault puts something else in the answer's place.
    func send(_ status: Command_ResponseStatus, _ message: String, content: Command_ResponseContent? = nil, to connection: ClientConnection) async {
        var response = Command_Response()
        response.status = status
        response.message = message
        if let content { response.content = content }
        logger.trace("answer \((try? SozuJSON.encode(response)) ?? "")", metadata: clientMetadata(ObjectIdentifier(connection)))
        if let corrupted = faults.corrupted(response) {
            try? await connection.sendRawBytes(corrupted.bytes)
            if corrupted.hangsUp { await connection.close() }
            return
        }
        try? await connection.send(response)
    }

    /// A ULID (Crockford base-32 of 48 bits of milliseconds since 1970 and 80 more bits), the
    /// connection's number standing for the random part.
    static func sessionULID(number: Int, now: Date = Date()) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000)) & 0xffff_ffff_ffff
        // 128 bits, high then low, read 5 bits at a time from the top (two leading zero bits).
        let high = milliseconds << 16
        let low = UInt64(truncatingIfNeeded: number)
        return String((0..<26).map { index -> Character in
            let shift = 125 - 5 * index
            let bits: UInt64
            if shift >= 64 {
                bits = high >> UInt64(shift - 64)
            } else if shift > 59 {
                bits = (high << UInt64(64 - shift)) | (low >> UInt64(shift))
            } else {
                bits = low >> UInt64(shift)
            }
            return alphabet[Int(bits & 0x1f)]
        })
    }

    private func clientMetadata(_ key: ObjectIdentifier) -> Logger.Metadata {
        ["client": "\(clientNumbers[key].map(String.init) ?? "?")"]
    }
}
