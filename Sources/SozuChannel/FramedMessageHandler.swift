import NIOCore
import SozuCodec
import SozuProto
import SwiftProtobuf
import Logging

/// Turns the bytes of a channel into decoded messages for a `CommandConnection`, and its
/// messages into frames. Runs on the channel's event loop only.
final class FramedMessageHandler<Inbound: WireCodable, Outbound: WireCodable>: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = Never
    typealias OutboundIn = OutboundItem<Outbound>
    typealias OutboundOut = ByteBuffer

    private var decoder: FrameDecoder
    private let sink: AsyncThrowingStream<Inbound, any Error>.Continuation
    private let badInputPolicy: BadInputPolicy
    private var finished = false
    /// Under the Sōzu policy, a connection whose input can no longer be read is ignored.
    private var ignoringInput = false

    /// Frames in and out at trace level; nil logs nothing.
    private let logger: Logger?

    init(
        maximumFrameSize: Int, badInputPolicy: BadInputPolicy = .reportAndClose,
        sink: AsyncThrowingStream<Inbound, any Error>.Continuation, logger: Logger? = nil
    ) {
        self.decoder = FrameDecoder(maximumFrameSize: maximumFrameSize)
        self.badInputPolicy = badInputPolicy
        self.sink = sink
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let bytes = unwrapInboundIn(data)
        guard !finished, !ignoringInput else { return }
        bytes.withUnsafeReadableBytes { decoder.append($0) }
        // Sōzu's main process runs only the last of the requests parsed from one read.
        var lastOfRead: Inbound?
        defer { if let lastOfRead { sink.yield(lastOfRead) } }
        while true {
            do {
                guard let payload = try decoder.nextPayload() else { return }
                let message = try MessageCodec.decode(Inbound.self, from: payload)
                logger?.trace("frame in", metadata: ["type": "\(Inbound.protoMessageName)", "bytes": "\(payload.count + Frame.headerSize)"])
                switch badInputPolicy {
                case .reportAndClose: sink.yield(message)
                case .sozuMainProcess: lastOfRead = message
                }
            } catch {
                switch (badInputPolicy, error) {
                case (.sozuMainProcess, .frameLengthBelowHeader):
                    continue  // the prefix was dropped; read on
                case (.sozuMainProcess, _):
                    ignoringInput = true
                    return
                case (.reportAndClose, _):
                    // A bad frame leaves the stream out of step: report it and hang up.
                    finish(throwing: CommandSocketError.codec(error))
                    context.close(promise: nil)
                    return
                }
            }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            endOfInput()
            // Sōzu's main process takes a half-close for a hang-up: nothing more is sent.
            if case .sozuMainProcess = badInputPolicy {
                context.close(promise: nil)
            }
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        endOfInput()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let socketError = (error as? CommandSocketError)
            ?? .system(operation: "read from", path: "command socket", errno: (error as? IOError)?.errnoCode ?? 0, description: "\(error)")
        finish(throwing: socketError)
        context.close(promise: nil)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let message: Outbound
        switch unwrapOutboundIn(data) {
        case .message(let item):
            message = item
        case .rawBytes(let bytes):
            var buffer = context.channel.allocator.buffer(capacity: bytes.count)
            buffer.writeBytes(bytes)
            context.write(wrapOutboundOut(buffer), promise: promise)
            return
        }
        do {
            let payload = message.wireEncoded()
            let frameLength = payload.count + Frame.headerSize
            guard frameLength <= decoder.maximumFrameSize else {
                throw CommandSocketError.outgoingFrameTooLarge(frameLength: frameLength, maximumFrameSize: decoder.maximumFrameSize)
            }
            var buffer = context.channel.allocator.buffer(capacity: frameLength)
            buffer.writeInteger(UInt64(frameLength), endianness: .little)
            buffer.writeBytes(payload)
            logger?.trace("frame out", metadata: ["type": "\(Outbound.protoMessageName)", "bytes": "\(frameLength)"])
            context.write(wrapOutboundOut(buffer), promise: promise)
        } catch let error as CodecError {
            promise?.fail(CommandSocketError.codec(error))
        } catch {
            promise?.fail(error)
        }
    }

    /// The peer stopped sending: fine between frames, an error inside one.
    private func endOfInput() {
        if ignoringInput {
            finish(throwing: nil)
            return
        }
        do {
            try decoder.finish()
            finish(throwing: nil)
        } catch {
            finish(throwing: CommandSocketError.codec(error))
        }
    }

    private func finish(throwing error: (any Error)?) {
        guard !finished else { return }
        finished = true
        sink.finish(throwing: error)
    }
}

/// What a connection writes: a message, framed by the handler, or bytes as they are (only for
/// simulating a broken peer).
enum OutboundItem<Message: WireCodable> {
    case message(Message)
    case rawBytes([UInt8])
}
