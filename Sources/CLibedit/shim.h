// libedit's native API. Its configuration functions are variadic, which Swift cannot call:
// one fixed-argument wrapper per use.
#ifndef SOZU_CLIBEDIT_SHIM_H
#define SOZU_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

typedef int (*sozu_read_char_function)(EditLine *, wchar_t *);
typedef unsigned char (*sozu_editor_function)(EditLine *, int);
typedef char *(*sozu_prompt_function)(EditLine *);

static inline int sozu_el_set_getcfn(EditLine *el, sozu_read_char_function function) { return el_set(el, EL_GETCFN, function); }
static inline int sozu_el_set_prompt(EditLine *el, sozu_prompt_function function) { return el_set(el, EL_PROMPT, function); }
static inline int sozu_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int sozu_el_set_signal(EditLine *el, int handle) { return el_set(el, EL_SIGNAL, handle); }
static inline int sozu_el_set_history(EditLine *el, History *history_) { return el_set(el, EL_HIST, history, history_); }
static inline int sozu_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *sozu_el_get_clientdata(EditLine *el) { void *data = NULL; el_get(el, EL_CLIENTDATA, &data); return data; }
static inline int sozu_el_add_function(EditLine *el, const char *name, const char *help, sozu_editor_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}
static inline int sozu_el_bind(EditLine *el, const char *key, const char *command) { return el_set(el, EL_BIND, key, command, NULL); }
static inline int sozu_el_bind_in(EditLine *el, const char *map, const char *key, const char *command) {
    return el_set(el, EL_BIND, map, key, command, NULL);
}

static inline int sozu_history_setsize(History *history_, int size) { HistEvent event; return history(history_, &event, H_SETSIZE, size); }
static inline int sozu_history_setunique(History *history_, int unique) { HistEvent event; return history(history_, &event, H_SETUNIQUE, unique); }
static inline int sozu_history_enter(History *history_, const char *line) { HistEvent event; return history(history_, &event, H_ENTER, line); }
static inline int sozu_history_load(History *history_, const char *path) { HistEvent event; return history(history_, &event, H_LOAD, path); }
static inline int sozu_history_save_fp(History *history_, FILE *file) { HistEvent event; return history(history_, &event, H_SAVE_FP, file); }

#endif
