/* stripper._text: the one definition of a word and a sentence end (stripper/segment.py documents
 * them), and the page pass's line statistics (stripper/page.py), in one pass over a text.
 *
 * The data is Python's: segment.py builds the table of character classes from the Unicode
 * database and its script ranges, terminals and closers, and hands it to init(); page.py hands
 * the stoplists and its character sets to StatTables(). This module only walks text with them.
 *
 * - tokens(text), word_counts(text), word_count(text), line_words(text, max_chars, short_max),
 *   line_tokens(text), ends_sentence(line, clause), has_dense(text), split_lines(text),
 *   prose_words(text, floor, stop): segment.py's API; body(lines): a page's non-blank lines, their
 *   positions and word counts (page.body); body_index(lines, stripped): only their positions, if
 *   they are the lines `stripped` (page.reindex); removal_runs(text, starts, decisions): the removals'
 *   runs and the kept text (engine.assemble).
 * - StatTables(languages, bullets, commas, code): the stoplists (per language its stopwords and the
 *   most frequent of them, which tell the language) and the characters the page pass counts.
 * - PageStats(text, low, tables): per line of `text` (the non-blank lines of a page, stripped,
 *   joined by newlines; `low` is text.lower() if it has a capital sigma, else None) its tokens, word counts and
 *   character statistics; .features(...) gives the page pass's stage-1 features, .vocabulary() which
 *   lines use which words (Vocabulary.shared(flags): how much of a line's vocabulary flagged lines use).
 * - densest(values), in_runs(flags, run_min): the densest run of values and how many flags are in
 *   long runs (the gate's); stage1(X, linear, trees), trees(X, ...), stage2(s, words, vocabulary,
 *   lead) and scores(X, ...): the page pass's stage-1 logits, its trees' sum, its stage-2 features,
 *   and both stages in one call (page.scores).
 * - Maker(cls, names): builds instances of a slotted class without its __init__ (engine.assemble's
 *   Removals).
 * - DocKinds(thresholds, ...): the document-kind detector's thresholds and characters
 *   (stripper/doctype.py); .scan(text, words=None) gives per line its block kind (table, data list, code,
 *   verse) and whether the text is hard-wrapped as a plain-text document.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------ */
/* Character classes (segment.py: _classes)                                                     */

#define C_WORD 1    /* part of a token: a letter, mark, digit or connector, or any character of an unspaced script */
#define C_MARK 2    /* a combining mark: stays with the token before it */
#define C_DENSE 4   /* a script written without spaces: each character (with its marks) is a token */
#define C_KANA 8    /* Hiragana or Katakana */
#define C_SEA 16    /* Thai, Lao, Khmer, Myanmar */
#define C_TERM 32   /* a sentence terminal */
#define C_CLOSER 64 /* a closing quote or bracket, which may follow a terminal */
#define C_CLAUSE 128 /* a clause end (colon, semicolon), a sentence end with clause=True */

#define NCLASSES 0x20000
static PyObject *classes_obj = NULL; /* bytes, one class per code point below NCLASSES */
static const uint8_t *classes = NULL;
static Py_ssize_t kana_per_word = 2, sea_per_word = 3;

/* Characters past plane 1 are letters of a spaced script. */
#define CLS(ch) ((ch) < NCLASSES ? classes[(ch)] : C_WORD)

static int
ready(void)
{
    if (classes == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "stripper._text.init() was not called (import stripper.segment)");
        return 0;
    }
    return 1;
}

PyDoc_STRVAR(init_doc,
"init(classes, kana_chars_per_word, sea_chars_per_word)\n\n"
"The class of each code point below 0x20000 (bytes; see segment.py) and the word counts of kana\n"
"and of Thai, Lao, Khmer and Myanmar runs.");

static PyObject *
init(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *cls;
    Py_ssize_t kana, sea;
    if (!PyArg_ParseTuple(args, "Snn:init", &cls, &kana, &sea))
        return NULL;
    if (PyBytes_GET_SIZE(cls) != NCLASSES || kana < 1 || sea < 1) {
        PyErr_SetString(PyExc_ValueError, "init: 0x20000 classes and positive run lengths expected");
        return NULL;
    }
    Py_INCREF(cls);
    Py_XSETREF(classes_obj, cls);
    classes = (const uint8_t *)PyBytes_AS_STRING(cls);
    kana_per_word = kana;
    sea_per_word = sea;
    Py_RETURN_NONE;
}

/* The next token of s[*pos:end] (no newline in it): its span [*ts, *te); 0 if there is none.
 * A token is a run of word characters (C_WORD) that no letter of an unspaced script interrupts;
 * a character of an unspaced script is a token with the marks after it. */
#define DEFINE_NEXT_TOKEN(T, SUFFIX)                                                            \
    static inline int next_token_##SUFFIX(const T *s, Py_ssize_t *pos, Py_ssize_t end,          \
                                          Py_ssize_t *ts, Py_ssize_t *te, uint8_t *first)       \
    {                                                                                           \
        Py_ssize_t i = *pos;                                                                    \
        uint8_t c = 0;                                                                          \
        while (i < end && !((c = CLS(s[i])) & C_WORD))                                          \
            i++;                                                                                \
        if (i >= end) {                                                                         \
            *pos = end;                                                                         \
            return 0;                                                                           \
        }                                                                                       \
        *ts = i;                                                                                \
        *first = c;                                                                             \
        i++;                                                                                    \
        if (c & C_DENSE) {                                                                      \
            while (i < end && (CLS(s[i]) & C_MARK))                                             \
                i++;                                                                            \
        }                                                                                       \
        else {                                                                                  \
            while (i < end) {                                                                   \
                uint8_t d = CLS(s[i]);                                                          \
                if (!(d & C_WORD) || ((d & (C_DENSE | C_MARK)) == C_DENSE))                     \
                    break;                                                                      \
                i++;                                                                            \
            }                                                                                   \
        }                                                                                       \
        *te = *pos = i;                                                                         \
        return 1;                                                                               \
    }

DEFINE_NEXT_TOKEN(Py_UCS1, 1)
DEFINE_NEXT_TOKEN(Py_UCS2, 2)
DEFINE_NEXT_TOKEN(Py_UCS4, 4)

static inline int
next_token(int kind, const void *data, Py_ssize_t *pos, Py_ssize_t end, Py_ssize_t *ts, Py_ssize_t *te,
           uint8_t *first)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        return next_token_1((const Py_UCS1 *)data, pos, end, ts, te, first);
    case PyUnicode_2BYTE_KIND:
        return next_token_2((const Py_UCS2 *)data, pos, end, ts, te, first);
    default:
        return next_token_4((const Py_UCS4 *)data, pos, end, ts, te, first);
    }
}

/* Words of a line as segment.word_count counts them: a spaced-script token or a Han character is
 * one word; a run of kana tokens one per kana_per_word (rounded up), of Thai, Lao, Khmer or
 * Myanmar tokens one per sea_per_word. Fed token by token (the class of its first character),
 * then closed with words_end. */
typedef struct {
    Py_ssize_t words, run;
    int run_kind; /* 0 none, C_KANA, C_SEA */
} Words;

static inline void
words_close_run(Words *w)
{
    if (w->run_kind == C_KANA)
        w->words += (w->run + kana_per_word - 1) / kana_per_word;
    else if (w->run_kind == C_SEA)
        w->words += (w->run + sea_per_word - 1) / sea_per_word;
    w->run_kind = 0;
    w->run = 0;
}

static inline void
words_add(Words *w, uint8_t first)
{
    int kind = first & C_KANA ? C_KANA : first & C_SEA ? C_SEA : 0;
    if (kind != w->run_kind)
        words_close_run(w);
    if (kind) {
        w->run_kind = kind;
        w->run++;
    }
    else
        w->words++;
}

static inline Py_ssize_t
words_end(Words *w)
{
    words_close_run(w);
    return w->words;
}

/* Tokens and words of s[start:end] (one line). */
static inline void
count_line(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, Py_ssize_t *ntok, Py_ssize_t *nwords)
{
    Words w = {0, 0, 0};
    Py_ssize_t pos = start, ts, te, n = 0;
    uint8_t first;
    while (next_token(kind, data, &pos, end, &ts, &te, &first)) {
        n++;
        words_add(&w, first);
    }
    *ntok = n;
    *nwords = words_end(&w);
}

static inline Py_ssize_t
line_end(int kind, const void *data, Py_ssize_t pos, Py_ssize_t n)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *s = data;
        const Py_UCS1 *nl = memchr(s + pos, '\n', (size_t)(n - pos));
        return nl ? nl - s : n;
    }
    while (pos < n && PyUnicode_READ(kind, data, pos) != '\n')
        pos++;
    return pos;
}

/* Whether s[start:end] ends like a sentence: a terminal (or with `clause` a clause end), then at
 * most closing quotes or brackets, then at most spaces. */
static inline int
ends_line(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, int clause)
{
    Py_ssize_t i = end;
    while (i > start && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i - 1)))
        i--;
    while (i > start && (CLS(PyUnicode_READ(kind, data, i - 1)) & C_CLOSER))
        i--;
    if (i == start)
        return 0;
    uint8_t c = CLS(PyUnicode_READ(kind, data, i - 1));
    return (c & C_TERM) || (clause && (c & C_CLAUSE));
}

/* ------------------------------------------------------------------------------------------ */
/* segment.py's API                                                                            */

PyDoc_STRVAR(tokens_doc, "tokens(text) -> list[str]\n\nThe tokens of `text`, in order (see segment.py).");

static PyObject *
tokens(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:tokens", &text) || !ready())
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t pos = 0, ts, te;
    uint8_t first;
    while (pos < n) {
        Py_ssize_t end = line_end(kind, data, pos, n);
        while (next_token(kind, data, &pos, end, &ts, &te, &first)) {
            PyObject *t = PyUnicode_Substring(text, ts, te);
            if (t == NULL || PyList_Append(out, t) < 0) {
                Py_XDECREF(t);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(t);
        }
        pos = end + 1;
    }
    return out;
}

PyDoc_STRVAR(line_tokens_doc,
"line_tokens(text) -> list[list[str]]\n\nThe tokens of each line of `text` (split at \"\\n\").");

static PyObject *
line_tokens(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:line_tokens", &text) || !ready())
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t pos = 0, ts, te;
    uint8_t first;
    for (;;) {
        Py_ssize_t end = line_end(kind, data, pos, n);
        PyObject *row = PyList_New(0);
        if (row == NULL || PyList_Append(out, row) < 0) {
            Py_XDECREF(row);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(row);
        while (next_token(kind, data, &pos, end, &ts, &te, &first)) {
            PyObject *t = PyUnicode_Substring(text, ts, te);
            if (t == NULL || PyList_Append(row, t) < 0) {
                Py_XDECREF(t);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(t);
        }
        if (end >= n)
            break;
        pos = end + 1;
    }
    return out;
}

PyDoc_STRVAR(word_count_doc, "word_count(text) -> int\n\nThe words of `text` (the sum over its lines).");

static PyObject *
word_count(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:word_count", &text) || !ready())
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t total = 0, pos = 0, ntok, nw;
    while (pos < n) {
        Py_ssize_t end = line_end(kind, data, pos, n);
        count_line(kind, data, pos, end, &ntok, &nw);
        total += nw;
        pos = end + 1;
    }
    return PyLong_FromSsize_t(total);
}

/* -- JSON rows: the top level of one object, for splicing new values into a row as written ------ */

static Py_ssize_t
json_ws(const unsigned char *s, Py_ssize_t i, Py_ssize_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* The index just past the string that opens at s[i] == '"', or -1 if it does not close. */
static Py_ssize_t
json_string_end(const unsigned char *s, Py_ssize_t i, Py_ssize_t n)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

/* The index just past the value that starts at s[i], or -1. A string or a nested object or array is
   read to its end (strings inside skipped whole, so that brackets in them do not count); anything
   else (a number, true, false, null, and the stdlib's NaN and Infinity) runs to the next separator. */
static Py_ssize_t
json_value_end(const unsigned char *s, Py_ssize_t i, Py_ssize_t n)
{
    if (i >= n)
        return -1;
    if (s[i] == '"')
        return json_string_end(s, i, n);
    if (s[i] == '{' || s[i] == '[') {
        Py_ssize_t depth = 0;
        while (i < n) {
            unsigned char c = s[i];
            if (c == '"') {
                i = json_string_end(s, i, n);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c == '{' || c == '[')
                depth++;
            else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            i++;
        }
        return -1;
    }
    Py_ssize_t start = i;
    while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n'
           && s[i] != '\r' && s[i] != '"' && s[i] != '{' && s[i] != '[' && s[i] != ':')
        i++;
    return i > start ? i : -1;
}

PyDoc_STRVAR(json_members_doc,
"json_members(line) -> ([(key, start, end), ...], close) or None\n\n"
"The top level of the JSON object `line` (bytes, a row that a JSON parser has read): each member's\n"
"key as written between its quotes (escapes not decoded) and its value's byte span, in order, and\n"
"the index of the closing brace. None when `line` is not one object with nothing but white space\n"
"after it. Strings are skipped whole (a backslash escapes the next byte), never decoded.");

static PyObject *
json_members(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer buf;
    if (!PyArg_ParseTuple(args, "y*:json_members", &buf))
        return NULL;
    const unsigned char *s = (const unsigned char *)buf.buf;
    const Py_ssize_t n = buf.len;
    PyObject *members = PyList_New(0);
    PyObject *result = NULL;
    Py_ssize_t i, close;
    if (members == NULL)
        goto done;
    i = json_ws(s, 0, n);
    if (i >= n || s[i] != '{')
        goto none;
    i = json_ws(s, i + 1, n);
    if (i < n && s[i] == '}') {
        close = i;
    } else {
        for (;;) {
            if (i >= n || s[i] != '"')
                goto none;
            Py_ssize_t kend = json_string_end(s, i, n);
            if (kend < 0)
                goto none;
            Py_ssize_t k = json_ws(s, kend, n);
            if (k >= n || s[k] != ':')
                goto none;
            Py_ssize_t vstart = json_ws(s, k + 1, n);
            Py_ssize_t vend = json_value_end(s, vstart, n);
            if (vend < 0)
                goto none;
            PyObject *m = Py_BuildValue("(y#nn)", (const char *)s + i + 1, kend - i - 2, vstart, vend);
            if (m == NULL || PyList_Append(members, m) < 0) {
                Py_XDECREF(m);
                goto done;
            }
            Py_DECREF(m);
            i = json_ws(s, vend, n);
            if (i < n && s[i] == ',') {
                i = json_ws(s, i + 1, n);
                continue;
            }
            if (i >= n || s[i] != '}')
                goto none;
            close = i;
            break;
        }
    }
    if (json_ws(s, close + 1, n) != n)
        goto none;
    result = Py_BuildValue("(On)", members, close);
    goto done;
none:
    result = Py_NewRef(Py_None);
done:
    Py_XDECREF(members);
    PyBuffer_Release(&buf);
    return result;
}

PyDoc_STRVAR(utf8_length_doc, "utf8_length(text) -> int\n\n"
"len(text.encode(\"utf-8\", \"surrogatepass\")), counted without encoding (a lone surrogate is 3 bytes).");

static PyObject *
utf8_length(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:utf8_length", &text))
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t total = n;
    if (PyUnicode_IS_ASCII(text))
        return PyLong_FromSsize_t(total);
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *d = (const Py_UCS1 *)data;
        for (Py_ssize_t i = 0; i < n; i++)
            total += d[i] >> 7;
    } else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = (const Py_UCS2 *)data;
        for (Py_ssize_t i = 0; i < n; i++)
            total += (d[i] >= 0x80) + (d[i] >= 0x800);
    } else {
        const Py_UCS4 *d = (const Py_UCS4 *)data;
        for (Py_ssize_t i = 0; i < n; i++)
            total += (d[i] >= 0x80) + (d[i] >= 0x800) + (d[i] >= 0x10000);
    }
    return PyLong_FromSsize_t(total);
}

PyDoc_STRVAR(line_words_doc,
"line_words(text, max_chars, short_max) -> (words, short, flags)\n\n"
"For each line of `text` (split at \"\\n\"): words[i] = its word count, or max_chars if the line\n"
"is longer than max_chars characters; short = the indices of the lines that are not blank (all\n"
"spaces) with words[i] <= short_max (a line of symbols has no words); flags = bytes, 1 at those\n"
"indices, else 0.");

static PyObject *
line_words(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    Py_ssize_t max_chars, short_max;
    if (!PyArg_ParseTuple(args, "Unn:line_words", &text, &max_chars, &short_max) || !ready())
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *wl = PyList_New(0), *sl = PyList_New(0), *flags = NULL, *result = NULL;
    char *fl = NULL;
    Py_ssize_t cap = 0, nlines = 0, pos = 0, ntok, nw;
    if (wl == NULL || sl == NULL)
        goto done;
    for (;;) {
        Py_ssize_t end = line_end(kind, data, pos, n);
        int blank = 1;
        if (end - pos > max_chars)
            nw = max_chars;
        else {
            count_line(kind, data, pos, end, &ntok, &nw);
            for (Py_ssize_t i = pos; i < end && blank; i++)
                blank = Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i));
        }
        PyObject *w = PyLong_FromSsize_t(nw);
        if (w == NULL || PyList_Append(wl, w) < 0) {
            Py_XDECREF(w);
            goto done;
        }
        Py_DECREF(w);
        if (nlines >= cap) {
            cap = 2 * cap + 64;
            char *grown = PyMem_Realloc(fl, (size_t)cap);
            if (grown == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            fl = grown;
        }
        int is_short = !blank && nw <= short_max;
        fl[nlines] = (char)is_short;
        if (is_short) {
            PyObject *idx = PyLong_FromSsize_t(nlines);
            if (idx == NULL || PyList_Append(sl, idx) < 0) {
                Py_XDECREF(idx);
                goto done;
            }
            Py_DECREF(idx);
        }
        nlines++;
        if (end >= n)
            break;
        pos = end + 1;
    }
    flags = PyBytes_FromStringAndSize(fl, nlines);
    if (flags != NULL)
        result = PyTuple_Pack(3, wl, sl, flags);
done:
    PyMem_Free(fl);
    Py_XDECREF(wl);
    Py_XDECREF(sl);
    Py_XDECREF(flags);
    return result;
}

PyDoc_STRVAR(word_counts_doc,
"word_counts(text) -> list[int]\n\nThe word count of each line of `text` (split at \"\\n\").");

static PyObject *
word_counts(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:word_counts", &text) || !ready())
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t pos = 0, ntok, nw;
    for (;;) {
        Py_ssize_t end = line_end(kind, data, pos, n);
        count_line(kind, data, pos, end, &ntok, &nw);
        PyObject *w = PyLong_FromSsize_t(nw);
        if (w == NULL || PyList_Append(out, w) < 0) {
            Py_XDECREF(w);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(w);
        if (end >= n)
            break;
        pos = end + 1;
    }
    return out;
}

/* Narrow [*a, *e) of a line's characters to its stripped part (str.strip's whitespace). */
static inline void
strip_span(int kind, const void *data, Py_ssize_t *a, Py_ssize_t *e)
{
    while (*a < *e && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, *a)))
        (*a)++;
    while (*e > *a && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, *e - 1)))
        (*e)--;
}

PyDoc_STRVAR(body_doc,
"body(lines, counted=None, max_chars=-1) -> (index, stripped, words)\n\n"
"The non-blank ones of `lines` (str without a newline): their positions, the lines stripped as\n"
"str.strip() strips them, and their word counts (word_count of each). `counted`: the lines' word\n"
"counts as line_words(text, max_chars, ...) gave them, taken for the lines of at most max_chars\n"
"characters (a line's spaces at its ends hold no word).");

static PyObject *
body(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *lines, *counted = Py_None;
    Py_ssize_t max_chars = -1;
    if (!PyArg_ParseTuple(args, "O!|On:body", &PyList_Type, &lines, &counted, &max_chars) || !ready())
        return NULL;
    if (counted == Py_None)
        counted = NULL;
    else if (!PyList_Check(counted) || PyList_GET_SIZE(counted) != PyList_GET_SIZE(lines)) {
        PyErr_SetString(PyExc_ValueError, "body: counted must be a list of one word count per line");
        return NULL;
    }
    PyObject *index = PyList_New(0), *stripped = PyList_New(0), *words = PyList_New(0), *result = NULL;
    if (index == NULL || stripped == NULL || words == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(lines); i++) {
        PyObject *line = PyList_GET_ITEM(lines, i);
        if (!PyUnicode_Check(line)) {
            PyErr_SetString(PyExc_TypeError, "body: lines must be str");
            goto done;
        }
        const int kind = PyUnicode_KIND(line);
        const void *data = PyUnicode_DATA(line);
        Py_ssize_t a = 0, e = PyUnicode_GET_LENGTH(line), ntok, nw;
        strip_span(kind, data, &a, &e);
        if (a == e)
            continue;
        PyObject *w;
        if (counted != NULL && PyUnicode_GET_LENGTH(line) <= max_chars)
            w = Py_NewRef(PyList_GET_ITEM(counted, i));
        else {
            count_line(kind, data, a, e, &ntok, &nw);
            w = PyLong_FromSsize_t(nw);
        }
        PyObject *at = PyLong_FromSsize_t(i), *sub = PyUnicode_Substring(line, a, e);
        int bad = at == NULL || w == NULL || sub == NULL || PyList_Append(index, at) < 0
                  || PyList_Append(stripped, sub) < 0 || PyList_Append(words, w) < 0;
        Py_XDECREF(at);
        Py_XDECREF(w);
        Py_XDECREF(sub);
        if (bad)
            goto done;
    }
    result = PyTuple_Pack(3, index, stripped, words);
done:
    Py_XDECREF(index);
    Py_XDECREF(stripped);
    Py_XDECREF(words);
    return result;
}

PyDoc_STRVAR(body_index_doc,
"body_index(lines, stripped) -> index or None\n\n"
"The positions of the non-blank ones of `lines` if, stripped, they are `stripped` (in order), else\n"
"None: body(lines)[0] when body(lines)[1] == stripped, without counting words or making strings.");

static PyObject *
body_index(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *lines, *stripped;
    if (!PyArg_ParseTuple(args, "O!O!:body_index", &PyList_Type, &lines, &PyList_Type, &stripped))
        return NULL;
    const Py_ssize_t ns = PyList_GET_SIZE(stripped);
    PyObject *index = PyList_New(ns);
    if (index == NULL)
        return NULL;
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(lines); i++) {
        PyObject *line = PyList_GET_ITEM(lines, i);
        if (!PyUnicode_Check(line)) {
            PyErr_SetString(PyExc_TypeError, "body_index: lines must be str");
            goto fail;
        }
        const int kind = PyUnicode_KIND(line);
        const void *data = PyUnicode_DATA(line);
        Py_ssize_t a = 0, e = PyUnicode_GET_LENGTH(line);
        strip_span(kind, data, &a, &e);
        if (a == e)
            continue;
        if (j == ns)
            goto differ;
        PyObject *want = PyList_GET_ITEM(stripped, j);
        if (!PyUnicode_Check(want) || PyUnicode_GET_LENGTH(want) != e - a)
            goto differ;
        const int wk = PyUnicode_KIND(want);
        const void *wd = PyUnicode_DATA(want);
        for (Py_ssize_t k = 0; k < e - a; k++)
            if (PyUnicode_READ(kind, data, a + k) != PyUnicode_READ(wk, wd, k))
                goto differ;
        PyObject *at = PyLong_FromSsize_t(i);
        if (at == NULL)
            goto fail;
        PyList_SET_ITEM(index, j++, at);
    }
    if (j == ns)
        return index;
differ:
    Py_DECREF(index);
    Py_RETURN_NONE;
fail:
    Py_DECREF(index);
    return NULL;
}

PyDoc_STRVAR(split_lines_doc,
"split_lines(text) -> (lines, starts)\n\n"
"The lines of `text` (split at \"\\n\", without it) and the offset where each starts.");

static PyObject *
split_lines(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:split_lines", &text))
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *lines = PyList_New(0), *starts = PyList_New(0), *result = NULL;
    if (lines == NULL || starts == NULL)
        goto done;
    for (Py_ssize_t pos = 0;;) {
        Py_ssize_t end = line_end(kind, data, pos, n);
        PyObject *line = PyUnicode_Substring(text, pos, end), *at = PyLong_FromSsize_t(pos);
        int bad = line == NULL || at == NULL || PyList_Append(lines, line) < 0 || PyList_Append(starts, at) < 0;
        Py_XDECREF(line);
        Py_XDECREF(at);
        if (bad)
            goto done;
        if (end >= n)
            break;
        pos = end + 1;
    }
    result = PyTuple_Pack(2, lines, starts);
done:
    Py_XDECREF(lines);
    Py_XDECREF(starts);
    return result;
}

/* Whether text[pos:end] holds a character that is not whitespace (str.strip() would keep it). */
static inline int
has_ink(int kind, const void *data, Py_ssize_t pos, Py_ssize_t end)
{
    for (Py_ssize_t i = pos; i < end; i++)
        if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            return 1;
    return 0;
}

/* Append (start, end, decision) to runs; -1 on an error. */
static int
add_run(PyObject *runs, Py_ssize_t start, Py_ssize_t end, PyObject *decision)
{
    PyObject *t = Py_BuildValue("(nnO)", start, end, decision);
    int rc = t == NULL ? -1 : PyList_Append(runs, t);
    Py_XDECREF(t);
    return rc;
}

/* The runs of lines first..stop-1 (all of which go; `group`, of ng lines, are its non-blank ones):
 * a blank line goes with the removed line before it (the one after it, at the run's start), so a
 * new run starts exactly at a removed line whose decision differs from the one before. */
static int
emit_runs(PyObject *runs, const Py_ssize_t *at, Py_ssize_t n, Py_ssize_t text_len, Py_ssize_t first,
          Py_ssize_t stop, const Py_ssize_t *group, Py_ssize_t ng, PyObject *const *dec)
{
    Py_ssize_t run_start = first;
    PyObject *run_dec = dec[group[0]];
    for (Py_ssize_t k = 0; k < ng; k++) {
        PyObject *d = dec[group[k]];
        if (d != run_dec) {
            int ne = PyObject_RichCompareBool(d, run_dec, Py_NE);
            if (ne < 0)
                return -1;
            if (ne) {
                if (add_run(runs, at[run_start], at[group[k]], run_dec) < 0)
                    return -1;
                run_start = group[k];
                run_dec = d;
            }
        }
    }
    return add_run(runs, at[run_start], stop < n ? at[stop] : text_len, run_dec);
}

PyDoc_STRVAR(removal_runs_doc,
"removal_runs(text, starts, decisions) -> (runs, kept) or None\n\n"
"The removed spans of `text` whose lines start at `starts` and go by `decisions` (one per line,\n"
"None to keep it): runs of lines with the same decision, (start, end, decision), and the kept text;\n"
"None if no non-blank line goes. Blank lines go with a block so that no pile of them is left where\n"
"it was: in a gap between two kept lines that lost something, the first run of blank lines stays\n"
"and the others go; before the first and after the last kept line, they all go.");

static PyObject *
removal_runs(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *starts_obj, *dec_obj;
    if (!PyArg_ParseTuple(args, "UO!O!:removal_runs", &text, &PyList_Type, &starts_obj, &PyList_Type, &dec_obj))
        return NULL;
    const Py_ssize_t n = PyList_GET_SIZE(starts_obj), text_len = PyUnicode_GET_LENGTH(text);
    if (PyList_GET_SIZE(dec_obj) != n || n == 0) {
        PyErr_SetString(PyExc_ValueError, "removal_runs: one decision per line");
        return NULL;
    }
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *const *dec = ((PyListObject *)dec_obj)->ob_item;
    Py_ssize_t *at = PyMem_Malloc(((size_t)n + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *group = PyMem_Malloc(((size_t)n + 1) * sizeof(Py_ssize_t));
    uint8_t *ink = PyMem_Malloc((size_t)n + 1);
    PyObject *runs = NULL, *result = NULL;
    if (at == NULL || group == NULL || ink == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    int any = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        at[i] = PyLong_AsSsize_t(PyList_GET_ITEM(starts_obj, i));
        if (at[i] == -1 && PyErr_Occurred())
            goto done;
        if (at[i] < 0 || at[i] > text_len || (i && at[i] <= at[i - 1])) {
            PyErr_SetString(PyExc_ValueError, "removal_runs: the starts of the lines of text expected");
            goto done;
        }
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t end = i + 1 < n ? at[i + 1] - 1 : text_len;
        ink[i] = has_ink(kind, data, at[i], end);
        any |= ink[i] && dec[i] != Py_None;
    }
    if (!any) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    runs = PyList_New(0);
    if (runs == NULL)
        goto done;
    /* Each gap between kept lines (a, b) that holds removed lines, once. */
    for (Py_ssize_t a = -1; a < n;) {
        Py_ssize_t b = a + 1, ng = 0;
        while (b < n && !(ink[b] && dec[b] == Py_None)) {
            if (ink[b])
                group[ng++] = b;
            b++;
        }
        if (ng) {
            int rc;
            if (a < 0 || b >= n) /* before the first or after the last kept line: all of it goes */
                rc = emit_runs(runs, at, n, text_len, a + 1, b, group, ng, dec);
            else {
                /* The gap's first run of blank lines stays; what is before it and after it goes. */
                Py_ssize_t fb0 = a + 1, fb1, split = 0;
                while (fb0 < b && ink[fb0])
                    fb0++;
                fb1 = fb0;
                while (fb1 < b && !ink[fb1])
                    fb1++;
                while (split < ng && group[split] < fb0)
                    split++;
                rc = 0;
                if (split)
                    rc = emit_runs(runs, at, n, text_len, a + 1, fb0, group, split, dec);
                if (rc == 0 && split < ng)
                    rc = emit_runs(runs, at, n, text_len, fb1, b, group + split, ng - split, dec);
            }
            if (rc < 0)
                goto done;
        }
        a = b;
    }
    {
        /* The kept text: what lies between the runs. */
        const Py_ssize_t nr = PyList_GET_SIZE(runs);
        PyObject *pieces = PyList_New(0), *empty = NULL;
        Py_ssize_t pos = 0;
        int bad = pieces == NULL;
        for (Py_ssize_t k = 0; k <= nr && !bad; k++) {
            Py_ssize_t s = k < nr ? PyLong_AsSsize_t(PyTuple_GET_ITEM(PyList_GET_ITEM(runs, k), 0)) : text_len;
            if (s > pos) {
                PyObject *piece = PyUnicode_Substring(text, pos, s);
                bad = piece == NULL || PyList_Append(pieces, piece) < 0;
                Py_XDECREF(piece);
            }
            if (k < nr)
                pos = PyLong_AsSsize_t(PyTuple_GET_ITEM(PyList_GET_ITEM(runs, k), 1));
        }
        PyObject *kept = NULL;
        if (!bad && (empty = PyUnicode_New(0, 0)) != NULL)
            kept = PyUnicode_Join(empty, pieces);
        Py_XDECREF(empty);
        Py_XDECREF(pieces);
        if (kept != NULL) {
            result = PyTuple_Pack(2, runs, kept);
            Py_DECREF(kept);
        }
    }
done:
    Py_XDECREF(runs);
    PyMem_Free(at);
    PyMem_Free(group);
    PyMem_Free(ink);
    return result;
}

PyDoc_STRVAR(prose_words_doc,
"prose_words(text, floor, stop) -> int\n\n"
"The words of the lines of `text` (split at \"\\n\") that have at least `floor` words, summed\n"
"until the sum reaches `stop` (-1: all of them).");

static PyObject *
prose_words(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    Py_ssize_t floor, stop;
    if (!PyArg_ParseTuple(args, "Unn:prose_words", &text, &floor, &stop) || !ready())
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t total = 0, ntok, nw;
    for (Py_ssize_t pos = 0; pos < n && (stop < 0 || total < stop);) {
        Py_ssize_t end = line_end(kind, data, pos, n);
        /* (a line of fewer than `floor` characters has fewer words: a Han character is one) */
        if (end - pos >= floor) {
            count_line(kind, data, pos, end, &ntok, &nw);
            if (nw >= floor)
                total += nw;
        }
        pos = end + 1;
    }
    return PyLong_FromSsize_t(total);
}

PyDoc_STRVAR(ends_sentence_doc,
"ends_sentence(line, clause) -> bool\n\nWhether `line` ends like a sentence (see segment.py).");

static PyObject *
ends_sentence(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *line;
    int clause;
    if (!PyArg_ParseTuple(args, "Up:ends_sentence", &line, &clause) || !ready())
        return NULL;
    return PyBool_FromLong(ends_line(PyUnicode_KIND(line), PyUnicode_DATA(line), 0, PyUnicode_GET_LENGTH(line), clause));
}

PyDoc_STRVAR(has_dense_doc,
"has_dense(text) -> bool\n\nWhether `text` holds a character of a script written without spaces.");

static PyObject *
has_dense(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:has_dense", &text) || !ready())
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (kind == PyUnicode_1BYTE_KIND)
        Py_RETURN_FALSE;
    for (Py_ssize_t i = 0; i < n; i++)
        if (CLS(PyUnicode_READ(kind, data, i)) & C_DENSE)
            Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

/* ------------------------------------------------------------------------------------------ */
/* StatTables: the stoplists and the characters the page pass counts                            */

typedef struct {
    uint32_t hash;
    int32_t off, len; /* the word's code points in the pool */
} Entry;

/* A set of words: open addressing over `size` slots (a power of two, at least twice n). */
typedef struct {
    Py_ssize_t size, n;
    int32_t *slots; /* entry index + 1, 0 empty */
    Entry *entries;
} WordSet;

typedef struct {
    PyObject_HEAD
    Py_ssize_t nlang, nw;   /* languages; 64-bit words per language mask */
    Py_UCS4 *pool;          /* the words' code points */
    Py_ssize_t pool_len, pool_cap;
    WordSet frequent;       /* the frequent stopwords of every language, which tell the language... */
    uint64_t *masks;        /* ...with, per word, nw words: the languages whose frequent stopwords hold it */
    WordSet *stop;          /* per language, its stopwords */
    uint8_t mark[128];      /* ASCII characters: 1 bullet marker, 2 comma, 4 code, 8 pipe */
    int nwide;              /* the non-ASCII ones, with the same flags */
    Py_UCS4 wide[32];
    uint8_t wide_mark[32];
} StatTables;

#define M_BULLET 1
#define M_COMMA 2
#define M_CODE 4
#define M_PIPE 8

static inline uint32_t
hash_ucs4(const Py_UCS4 *w, Py_ssize_t len)
{
    uint32_t h = 2166136261u;
    for (Py_ssize_t i = 0; i < len; i++) {
        h ^= (uint32_t)w[i];
        h *= 16777619u;
    }
    return h;
}

/* The index of the word w[0:len] in `set`, or -1. */
static inline Py_ssize_t
lookup(const StatTables *t, const WordSet *set, const Py_UCS4 *w, Py_ssize_t len)
{
    if (set->n == 0)
        return -1;
    uint32_t h = hash_ucs4(w, len);
    Py_ssize_t mask = set->size - 1;
    for (Py_ssize_t k = h & mask;; k = (k + 1) & mask) {
        int32_t e = set->slots[k];
        if (e == 0)
            return -1;
        const Entry *en = &set->entries[e - 1];
        if (en->hash == h && en->len == len && memcmp(t->pool + en->off, w, (size_t)len * sizeof(Py_UCS4)) == 0)
            return e - 1;
    }
}

/* lookup() of a str (-2 on an error). */
static Py_ssize_t
lookup_str(const StatTables *t, const WordSet *set, PyObject *word)
{
    Py_UCS4 *w = PyUnicode_AsUCS4Copy(word);
    if (w == NULL)
        return -2;
    Py_ssize_t e = lookup(t, set, w, PyUnicode_GET_LENGTH(word));
    PyMem_Free(w);
    return e;
}

static int
set_alloc(WordSet *set, Py_ssize_t n)
{
    set->size = 16;
    while (set->size < 2 * n + 2)
        set->size *= 2;
    set->n = 0;
    set->slots = PyMem_Calloc((size_t)set->size, sizeof(int32_t));
    set->entries = PyMem_Calloc((size_t)n + 1, sizeof(Entry));
    if (set->slots == NULL || set->entries == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static void
set_free(WordSet *set)
{
    PyMem_Free(set->slots);
    PyMem_Free(set->entries);
}

/* The index of `word` in `set` (of room for it), added if new; -1 on an error. */
static Py_ssize_t
set_add(StatTables *t, WordSet *set, PyObject *word)
{
    if (!PyUnicode_Check(word)) {
        PyErr_SetString(PyExc_TypeError, "StatTables: a stopword must be str");
        return -1;
    }
    const Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    if (t->pool_len + len > t->pool_cap) {
        Py_ssize_t cap = 2 * (t->pool_cap + len) + 1024;
        Py_UCS4 *grown = PyMem_Realloc(t->pool, (size_t)cap * sizeof(Py_UCS4));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        t->pool = grown;
        t->pool_cap = cap;
    }
    Py_UCS4 *w = t->pool + t->pool_len;
    if (PyUnicode_AsUCS4(word, w, len, 0) == NULL)
        return -1;
    Py_ssize_t e = lookup(t, set, w, len);
    if (e >= 0)
        return e;
    e = set->n++;
    set->entries[e].hash = hash_ucs4(w, len);
    set->entries[e].off = (int32_t)t->pool_len;
    set->entries[e].len = (int32_t)len;
    t->pool_len += len;
    Py_ssize_t mask = set->size - 1;
    for (Py_ssize_t k = set->entries[e].hash & mask;; k = (k + 1) & mask) {
        if (set->slots[k] == 0) {
            set->slots[k] = (int32_t)(e + 1);
            break;
        }
    }
    return e;
}

static void
StatTables_dealloc(StatTables *self)
{
    PyMem_Free(self->pool);
    set_free(&self->frequent);
    PyMem_Free(self->masks);
    if (self->stop != NULL)
        for (Py_ssize_t j = 0; j < self->nlang; j++)
            set_free(&self->stop[j]);
    PyMem_Free(self->stop);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
add_marks(StatTables *self, PyObject *chars, uint8_t flag)
{
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(chars); i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(chars, i);
        if (ch < 128) {
            self->mark[ch] |= flag;
            continue;
        }
        int k = 0;
        while (k < self->nwide && self->wide[k] != ch)
            k++;
        if (k == self->nwide) {
            if (k == 32) {
                PyErr_SetString(PyExc_ValueError, "StatTables: at most 32 non-ASCII characters");
                return -1;
            }
            self->wide[k] = ch;
            self->wide_mark[k] = 0;
            self->nwide++;
        }
        self->wide_mark[k] |= flag;
    }
    return 0;
}

static int
StatTables_init(StatTables *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"languages", "bullets", "commas", "code", "pipes", NULL};
    PyObject *langs, *bullets, *commas, *code, *pipes;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OUUUU:StatTables", kwlist, &langs, &bullets, &commas, &code, &pipes))
        return -1;
    if (self->stop != NULL || self->masks != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "StatTables is already built");
        return -1;
    }
    PyObject *seq = PySequence_Tuple(langs);
    if (seq == NULL)
        return -1;
    int rc = -1;
    Py_ssize_t nlang = PyTuple_GET_SIZE(seq), nfrequent = 0;
    for (Py_ssize_t j = 0; j < nlang; j++) {
        PyObject *pair = PyTuple_GET_ITEM(seq, j);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 || !PyList_Check(PyTuple_GET_ITEM(pair, 0))
            || !PyList_Check(PyTuple_GET_ITEM(pair, 1))) {
            PyErr_SetString(PyExc_TypeError, "StatTables: languages are (stopwords, frequent) pairs of lists of str");
            goto done;
        }
        nfrequent += PyList_GET_SIZE(PyTuple_GET_ITEM(pair, 1));
    }
    self->nw = nlang / 64 + 1;
    self->stop = PyMem_Calloc((size_t)nlang + 1, sizeof(WordSet));
    self->masks = PyMem_Calloc(((size_t)nfrequent + 1) * (size_t)self->nw, sizeof(uint64_t));
    if (self->stop == NULL || self->masks == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (set_alloc(&self->frequent, nfrequent) < 0)
        goto done;
    for (Py_ssize_t j = 0; j < nlang; j++) {
        PyObject *pair = PyTuple_GET_ITEM(seq, j);
        PyObject *words = PyTuple_GET_ITEM(pair, 0), *frequent = PyTuple_GET_ITEM(pair, 1);
        self->nlang = j + 1;
        if (set_alloc(&self->stop[j], PyList_GET_SIZE(words)) < 0)
            goto done;
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(words); k++)
            if (set_add(self, &self->stop[j], PyList_GET_ITEM(words, k)) < 0)
                goto done;
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(frequent); k++) {
            Py_ssize_t e = set_add(self, &self->frequent, PyList_GET_ITEM(frequent, k));
            if (e < 0)
                goto done;
            self->masks[e * self->nw + j / 64] |= (uint64_t)1 << (j % 64);
        }
    }
    self->nlang = nlang;
    memset(self->mark, 0, sizeof self->mark);
    self->nwide = 0;
    if (add_marks(self, bullets, M_BULLET) < 0 || add_marks(self, commas, M_COMMA) < 0
        || add_marks(self, code, M_CODE) < 0 || add_marks(self, pipes, M_PIPE) < 0)
        goto done;
    rc = 0;
done:
    Py_DECREF(seq);
    return rc;
}

static inline int
marks_of(const StatTables *t, Py_UCS4 ch)
{
    if (ch < 128)
        return t->mark[ch];
    for (int k = 0; k < t->nwide; k++)
        if (t->wide[k] == ch)
            return t->wide_mark[k];
    return 0;
}

/* The language whose frequent stopwords are most frequent among the words w + tok[2k], of length
 * tok[2k + 1], for k < n (-1: none occurs); ties go to the first. */
static Py_ssize_t
language_of(const StatTables *t, const Py_UCS4 *w, const int32_t *tok, Py_ssize_t n)
{
    Py_ssize_t nlang = t->nlang, nw = t->nw;
    int64_t *score = PyMem_Calloc((size_t)nlang + 1, sizeof(int64_t));
    if (score == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int any = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t e = lookup(t, &t->frequent, w + tok[2 * i], tok[2 * i + 1]);
        if (e < 0)
            continue;
        const uint64_t *m = &t->masks[e * nw];
        for (Py_ssize_t k = 0; k < nw; k++) {
            uint64_t bits = m[k];
            while (bits) {
                int b = __builtin_ctzll(bits);
                score[k * 64 + b]++;
                any = 1;
                bits &= bits - 1;
            }
        }
    }
    Py_ssize_t best = -1;
    if (any) {
        best = 0;
        for (Py_ssize_t j = 1; j < nlang; j++)
            if (score[j] > score[best])
                best = j;
    }
    PyMem_Free(score);
    return best;
}

PyDoc_STRVAR(language_doc,
"language(tokens) -> int\n\nThe index of the language whose frequent stopwords are most frequent\n"
"among `tokens` (str, lowercased); -1 if none occurs. Ties go to the first language.");

static PyObject *
StatTables_language(StatTables *self, PyObject *args)
{
    PyObject *toks;
    if (!PyArg_ParseTuple(args, "O:language", &toks))
        return NULL;
    PyObject *seq = PySequence_Fast(toks, "language: a sequence of str");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq), total = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *w = PySequence_Fast_GET_ITEM(seq, i);
        if (!PyUnicode_Check(w)) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_TypeError, "language: a token must be str");
            return NULL;
        }
        total += PyUnicode_GET_LENGTH(w);
    }
    Py_UCS4 *buf = PyMem_Malloc(((size_t)total + 1) * sizeof(Py_UCS4));
    int32_t *tok = PyMem_Malloc(((size_t)n + 1) * 2 * sizeof(int32_t));
    PyObject *result = NULL;
    if (buf == NULL || tok == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t off = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *w = PySequence_Fast_GET_ITEM(seq, i);
        Py_ssize_t len = PyUnicode_GET_LENGTH(w);
        if (PyUnicode_AsUCS4(w, buf + off, len, 0) == NULL)
            goto done;
        tok[2 * i] = (int32_t)off;
        tok[2 * i + 1] = (int32_t)len;
        off += len;
    }
    Py_ssize_t lang = language_of(self, buf, tok, n);
    if (!PyErr_Occurred())
        result = PyLong_FromSsize_t(lang);
done:
    PyMem_Free(buf);
    PyMem_Free(tok);
    Py_DECREF(seq);
    return result;
}

PyDoc_STRVAR(is_stopword_doc, "is_stopword(word, language) -> bool");

static PyObject *
StatTables_is_stopword(StatTables *self, PyObject *args)
{
    PyObject *w;
    Py_ssize_t lang;
    if (!PyArg_ParseTuple(args, "Un:is_stopword", &w, &lang))
        return NULL;
    if (lang < 0 || lang >= self->nlang)
        Py_RETURN_FALSE;
    Py_ssize_t e = lookup_str(self, &self->stop[lang], w);
    if (e == -2)
        return NULL;
    return PyBool_FromLong(e >= 0);
}

static PyMethodDef StatTables_methods[] = {
    {"language", (PyCFunction)StatTables_language, METH_VARARGS, language_doc},
    {"is_stopword", (PyCFunction)StatTables_is_stopword, METH_VARARGS, is_stopword_doc},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject StatTablesType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "stripper._text.StatTables",
    .tp_basicsize = sizeof(StatTables),
    .tp_dealloc = (destructor)StatTables_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "StatTables(languages, bullets, commas, code, pipes): stoplists and the page pass's characters.",
    .tp_methods = StatTables_methods,
    .tp_init = (initproc)StatTables_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------------------------------ */
/* PageStats: a page's line statistics                                                          */

/* Per line, in this order. */
enum { S_NTOK, S_WORDS, S_CHARS, S_PIPES, S_CODE, S_COMMAS, S_CAPS, S_DIGITS, S_BULLET, S_ENDS, S_DUP, S_COLON, NSTAT };

typedef struct {
    PyObject_HEAD
    StatTables *tables;
    Py_ssize_t m;       /* lines */
    int32_t *stat;      /* m * NSTAT */
    Py_ssize_t ntokens;
    int32_t *tok;       /* per token in order, where it starts in lu and its length */
    Py_UCS4 *lu;        /* the lines lowercased: owned, or root's */
    PyObject *root;     /* the PageStats this one is a subset of (NULL: none) */
    int32_t *group;     /* per line, a label shared by equal lines (below ngroups) */
    Py_ssize_t ngroups;
} PageStats;

static void
PageStats_dealloc(PageStats *self)
{
    PyMem_Free(self->stat);
    PyMem_Free(self->tok);
    if (self->root == NULL)
        PyMem_Free(self->lu);
    Py_XDECREF(self->root);
    PyMem_Free(self->group);
    Py_XDECREF(self->tables);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static inline int
is_ascii_word(Py_UCS4 ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_';
}

/* "1." or "12)" or "123." then a space: a numbered item. */
static inline int
numbered(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t k = 0;
    while (start + k < end && k < 4 && Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, start + k)))
        k++;
    if (k == 0 || k > 3 || start + k + 1 >= end)
        return 0;
    Py_UCS4 c = PyUnicode_READ(kind, data, start + k);
    return (c == '.' || c == ')') && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start + k + 1));
}

/* `text` lowercased as str.lower() does it, one character at a time: each character's simple
 * lowercase, but U+0130 (two characters, "i\u0307"); the caller gives str.lower()'s own result for a
 * text with a capital sigma (final or not by its neighbours). */
static Py_UCS4 *
lowered(const Py_UCS4 *u, Py_ssize_t n, Py_ssize_t *len)
{
    Py_UCS4 *out = PyMem_Malloc(((size_t)n * 2 + 1) * sizeof(Py_UCS4));
    if (out == NULL)
        return NULL;
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = u[i];
        if (ch < 128)
            out[k++] = ch >= 'A' && ch <= 'Z' ? ch | 32 : ch;
        else if (ch == 0x130) {
            out[k++] = 'i';
            out[k++] = 0x307;
        }
        else
            out[k++] = Py_UNICODE_TOLOWER(ch);
    }
    *len = k;
    return out;
}

static int
PageStats_init(PageStats *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"text", "low", "tables", NULL};
    PyObject *text, *low;
    StatTables *tables;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "UOO!:PageStats", kwlist, &text, &low, &StatTablesType, &tables))
        return -1;
    if (!ready())
        return -1;
    if (self->stat != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "PageStats is already built");
        return -1;
    }
    if (low != Py_None && !PyUnicode_Check(low)) {
        PyErr_SetString(PyExc_TypeError, "PageStats: low must be a str or None");
        return -1;
    }
    Py_INCREF(tables);
    self->tables = tables;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t ln = 0;
    Py_UCS4 *u = PyUnicode_AsUCS4Copy(text), *lu = NULL;
    Py_ssize_t *starts = NULL;
    int32_t *slots = NULL;
    uint32_t *hashes = NULL;
    int rc = -1;
    if (u == NULL)
        return -1;
    if (low == Py_None)
        lu = lowered(u, n, &ln);
    else {
        lu = PyUnicode_AsUCS4Copy(low);
        ln = PyUnicode_GET_LENGTH(low);
    }
    if (lu == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t m = n ? 1 : 0, lm = ln ? 1 : 0;
    for (Py_ssize_t i = 0; i < n; i++)
        m += u[i] == '\n';
    for (Py_ssize_t i = 0; i < ln; i++)
        lm += lu[i] == '\n';
    if (lm != m) {
        PyErr_SetString(PyExc_ValueError, "PageStats: low must have the lines of text");
        goto done;
    }
    self->m = m;
    self->stat = PyMem_Calloc((size_t)m * NSTAT + 1, sizeof(int32_t));
    self->group = PyMem_Malloc(((size_t)m + 1) * sizeof(int32_t));
    self->ngroups = m;
    Py_ssize_t cap = ln / 2 + 16;
    self->tok = PyMem_Malloc((size_t)cap * 2 * sizeof(int32_t));
    starts = PyMem_Malloc(((size_t)m + 1) * sizeof(Py_ssize_t));
    if (self->stat == NULL || self->tok == NULL || self->group == NULL || starts == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* Tokens of the lowercased lines: where they are, how many, how many words. */
    Py_ssize_t pos = 0, nt = 0;
    for (Py_ssize_t li = 0; li < m; li++) {
        Py_ssize_t end = pos, ts, te, ntok = 0;
        while (end < ln && lu[end] != '\n')
            end++;
        Words w = {0, 0, 0};
        uint8_t first;
        while (next_token_4(lu, &pos, end, &ts, &te, &first)) {
            if (nt >= cap) {
                cap = 2 * cap;
                int32_t *grown = PyMem_Realloc(self->tok, (size_t)cap * 2 * sizeof(int32_t));
                if (grown == NULL) {
                    PyErr_NoMemory();
                    goto done;
                }
                self->tok = grown;
            }
            self->tok[2 * nt] = (int32_t)ts;
            self->tok[2 * nt + 1] = (int32_t)(te - ts);
            nt++;
            ntok++;
            words_add(&w, first);
        }
        self->stat[li * NSTAT + S_NTOK] = (int32_t)ntok;
        self->stat[li * NSTAT + S_WORDS] = (int32_t)words_end(&w);
        pos = end + 1;
    }
    self->ntokens = nt;
    /* Characters of the lines as they are. */
    pos = 0;
    for (Py_ssize_t li = 0; li < m; li++) {
        Py_ssize_t end = pos;
        while (end < n && u[end] != '\n')
            end++;
        int32_t *st = &self->stat[li * NSTAT];
        starts[li] = pos;
        st[S_CHARS] = (int32_t)(end - pos);
        int after_gap = 1; /* after the line's start or an ASCII character that is no word character */
        for (Py_ssize_t i = pos; i < end; i++) {
            Py_UCS4 ch = u[i];
            if (ch < 128) {
                int mk = tables->mark[ch];
                if (mk) {
                    st[S_PIPES] += (mk & M_PIPE) != 0;
                    st[S_CODE] += (mk & M_CODE) != 0;
                    st[S_COMMAS] += (mk & M_COMMA) != 0;
                }
                if (after_gap) {
                    st[S_CAPS] += ch >= 'A' && ch <= 'Z';
                    st[S_DIGITS] += ch >= '0' && ch <= '9';
                }
                after_gap = !is_ascii_word(ch);
            }
            else {
                st[S_COMMAS] += (marks_of(tables, ch) & M_COMMA) != 0;
                after_gap = 0;
            }
        }
        if (end > pos) {
            Py_UCS4 c0 = u[pos];
            if (c0 < 128 && (tables->mark[c0] & M_BULLET) == 0 && c0 >= '0' && c0 <= '9')
                st[S_BULLET] = numbered(PyUnicode_4BYTE_KIND, u, pos, end);
            else if (marks_of(tables, c0) & M_BULLET)
                st[S_BULLET] = end - pos == 1 || Py_UNICODE_ISSPACE(u[pos + 1]);
            st[S_ENDS] = ends_line(PyUnicode_4BYTE_KIND, u, pos, end, 0);
            st[S_COLON] = u[end - 1] == ':' || u[end - 1] == 0xFF1A; /* leads in what follows */
        }
        pos = end + 1;
    }
    starts[m] = n + 1;
    /* Lines that occur more than once. */
    Py_ssize_t size = 16;
    while (size < 2 * m)
        size *= 2;
    slots = PyMem_Malloc((size_t)size * sizeof(int32_t));
    hashes = PyMem_Malloc(((size_t)m + 1) * sizeof(uint32_t));
    if (slots == NULL || hashes == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    memset(slots, 0xff, (size_t)size * sizeof(int32_t));
    for (Py_ssize_t li = 0; li < m; li++) {
        Py_ssize_t s = starts[li], len = starts[li + 1] - 1 - s;
        uint32_t h = hash_ucs4(u + s, len);
        hashes[li] = h;
        self->group[li] = (int32_t)li;
        for (Py_ssize_t k = h & (size - 1);; k = (k + 1) & (size - 1)) {
            int32_t o = slots[k];
            if (o < 0) {
                slots[k] = (int32_t)li;
                break;
            }
            Py_ssize_t os = starts[o], olen = starts[o + 1] - 1 - os;
            if (hashes[o] == h && olen == len && memcmp(u + os, u + s, (size_t)len * sizeof(Py_UCS4)) == 0) {
                self->group[li] = o;
                self->stat[o * NSTAT + S_DUP] = 1;
                self->stat[li * NSTAT + S_DUP] = 1;
                break;
            }
        }
    }
    rc = 0;
    self->lu = lu;
    lu = NULL;
done:
    PyMem_Free(u);
    PyMem_Free(lu);
    PyMem_Free(starts);
    PyMem_Free(slots);
    PyMem_Free(hashes);
    return rc;
}

static PyObject *
PageStats_get_words(PageStats *self, void *Py_UNUSED(closure))
{
    PyObject *out = PyList_New(self->m);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->m; i++) {
        PyObject *w = PyLong_FromLong(self->stat[i * NSTAT + S_WORDS]);
        if (w == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, w);
    }
    return out;
}

static PyObject *
PageStats_get_stats(PageStats *self, void *Py_UNUSED(closure))
{
    return PyBytes_FromStringAndSize((const char *)self->stat, (Py_ssize_t)(self->m * NSTAT * sizeof(int32_t)));
}

static PyObject *
PageStats_get_tokens(PageStats *self, void *Py_UNUSED(closure))
{
    PyObject *out = PyList_New(self->ntokens);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->ntokens; i++) {
        PyObject *t = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, self->lu + self->tok[2 * i], self->tok[2 * i + 1]);
        if (t == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, t);
    }
    return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Vocabulary: which lines of a page use which words (page.py's _Vocabulary documents it)       */

typedef struct {
    PyObject_HEAD
    Py_ssize_t m;       /* lines */
    Py_ssize_t npairs;  /* (line, word) pairs, each once, by line then by word (first use on the page) */
    Py_ssize_t nwords;
    int32_t *line, *word;
    double *idf;        /* per pair: log(m / lines using its word) */
    double *total;      /* per line: the sum of its pairs' idf, in pair order */
} Vocabulary;

static void
Vocabulary_dealloc(Vocabulary *self)
{
    PyMem_Free(self->line);
    PyMem_Free(self->word);
    PyMem_Free(self->idf);
    PyMem_Free(self->total);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
cmp_int32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

PyDoc_STRVAR(Vocabulary_shared_doc,
"shared(flags) -> bytes\n\nPer line (float64 bytes), the share by rarity (the sum of idf) of its words\n"
"that a flagged line other than itself uses; 0.0 for a line without words. `flags`: one byte (0/1)\n"
"per line.");

/* Per line (got[0:m]), the share by rarity of its words that a line flagged in f (one byte a line)
 * other than itself uses. -1 when out of memory (the exception set). */
static int
vocab_shared(const Vocabulary *self, const uint8_t *f, double *got)
{
    const Py_ssize_t m = self->m;
    int32_t *used = PyMem_Calloc((size_t)self->nwords + 1, sizeof(int32_t));
    if (used == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t p = 0; p < self->npairs; p++)
        used[self->word[p]] += f[self->line[p]] != 0;
    for (Py_ssize_t i = 0; i < m; i++)
        got[i] = 0.0;
    for (Py_ssize_t p = 0; p < self->npairs; p++) {
        int32_t li = self->line[p];
        if (used[self->word[p]] - (f[li] != 0) > 0)
            got[li] += self->idf[p];
    }
    for (Py_ssize_t i = 0; i < m; i++)
        got[i] = self->total[i] > 0 ? got[i] / self->total[i] : 0.0;
    PyMem_Free(used);
    return 0;
}

static PyObject *
Vocabulary_shared(Vocabulary *self, PyObject *args)
{
    Py_buffer fb;
    if (!PyArg_ParseTuple(args, "y*:shared", &fb))
        return NULL;
    if (fb.len != self->m) {
        PyBuffer_Release(&fb);
        PyErr_SetString(PyExc_ValueError, "shared: one flag per line");
        return NULL;
    }
    PyObject *out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(self->m * sizeof(double)));
    if (out != NULL && vocab_shared(self, fb.buf, (double *)PyBytes_AS_STRING(out)) < 0)
        Py_CLEAR(out);
    PyBuffer_Release(&fb);
    return out;
}

static PyMethodDef Vocabulary_methods[] = {
    {"shared", (PyCFunction)Vocabulary_shared, METH_VARARGS, Vocabulary_shared_doc},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject VocabularyType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "stripper._text.Vocabulary",
    .tp_basicsize = sizeof(Vocabulary),
    .tp_dealloc = (destructor)Vocabulary_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A page's vocabulary: which lines use which words (PageStats.vocabulary()).",
    .tp_methods = Vocabulary_methods,
};

PyDoc_STRVAR(vocabulary_doc,
"vocabulary() -> Vocabulary\n\nWhich lines use which of the page's words (its tokens, lowercased), each\n"
"(line, word) once, and each word's rarity on the page, log(lines / lines using it).");

static PyObject *
PageStats_vocabulary(PageStats *self, PyObject *Py_UNUSED(ignored))
{
    const Py_ssize_t m = self->m, nt = self->ntokens;
    Vocabulary *v = PyObject_New(Vocabulary, &VocabularyType);
    if (v == NULL)
        return NULL;
    v->m = m;
    v->npairs = v->nwords = 0;
    v->line = PyMem_Malloc(((size_t)nt + 1) * sizeof(int32_t));
    v->word = PyMem_Malloc(((size_t)nt + 1) * sizeof(int32_t));
    v->idf = PyMem_Malloc(((size_t)nt + 1) * sizeof(double));
    v->total = PyMem_Malloc(((size_t)m + 1) * sizeof(double));
    Py_ssize_t size = 16;
    while (size < 2 * nt)
        size *= 2;
    int32_t *slots = PyMem_Malloc((size_t)size * sizeof(int32_t));
    int32_t *first = PyMem_Malloc(((size_t)nt + 1) * sizeof(int32_t)); /* per word, its first token */
    uint32_t *hashes = PyMem_Malloc(((size_t)nt + 1) * sizeof(uint32_t));
    int32_t *df = PyMem_Calloc((size_t)nt + 1, sizeof(int32_t));
    int32_t *seen = PyMem_Malloc(((size_t)nt + 1) * sizeof(int32_t)); /* per word, the last line using it */
    int32_t *news = PyMem_Malloc(((size_t)nt + 1) * sizeof(int32_t)); /* a line's words new to the page */
    if (v->line == NULL || v->word == NULL || v->idf == NULL || v->total == NULL || slots == NULL || first == NULL
        || hashes == NULL || df == NULL || seen == NULL || news == NULL) {
        PyMem_Free(seen);
        PyMem_Free(news);
        PyMem_Free(slots);
        PyMem_Free(first);
        PyMem_Free(hashes);
        PyMem_Free(df);
        Py_DECREF(v);
        return PyErr_NoMemory();
    }
    memset(slots, 0xff, (size_t)size * sizeof(int32_t));
    for (Py_ssize_t i = 0; i <= nt; i++)
        seen[i] = -1;
    const Py_UCS4 *lu = self->lu;
    Py_ssize_t t = 0, np_ = 0, nw = 0;
    for (Py_ssize_t li = 0; li < m; li++) {
        const Py_ssize_t ntok = self->stat[li * NSTAT + S_NTOK], start = np_;
        const int32_t fresh = (int32_t)nw; /* the ids of the words first used on this line start here */
        Py_ssize_t nfresh = 0;
        for (Py_ssize_t k = 0; k < ntok; k++, t++) {
            const Py_UCS4 *w = lu + self->tok[2 * t];
            const int32_t len = self->tok[2 * t + 1];
            const uint32_t h = hash_ucs4(w, len);
            int32_t id = -1;
            for (Py_ssize_t s = h & (size - 1);; s = (s + 1) & (size - 1)) {
                int32_t o = slots[s];
                if (o < 0) {
                    slots[s] = (int32_t)nw;
                    first[nw] = (int32_t)t;
                    hashes[nw] = h;
                    id = (int32_t)nw++;
                    break;
                }
                int32_t ft = first[o];
                if (hashes[o] == h && self->tok[2 * ft + 1] == len
                    && memcmp(lu + self->tok[2 * ft], w, (size_t)len * sizeof(Py_UCS4)) == 0) {
                    id = o;
                    break;
                }
            }
            /* Each (line, word) once: `seen` holds the last line that used each word. */
            if (seen[id] == (int32_t)li)
                continue;
            seen[id] = (int32_t)li;
            if (id >= fresh)
                news[nfresh++] = id;
            else
                v->word[np_++] = id;
        }
        /* The line's words in order of first use on the page (numpy.unique's order): those used
         * on an earlier line, sorted (few: an insertion sort, qsort past 16), then those it is the
         * first to use, whose ids it gave in order. */
        Py_ssize_t cnt = np_ - start;
        if (cnt > 1) {
            int32_t *a = v->word + start;
            if (cnt <= 16) {
                for (Py_ssize_t i = 1; i < cnt; i++) {
                    int32_t x = a[i];
                    Py_ssize_t j = i;
                    while (j > 0 && a[j - 1] > x) {
                        a[j] = a[j - 1];
                        j--;
                    }
                    a[j] = x;
                }
            }
            else
                qsort(a, (size_t)cnt, sizeof(int32_t), cmp_int32);
        }
        if (nfresh)
            memcpy(v->word + np_, news, (size_t)nfresh * sizeof(int32_t));
        np_ += nfresh;
        for (Py_ssize_t p = start; p < np_; p++) {
            v->line[p] = (int32_t)li;
            df[v->word[p]]++;
        }
    }
    v->npairs = np_;
    v->nwords = nw;
    for (Py_ssize_t i = 0; i < m; i++)
        v->total[i] = 0.0;
    for (Py_ssize_t p = 0; p < np_; p++) {
        v->idf[p] = log((double)m / (double)df[v->word[p]]);
        v->total[v->line[p]] += v->idf[p];
    }
    PyMem_Free(slots);
    PyMem_Free(first);
    PyMem_Free(hashes);
    PyMem_Free(df);
    PyMem_Free(seen);
    PyMem_Free(news);
    return (PyObject *)v;
}

static PyTypeObject PageStatsType;

PyDoc_STRVAR(subset_doc,
"subset(keep) -> PageStats\n\nThe statistics of the lines flagged in `keep` (a bytes-like of 0/1, one\n"
"per line), as if computed on them alone.");

static PyObject *
PageStats_subset(PageStats *self, PyObject *args)
{
    Py_buffer keep;
    if (!PyArg_ParseTuple(args, "y*:subset", &keep))
        return NULL;
    if (keep.len != self->m) {
        PyBuffer_Release(&keep);
        PyErr_SetString(PyExc_ValueError, "subset: one flag per line");
        return NULL;
    }
    const char *k = keep.buf;
    PageStats *out = (PageStats *)PyType_GenericNew(&PageStatsType, NULL, NULL);
    if (out == NULL) {
        PyBuffer_Release(&keep);
        return NULL;
    }
    Py_INCREF(self->tables);
    out->tables = self->tables;
    out->stat = PyMem_Malloc(((size_t)self->m * NSTAT + 1) * sizeof(int32_t));
    out->tok = PyMem_Malloc(((size_t)self->ntokens + 1) * 2 * sizeof(int32_t));
    out->root = self->root != NULL ? self->root : (PyObject *)self;
    Py_INCREF(out->root);
    out->lu = self->lu;
    out->group = PyMem_Malloc(((size_t)self->m + 1) * sizeof(int32_t));
    int32_t *count = PyMem_Calloc((size_t)self->ngroups + 1, sizeof(int32_t));
    out->ngroups = self->ngroups;
    if (out->stat == NULL || out->tok == NULL || out->group == NULL || count == NULL) {
        PyMem_Free(count);
        PyBuffer_Release(&keep);
        Py_DECREF(out);
        return PyErr_NoMemory();
    }
    Py_ssize_t m = 0, nt = 0, tok = 0;
    for (Py_ssize_t i = 0; i < self->m; i++) {
        Py_ssize_t ntok = self->stat[i * NSTAT + S_NTOK];
        if (k[i]) {
            memcpy(&out->stat[m * NSTAT], &self->stat[i * NSTAT], NSTAT * sizeof(int32_t));
            out->group[m] = self->group[i];
            count[self->group[i]]++;
            memcpy(&out->tok[2 * nt], &self->tok[2 * tok], (size_t)ntok * 2 * sizeof(int32_t));
            m++;
            nt += ntok;
        }
        tok += ntok;
    }
    PyBuffer_Release(&keep);
    for (Py_ssize_t i = 0; i < m; i++)
        out->stat[i * NSTAT + S_DUP] = count[out->group[i]] > 1;
    PyMem_Free(count);
    out->m = m;
    out->ntokens = nt;
    return (PyObject *)out;
}

/* For each position, the length of the run of true flags it is in (0 where false). */
static void
runs(const uint8_t *flag, Py_ssize_t m, int32_t *out)
{
    Py_ssize_t i = 0;
    while (i < m) {
        if (!flag[i]) {
            out[i++] = 0;
            continue;
        }
        Py_ssize_t j = i;
        while (j < m && flag[j])
            j++;
        for (Py_ssize_t k = i; k < j; k++)
            out[k] = (int32_t)(j - i);
        i = j;
    }
}

/* The mean of a[.] over each position's window of `half` positions either side (cut at the ends),
 * as differences of a running sum (the same sums as page.py's numpy code had). */
static void
window_mean(const double *a, Py_ssize_t m, Py_ssize_t half, double *out, double *c)
{
    c[0] = 0.0;
    for (Py_ssize_t i = 0; i < m; i++)
        c[i + 1] = c[i] + a[i];
    for (Py_ssize_t i = 0; i < m; i++) {
        Py_ssize_t lo = i - half > 0 ? i - half : 0, hi = i + half + 1 < m ? i + half + 1 : m;
        out[i] = (c[hi] - c[lo]) / (double)(hi - lo);
    }
}

/* The run of v[0:m] with the largest sum: its sum, and [*s, *e); 0.0 and an empty run if none is
 * positive. The sums are running sums from v[0], as numpy's cumsum makes them (c: m + 1 doubles). */
static double
densest_run(const double *v, Py_ssize_t m, Py_ssize_t *s, Py_ssize_t *e, double *c)
{
    *s = *e = 0;
    if (m <= 0)
        return 0.0;
    c[0] = 0.0;
    for (Py_ssize_t i = 0; i < m; i++)
        c[i + 1] = c[i] + v[i];
    /* gain[i] = c[i + 1] - min(c[0..i]); the first largest gain, and the last j <= i where the
     * minimum is. */
    double low = c[0], best = 0.0;
    Py_ssize_t end = -1;
    for (Py_ssize_t i = 0; i < m; i++) {
        if (c[i] < low)
            low = c[i];
        double gain = c[i + 1] - low;
        if (end < 0 || gain > best) {
            best = gain;
            end = i;
        }
    }
    if (!(best > 0.0))
        return 0.0;
    low = c[0];
    for (Py_ssize_t j = 1; j <= end; j++)
        if (c[j] < low)
            low = c[j];
    Py_ssize_t start = end;
    while (start > 0 && c[start] != low)
        start--;
    *s = start;
    *e = end + 1;
    return best;
}

/* Flags (out[0:m], zeroed here) of the densest regions of score: the best run, then up to most-1
 * more, each the best run in what lies outside those found, while its sum reaches frac of the
 * best and floor. (c: m + 1 doubles.) */
static int
dense_regions(const double *score, Py_ssize_t m, Py_ssize_t most, double frac, double floor, uint8_t *out,
              double *c)
{
    memset(out, 0, (size_t)m);
    Py_ssize_t s, e;
    double best = densest_run(score, m, &s, &e, c);
    if (!(best > 0.0))
        return 0;
    memset(out + s, 1, (size_t)(e - s));
    /* What lies outside the regions found, as spans in the order page.py kept them in a list. */
    Py_ssize_t cap = 2 * (most > 1 ? most : 1) + 2, n = 2;
    Py_ssize_t *span = PyMem_Malloc((size_t)cap * 2 * sizeof(Py_ssize_t));
    if (span == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    span[0] = 0, span[1] = s, span[2] = e, span[3] = m;
    double need = frac * best > floor ? frac * best : floor;
    for (Py_ssize_t round = 0; round < most - 1; round++) {
        Py_ssize_t at = -1, fs = 0, fe = 0;
        double fv = 0.0;
        for (Py_ssize_t k = 0; k < n; k++) {
            Py_ssize_t a = span[2 * k], b = span[2 * k + 1], s2, e2;
            if (b <= a)
                continue;
            double v = densest_run(score + a, b - a, &s2, &e2, c);
            if (v >= need && (at < 0 || v > fv)) {
                at = k, fv = v, fs = a + s2, fe = a + e2;
            }
        }
        if (at < 0)
            break;
        memset(out + fs, 1, (size_t)(fe - fs));
        Py_ssize_t a = span[2 * at], b = span[2 * at + 1];
        memmove(span + 2 * at, span + 2 * at + 2, (size_t)(n - at - 1) * 2 * sizeof(Py_ssize_t));
        n--;
        span[2 * n] = a, span[2 * n + 1] = fs, span[2 * n + 2] = fe, span[2 * n + 3] = b;
        n += 2;
    }
    PyMem_Free(span);
    return 0;
}

/* numpy's pairwise sum of a[0:n] (np.add.reduce on float64; what ndarray.mean divides), so that a
 * mean here is the mean numpy gives. */
static double
pairwise_sum(const double *a, Py_ssize_t n)
{
    if (n < 8) {
        double r = 0.0;
        for (Py_ssize_t i = 0; i < n; i++)
            r += a[i];
        return r;
    }
    if (n <= 128) {
        double r[8];
        for (int k = 0; k < 8; k++)
            r[k] = a[k];
        Py_ssize_t i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int k = 0; k < 8; k++)
                r[k] += a[i + k];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[i];
        return res;
    }
    Py_ssize_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(a, n2) + pairwise_sum(a + n2, n - n2);
}

PyDoc_STRVAR(densest_doc,
"densest(values) -> (sum, start, end)\n\n"
"The run of `values` (a float64 buffer) with the largest sum; (0.0, 0, 0) if none is positive.");

static PyObject *
densest(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer buf;
    if (!PyArg_ParseTuple(args, "y*:densest", &buf))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t m = buf.len / (Py_ssize_t)sizeof(double), s, e;
    double *c = PyMem_Malloc(((size_t)m + 1) * sizeof(double));
    if (c == NULL)
        PyErr_NoMemory();
    else if (buf.len % (Py_ssize_t)sizeof(double))
        PyErr_SetString(PyExc_ValueError, "densest: a float64 buffer expected");
    else {
        double best = densest_run((const double *)buf.buf, m, &s, &e, c);
        result = Py_BuildValue("(dnn)", best, s, e);
    }
    PyMem_Free(c);
    PyBuffer_Release(&buf);
    return result;
}

/* Boosted regression trees (page.Trees): per tree 2**depth - 1 splits in heap order (a row goes
 * right when its feature is above the threshold) and 2**depth leaf values. */
typedef struct {
    Py_buffer fb, tb, lb;
    Py_ssize_t n, splits, leaves;
    int depth, held;
} Forest;

static void
forest_release(Forest *f)
{
    if (f->held) {
        PyBuffer_Release(&f->fb);
        PyBuffer_Release(&f->tb);
        PyBuffer_Release(&f->lb);
        f->held = 0;
    }
}

/* The forest of (feature, threshold, leaf, depth) for rows of nf features, checked; None: no trees
 * (n = 0). -1 with an exception set if malformed. */
static int
forest_get(PyObject *spec, Py_ssize_t nf, Forest *f)
{
    memset(f, 0, sizeof(*f));
    if (spec == Py_None)
        return 0;
    if (!PyTuple_Check(spec)) {
        PyErr_SetString(PyExc_TypeError, "trees: (feature, threshold, leaf, depth) or None expected");
        return -1;
    }
    if (!PyArg_ParseTuple(spec, "y*y*y*i:trees", &f->fb, &f->tb, &f->lb, &f->depth))
        return -1;
    f->held = 1;
    const int depth = f->depth;
    f->splits = ((Py_ssize_t)1 << (depth > 0 && depth < 24 ? depth : 0)) - 1;
    f->leaves = f->splits + 1;
    f->n = f->lb.len / ((Py_ssize_t)sizeof(double) * f->leaves);
    if (depth < 1 || depth >= 24 || f->lb.len != f->n * f->leaves * (Py_ssize_t)sizeof(double)
        || f->fb.len != f->n * f->splits * (Py_ssize_t)sizeof(int64_t)
        || f->tb.len != f->n * f->splits * (Py_ssize_t)sizeof(double)) {
        PyErr_SetString(PyExc_ValueError, "trees: buffers of mismatched sizes");
        forest_release(f);
        return -1;
    }
    const int64_t *feature = f->fb.buf;
    for (Py_ssize_t i = 0; i < f->n * f->splits; i++)
        if (feature[i] < 0 || feature[i] >= nf) {
            PyErr_SetString(PyExc_ValueError, "trees: a split's feature is out of range");
            forest_release(f);
            return -1;
        }
    return 0;
}

/* The forest's sum for the row x (vals: n doubles of scratch), numpy's pairwise sum of the trees'
 * leaves. */
static inline double
forest_row(const Forest *f, const double *x, double *vals)
{
    const int64_t *feature = f->fb.buf;
    const double *threshold = f->tb.buf, *leaf = f->lb.buf;
    const Py_ssize_t splits = f->splits, leaves = f->leaves;
    for (Py_ssize_t t = 0; t < f->n; t++) {
        Py_ssize_t node = 0;
        for (int d = 0; d < f->depth; d++) {
            Py_ssize_t at = t * splits + node;
            node = 2 * node + 1 + (x[feature[at]] > threshold[at]);
        }
        vals[t] = leaf[t * leaves + (node - splits)];
    }
    return pairwise_sum(vals, f->n);
}

/* X's rows: nf columns; m rows, or -1 with an exception set. */
static Py_ssize_t
rows_of(const Py_buffer *xb, Py_ssize_t nf)
{
    if (nf < 1 || xb->len % ((Py_ssize_t)sizeof(double) * nf)) {
        PyErr_SetString(PyExc_ValueError, "rows of float64 features of the given width expected");
        return -1;
    }
    return xb->len / ((Py_ssize_t)sizeof(double) * nf);
}

PyDoc_STRVAR(trees_doc,
"trees(X, nfeatures, feature, threshold, leaf, depth) -> bytes\n\n"
"The sum over boosted regression trees for each row of X (float64, rows of `nfeatures`): per tree\n"
"2**depth - 1 splits in heap order (`feature` int64, `threshold` float64; a row goes right when its\n"
"feature is above the threshold) and 2**depth leaf values (`leaf` float64). float64, one a row.");

static PyObject *
trees(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer xb;
    Py_ssize_t nf;
    PyObject *feature, *threshold, *leaf;
    int depth;
    Forest f;
    if (!PyArg_ParseTuple(args, "y*nOOOi:trees", &xb, &nf, &feature, &threshold, &leaf, &depth))
        return NULL;
    PyObject *out = NULL, *spec = Py_BuildValue("(OOOi)", feature, threshold, leaf, depth);
    double *vals = NULL;
    const Py_ssize_t m = spec != NULL ? rows_of(&xb, nf) : -1;
    if (m < 0 || forest_get(spec, nf, &f) < 0) {
        Py_XDECREF(spec);
        PyBuffer_Release(&xb);
        return NULL;
    }
    Py_DECREF(spec); /* f holds the buffers */
    vals = PyMem_Malloc(((size_t)f.n + 1) * sizeof(double));
    out = PyBytes_FromStringAndSize(NULL, m * (Py_ssize_t)sizeof(double));
    if (vals == NULL || out == NULL) {
        if (vals == NULL)
            PyErr_NoMemory();
        Py_CLEAR(out);
    }
    else {
        const double *X = xb.buf;
        double *o = (double *)PyBytes_AS_STRING(out);
        for (Py_ssize_t r = 0; r < m; r++)
            o[r] = forest_row(&f, X + r * nf, vals);
    }
    PyMem_Free(vals);
    forest_release(&f);
    PyBuffer_Release(&xb);
    return out;
}

PyDoc_STRVAR(in_runs_doc,
"in_runs(flags, run_min) -> int\n\n"
"How many of `flags` (a buffer of bytes, 0 or not) are set and in a run of at least `run_min` set ones.");

static PyObject *
in_runs(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer buf;
    Py_ssize_t run_min, total = 0;
    if (!PyArg_ParseTuple(args, "y*n:in_runs", &buf, &run_min))
        return NULL;
    const uint8_t *f = buf.buf;
    for (Py_ssize_t i = 0; i < buf.len;) {
        if (!f[i]) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j < buf.len && f[j])
            j++;
        if (j - i >= run_min)
            total += j - i;
        i = j;
    }
    PyBuffer_Release(&buf);
    return PyLong_FromSsize_t(total);
}

#define NSTAGE2 14 /* page.py's STAGE2 */

/* The stage-1 logits of X's m rows of nf features: the linear model's (a sum in column order)
 * plus the forest's. (vals: scratch for the forest.) */
static void
stage1_rows(const double *X, Py_ssize_t m, Py_ssize_t nf, const double *linear, const Forest *f, double *s,
            double *vals)
{
    for (Py_ssize_t r = 0; r < m; r++) {
        const double *x = X + r * nf;
        double v = 0.0;
        for (Py_ssize_t k = 0; k < nf; k++)
            v += x[k] * linear[k];
        s[r] = f->n ? v + forest_row(f, x, vals) : v;
    }
}

/* The stage-2 features (STAGE2, rows of NSTAGE2 in X2) of m lines from their stage-1 logits s and
 * word counts: the logit, those of the two lines either side, whether the line is in the densest
 * run of logits weighted by words, the page's mean logit, the means over windows of 3 and 8 lines
 * either side, whether it lies between the first and the last line stage 1 keeps (logit > 0); how
 * much of its vocabulary the lines stage 1 keeps use (voc; 0 without), over the line and over 3
 * lines either side; the logit of the line that leads its list in (lead; 0 without). -1 when out of
 * memory. */
static int
stage2_rows(const double *s, const double *words, Py_ssize_t m, const Vocabulary *voc, const int64_t *lead,
            double *X)
{
    double *tmp = PyMem_Malloc(((size_t)m + 1) * 6 * sizeof(double));
    uint8_t *kept = PyMem_Malloc((size_t)m + 1);
    if (tmp == NULL || kept == NULL) {
        PyMem_Free(tmp);
        PyMem_Free(kept);
        PyErr_NoMemory();
        return -1;
    }
    double *w = tmp, *c = tmp + (m + 1), *w3 = tmp + 2 * (m + 1), *w8 = tmp + 3 * (m + 1);
    double *shared = tmp + 4 * (m + 1), *shared3 = tmp + 5 * (m + 1);
    Py_ssize_t bs, be, first = -1, last = -1;
    for (Py_ssize_t i = 0; i < m; i++)
        w[i] = s[i] * (words[i] + 1.0);
    densest_run(w, m, &bs, &be, c);
    double mean = m ? pairwise_sum(s, m) / (double)m : 0.0;
    window_mean(s, m, 3, w3, c);
    window_mean(s, m, 8, w8, c);
    for (Py_ssize_t i = 0; i < m; i++) {
        if (s[i] > 0) {
            if (first < 0)
                first = i;
            last = i;
        }
        kept[i] = s[i] > 0 && words[i] > 0;
    }
    if (voc != NULL && m) {
        if (vocab_shared(voc, kept, shared) < 0) {
            PyMem_Free(tmp);
            PyMem_Free(kept);
            return -1;
        }
        window_mean(shared, m, 3, shared3, c);
    }
    else
        for (Py_ssize_t i = 0; i < m; i++)
            shared[i] = shared3[i] = 0.0;
    for (Py_ssize_t i = 0; i < m; i++) {
        double *x = &X[i * NSTAGE2];
        x[0] = s[i];
        x[1] = i >= 1 ? s[i - 1] : 0.0;
        x[2] = i + 1 < m ? s[i + 1] : 0.0;
        x[3] = i >= 2 ? s[i - 2] : 0.0;
        x[4] = i + 2 < m ? s[i + 2] : 0.0;
        x[5] = i >= bs && i < be;
        x[6] = mean;
        x[7] = w3[i];
        x[8] = w8[i];
        x[9] = first >= 0 && i >= first && i <= last;
        x[10] = shared[i];
        x[11] = shared3[i];
        x[12] = lead != NULL && lead[i] >= 0 && lead[i] < m ? s[lead[i]] : 0.0;
        x[13] = 1.0;
    }
    PyMem_Free(tmp);
    PyMem_Free(kept);
    return 0;
}

/* The Vocabulary of m lines in obj (None: NULL), or -1 with an exception set. */
static int
vocab_arg(PyObject *obj, Py_ssize_t m, const Vocabulary **voc)
{
    *voc = NULL;
    if (obj == Py_None)
        return 0;
    if (!PyObject_TypeCheck(obj, &VocabularyType) || ((Vocabulary *)obj)->m != m) {
        PyErr_SetString(PyExc_ValueError, "a Vocabulary of the lines (or None) expected");
        return -1;
    }
    *voc = (const Vocabulary *)obj;
    return 0;
}

PyDoc_STRVAR(stage2_doc,
"stage2(s, words, vocabulary, lead) -> bytes\n\n"
"The page pass's stage-2 features (STAGE2 in page.py's order: float64, one row of 14 per line)\n"
"from the stage-1 logits `s` and the word counts `words` (float64 buffers of one value a line), the\n"
"lines' Vocabulary (or None) and per line the line that leads its list in (int64, -1 none; or None).");

static PyObject *
stage2(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer sb, wb, lb = {0};
    PyObject *vobj, *lobj;
    if (!PyArg_ParseTuple(args, "y*y*OO:stage2", &sb, &wb, &vobj, &lobj))
        return NULL;
    PyObject *out = NULL;
    const Vocabulary *voc;
    const Py_ssize_t m = sb.len / (Py_ssize_t)sizeof(double);
    int has_lead = lobj != Py_None;
    if (has_lead && PyObject_GetBuffer(lobj, &lb, PyBUF_SIMPLE) < 0)
        has_lead = -1;
    if (has_lead < 0)
        ;
    else if (sb.len % (Py_ssize_t)sizeof(double) || wb.len != sb.len
             || (has_lead && lb.len != m * (Py_ssize_t)sizeof(int64_t)))
        PyErr_SetString(PyExc_ValueError, "stage2: float64 logits and words, int64 leads, one a line");
    else if (vocab_arg(vobj, m, &voc) == 0) {
        out = PyBytes_FromStringAndSize(NULL, m * NSTAGE2 * (Py_ssize_t)sizeof(double));
        if (out != NULL && stage2_rows(sb.buf, wb.buf, m, voc, has_lead ? lb.buf : NULL,
                                       (double *)PyBytes_AS_STRING(out)) < 0)
            Py_CLEAR(out);
    }
    if (has_lead > 0)
        PyBuffer_Release(&lb);
    PyBuffer_Release(&sb);
    PyBuffer_Release(&wb);
    return out;
}

PyDoc_STRVAR(stage1_doc,
"stage1(X, linear, trees) -> bytes\n\n"
"The stage-1 logits (float64, one a row) of the rows of X (float64, rows of len(linear) features):\n"
"the linear model's plus the trees' (a tuple of trees()'s feature, threshold, leaf, depth; or None).");

static PyObject *
stage1(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer xb, lb;
    PyObject *spec;
    Forest f;
    if (!PyArg_ParseTuple(args, "y*y*O:stage1", &xb, &lb, &spec))
        return NULL;
    PyObject *out = NULL;
    const Py_ssize_t nf = lb.len / (Py_ssize_t)sizeof(double), m = rows_of(&xb, nf);
    if (m >= 0 && forest_get(spec, nf, &f) == 0) {
        double *vals = PyMem_Malloc(((size_t)f.n + 1) * sizeof(double));
        out = PyBytes_FromStringAndSize(NULL, m * (Py_ssize_t)sizeof(double));
        if (vals == NULL || out == NULL) {
            if (vals == NULL)
                PyErr_NoMemory();
            Py_CLEAR(out);
        }
        else
            stage1_rows(xb.buf, m, nf, lb.buf, &f, (double *)PyBytes_AS_STRING(out), vals);
        PyMem_Free(vals);
        forest_release(&f);
    }
    PyBuffer_Release(&xb);
    PyBuffer_Release(&lb);
    return out;
}

PyDoc_STRVAR(scores_doc,
"scores(X, linear, trees, stage2, words, vocabulary, lead) -> bytes\n\n"
"The page pass's stage-2 logits (float64, one a line): stage1(X, linear, trees), its stage-2\n"
"features as stage2() gives them (`words` int64 here), weighted by `stage2` (float64, one a feature).");

static PyObject *
scores(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer xb, lb, w2b, wb, leadb;
    PyObject *spec, *vobj;
    Forest f;
    if (!PyArg_ParseTuple(args, "y*y*Oy*y*Oy*:scores", &xb, &lb, &spec, &w2b, &wb, &vobj, &leadb))
        return NULL;
    PyObject *out = NULL;
    const Vocabulary *voc;
    const Py_ssize_t nf = lb.len / (Py_ssize_t)sizeof(double), m = rows_of(&xb, nf);
    if (m < 0)
        ;
    else if (w2b.len != NSTAGE2 * (Py_ssize_t)sizeof(double) || wb.len != m * (Py_ssize_t)sizeof(int64_t)
             || leadb.len != m * (Py_ssize_t)sizeof(int64_t))
        PyErr_SetString(PyExc_ValueError, "scores: 14 stage-2 weights, int64 words and leads, one a line");
    else if (vocab_arg(vobj, m, &voc) == 0 && forest_get(spec, nf, &f) == 0) {
        double *s = PyMem_Malloc(((size_t)m + 1) * (2 + NSTAGE2) * sizeof(double) + ((size_t)f.n + 1) * sizeof(double));
        out = PyBytes_FromStringAndSize(NULL, m * (Py_ssize_t)sizeof(double));
        if (s == NULL || out == NULL) {
            if (s == NULL)
                PyErr_NoMemory();
            Py_CLEAR(out);
        }
        else {
            double *words = s + (m + 1), *X2 = s + 2 * (m + 1), *vals = X2 + (m + 1) * NSTAGE2;
            const int64_t *wi = wb.buf;
            const double *w2 = w2b.buf;
            double *v = (double *)PyBytes_AS_STRING(out);
            for (Py_ssize_t i = 0; i < m; i++)
                words[i] = (double)wi[i];
            stage1_rows(xb.buf, m, nf, lb.buf, &f, s, vals);
            if (stage2_rows(s, words, m, voc, leadb.buf, X2) < 0)
                Py_CLEAR(out);
            else
                for (Py_ssize_t i = 0; i < m; i++) {
                    double acc = 0.0;
                    for (int k = 0; k < NSTAGE2; k++)
                        acc += X2[i * NSTAGE2 + k] * w2[k];
                    v[i] = acc;
                }
        }
        PyMem_Free(s);
        forest_release(&f);
    }
    PyBuffer_Release(&xb);
    PyBuffer_Release(&lb);
    PyBuffer_Release(&w2b);
    PyBuffer_Release(&wb);
    PyBuffer_Release(&leadb);
    return out;
}

/* The page pass's parameters (page.PagePass), in this order. */
typedef struct {
    Py_ssize_t lang_words, near_min_words, pipe_max, list_mean_words, good_min_words, bullet_prose_words,
        short_max_words, region_good_cap, region_run_cap, region_head, region_max;
    double unknown_stop_density, good_min_stop, near_min_stop, region_penalty, region_frac, region_floor;
} Params;

#define NFEAT 38 /* page.py's FEATURES */
enum { F_SHARED_REGION = 32, F_PAGE_GOOD, F_REGION_SHARE, F_COLON, F_LED, F_BIAS };

PyDoc_STRVAR(features_doc,
"features(params) -> (X, words, bad, cls, lead, vocabulary)\n\n"
"The stage-1 features (FEATURES in page.py's order: float64 bytes, one row of 38 per line), word\n"
"counts (int64 bytes), bad flags and classes (int8 bytes), per line the line that leads its list\n"
"in (int64 bytes, -1 none) and the page's Vocabulary. `params`: (lang_words, near_min_words,\n"
"pipe_max, list_mean_words, good_min_words, bullet_prose_words, short_max_words, region_good_cap,\n"
"region_run_cap, region_head, region_max, unknown_stop_density, good_min_stop, near_min_stop,\n"
"region_penalty, region_frac, region_floor).");

static PyObject *
PageStats_features(PageStats *self, PyObject *args)
{
    PyObject *params;
    Params p;
    if (!PyArg_ParseTuple(args, "O!:features", &PyTuple_Type, &params))
        return NULL;
    if (!PyArg_ParseTuple(params, "nnnnnnnnnnndddddd:features", &p.lang_words, &p.near_min_words, &p.pipe_max,
                          &p.list_mean_words, &p.good_min_words, &p.bullet_prose_words, &p.short_max_words,
                          &p.region_good_cap, &p.region_run_cap, &p.region_head, &p.region_max,
                          &p.unknown_stop_density, &p.good_min_stop, &p.near_min_stop, &p.region_penalty,
                          &p.region_frac, &p.region_floor))
        return NULL;
    const Py_ssize_t m = self->m;
    const int32_t *S = self->stat;
    PyObject *result = NULL, *Xb = NULL, *wb = NULL, *badb = NULL, *clsb = NULL, *leadb = NULL, *vocab = NULL;
    size_t md = (size_t)m + 1;
    double *sd = PyMem_Calloc(md, sizeof(double)), *score = PyMem_Calloc(md, sizeof(double));
    double *col = PyMem_Calloc(md * 6, sizeof(double)), *cum = PyMem_Calloc(md + 1, sizeof(double));
    uint8_t *bad = PyMem_Calloc(md, 1), *good = PyMem_Calloc(md, 1), *near = PyMem_Calloc(md, 1);
    uint8_t *flag = PyMem_Calloc(md, 1), *region = PyMem_Calloc(md, 1), *rf = PyMem_Calloc(md, 1);
    int32_t *run = PyMem_Calloc(md, sizeof(int32_t)), *short_run = PyMem_Calloc(md, sizeof(int32_t));
    int8_t *cls = PyMem_Calloc(md, 1);
    if (!sd || !score || !col || !cum || !bad || !good || !near || !flag || !region || !rf || !run || !short_run
        || !cls) {
        PyErr_NoMemory();
        goto done;
    }
    /* Stopword density, in the page's language. */
    Py_ssize_t lang = language_of(self->tables, self->lu, self->tok,
                                  self->ntokens < p.lang_words ? self->ntokens : p.lang_words);
    if (PyErr_Occurred())
        goto done;
    {
        Py_ssize_t tok = 0;
        for (Py_ssize_t i = 0; i < m; i++) {
            Py_ssize_t ntok = S[i * NSTAT + S_NTOK], nstop = 0;
            if (lang >= 0)
                for (Py_ssize_t k = 0; k < ntok; k++)
                    nstop += lookup(self->tables, &self->tables->stop[lang], self->lu + self->tok[2 * (tok + k)],
                                    self->tok[2 * (tok + k) + 1]) >= 0;
            tok += ntok;
            if (lang < 0)
                sd[i] = S[i * NSTAT + S_WORDS] >= p.near_min_words ? p.unknown_stop_density : 0.0;
            else
                sd[i] = ntok > 0 ? (double)nstop / (double)ntok : 0.0;
        }
    }
#define W(i) S[(i) * NSTAT + S_WORDS]
#define BUL(i) S[(i) * NSTAT + S_BULLET]
    for (Py_ssize_t i = 0; i < m; i++)
        bad[i] = W(i) == 0 || S[i * NSTAT + S_PIPES] >= p.pipe_max;
    /* Bullet lists whose items average fewer than list_mean_words words are menus. */
    for (Py_ssize_t i = 0; i < m;) {
        if (!BUL(i)) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        double sum = 0.0;
        while (j < m && BUL(j))
            sum += W(j++);
        double mean = sum / (double)(j - i);
        if (mean < (double)p.list_mean_words)
            for (Py_ssize_t k = i; k < j; k++)
                bad[k] = 1;
        i = j;
    }
    for (Py_ssize_t i = 0; i < m; i++) {
        Py_ssize_t w = W(i);
        good[i] = w >= p.good_min_words && sd[i] >= p.good_min_stop && !bad[i];
        near[i] = !good[i] && w >= p.near_min_words && sd[i] >= p.near_min_stop && !bad[i];
        if (good[i] && BUL(i) && w < p.bullet_prose_words) {
            good[i] = 0;
            near[i] = 1;
        }
        cls[i] = bad[i] ? -1 : good[i] ? 2 : near[i] ? 1 : 0;
        flag[i] = w <= p.short_max_words;
    }
    runs(flag, m, short_run);
    /* The region heuristic's scores. */
    for (Py_ssize_t i = 0; i < m; i++) {
        Py_ssize_t w = W(i);
        score[i] = good[i] ? (double)(w < p.region_good_cap ? w : p.region_good_cap)
                   : near[i] ? 0.5 * (double)w : -p.region_penalty;
        flag[i] = cls[i] <= 0;
    }
    runs(flag, m, run);
    for (Py_ssize_t i = 0; i < m; i++)
        if (flag[i])
            score[i] = score[i] * (1.0 + (double)(run[i] - 1 < p.region_run_cap ? run[i] - 1 : p.region_run_cap));
    /* The densest regions of those scores. */
    if (dense_regions(score, m, p.region_max, p.region_frac, p.region_floor, rf, cum) < 0)
        goto done;
    {
        for (Py_ssize_t i = 0; i < m; i++)
            region[i] = rf[i] != 0;
        /* The region_head lines just above a region (headline, date) are in it. */
        for (Py_ssize_t s = 0; s < m; s++) {
            if (!(rf[s] && (s == 0 || !rf[s - 1])))
                continue;
            for (Py_ssize_t j = s - 1; j >= 0 && j >= s - p.region_head; j--) {
                if (bad[j])
                    break;
                region[j] = 1;
            }
        }
        for (Py_ssize_t i = 0; i < m; i++)
            region[i] = region[i] && !bad[i];
    }
    Xb = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(m * NFEAT * sizeof(double)));
    wb = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(m * sizeof(int64_t)));
    badb = PyBytes_FromStringAndSize((const char *)bad, m);
    clsb = PyBytes_FromStringAndSize((const char *)cls, m);
    leadb = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(m * sizeof(int64_t)));
    vocab = PageStats_vocabulary(self, NULL);
    if (!Xb || !wb || !badb || !clsb || !leadb || !vocab)
        goto done;
    {
        double *X = (double *)PyBytes_AS_STRING(Xb);
        int64_t *wo = (int64_t *)PyBytes_AS_STRING(wb);
        double *w3good = col, *w3sd = col + md, *w3bad = col + 2 * md, *w3ends = col + 3 * md, *w10 = col + 4 * md;
        double *tmp = col + 5 * md;
        for (Py_ssize_t i = 0; i < m; i++)
            tmp[i] = good[i];
        window_mean(tmp, m, 3, w3good, cum);
        window_mean(tmp, m, 10, w10, cum);
        window_mean(sd, m, 3, w3sd, cum);
        for (Py_ssize_t i = 0; i < m; i++)
            tmp[i] = bad[i];
        window_mean(tmp, m, 3, w3bad, cum);
        for (Py_ssize_t i = 0; i < m; i++)
            tmp[i] = S[i * NSTAT + S_ENDS];
        window_mean(tmp, m, 3, w3ends, cum);
        /* The nearest region line, and the span from the first region line to the last. */
        Py_ssize_t first = -1, last = -1;
        for (Py_ssize_t i = 0; i < m; i++)
            if (region[i]) {
                if (first < 0)
                    first = i;
                last = i;
            }
        double *dist = cum; /* window sums are done */
        Py_ssize_t prev = -1;
        for (Py_ssize_t i = 0; i < m; i++) {
            if (region[i])
                prev = i;
            dist[i] = (double)(prev >= 0 ? i - prev : m);
        }
        prev = -1;
        for (Py_ssize_t i = m - 1; i >= 0; i--) {
            if (region[i])
                prev = i;
            double r = (double)(prev >= 0 ? prev - i : m);
            if (r < dist[i])
                dist[i] = r;
        }
        for (Py_ssize_t i = 0; i < m; i++) {
            const int32_t *st = &S[i * NSTAT];
            double nw = (double)st[S_WORDS], lw = log1p(nw), nchars = (double)st[S_CHARS];
            double *x = &X[i * NFEAT];
            wo[i] = st[S_WORDS];
            x[0] = lw;
            x[1] = sd[i];
            x[2] = st[S_BULLET];
            x[3] = bad[i];
            x[4] = st[S_ENDS];
            x[5] = st[S_WORDS] <= 3;
            x[6] = log1p((double)short_run[i]);
            x[7] = st[S_PIPES] > 0;
            x[8] = (double)st[S_CAPS] / (nw + 1.0);
            x[9] = (double)st[S_DIGITS] / (nw + 1.0);
            x[10] = st[S_DUP];
            x[11] = i > 0 ? log1p((double)S[(i - 1) * NSTAT + S_WORDS]) : 0.0;
            x[12] = i > 0 ? sd[i - 1] : 0.0;
            x[13] = i + 1 < m ? log1p((double)S[(i + 1) * NSTAT + S_WORDS]) : 0.0;
            x[14] = i + 1 < m ? sd[i + 1] : 0.0;
            x[15] = (double)i / (double)m;
            x[16] = region[i];
            x[17] = good[i];
            x[18] = near[i];
            x[19] = w3good[i];
            x[20] = (double)st[S_COMMAS] / (nw + 1.0);
            x[21] = (double)st[S_CODE] / (nchars + 1.0);
            x[22] = log1p(nchars / ((double)st[S_NTOK] + 1.0));
            x[23] = w3sd[i];
            x[24] = i > 0 ? S[(i - 1) * NSTAT + S_ENDS] : 0.0;
            x[25] = i + 1 < m ? S[(i + 1) * NSTAT + S_ENDS] : 0.0;
            x[26] = st[S_NTOK] > st[S_WORDS];
            x[27] = log1p(dist[i]);
            x[28] = first >= 0 && i >= first && i <= last;
            x[29] = w10[i];
            x[30] = w3bad[i];
            x[31] = w3ends[i];
            x[F_BIAS] = 1.0;
        }
        /* How much of each line's vocabulary the region's other lines use; the page's prose (its
         * good lines' words) and the share of it in the region. */
        double *shared = cum;
        if (vocab_shared((const Vocabulary *)vocab, region, shared) < 0)
            goto done;
        int64_t page_good = 0, region_good = 0;
        for (Py_ssize_t i = 0; i < m; i++)
            if (good[i]) {
                page_good += W(i);
                region_good += region[i] ? W(i) : 0;
            }
        const double log_good = log1p((double)page_good);
        const double share = page_good ? (double)region_good / (double)page_good : 0.0;
        /* A line ending with a colon leads in what follows: per line, the line just before the run
         * of bullet lines it is in (the line just before it, if it is no bullet), -1 at the top; a
         * line so led by a colon line is `led`. */
        int64_t *lead = (int64_t *)PyBytes_AS_STRING(leadb);
        Py_ssize_t start = 0;
        for (Py_ssize_t i = 0; i < m; i++) {
            if (!(BUL(i) && i > 0 && BUL(i - 1)))
                start = i;
            lead[i] = start - 1;
        }
        /* A list without bullets: a run of items (short lines, up to good_min_words words, that end
         * no sentence and no colon) right after a colon line is led by it. */
#define ITEM(i) (!S[(i) * NSTAT + S_COLON] && !S[(i) * NSTAT + S_ENDS] && W(i) <= p.good_min_words)
        start = 0;
        for (Py_ssize_t i = 0; i < m; i++) {
            if (!(ITEM(i) && i > 0 && ITEM(i - 1)))
                start = i;
            if (ITEM(i) && start > 0 && S[(start - 1) * NSTAT + S_COLON])
                lead[i] = start - 1;
        }
#undef ITEM
        for (Py_ssize_t i = 0; i < m; i++) {
            double *x = &X[i * NFEAT];
            x[F_SHARED_REGION] = shared[i];
            x[F_PAGE_GOOD] = log_good;
            x[F_REGION_SHARE] = share;
            x[F_COLON] = S[i * NSTAT + S_COLON];
            x[F_LED] = lead[i] >= 0 && S[lead[i] * NSTAT + S_COLON];
        }
    }
    result = PyTuple_Pack(6, Xb, wb, badb, clsb, leadb, vocab);
#undef W
#undef BUL
done:
    PyMem_Free(sd);
    PyMem_Free(score);
    PyMem_Free(col);
    PyMem_Free(cum);
    PyMem_Free(bad);
    PyMem_Free(good);
    PyMem_Free(near);
    PyMem_Free(flag);
    PyMem_Free(region);
    PyMem_Free(rf);
    PyMem_Free(run);
    PyMem_Free(short_run);
    PyMem_Free(cls);
    Py_XDECREF(Xb);
    Py_XDECREF(wb);
    Py_XDECREF(badb);
    Py_XDECREF(clsb);
    Py_XDECREF(leadb);
    Py_XDECREF(vocab);
    return result;
}

static PyMethodDef PageStats_methods[] = {
    {"subset", (PyCFunction)PageStats_subset, METH_VARARGS, subset_doc},
    {"features", (PyCFunction)PageStats_features, METH_VARARGS, features_doc},
    {"vocabulary", (PyCFunction)PageStats_vocabulary, METH_NOARGS, vocabulary_doc},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef PageStats_getset[] = {
    {"words", (getter)PageStats_get_words, NULL, "the lines' word counts (list of int)", NULL},
    {"stats", (getter)PageStats_get_stats, NULL,
     "int32 bytes, per line: tokens, words, characters, pipes, code, commas, caps, digits, bullet, "
     "ends, duplicate", NULL},
    {"tokens", (getter)PageStats_get_tokens, NULL, "the lines' tokens, lowercased, in order (list of str)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject PageStatsType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "stripper._text.PageStats",
    .tp_basicsize = sizeof(PageStats),
    .tp_dealloc = (destructor)PageStats_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "PageStats(text, low, tables): the line statistics of a page's non-blank lines.",
    .tp_methods = PageStats_methods,
    .tp_getset = PageStats_getset,
    .tp_init = (initproc)PageStats_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------------------------------ */
/* DocKinds: document kinds (stripper/doctype.py documents them and hands its data here)       */

enum { K_NONE, K_TABLE, K_DATA, K_CODE, K_VERSE };
/* Per line, what it is on its own (blocks of them make a kind). */
#define F_TABLE 1
#define F_DATA 2
#define F_CODE 4
#define F_VERSE 8
#define F_GAP 16 /* short enough to be a gap inside a block (a heading, "OCTOBER" between tour dates) */

/* A small set of characters. */
typedef struct {
    uint8_t ascii[128];
    int nwide;
    Py_UCS4 wide[32];
} CharSet;

static int
charset_init(CharSet *cs, PyObject *chars)
{
    memset(cs, 0, sizeof *cs);
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(chars); i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(chars, i);
        if (ch < 128)
            cs->ascii[ch] = 1;
        else if (cs->nwide == 32) {
            PyErr_SetString(PyExc_ValueError, "DocKinds: at most 32 non-ASCII characters in a set");
            return -1;
        }
        else
            cs->wide[cs->nwide++] = ch;
    }
    return 0;
}

static inline int
charset_has(const CharSet *cs, Py_UCS4 ch)
{
    if (ch < 128)
        return cs->ascii[ch];
    for (int k = 0; k < cs->nwide; k++)
        if (cs->wide[k] == ch)
            return 1;
    return 0;
}

/* Prefixes or suffixes (a tuple of non-empty str), each with the character that must match first:
 * its first (prefixes) or its last (suffixes). */
typedef struct {
    PyObject *items;
    Py_ssize_t n;
    Py_UCS4 *key;
} Affixes;

static int
affixes_init(Affixes *a, PyObject *tuple, int suffix)
{
    if (!PyTuple_Check(tuple)) {
        PyErr_SetString(PyExc_TypeError, "DocKinds: affixes are a tuple of str");
        return -1;
    }
    a->n = PyTuple_GET_SIZE(tuple);
    a->key = PyMem_Malloc(((size_t)a->n + 1) * sizeof(Py_UCS4));
    if (a->key == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < a->n; k++) {
        PyObject *s = PyTuple_GET_ITEM(tuple, k);
        if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) == 0) {
            PyErr_SetString(PyExc_TypeError, "DocKinds: an affix is a non-empty str");
            return -1;
        }
        a->key[k] = PyUnicode_READ_CHAR(s, suffix ? PyUnicode_GET_LENGTH(s) - 1 : 0);
    }
    Py_INCREF(tuple);
    a->items = tuple;
    return 0;
}

static void
affixes_free(Affixes *a)
{
    PyMem_Free(a->key);
    Py_XDECREF(a->items);
}

/* Whether text[start:end] starts (suffix 0) or ends (suffix 1) with one of `a`; -1 on an error. */
static inline int
affixes_match(const Affixes *a, PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
              int suffix)
{
    if (end <= start)
        return 0;
    Py_UCS4 c = PyUnicode_READ(kind, data, suffix ? end - 1 : start);
    for (Py_ssize_t k = 0; k < a->n; k++) {
        if (a->key[k] != c)
            continue;
        Py_ssize_t r = PyUnicode_Tailmatch(text, PyTuple_GET_ITEM(a->items, k), start, end, suffix ? 1 : -1);
        if (r)
            return (int)r;
    }
    return 0;
}

typedef struct {
    PyObject_HEAD
    /* doctype.Kinds, the fields doctype._C_FIELDS names, in that order */
    Py_ssize_t block_min, gap, gap_max_words, data_max_words, key_max_words, value_max_words;
    double distinct_keys, counting, code_symbols;
    Py_ssize_t verse_min_words, verse_max_words, verse_min_lines;
    double verse_ends, verse_clauses, verse_digits;
    Py_ssize_t wrap_min, wrap_max;
    double wrapped_share, run_on_share;
    CharSet bullets, verse_end, clause_end, symbols, parens, opener_end;
    Affixes code_starts, code_ends, openers;
    int built;
} DocKinds;

static void
DocKinds_dealloc(DocKinds *self)
{
    affixes_free(&self->code_starts);
    affixes_free(&self->code_ends);
    affixes_free(&self->openers);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
DocKinds_init(DocKinds *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"thresholds", "bullets", "verse_ends", "clause_ends", "symbols", "parens",
                             "code_starts", "code_ends", "openers", "opener_ends", NULL};
    PyObject *th, *bullets, *vends, *cends, *sym, *par, *starts, *ends, *openers, *oends;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!UUUUUOOOU:DocKinds", kwlist, &PyTuple_Type, &th, &bullets,
                                     &vends, &cends, &sym, &par, &starts, &ends, &openers, &oends))
        return -1;
    if (self->built) {
        PyErr_SetString(PyExc_RuntimeError, "DocKinds is already built");
        return -1;
    }
    if (!PyArg_ParseTuple(th, "nnnnnndddnnndddnndd:DocKinds thresholds", &self->block_min, &self->gap,
                          &self->gap_max_words, &self->data_max_words, &self->key_max_words, &self->value_max_words, &self->distinct_keys,
                          &self->counting, &self->code_symbols, &self->verse_min_words, &self->verse_max_words,
                          &self->verse_min_lines, &self->verse_ends, &self->verse_clauses, &self->verse_digits,
                          &self->wrap_min, &self->wrap_max, &self->wrapped_share, &self->run_on_share))
        return -1;
    if (self->gap < 0) {
        PyErr_SetString(PyExc_ValueError, "DocKinds: gap must be >= 0");
        return -1;
    }
    if (charset_init(&self->bullets, bullets) < 0 || charset_init(&self->verse_end, vends) < 0
        || charset_init(&self->clause_end, cends) < 0 || charset_init(&self->symbols, sym) < 0
        || charset_init(&self->parens, par) < 0 || charset_init(&self->opener_end, oends) < 0
        || affixes_init(&self->code_starts, starts, 0) < 0 || affixes_init(&self->code_ends, ends, 1) < 0
        || affixes_init(&self->openers, openers, 0) < 0)
        return -1;
    if (self->symbols.nwide || self->parens.nwide) {
        PyErr_SetString(PyExc_ValueError, "DocKinds: code symbols are ASCII");
        return -1;
    }
    self->built = 1;
    return 0;
}

static inline int
is_digit(Py_UCS4 ch)
{
    return ch < 128 ? (ch >= '0' && ch <= '9') : Py_UNICODE_ISDIGIT(ch);
}

static inline int
is_decimal(Py_UCS4 ch)
{
    return ch < 128 ? (ch >= '0' && ch <= '9') : Py_UNICODE_ISDECIMAL(ch);
}

static inline Py_ssize_t
words_of(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t ntok, nw;
    count_line(kind, data, start, end, &ntok, &nw);
    return nw;
}

/* Where t = s[start:end] (stripped) starts once its list bullet is gone: a bullet alone or
 * followed by a space, then the spaces after it. */
static inline Py_ssize_t
after_bullet(const DocKinds *k, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (start < end && charset_has(&k->bullets, PyUnicode_READ(kind, data, start))
        && (end - start == 1 || Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start + 1)))) {
        start++;
        while (start < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start)))
            start++;
    }
    return start;
}

/* t = s[start:end] starts with a figure that is no list number: "350 g", "29 Cologne", "1,5 kg",
 * "2x4" (not "1. Item" or "3) Item"). */
static inline int
leading_figure(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t i = start;
    while (i < end && is_digit(PyUnicode_READ(kind, data, i)))
        i++;
    if (i == start || i == end)
        return 0;
    Py_UCS4 nxt = PyUnicode_READ(kind, data, i);
    if (nxt == '.' || nxt == ')')
        return i + 1 < end && is_digit(PyUnicode_READ(kind, data, i + 1));
    return 1;
}

/* Where the figure t = s[start:end] starts with ends: digits, and digits after a separator
 * ("1,5", "8.900", "13:29", "21.09.2021"). */
static inline Py_ssize_t
figure_end(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t i = start;
    for (;;) {
        while (i < end && is_digit(PyUnicode_READ(kind, data, i)))
            i++;
        if (i + 1 < end && i > start && is_digit(PyUnicode_READ(kind, data, i + 1))) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == '\'') {
                i++;
                continue;
            }
        }
        return i;
    }
}

/* The number t = s[start:end] starts with (decimal digits, at most 6), or -1. */
static inline long
leading_int(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t i = start;
    long v = 0;
    while (i < end && is_decimal(PyUnicode_READ(kind, data, i))) {
        if (i - start < 6)
            v = v * 10 + Py_UNICODE_TODECIMAL(PyUnicode_READ(kind, data, i));
        i++;
    }
    return i > start && i - start <= 6 ? v : -1;
}

static inline Py_ssize_t
find_char(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, Py_UCS4 ch)
{
    for (Py_ssize_t i = start; i < end; i++)
        if (PyUnicode_READ(kind, data, i) == ch)
            return i;
    return -1;
}

/* t = s[start:end] ends, past a space, in a quantity: a short field of figures and letters, a
 * unit with its number ("じゃがいも　3個", "しょうゆ　大さじ2", "鸡蛋 2个", "Mehl 500g"; not a bare
 * number: "Seite 2", "Windows 11", "März 2024"), as ingredient lists in Japanese, Chinese and
 * Korean write them, the name first. */
static inline int
trailing_quantity(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t w = end;
    while (w > start && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, w - 1)))
        w--;
    if (w <= start || end - w > 12)
        return 0;
    int digit = 0, letter = 0;
    for (Py_ssize_t i = w; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_digit(c))
            digit = 1;
        else if (Py_UNICODE_ISALPHA(c))
            letter = 1;
    }
    return digit && letter;
}

/* A data item: at most data_max_words words, and a leading figure with something after it, past a
 * space or in a script written without spaces (a unit, a word: "350 g", "10 %", "8.900 €", "29
 * Cologne", "3个"; not a bare "13:29" nor "2x4"), or a "key: value" pair of 2 words or more whose
 * value is no path ("Optik: Teleobjektiv", not "Home: /news"). t = s[start:end] has lost its
 * bullet; it has n words. */
static inline int
is_data_item(const DocKinds *k, int kind, const void *data, Py_ssize_t start, Py_ssize_t end, Py_ssize_t n)
{
    if (n > k->data_max_words)
        return 0;
    if (leading_figure(kind, data, start, end)) {
        Py_ssize_t f = figure_end(kind, data, start, end), g = f;
        if (f < end && (CLS(PyUnicode_READ(kind, data, f)) & C_DENSE))
            return 1;
        while (g < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, g)))
            g++;
        return g > f && g < end;
    }
    if (n < 2)
        return 0;
    if (trailing_quantity(kind, data, start, end))
        return 1;
    Py_ssize_t colon = find_char(kind, data, start, end, ':');
    if (colon <= start || colon - start >= end - start - 2)
        return 0;
    if (words_of(kind, data, start, colon) > k->key_max_words)
        return 0;
    Py_ssize_t v = words_of(kind, data, colon + 1, end);
    if (v < 1 || v > k->value_max_words)
        return 0;
    Py_ssize_t i = colon + 1;
    while (i < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
        i++;
    return i >= end || PyUnicode_READ(kind, data, i) != '/';
}

/* Flags (in out[0:m]) of the runs of lines with `bit` in `flags` (gaps of at most `gap` other
 * lines bridged, each with F_GAP) that hold at least `min_len` such lines; the bridged gaps inside
 * are in them. */
static void
kind_blocks(const uint8_t *flags, uint8_t bit, Py_ssize_t m, Py_ssize_t gap, Py_ssize_t min_len, uint8_t *out)
{
    memset(out, 0, (size_t)m);
    Py_ssize_t i = 0;
    while (i < m) {
        if (!(flags[i] & bit)) {
            i++;
            continue;
        }
        Py_ssize_t j = i, last = i, count = 0;
        while (j < m) {
            if (flags[j] & bit) {
                last = j;
                count++;
            }
            else if (j - last > gap || !(flags[j] & F_GAP))
                break;
            j++;
        }
        if (count >= min_len)
            memset(out + i, 1, (size_t)(last + 1 - i));
        i = last + 1;
    }
}

/* Whether the data block of lines [s, e) is none: "key: value" records whose keys repeat (a cookie
 * banner's "Name:", "Anbieter:", "Zweck:"), or items that count up by one (a numbered list, a
 * calendar's days). -1 on an error. (sp: per line its stripped span.) */
static int
data_is_none(const DocKinds *k, PyObject *text, int kind, const void *data, const Py_ssize_t *sp,
             Py_ssize_t s, Py_ssize_t e)
{
    PyObject *keys = PySet_New(NULL);
    if (keys == NULL)
        return -1;
    Py_ssize_t nkeys = 0, nnums = 0, steps = 0;
    long prev = -1;
    for (Py_ssize_t i = s; i < e; i++) {
        Py_ssize_t a = sp[2 * i], b = sp[2 * i + 1], t = after_bullet(k, kind, data, a, b);
        Py_ssize_t colon = find_char(kind, data, a, b, ':');
        if (colon >= 0 && !leading_figure(kind, data, t, b)) {
            PyObject *key = PyUnicode_Substring(text, a, colon), *low = NULL;
            if (key != NULL)
                low = PyObject_CallMethod(key, "lower", NULL);
            Py_XDECREF(key);
            if (low == NULL || PySet_Add(keys, low) < 0) {
                Py_XDECREF(low);
                Py_DECREF(keys);
                return -1;
            }
            Py_DECREF(low);
            nkeys++;
        }
        long v = leading_int(kind, data, t, b);
        if (v >= 0) {
            if (nnums && v == prev + 1)
                steps++;
            prev = v;
            nnums++;
        }
    }
    int none = (nkeys >= k->block_min && (double)PySet_GET_SIZE(keys) < k->distinct_keys * (double)nkeys)
               || (nnums >= k->block_min && (double)steps >= k->counting * (double)(nnums - 1));
    Py_DECREF(keys);
    return none;
}

/* Whether the run of short lines [s, e) is verse: most end with punctuation, a good share with a
 * clause's comma or semicolon, few carry figures and none repeats (a teaser list's titles end with
 * "?" or nothing, a list of videos has their lengths). -1 on an error. */
static int
is_verse(const DocKinds *k, PyObject *text, int kind, const void *data, const Py_ssize_t *sp, Py_ssize_t s,
         Py_ssize_t e)
{
    Py_ssize_t L = e - s, ends = 0, clauses = 0, digits = 0;
    for (Py_ssize_t i = s; i < e; i++) {
        Py_ssize_t a = sp[2 * i], b = sp[2 * i + 1];
        if (b > a) {
            Py_UCS4 last = PyUnicode_READ(kind, data, b - 1);
            ends += charset_has(&k->verse_end, last);
            clauses += charset_has(&k->clause_end, last);
        }
        for (Py_ssize_t j = a; j < b; j++)
            if (is_digit(PyUnicode_READ(kind, data, j))) {
                digits++;
                break;
            }
    }
    if ((double)ends < k->verse_ends * (double)L || (double)clauses < k->verse_clauses * (double)L
        || (double)digits > k->verse_digits * (double)L)
        return 0;
    PyObject *seen = PySet_New(NULL);
    if (seen == NULL)
        return -1;
    for (Py_ssize_t i = s; i < e; i++) {
        PyObject *line = PyUnicode_Substring(text, sp[2 * i], sp[2 * i + 1]);
        if (line == NULL || PySet_Add(seen, line) < 0) {
            Py_XDECREF(line);
            Py_DECREF(seen);
            return -1;
        }
        Py_DECREF(line);
    }
    int distinct = PySet_GET_SIZE(seen) == L;
    Py_DECREF(seen);
    return distinct;
}

typedef int (*run_test)(const DocKinds *, PyObject *, int, const void *, const Py_ssize_t *, Py_ssize_t, Py_ssize_t);

/* Each run of lines [s, e) marked in blk is given kind `mark` when test(run) == want. -1 on an error. */
static int
mark_runs(const DocKinds *k, PyObject *text, int kind, const void *data, const Py_ssize_t *sp, Py_ssize_t m,
          const uint8_t *blk, uint8_t *out, run_test test, int want, uint8_t mark)
{
    for (Py_ssize_t s = 0; s < m;) {
        if (!blk[s]) {
            s++;
            continue;
        }
        Py_ssize_t e = s;
        while (e < m && blk[e])
            e++;
        int r = test(k, text, kind, data, sp, s, e);
        if (r < 0)
            return -1;
        if (r == want)
            memset(out + s, mark, (size_t)(e - s));
        s = e;
    }
    return 0;
}

PyDoc_STRVAR(scan_doc,
"scan(text, words=None) -> (kinds, plain)\n\n"
"For the lines of `text` (split at \"\\n\"; a page's non-blank lines as they are): kinds = bytes, per\n"
"line its block kind (0 none, 1 table, 2 data list, 3 code, 4 verse; see stripper/doctype.py);\n"
"plain = whether the text is hard-wrapped at a fixed width, as a plain-text document is.\n"
"`words`: the lines' word counts (word_count of each, stripped), if known; counted otherwise.");


static PyObject *
DocKinds_scan(DocKinds *self, PyObject *args)
{
    PyObject *text, *words = Py_None;
    if (!PyArg_ParseTuple(args, "U|O:scan", &text, &words) || !ready())
        return NULL;
    if (!self->built) {
        PyErr_SetString(PyExc_RuntimeError, "DocKinds is not built");
        return NULL;
    }
    const DocKinds *k = self;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t m = 1;
    for (Py_ssize_t pos = 0; (pos = line_end(kind, data, pos, n)) < n; pos++)
        m++;
    /* words: the lines' word counts, if the caller has them (page.body's, of the same lines). */
    if (words == Py_None)
        words = NULL;
    else if (!PyList_Check(words) || PyList_GET_SIZE(words) != m) {
        PyErr_SetString(PyExc_ValueError, "scan: words must be a list of one count per line");
        return NULL;
    }
    Py_ssize_t *sp = PyMem_Malloc((size_t)m * 2 * sizeof(Py_ssize_t));
    uint8_t *flags = PyMem_Calloc((size_t)m, 1), *out = PyMem_Calloc((size_t)m, 1), *blk = PyMem_Malloc((size_t)m);
    PyObject *result = NULL;
    if (sp == NULL || flags == NULL || out == NULL || blk == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t wrapped = 0, run_on = 0, pos = 0;
    for (Py_ssize_t li = 0; li < m; li++) {
        const Py_ssize_t ls = pos, le = line_end(kind, data, pos, n);
        pos = le + 1;
        Py_ssize_t re = le;
        while (re > ls && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, re - 1)))
            re--;
        Py_ssize_t a = ls;
        while (a < re && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, a)))
            a++;
        const Py_ssize_t b = re, len = b - a;
        sp[2 * li] = a;
        sp[2 * li + 1] = b;
        /* A plain-text document's line: hard-wrapped, and running on into the next. */
        if (re - ls >= k->wrap_min && re - ls <= k->wrap_max) {
            wrapped++;
            if (li < m - 1 && (re == ls || !(CLS(PyUnicode_READ(kind, data, re - 1)) & C_TERM)))
                run_on++;
        }
        if (len == 0)
            continue;
        const Py_UCS4 first = PyUnicode_READ(kind, data, a), last = PyUnicode_READ(kind, data, b - 1);
        Py_ssize_t pipes = 0, spaces = 0, nsym = 0, npar = 0;
        for (Py_ssize_t i = a; i < b; i++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if (ch >= 128)
                continue;
            pipes += ch == '|';
            spaces += ch == ' ';
            nsym += self->symbols.ascii[ch];
            npar += self->parens.ascii[ch];
        }
        const Py_ssize_t nw = words != NULL ? PyLong_AsSsize_t(PyList_GET_ITEM(words, li)) : words_of(kind, data, a, b);
        if (nw < 0) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "scan: a negative word count");
            goto done;
        }
        const int bullet = charset_has(&k->bullets, first);
        uint8_t f = 0;
        /* A table's row: "| a | b |". */
        if (len >= 3 && first == '|' && last == '|' && pipes >= 3)
            f |= F_TABLE;
        /* A data item (without its bullet). */
        const Py_ssize_t t = after_bullet(k, kind, data, a, b);
        if (is_data_item(k, kind, data, t, b, t == a ? nw : words_of(kind, data, t, b)))
            f |= F_DATA;
        /* A line of code: a keyword or a prompt at its start, a block's opener or closer at its end,
         * or dense in code symbols (a bracket counts half: prose has them too) and no sentence's end.
         * Not a bullet list's item. */
        if (!(bullet && len >= 2 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, a + 1)))) {
            int code = affixes_match(&k->code_starts, text, kind, data, a, b, 0);
            if (code == 0)
                code = affixes_match(&k->code_ends, text, kind, data, a, b, 1);
            if (code == 0 && charset_has(&k->opener_end, last))
                code = affixes_match(&k->openers, text, kind, data, a, b, 0);
            if (code < 0)
                goto done;
            if (code == 0) {
                double sym = (double)nsym + 0.5 * (double)npar;
                code = sym >= 2 && sym >= k->code_symbols * (double)(len - spaces) && !(CLS(last) & C_TERM);
            }
            if (code)
                f |= F_CODE;
        }
        /* A line of verse: a few words, no bullet, no table's row. */
        if (nw >= k->verse_min_words && nw <= k->verse_max_words && !bullet && !(f & F_TABLE))
            f |= F_VERSE;
        if (nw <= k->gap_max_words)
            f |= F_GAP;
        flags[li] = f;
    }
    /* Blocks: a line is in the first kind whose block it is in, in this order. */
    kind_blocks(flags, F_TABLE, m, k->gap, k->block_min - 1, blk); /* a header and a row */
    for (Py_ssize_t i = 0; i < m; i++)
        if (blk[i])
            out[i] = K_TABLE;
    kind_blocks(flags, F_DATA, m, k->gap, k->block_min, blk);
    for (Py_ssize_t i = 0; i < m; i++)
        blk[i] &= out[i] == K_NONE;
    if (mark_runs(k, text, kind, data, sp, m, blk, out, data_is_none, 0, K_DATA) < 0)
        goto done;
    kind_blocks(flags, F_CODE, m, k->gap, k->block_min, blk);
    for (Py_ssize_t i = 0; i < m; i++)
        if (blk[i] && out[i] == K_NONE)
            out[i] = K_CODE;
    kind_blocks(flags, F_VERSE, m, 0, k->verse_min_lines, blk); /* verse has no gaps */
    for (Py_ssize_t i = 0; i < m; i++)
        blk[i] &= out[i] == K_NONE;
    if (mark_runs(k, text, kind, data, sp, m, blk, out, is_verse, 1, K_VERSE) < 0)
        goto done;
    int plain = (double)wrapped >= k->wrapped_share * (double)m && (double)run_on >= k->run_on_share * (double)wrapped;
    result = Py_BuildValue("(y#O)", (const char *)out, m, plain ? Py_True : Py_False);
done:
    PyMem_Free(sp);
    PyMem_Free(flags);
    PyMem_Free(out);
    PyMem_Free(blk);
    return result;
}

static PyMethodDef DocKinds_methods[] = {
    {"scan", (PyCFunction)DocKinds_scan, METH_VARARGS, scan_doc},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject DocKindsType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "stripper._text.DocKinds",
    .tp_basicsize = sizeof(DocKinds),
    .tp_dealloc = (destructor)DocKinds_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "DocKinds(thresholds, bullets, verse_ends, clause_ends, symbols, parens, code_starts, code_ends, "
              "openers, opener_ends): the document-kind detector's data (stripper/doctype.py).",
    .tp_methods = DocKinds_methods,
    .tp_init = (initproc)DocKinds_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------------------------------ */
/* Maker(cls, names): a callable that builds an instance of `cls`, a class whose instances hold
 * exactly its __slots__ `names` (object slots, in that order), from one value per slot, as
 * cls(*values) does when cls's __init__ only stores its arguments (a frozen slotted dataclass
 * without __post_init__, such as stripper.model.Removal; engine.py checks that it is one). A
 * frozen dataclass's __init__ stores each field through object.__setattr__: ~2 us a Removal,
 * 6% of whole-page text mode's time; this stores them in the slots directly. */

typedef struct {
    PyObject_HEAD
    PyTypeObject *cls;
    Py_ssize_t n;
    Py_ssize_t offsets[16];
} MakerObject;

static int
Maker_init(MakerObject *self, PyObject *args, PyObject *kwds)
{
    PyObject *cls, *names;
    if (!PyArg_ParseTuple(args, "O!O!:Maker", &PyType_Type, &cls, &PyTuple_Type, &names))
        return -1;
    const Py_ssize_t n = PyTuple_GET_SIZE(names);
    if (n > 16) {
        PyErr_SetString(PyExc_ValueError, "Maker: at most 16 slots");
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *d = PyObject_GetAttr(cls, PyTuple_GET_ITEM(names, i));
        if (d == NULL)
            return -1;
        int ok = Py_IS_TYPE(d, &PyMemberDescr_Type)
                 && ((PyMemberDescrObject *)d)->d_common.d_type == (PyTypeObject *)cls
                 && ((PyMemberDescrObject *)d)->d_member->type == T_OBJECT_EX;
        if (ok)
            self->offsets[i] = ((PyMemberDescrObject *)d)->d_member->offset;
        Py_DECREF(d);
        if (!ok) {
            PyErr_Format(PyExc_TypeError, "Maker: %R is not an object slot of %R", PyTuple_GET_ITEM(names, i), cls);
            return -1;
        }
    }
    Py_INCREF(cls);
    Py_XSETREF(self->cls, (PyTypeObject *)cls);
    self->n = n;
    return 0;
}

static PyObject *
Maker_call(MakerObject *self, PyObject *args, PyObject *kwds)
{
    if (self->cls == NULL || (kwds != NULL && PyDict_GET_SIZE(kwds)) || PyTuple_GET_SIZE(args) != self->n) {
        PyErr_Format(PyExc_TypeError, "Maker: %zd positional values expected", self->n);
        return NULL;
    }
    PyObject *obj = self->cls->tp_alloc(self->cls, 0);
    if (obj == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->n; i++) {
        PyObject **slot = (PyObject **)((char *)obj + self->offsets[i]);
        Py_XSETREF(*slot, Py_NewRef(PyTuple_GET_ITEM(args, i)));
    }
    return obj;
}

static void
Maker_dealloc(MakerObject *self)
{
    Py_XDECREF(self->cls);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyTypeObject MakerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "stripper._text.Maker",
    .tp_basicsize = sizeof(MakerObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Maker(cls, names): maker(*values) builds a cls whose slots `names` hold `values`, without cls.__init__.",
    .tp_init = (initproc)Maker_init,
    .tp_call = (ternaryfunc)Maker_call,
    .tp_dealloc = (destructor)Maker_dealloc,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------------------------------ */

static PyMethodDef module_methods[] = {
    {"init", init, METH_VARARGS, init_doc},
    {"tokens", tokens, METH_VARARGS, tokens_doc},
    {"line_tokens", line_tokens, METH_VARARGS, line_tokens_doc},
    {"word_count", word_count, METH_VARARGS, word_count_doc},
    {"utf8_length", utf8_length, METH_VARARGS, utf8_length_doc},
    {"json_members", json_members, METH_VARARGS, json_members_doc},
    {"word_counts", word_counts, METH_VARARGS, word_counts_doc},
    {"line_words", line_words, METH_VARARGS, line_words_doc},
    {"ends_sentence", ends_sentence, METH_VARARGS, ends_sentence_doc},
    {"split_lines", split_lines, METH_VARARGS, split_lines_doc},
    {"body", body, METH_VARARGS, body_doc},
    {"body_index", body_index, METH_VARARGS, body_index_doc},
    {"prose_words", prose_words, METH_VARARGS, prose_words_doc},
    {"removal_runs", removal_runs, METH_VARARGS, removal_runs_doc},
    {"has_dense", has_dense, METH_VARARGS, has_dense_doc},
    {"densest", densest, METH_VARARGS, densest_doc},
    {"stage2", stage2, METH_VARARGS, stage2_doc},
    {"trees", trees, METH_VARARGS, trees_doc},
    {"stage1", stage1, METH_VARARGS, stage1_doc},
    {"scores", scores, METH_VARARGS, scores_doc},
    {"in_runs", in_runs, METH_VARARGS, in_runs_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "stripper._text",
    .m_doc = "Words, sentence ends and a page's line statistics (see stripper/segment.py and stripper/page.py).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit__text(void)
{
    if (PyType_Ready(&StatTablesType) < 0 || PyType_Ready(&PageStatsType) < 0 || PyType_Ready(&DocKindsType) < 0
        || PyType_Ready(&VocabularyType) < 0 || PyType_Ready(&MakerType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL)
        return NULL;
    Py_INCREF(&StatTablesType);
    Py_INCREF(&PageStatsType);
    Py_INCREF(&DocKindsType);
    Py_INCREF(&MakerType);
    if (PyModule_AddObject(m, "Maker", (PyObject *)&MakerType) < 0
        || PyModule_AddObject(m, "StatTables", (PyObject *)&StatTablesType) < 0
        || PyModule_AddObject(m, "PageStats", (PyObject *)&PageStatsType) < 0
        || PyModule_AddObject(m, "DocKinds", (PyObject *)&DocKindsType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
