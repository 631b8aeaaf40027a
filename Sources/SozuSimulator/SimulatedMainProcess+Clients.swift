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

    private func clientMetadata(_ key: ObjectIdentifier) -> Logger.Metadata {
        ["client": "\(clientNumbers[key].map(String.init) ?? "?")"]
    }
}
