/*
 * raw_client: the socket floor of one round trip to Sōzu's command socket.
 *
 *   raw_client SOCKET_PATH REQUEST_HEX ROUNDS
 *
 * REQUEST_HEX is the hex of a `command.Request` payload (no frame header;
 * upper or lower case, even length). Each round connects a new
 * AF_UNIX/SOCK_STREAM socket to SOCKET_PATH, writes one frame (an 8-byte
 * little-endian length counting itself, then the payload), reads `Response`
 * frames until one has status OK or FAILURE (PROCESSING ones are skipped),
 * and closes the socket. A round is timed with CLOCK_MONOTONIC from before
 * socket() to after close().
 *
 * stdout: one line per round, `<nanoseconds> <status>` (status OK or FAILURE),
 * and nothing else. On any error (bad arguments, a system call failing, a
 * frame over 128 MiB or under 8 bytes, a payload that is not protobuf, the
 * connection ending before a final answer) a message goes to stderr and the
 * exit status is 1; the round that failed is not printed.
 *
 * The status is read as a protobuf parser reads `Response.status`
 * (`required ResponseStatus status = 1 [default = FAILURE]`): the top-level
 * fields of the payload are walked (varint tags; fixed64, fixed32,
 * length-delimited fields and groups skipped), the last field 1 of wire type 0
 * wins, its varint truncated to 32 bits as for any enum; a value that is not
 * OK (0), PROCESSING (1) or FAILURE (2) is an unknown enum value and, as in
 * proto2, leaves the field as it was; an absent status reads as FAILURE.
 *
 * Build: cc -O2 -std=c11 -Wall -Wextra -o /tmp/raw_client Resources/bench/raw_client.c
 */

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define HEADER_SIZE 8u
#define MAX_FRAME_SIZE ((uint64_t)128 * 1024 * 1024) /* header included */

enum { STATUS_OK = 0, STATUS_PROCESSING = 1, STATUS_FAILURE = 2 };

static const char *program = "raw_client";

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

static _Noreturn void die(const char *format, ...) PRINTF_LIKE(1, 2);

static _Noreturn void die(const char *format, ...)
{
    va_list args;
    fprintf(stderr, "%s: ", program);
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    fputc('\n', stderr);
    exit(1);
}

static _Noreturn void die_errno(const char *what)
{
    die("%s: %s", what, strerror(errno));
}

static _Noreturn void usage(void)
{
    fprintf(stderr, "usage: %s SOCKET_PATH REQUEST_HEX ROUNDS\n", program);
    exit(1);
}

/* ---- arguments ---------------------------------------------------------- */

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The frame to send: header then the decoded payload. */
static unsigned char *build_frame(const char *hex, size_t *frame_size)
{
    size_t hex_len = strlen(hex);
    if (hex_len % 2 != 0) die("REQUEST_HEX has an odd number of digits");
    size_t payload_len = hex_len / 2;
    if ((uint64_t)payload_len > MAX_FRAME_SIZE - HEADER_SIZE)
        die("REQUEST_HEX: the request is over the 128 MiB frame limit");
    size_t total = HEADER_SIZE + payload_len;
    unsigned char *frame = malloc(total);
    if (frame == NULL) die("out of memory");
    uint64_t length = (uint64_t)total;
    for (unsigned i = 0; i < HEADER_SIZE; i++) frame[i] = (unsigned char)(length >> (8 * i));
    for (size_t i = 0; i < payload_len; i++) {
        int hi = hex_digit(hex[2 * i]), lo = hex_digit(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) die("REQUEST_HEX: not a hex digit at offset %zu", hi < 0 ? 2 * i : 2 * i + 1);
        frame[HEADER_SIZE + i] = (unsigned char)(hi << 4 | lo);
    }
    *frame_size = total;
    return frame;
}

static unsigned long parse_rounds(const char *text)
{
    if (text[0] < '0' || text[0] > '9') die("ROUNDS: not a positive integer: %s", text);
    char *end = NULL;
    errno = 0;
    unsigned long rounds = strtoul(text, &end, 10);
    if (errno != 0 || *end != '\0' || rounds == 0) die("ROUNDS: not a positive integer: %s", text);
    return rounds;
}

/* ---- socket I/O --------------------------------------------------------- */

static void connect_unix(int fd, const struct sockaddr_un *address)
{
    if (connect(fd, (const struct sockaddr *)address, sizeof *address) == 0) return;
    if (errno != EINTR) die_errno("connect");
    /* An interrupted connect goes on asynchronously: wait for its outcome. */
    for (;;) {
        struct pollfd pfd = { .fd = fd, .events = POLLOUT };
        int ready = poll(&pfd, 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            die_errno("poll (connect)");
        }
        if (ready > 0) break;
    }
    int error = 0;
    socklen_t error_len = sizeof error;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &error_len) != 0) die_errno("getsockopt (connect)");
    if (error != 0) {
        errno = error;
        die_errno("connect");
    }
}

static void write_all(int fd, const unsigned char *data, size_t size)
{
    while (size > 0) {
        ssize_t written = write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR) continue;
            die_errno("write");
        }
        if (written == 0) die("write: wrote nothing");
        data += written;
        size -= (size_t)written;
    }
}

/* Reads exactly `size` bytes. Returns 0 on end of stream before the first
 * byte, 1 when all came; end of stream after some bytes is an error. */
static int read_exact(int fd, unsigned char *data, size_t size, const char *what)
{
    size_t done = 0;
    while (done < size) {
        ssize_t got = read(fd, data + done, size - done);
        if (got < 0) {
            if (errno == EINTR) continue;
            die("read (%s): %s", what, strerror(errno));
        }
        if (got == 0) {
            if (done == 0) return 0;
            die("connection closed in the middle of a frame's %s (%zu of %zu bytes)", what, done, size);
        }
        done += (size_t)got;
    }
    return 1;
}

/* ---- protobuf ----------------------------------------------------------- */

/* Reads a varint at *pos; returns 0 if it runs past `end` or over 10 bytes. */
static int read_varint(const unsigned char **pos, const unsigned char *end, uint64_t *value)
{
    uint64_t result = 0;
    const unsigned char *p = *pos;
    for (unsigned shift = 0; shift < 70; shift += 7) {
        if (p >= end) return 0;
        unsigned char byte = *p++;
        result |= (uint64_t)(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            *pos = p;
            *value = result;
            return 1;
        }
    }
    return 0;
}

static int skip_bytes(const unsigned char **pos, const unsigned char *end, uint64_t count)
{
    if (count > (uint64_t)(end - *pos)) return 0;
    *pos += count;
    return 1;
}

/* Skips the value of a field whose tag has just been read. A start group is
 * skipped to its matching end group. Returns 0 on malformed input. */
static int skip_field(const unsigned char **pos, const unsigned char *end, uint64_t tag, unsigned depth)
{
    uint64_t value;
    switch (tag & 7) {
    case 0: return read_varint(pos, end, &value);
    case 1: return skip_bytes(pos, end, 8);
    case 2: return read_varint(pos, end, &value) && skip_bytes(pos, end, value);
    case 5: return skip_bytes(pos, end, 4);
    case 3:
        if (depth >= 100) return 0;
        for (;;) {
            uint64_t inner;
            if (!read_varint(pos, end, &inner) || inner > UINT32_MAX || (inner >> 3) == 0) return 0;
            if ((inner & 7) == 4) return (inner >> 3) == (tag >> 3);
            if (!skip_field(pos, end, inner, depth + 1)) return 0;
        }
    default: return 0; /* 4: end group without a start; 6, 7: no such wire type */
    }
}

/* The status of a Response payload; dies if the payload is not protobuf. */
static int response_status(const unsigned char *payload, size_t size)
{
    const unsigned char *pos = payload, *end = payload + size;
    int status = STATUS_FAILURE; /* the declared default */
    while (pos < end) {
        size_t offset = (size_t)(pos - payload);
        uint64_t tag;
        if (!read_varint(&pos, end, &tag) || tag > UINT32_MAX || (tag >> 3) == 0)
            die("malformed Response: bad tag at offset %zu", offset);
        if (tag == ((1u << 3) | 0u)) {
            uint64_t value;
            if (!read_varint(&pos, end, &value)) die("malformed Response: bad status varint at offset %zu", offset);
            uint32_t enum_value = (uint32_t)value; /* enums are int32 */
            if (enum_value <= STATUS_FAILURE) status = (int)enum_value;
            /* else: an unknown enum value, kept aside by proto2; the field is unchanged */
        } else if (!skip_field(&pos, end, tag, 0)) {
            die("malformed Response: field %" PRIu64 " (wire type %u) at offset %zu runs past the frame or is invalid",
                tag >> 3, (unsigned)(tag & 7), offset);
        }
    }
    return status;
}

/* ---- one round ---------------------------------------------------------- */

struct buffer {
    unsigned char *data;
    size_t capacity;
};

static void reserve(struct buffer *buffer, size_t size)
{
    if (size <= buffer->capacity) return;
    size_t capacity = buffer->capacity ? buffer->capacity : 4096;
    while (capacity < size) capacity *= 2;
    unsigned char *data = realloc(buffer->data, capacity);
    if (data == NULL) die("out of memory (%zu bytes)", capacity);
    buffer->data = data;
    buffer->capacity = capacity;
}

/* Reads frames until a final one; returns its status. */
static int read_final_status(int fd, struct buffer *buffer)
{
    for (;;) {
        unsigned char header[HEADER_SIZE];
        if (!read_exact(fd, header, sizeof header, "header"))
            die("connection closed before a final answer (OK or FAILURE)");
        uint64_t length = 0;
        for (unsigned i = 0; i < HEADER_SIZE; i++) length |= (uint64_t)header[i] << (8 * i);
        if (length < HEADER_SIZE) die("bad frame: length %" PRIu64 " is under the 8-byte header", length);
        if (length > MAX_FRAME_SIZE) die("bad frame: length %" PRIu64 " is over the 128 MiB limit", length);
        size_t payload_size = (size_t)(length - HEADER_SIZE);
        reserve(buffer, payload_size);
        if (payload_size > 0 && !read_exact(fd, buffer->data, payload_size, "payload"))
            die("connection closed in the middle of a frame's payload (0 of %zu bytes)", payload_size);
        int status = response_status(buffer->data, payload_size);
        if (status != STATUS_PROCESSING) return status;
    }
}

static int64_t elapsed_ns(const struct timespec *start, const struct timespec *stop)
{
    return (int64_t)(stop->tv_sec - start->tv_sec) * 1000000000 + (int64_t)(stop->tv_nsec - start->tv_nsec);
}

int main(int argc, char **argv)
{
    if (argc > 0 && argv[0] != NULL && argv[0][0] != '\0') {
        const char *slash = strrchr(argv[0], '/');
        program = slash ? slash + 1 : argv[0];
    }
    if (argc != 4) usage();

    struct sockaddr_un address;
    memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    size_t path_len = strlen(argv[1]);
    if (path_len == 0) die("SOCKET_PATH is empty");
    if (path_len >= sizeof address.sun_path)
        die("SOCKET_PATH is %zu bytes, over the %zu a unix socket address holds", path_len, sizeof address.sun_path - 1);
    memcpy(address.sun_path, argv[1], path_len);

    size_t frame_size = 0;
    unsigned char *frame = build_frame(argv[2], &frame_size);
    unsigned long rounds = parse_rounds(argv[3]);

    /* A peer that goes away makes write fail with EPIPE instead of killing us. */
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    if (sigaction(SIGPIPE, &ignore, NULL) != 0) die_errno("sigaction (SIGPIPE)");

    struct buffer buffer = { NULL, 0 };
    reserve(&buffer, 64 * 1024);

    for (unsigned long round = 0; round < rounds; round++) {
        struct timespec start, stop;
        if (clock_gettime(CLOCK_MONOTONIC, &start) != 0) die_errno("clock_gettime");

        int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0) die_errno("socket");
        connect_unix(fd, &address);
        write_all(fd, frame, frame_size);
        int status = read_final_status(fd, &buffer);
        /* No retry on EINTR: on Linux the descriptor is closed all the same. */
        if (close(fd) != 0 && errno != EINTR) die_errno("close");

        if (clock_gettime(CLOCK_MONOTONIC, &stop) != 0) die_errno("clock_gettime");
        if (printf("%" PRId64 " %s\n", elapsed_ns(&start, &stop), status == STATUS_OK ? "OK" : "FAILURE") < 0)
            die_errno("writing to stdout");
    }

    if (fflush(stdout) != 0 || ferror(stdout)) die("writing to stdout failed");
    free(buffer.data);
    free(frame);
    return 0;
}
