#!/usr/bin/env python3
"""The reference half of the codec benchmark: Python protobuf's upb backend on a payload file.

Run with the venv that Resources/bench-setup.sh prepares:

    .build/upb-venv/bin/python3 Resources/bench/upb_codec.py [--generated DIR]

DIR holds the protoc-generated command_pb2.py (default: <repo>/.build/upb-python). The program
exits 2 unless protobuf runs on its upb backend.

Line protocol, one answer line per request line, flushed (so a driver can interleave its own
rounds with these):

    started                                 -> ready upb <protobuf version>
    time <MessageType> <iterations> <path>  -> ok <payload_bytes> same|differs <decode_ns,...> <encode_ns,...>
                                               or: error <one-line message>
    quit (or end of input)                  -> exit 0

<MessageType> is a message of package command (Response, Request, WorkerRequest, ...; a leading
"command." is accepted); <path> is the rest of the line and may contain spaces. The file is a raw
payload, or exactly one frame (an 8-byte little-endian length that counts itself, equal to the
file's size), whose header is then dropped. Each of the <iterations> rounds times, with
time.perf_counter_ns, one ParseFromString into a fresh message (made before the clock starts) and
one SerializePartialToString(deterministic=True) of that message (required fields are not
checked, as neither Sōzu nor sozu-console checks them). "same" means the first round's
re-encoding equals the payload byte for byte. The garbage collector is off during the rounds.
"""

import argparse
import gc
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fail(message):
    sys.stderr.write("upb_codec: %s\n" % message)
    sys.exit(2)


def load(generated):
    try:
        import google.protobuf
        from google.protobuf.internal import api_implementation
    except ImportError as error:
        fail("cannot import google.protobuf (%s); run Resources/bench-setup.sh" % error)
    backend = api_implementation.Type()
    if backend != "upb":
        fail("protobuf %s runs on its %r backend, not upb (is PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION set?)"
             % (google.protobuf.__version__, backend))
    sys.path.insert(0, generated)
    try:
        import command_pb2
    except ImportError as error:
        fail("cannot import command_pb2 from %s (%s); run Resources/bench-setup.sh" % (generated, error))
    return google.protobuf.__version__, command_pb2


def message_class(command_pb2, name):
    if name.startswith("command."):
        name = name[len("command."):]
    descriptor = command_pb2.DESCRIPTOR.message_types_by_name.get(name)
    if descriptor is None:
        raise ValueError("no message %r in package command" % name)
    return getattr(command_pb2, name)


def read_payload(path):
    with open(path, "rb") as file:
        data = file.read()
    if len(data) >= 8 and int.from_bytes(data[:8], "little") == len(data):
        return data[8:]
    return data


def run(cls, iterations, payload):
    decodes = []
    encodes = []
    same = None
    perf = time.perf_counter_ns
    gc.collect()
    gc.disable()
    try:
        for _ in range(iterations):
            message = cls()
            start = perf()
            message.ParseFromString(payload)
            decoded = perf()
            encoded = message.SerializePartialToString(deterministic=True)
            end = perf()
            decodes.append(decoded - start)
            encodes.append(end - decoded)
            if same is None:
                same = encoded == payload
            del message, encoded
    finally:
        gc.enable()
    return same, decodes, encodes


def answer(command_pb2, line):
    parts = line.split(" ", 3)
    if len(parts) != 4 or parts[0] != "time":
        raise ValueError("expected 'time <MessageType> <iterations> <path>' or 'quit', got %r" % line)
    _, name, count, path = parts
    cls = message_class(command_pb2, name)
    iterations = int(count)
    if iterations < 1:
        raise ValueError("iterations must be at least 1, got %d" % iterations)
    payload = read_payload(path)
    same, decodes, encodes = run(cls, iterations, payload)
    return "ok %d %s %s %s" % (
        len(payload),
        "same" if same else "differs",
        ",".join(map(str, decodes)),
        ",".join(map(str, encodes)),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--generated", default=os.path.join(REPO, ".build", "upb-python"),
                        help="directory holding command_pb2.py (default: %(default)s)")
    arguments = parser.parse_args()
    version, command_pb2 = load(arguments.generated)

    out = sys.stdout
    out.write("ready upb %s\n" % version)
    out.flush()
    # Bytes in, so that a path that is not UTF-8 still reaches open() unchanged.
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", "surrogateescape")
        if line.endswith("\n"):
            line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
        if line.strip() == "quit":
            break
        try:
            reply = answer(command_pb2, line)
        except Exception as error:  # noqa: BLE001 - every failure becomes one error line
            text = "%s: %s" % (type(error).__name__, error)
            reply = "error " + " ".join(text.split())
        out.write(reply + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
