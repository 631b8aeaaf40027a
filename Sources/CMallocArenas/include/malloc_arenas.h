// Nothing to call: linking this target caps glibc's malloc arenas before main (see the .c file).
#ifndef SOZU_MALLOC_ARENAS_H
#define SOZU_MALLOC_ARENAS_H
/// The arena cap this process runs with (for tests and benchmarks to report).
int sozu_malloc_arena_cap(void);
#endif
