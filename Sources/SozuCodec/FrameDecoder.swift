/// Cuts a byte stream into frame payloads, whatever the chunking of the bytes it is given.
///
/// Pure: it never touches a socket. Feed it with `append`, take payloads with `nextPayload()`
/// until that returns nil, and call `finish()` at end of stream. Recovery follows Sōzu's channel:
/// a length below 8 consumes the 8 prefix bytes and decoding resumes after them; a length above
/// the maximum leaves the stream unreadable, so every later call repeats that error.
public struct FrameDecoder: Sendable {
    public let maximumFrameSize: Int

    private var buffer: [UInt8] = []
    private var readIndex = 0
    private var state = State.waitingForHeader

    private enum State: Sendable {
        case waitingForHeader
        case waitingForPayload(length: Int)
        case failed(CodecError)
    }

    public init(maximumFrameSize: Int = Frame.defaultMaximumSize) {
        self.maximumFrameSize = maximumFrameSize
    }

    /// Bytes received but not yet returned as a payload.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        compactIfWorthwhile()
        buffer.append(contentsOf: bytes)
    }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compactIfWorthwhile()
        buffer.append(contentsOf: bytes)
    }

    /// The next complete payload, or nil when more bytes are needed.
    public mutating func nextPayload() throws(CodecError) -> [UInt8]? {
        switch state {
        case .failed(let error):
            throw error
        case .waitingForHeader:
            guard bufferedByteCount >= Frame.headerSize else { return nil }
            let header = buffer[readIndex..<(readIndex + Frame.headerSize)]
            let length: Int
            do {
                length = try Frame.payloadLength(declaredBy: header, maximumFrameSize: maximumFrameSize)
            } catch .frameLengthBelowHeader(let declaredLength) {
                readIndex += Frame.headerSize
                throw .frameLengthBelowHeader(declaredLength: declaredLength)
            } catch {
                state = .failed(error)
                throw error
            }
            readIndex += Frame.headerSize
            state = .waitingForPayload(length: length)
            // Reserve for the payload, but never more than a megabyte on the word of a length
            // prefix alone: the rest grows as bytes actually arrive.
            buffer.reserveCapacity(readIndex + min(length, 1 << 20))
            return try nextPayload()
        case .waitingForPayload(let length):
            guard bufferedByteCount >= length else { return nil }
            let payload = Array(buffer[readIndex..<(readIndex + length)])
            readIndex += length
            state = .waitingForHeader
            return payload
        }
    }

    /// Declares the end of the stream: throws when it ended inside a frame.
    public func finish() throws(CodecError) {
        switch state {
        case .failed(let error):
            throw error
        case .waitingForHeader:
            if bufferedByteCount > 0 {
                throw .truncatedFrame(part: .lengthPrefix, receivedBytes: bufferedByteCount, expectedBytes: Frame.headerSize)
            }
        case .waitingForPayload(let length):
            throw .truncatedFrame(part: .payload, receivedBytes: bufferedByteCount, expectedBytes: length)
        }
    }

    /// Drops consumed bytes once they outweigh the unread ones, so the buffer stays bounded.
    private mutating func compactIfWorthwhile() {
        guard readIndex > 0 else { return }
        if readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            readIndex = 0
        } else if readIndex >= 4096, readIndex * 2 >= buffer.count {
            buffer.removeSubrange(0..<readIndex)
            readIndex = 0
        }
    }
}
