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

/* The mouse reports the reader asks for: left button press and release,
   wheel up and down, and motion (a drag while the button is held). */
static inline mmask_t cn_mouse_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED | REPORT_MOUSE_POSITION;
}
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
static inline int cn_colors(void) { return COLORS; }
/* What a mouse report was: 1 press, 2 release, 3 wheel up, 4 wheel down, 5 motion, 0 other. */
static inline int cn_mouse_kind(mmask_t state) {
    if (state & BUTTON1_PRESSED) return 1;
    if (state & BUTTON1_RELEASED) return 2;
    if (state & BUTTON4_PRESSED) return 3;
    if (state & BUTTON5_PRESSED) return 4;
    if (state & REPORT_MOUSE_POSITION) return 5;
    return 0;
}

/* 1 when the current terminal (after newterm) can draw a full screen: it has
   clear and cursor addressing. A terminal without them (dumb) has nothing
   newterm could have sent either. */
static inline int cn_terminal_draws(void) {
    const char *clear = tigetstr("clear"), *cup = tigetstr("cup");
    return clear && clear != (char *)-1 && cup && cup != (char *)-1;
}
#endif
