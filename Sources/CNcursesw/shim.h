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
static inline unsigned int cn_a_normal(void) { return (unsigned int)A_NORMAL; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_err(void) { return ERR; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline FILE *cn_stdout(void) { return stdout; }

/* 1 when TERM names a terminal that can draw a full screen (clear and cursor
   addressing), 0 when it is unknown or too dumb; nothing is written. */
static inline int cn_terminal_usable(const char *term, int fd) {
    int status = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(term, fd, &status) != OK || status != 1) { set_curterm(saved); return 0; }
    const char *clear = tigetstr("clear"), *cup = tigetstr("cup");
    int usable = clear && clear != (char *)-1 && cup && cup != (char *)-1;
    TERMINAL *probe = cur_term;
    set_curterm(saved);
    del_curterm(probe);
    return usable;
}
#endif
