#ifndef CHRONICLE_CNCURSES_SHIM_H
#define CHRONICLE_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* Swift 6 strict concurrency rejects these C globals; read them through functions. */
static inline WINDOW *chronicle_stdscr(void) { return stdscr; }
static inline int chronicle_cols(void) { return COLS; }
static inline int chronicle_lines(void) { return LINES; }
static inline int chronicle_colors(void) { return COLORS; }
static inline int chronicle_color_pairs(void) { return COLOR_PAIRS; }
/* newterm on stdout, reading keys from /dev/tty when stdin is an article (`chronicle -`).
   Unlike initscr, it reports failure instead of exiting. */
static inline SCREEN *chronicle_newterm(void) {
  FILE *in = stdin;
  if (!isatty(0)) {
    FILE *tty = fopen("/dev/tty", "r");
    if (tty) in = tty;
  }
  return newterm(NULL, stdout, in);
}

/* Attribute and key macros built from NCURSES_BITS / KEY_F(n) are not imported by Swift. */
static inline attr_t chronicle_attributes(int bold, int underline, int reverse, int dim) {
  attr_t a = A_NORMAL;
  if (bold) a |= A_BOLD;
  if (underline) a |= A_UNDERLINE;
  if (reverse) a |= A_REVERSE;
  if (dim) a |= A_DIM;
  return a;
}
static inline int chronicle_key_f(int n) { return KEY_F(n); }

/* Mouse: the events Chronicle asks for, and a decoded event (the BUTTON* masks are macros).
   kind: 0 other, 1 left press or click, 2 wheel up, 3 wheel down. */
static inline mmask_t chronicle_mouse_events(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int chronicle_read_mouse(int *row, int *col) {
  MEVENT event;
  if (getmouse(&event) != OK) return -1;
  *row = event.y;
  *col = event.x;
  if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  if (event.bstate & BUTTON4_PRESSED) return 2;
  if (event.bstate & BUTTON5_PRESSED) return 3;
  return 0;
}

#endif
