#ifndef CHRONICLE_CNCURSES_SHIM_H
#define CHRONICLE_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

/* Swift 6 strict concurrency rejects these C globals; read them through functions. */
static inline WINDOW *chronicle_stdscr(void) { return stdscr; }
static inline int chronicle_cols(void) { return COLS; }
static inline int chronicle_lines(void) { return LINES; }

#endif
