// What starting ssh cleanly needs of glibc that Swift does not see: glibc hides these
// without _GNU_SOURCE, which SwiftPM does not pass on.
#ifndef SOZU_CSPAWN_SHIM_H
#define SOZU_CSPAWN_SHIM_H

#include <spawn.h>

int pipe2(int fds[2], int flags);
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

// glibc's POSIX_SPAWN_SETSID: the child starts its own session (no controlling terminal).
static inline short sozu_spawn_setsid_flag(void) { return 0x80; }

#endif
