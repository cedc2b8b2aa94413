// Readline's globals are shared mutable C state that Swift 6 will not touch directly;
// these tiny setters are the only doors to them.
#ifndef VELDWERK_CREADLINE_SHIM_H
#define VELDWERK_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

typedef char **(*veld_completion_fn)(const char *, int, int);
typedef char *(*veld_generator_fn)(const char *, int);

static inline void veld_set_completer(veld_completion_fn fn) {
    rl_attempted_completion_function = fn;
}
/// Stop readline falling back to file names after our completer answered.
static inline void veld_completion_over(int over) { rl_attempted_completion_over = over; }
static inline void veld_set_word_breaks(const char *breaks) {
    rl_completer_word_break_characters = (char *)breaks;
}
static inline void veld_set_quote_chars(const char *quotes) {
    rl_completer_quote_characters = quotes;
}
static inline void veld_set_app_name(const char *name) { rl_readline_name = name; }
static inline const char *veld_line_buffer(void) { return rl_line_buffer; }
static inline char **veld_matches(const char *text, veld_generator_fn gen) {
    return rl_completion_matches(text, gen);
}

/// Ctrl-C at the prompt abandons the line and shows a fresh prompt, as in psql.
static void veld_on_sigint(int sig) {
    (void)sig;
    fputs("\n", stdout);
    fflush(stdout);
    rl_on_new_line();
    rl_replace_line("", 0);
    rl_redisplay();
}
static inline void veld_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = veld_on_sigint;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
}
static inline void veld_stifle(int max) { stifle_history(max); }
#endif
