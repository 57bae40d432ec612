#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <locale.h>
#include <stdio.h>

/* Macros and globals that do not import into Swift. */
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline unsigned int cn_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int cn_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int cn_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int cn_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int cn_a_italic(void) { return (unsigned int)A_ITALIC; }
static inline unsigned int cn_a_normal(void) { return (unsigned int)A_NORMAL; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_err(void) { return ERR; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline FILE *cn_stdout(void) { return stdout; }

/* 1 when the current terminal (after newterm) can draw a full screen: it has
   clear and cursor addressing. A terminal without them (dumb) has nothing
   newterm could have sent either. */
static inline int cn_terminal_draws(void) {
    const char *clear = tigetstr("clear"), *cup = tigetstr("cup");
    return clear && clear != (char *)-1 && cup && cup != (char *)-1;
}
#endif
