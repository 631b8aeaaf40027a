// The one place the console includes curses (as htop's ProvideCurses.h).
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#ifndef SOZU_CNCURSESW_SHIM_H
#define SOZU_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>
#include <wchar.h>
#include <stdlib.h>
#include <fcntl.h>
#include <termios.h>
#include <sys/ioctl.h>

// Hidden by glibc without _XOPEN_SOURCE, which SwiftPM does not pass on.
int wcwidth(wchar_t c);
int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);
int pipe2(int fds[2], int flags);

// Function-like macros are not imported into Swift.
static inline attr_t sozu_attr_bold(void) { return A_BOLD; }
static inline attr_t sozu_attr_dim(void) { return A_DIM; }
static inline attr_t sozu_attr_reverse(void) { return A_REVERSE; }
static inline attr_t sozu_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t sozu_attr_normal(void) { return A_NORMAL; }
static inline attr_t sozu_color_pair(short pair) { return COLOR_PAIR(pair); }

// Writes `count` wide characters at (row, column) with attributes, through cchar_t cells so
// that combining marks and wide characters are placed as ncurses expects.
static inline void sozu_put_wide(WINDOW *window, int row, int column, const wchar_t *text, int count, attr_t attributes, short pair) {
    wmove(window, row, column);
    wattr_set(window, attributes, pair, NULL);
    waddnwstr(window, text, count);
    wattr_set(window, A_NORMAL, 0, NULL);
}

static inline int sozu_tiocswinsz(int fd, unsigned short rows, unsigned short columns) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(fd, TIOCSWINSZ, &size);
}

static inline int sozu_tiocgwinsz(int fd, unsigned short *rows, unsigned short *columns) {
    struct winsize size;
    int result = ioctl(fd, TIOCGWINSZ, &size);
    if (result == 0) { *rows = size.ws_row; *columns = size.ws_col; }
    return result;
}

#endif
