/* The page pass (stripper/page.py) in C: the same verdicts as page.py's Python code, from the same
 * constants (page.py hands them over once with setup()).
 *
 * Exactness, line by line of page.py:
 *  - tokens are \w+ runs of line.lower() (\w: Py_UNICODE_ISALNUM or '_'); characters are lowered
 *    one by one with Py_UNICODE_TOLOWER, which is str.lower() except for U+0130 (two code points)
 *    and a final sigma (another sigma: a word character either way, in no stopword); a line with
 *    U+0130 is lowered by str.lower() itself;
 *  - caps: \b[A-Z] on the line; digits: \d+ runs (\d: Py_UNICODE_ISDECIMAL); whitespace for
 *    strip() and \s is Py_UNICODE_ISSPACE;
 *  - floats are computed in the order and with the types of the Python code, sums added up one
 *    by one from 0.0, and never contracted to fused multiply-adds (the pragma below; build with
 *    -ffp-contract=off too).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
/* No fused multiply-add, whatever the build's flags: a*b+c must round twice, as in Python. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif
#include <float.h>
#include <math.h>
/* x87 arithmetic keeps 80-bit intermediates where Python rounds every operation to a double: the
 * logits would differ. Build with SSE2 (-msse2 -mfpmath=sse) there, or go without this module. */
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD != 0 && FLT_EVAL_METHOD != -1
#error "_pagepass needs double arithmetic without extended precision (FLT_EVAL_METHOD 0)"
#endif
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ constants from page.py */
enum {
    K_GOOD_MIN_WORDS, K_GOOD_MIN_STOP, K_NEAR_MIN_WORDS, K_NEAR_MIN_STOP, K_SHORT_MAX_WORDS,
    K_BULLET_PROSE_WORDS, K_PIPE_MAX, K_NEAR_WEIGHT, K_SHORT_PEN, K_BAD_PEN, K_GOOD_CAP,
    K_REGION2_FRAC, K_REGION_MIN, K_MAX_REGIONS, K_HEAD_LINES, K_LIST_MEAN_WORDS, K_RUN_GAIN,
    K_RUN_CAP, K_PAGE_MIN_LINES, K_PAGE_RUN, K_PAGE_SHORT_FRAC, K_KEEP_THRESHOLD,
    K_PROSE_LOSS_MAX, K_PROSE_MIN_WORDS, K_LANG_LINES, K_LANG_WORDS, NK
};
#define NW1 18
#define NW2 8
#define NFEAT 16
#define MAXSET 32
#define MAXSW 24
#define MAXLANG 32

typedef struct {
    Py_UCS4 c[MAXSET];
    int n;
} CharSet;

typedef struct {
    Py_UCS4 w[MAXSW];
    int len;
    uint32_t mask;
} StopEntry;

static struct {
    int ready;
    double k[NK];
    double w1[NW1], w2[NW2];
    CharSet bullet, end_punct, sent_end, markers;
    StopEntry *stop;
    size_t stop_cap; /* a power of two */
    int stop_maxlen;
    int nlang;
    PyObject *reasons[3]; /* menu, short, outside */
} cfg;

/* ------------------------------------------------------------------ character properties */
enum { F_WORD = 1, F_LWORD = 2, F_DEC = 4, F_SPACE = 8, F_SPECIAL = 16 };

static uint8_t bmp_flags[65536];
static Py_UCS4 bmp_lower[65536];

static unsigned
props_slow(Py_UCS4 c, Py_UCS4 *lower)
{
    Py_UCS4 l = Py_UNICODE_TOLOWER(c);
    unsigned f = 0;
    if (Py_UNICODE_ISALNUM(c) || c == '_')
        f |= F_WORD;
    if (Py_UNICODE_ISALNUM(l) || l == '_')
        f |= F_LWORD;
    if (Py_UNICODE_ISDECIMAL(c))
        f |= F_DEC;
    if (Py_UNICODE_ISSPACE(c))
        f |= F_SPACE;
    if (c == 0x130) /* lowercases to two code points */
        f |= F_SPECIAL;
    *lower = l;
    return f;
}

static inline unsigned
props(Py_UCS4 c, Py_UCS4 *lower)
{
    if (c < 65536) {
        *lower = bmp_lower[c];
        return bmp_flags[c];
    }
    return props_slow(c, lower);
}

static inline int
is_space(Py_UCS4 c)
{
    return c < 65536 ? (bmp_flags[c] & F_SPACE) != 0 : Py_UNICODE_ISSPACE(c);
}

static inline int
in_set(const CharSet *s, Py_UCS4 c)
{
    for (int i = 0; i < s->n; i++)
        if (s->c[i] == c)
            return 1;
    return 0;
}

/* log1p of small counts, from libm's log1p as math.log1p */
#define NLOG 4096
static double log1p_tab[NLOG];

static inline double
log1p_count(int32_t n)
{
    return n >= 0 && n < NLOG ? log1p_tab[n] : log1p((double)n);
}

/* ------------------------------------------------------------------ stopwords */
static inline uint64_t
h_step(uint64_t h, Py_UCS4 c)
{
    return (h ^ c) * 0x100000001b3ULL;
}
#define H_SEED 0xcbf29ce484222325ULL
/* The lines' hashes start from a secret seed drawn from os.urandom when the module loads (not from
 * Python's str hash, which PYTHONHASHSEED makes public), so that no page can be made of many lines
 * with one hash (the duplicate table would take quadratic time). Verdicts do not depend on it. */
static uint64_t line_seed = H_SEED;

static inline uint64_t
h_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

static uint32_t
stop_lookup(const Py_UCS4 *w, int len, uint64_t h)
{
    size_t mask = cfg.stop_cap - 1, i = (size_t)h & mask;
    for (;;) {
        StopEntry *e = &cfg.stop[i];
        if (e->len == 0)
            return 0;
        if (e->len == len && memcmp(e->w, w, (size_t)len * sizeof(Py_UCS4)) == 0)
            return e->mask;
        i = (i + 1) & mask;
    }
}

/* ------------------------------------------------------------------ per line */
typedef struct {
    Py_ssize_t a, b;  /* the stripped line is [a, b) */
    uint64_t h;       /* hash of the stripped line */
    Py_ssize_t caps, digs, pipes, spaces;
    int32_t nw, runlen;
    int8_t cls;       /* 2, 1, 0, -1; 9 for a blank line */
    int8_t bullet, heur, dup;
    double sd;
} Line;
#define BLANK 9

typedef struct {
    uint32_t *m;
    Py_ssize_t n, cap;
} TokBuf;

static int
tok_push(TokBuf *tb, uint32_t mask)
{
    if (tb->n == tb->cap) {
        Py_ssize_t cap = tb->cap ? tb->cap * 2 : 256;
        uint32_t *m = PyMem_Realloc(tb->m, (size_t)cap * sizeof(uint32_t));
        if (!m) {
            PyErr_NoMemory();
            return -1;
        }
        tb->m = m;
        tb->cap = cap;
    }
    tb->m[tb->n++] = mask;
    return 0;
}

/* Scan one line: its stripped span and hash, counts of caps, digit runs, '|' and ' ', and its
 * tokens' stopword masks (into tb). Returns 1 if the line must be lowered by str.lower(), -1 on
 * error, else 0. */
#define DEFINE_SCAN(NAME, T)                                                                    \
    static int NAME(const T *d, Py_ssize_t len, Line *ln, TokBuf *tb)                           \
    {                                                                                           \
        int prev_word = 0, prev_dec = 0, in_tok = 0, toklen = 0, special = 0, started = 0;       \
        Py_ssize_t caps = 0, digs = 0, pipes = 0, spaces = 0, spaces_last = 0;                  \
        uint64_t h = line_seed, h_last = line_seed, th = H_SEED;                                \
        Py_ssize_t a = len, b = len;                                                            \
        Py_UCS4 buf[MAXSW];                                                                     \
        const int maxlen = cfg.stop_maxlen;                                                     \
        for (Py_ssize_t i = 0; i < len; i++) {                                                  \
            Py_UCS4 c = d[i], lc;                                                               \
            unsigned f = props(c, &lc);                                                         \
            if (c >= 'A' && c <= 'Z' && !prev_word)                                             \
                caps++;                                                                         \
            if ((f & F_DEC) && !prev_dec)                                                       \
                digs++;                                                                         \
            prev_word = f & F_WORD;                                                             \
            prev_dec = f & F_DEC;                                                               \
            special |= f & F_SPECIAL;                                                           \
            if (!(f & F_SPACE)) {                                                               \
                if (!started) {                                                                 \
                    started = 1;                                                                \
                    a = i;                                                                      \
                }                                                                               \
                h = h_step(h, c);                                                               \
                h_last = h;                                                                     \
                spaces_last = spaces;                                                           \
                b = i + 1;                                                                      \
                if (c == '|')                                                                   \
                    pipes++;                                                                    \
            }                                                                                   \
            else if (started) {                                                                 \
                h = h_step(h, c);                                                               \
                if (c == ' ')                                                                   \
                    spaces++;                                                                   \
            }                                                                                   \
            if (f & F_LWORD) {                                                                  \
                if (!in_tok) {                                                                  \
                    in_tok = 1;                                                                 \
                    toklen = 0;                                                                 \
                    th = H_SEED;                                                                \
                }                                                                               \
                if (toklen < maxlen) {                                                          \
                    buf[toklen] = lc;                                                           \
                    th = h_step(th, lc);                                                        \
                }                                                                               \
                if (toklen < INT_MAX)                                                           \
                    toklen++;                                                                   \
            }                                                                                   \
            else if (in_tok) {                                                                  \
                in_tok = 0;                                                                     \
                if (tok_push(tb, toklen <= maxlen ? stop_lookup(buf, toklen, th) : 0) < 0)      \
                    return -1;                                                                  \
            }                                                                                   \
        }                                                                                       \
        if (in_tok && tok_push(tb, toklen <= maxlen ? stop_lookup(buf, toklen, th) : 0) < 0)    \
            return -1;                                                                          \
        ln->a = a;                                                                              \
        ln->b = b;                                                                              \
        ln->h = h_last;                                                                         \
        ln->caps = caps;                                                                        \
        ln->digs = digs;                                                                        \
        ln->pipes = pipes;                                                                      \
        ln->spaces = spaces_last;                                                               \
        return special ? 1 : 0;                                                                 \
    }

DEFINE_SCAN(scan1, Py_UCS1)
DEFINE_SCAN(scan2, Py_UCS2)
DEFINE_SCAN(scan4, Py_UCS4)

/* The tokens of an already lowered string (a line with U+0130, lowered by str.lower()). */
static int
tokens_of_lowered(PyObject *s, TokBuf *tb)
{
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    int in_tok = 0, toklen = 0;
    uint64_t th = H_SEED;
    Py_UCS4 buf[MAXSW];
    const int maxlen = cfg.stop_maxlen;
    for (Py_ssize_t i = 0; i <= len; i++) {
        Py_UCS4 c = 0, lc;
        unsigned f = 0;
        if (i < len) {
            c = PyUnicode_READ(kind, d, i);
            f = props(c, &lc);
        }
        if (f & F_WORD) {
            if (!in_tok) {
                in_tok = 1;
                toklen = 0;
                th = H_SEED;
            }
            if (toklen < maxlen) {
                buf[toklen] = c;
                th = h_step(th, c);
            }
            if (toklen < INT_MAX)
                toklen++;
        }
        else if (in_tok) {
            in_tok = 0;
            if (tok_push(tb, toklen <= maxlen ? stop_lookup(buf, toklen, th) : 0) < 0)
                return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ helpers */
static inline Py_UCS4
ch(PyObject *s, Py_ssize_t i)
{
    return PyUnicode_READ(PyUnicode_KIND(s), PyUnicode_DATA(s), i);
}

static int
same_span(PyObject *s, const Line *x, PyObject *t, const Line *y)
{
    Py_ssize_t n = x->b - x->a;
    if (n != y->b - y->a)
        return 0;
    int ks = PyUnicode_KIND(s), kt = PyUnicode_KIND(t);
    const char *ds = PyUnicode_DATA(s), *dt = PyUnicode_DATA(t);
    if (ks == kt)
        return memcmp(ds + x->a * ks, dt + y->a * kt, (size_t)(n * ks)) == 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (PyUnicode_READ(ks, ds, x->a + i) != PyUnicode_READ(kt, dt, y->a + i))
            return 0;
    return 1;
}

/* Kadane over v[0..n): the run with the largest sum; a used position breaks every run. */
static double
densest(const double *v, Py_ssize_t n, const int8_t *used, Py_ssize_t *bs_out, Py_ssize_t *be_out)
{
    double best = 0.0, cur = 0.0;
    Py_ssize_t bs = 0, be = 0, s0 = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (used && used[i]) {
            cur = 0.0;
            continue;
        }
        if (cur <= 0) {
            cur = v[i];
            s0 = i;
        }
        else
            cur += v[i];
        if (cur > best) {
            best = cur;
            bs = s0;
            be = i + 1;
        }
    }
    *bs_out = bs;
    *be_out = be;
    return best;
}

static PyObject *
check_ready(void)
{
    if (!cfg.ready) {
        PyErr_SetString(PyExc_RuntimeError, "stripper._pagepass: setup() was not called");
        return NULL;
    }
    return Py_None;
}

/* ------------------------------------------------------------------ the page pass */
typedef struct {
    Py_ssize_t n;          /* lines */
    PyObject **items;      /* borrowed */
    Line *ln;
    Py_ssize_t *idx;       /* non-blank lines */
    Py_ssize_t m;
    double *sc;            /* heuristic scores (n), then reused */
    int8_t *used;          /* n */
    double *s1;            /* stage-1 logits (m) */
    double *v2;            /* stage-2 logits (m) */
    int32_t *stopc;        /* n * nlang */
} Pass;

static void
pass_free(Pass *p)
{
    PyMem_Free(p->ln);
    PyMem_Free(p->idx);
    PyMem_Free(p->sc);
    PyMem_Free(p->used);
    PyMem_Free(p->s1);
    PyMem_Free(p->v2);
    PyMem_Free(p->stopc);
}

static int
run_pass(Pass *P)
{
    const double *K = cfg.k;
    const Py_ssize_t n = P->n;
    const int L = cfg.nlang;
    size_t n1 = (size_t)(n ? n : 1);
    P->ln = PyMem_Calloc(n1, sizeof(Line));
    P->idx = PyMem_Malloc(n1 * sizeof(Py_ssize_t));
    P->sc = PyMem_Malloc(n1 * sizeof(double));
    P->used = PyMem_Calloc(n1, 1);
    P->s1 = PyMem_Malloc(n1 * sizeof(double));
    P->v2 = PyMem_Malloc(n1 * sizeof(double));
    P->stopc = PyMem_Calloc(n1 * (size_t)L, sizeof(int32_t));
    if (!P->ln || !P->idx || !P->sc || !P->used || !P->s1 || !P->v2 || !P->stopc) {
        PyErr_NoMemory();
        return -1;
    }
    Line *ln = P->ln;
    TokBuf tb = {NULL, 0, 0};
    int64_t langcnt[MAXLANG] = {0};
    double lang_words_left = K[K_LANG_WORDS];
    const double lang_lines = K[K_LANG_LINES];

    /* per-line counts */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *s = P->items[i];
        if (!PyUnicode_Check(s)) {
            PyErr_SetString(PyExc_TypeError, "lines must be str");
            goto fail;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(s) < 0)
            goto fail;
#endif
        Py_ssize_t len = PyUnicode_GET_LENGTH(s);
        const void *d = PyUnicode_DATA(s);
        int r;
        tb.n = 0;
        switch (PyUnicode_KIND(s)) {
        case PyUnicode_1BYTE_KIND: r = scan1(d, len, &ln[i], &tb); break;
        case PyUnicode_2BYTE_KIND: r = scan2(d, len, &ln[i], &tb); break;
        default: r = scan4(d, len, &ln[i], &tb); break;
        }
        if (r < 0)
            goto fail;
        if (r == 1) {
            /* str.lower itself, not a subclass's: no Python code runs during the pass */
            PyObject *low = PyObject_CallMethod((PyObject *)&PyUnicode_Type, "lower", "O", s);
            if (!low)
                goto fail;
            tb.n = 0;
            r = tokens_of_lowered(low, &tb);
            Py_DECREF(low);
            if (r < 0)
                goto fail;
        }
        if (tb.n > INT32_MAX) {
            PyErr_SetString(PyExc_OverflowError, "line too long");
            goto fail;
        }
        ln[i].nw = (int32_t)tb.n;
        int32_t *sc = P->stopc + (size_t)i * (size_t)L;
        int prefix = (double)i < lang_lines;
        for (Py_ssize_t t = 0; t < tb.n; t++) {
            uint32_t mk = tb.m[t];
            int counted = prefix && lang_words_left > 0;
            if (counted)
                lang_words_left -= 1;
            if (!mk)
                continue;
            for (int l = 0; l < L; l++)
                if (mk & (1u << l)) {
                    sc[l]++;
                    if (counted)
                        langcnt[l]++;
                }
        }
    }
    PyMem_Free(tb.m);
    tb.m = NULL;

    /* the language: most stopwords among the first words; the first on a tie */
    int lang = 0;
    {
        int64_t best = -1;
        for (int l = 0; l < L; l++)
            if (langcnt[l] > best) {
                best = langcnt[l];
                lang = l;
            }
    }

    /* classes and bullets */
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Line *x = &ln[i];
        PyObject *s = P->items[i];
        int32_t nw = x->nw;
        x->sd = nw ? (double)P->stopc[(size_t)i * (size_t)L + (size_t)lang] / (double)nw : 0.0;
        if (x->a >= x->b) {
            x->cls = BLANK;
            continue;
        }
        P->idx[m++] = i;
        if (nw == 0 || (double)x->pipes >= K[K_PIPE_MAX])
            x->cls = -1;
        else if ((double)nw >= K[K_GOOD_MIN_WORDS] && x->sd >= K[K_GOOD_MIN_STOP])
            x->cls = 2;
        else if ((double)nw >= K[K_NEAR_MIN_WORDS] && x->sd >= K[K_NEAR_MIN_STOP])
            x->cls = 1;
        else
            x->cls = 0;
        /* BULLET_RE: \s*(?:[markers]|\d{1,3}[.)])\s at the line's start */
        Py_ssize_t len = PyUnicode_GET_LENGTH(s), a = x->a;
        Py_UCS4 c0 = ch(s, a);
        if (in_set(&cfg.bullet, c0))
            x->bullet = a + 1 < len && is_space(ch(s, a + 1));
        else {
            Py_ssize_t k = 0;
            Py_UCS4 lc;
            while (k < 4 && a + k < len && (props(ch(s, a + k), &lc) & F_DEC))
                k++;
            if (k >= 1 && k <= 3 && a + k + 1 < len) {
                Py_UCS4 c1 = ch(s, a + k);
                x->bullet = (c1 == '.' || c1 == ')') && is_space(ch(s, a + k + 1));
            }
        }
    }
    P->m = m;

    /* bullet lists: a list of short items is a menu; a prose line in a list is near-good at most */
    for (Py_ssize_t i = 0; i < n;) {
        if (ln[i].bullet) {
            Py_ssize_t j = i, items = 0;
            int64_t words = 0;
            while (j < n && (ln[j].cls == BLANK || ln[j].bullet)) {
                if (ln[j].cls != BLANK) {
                    items++;
                    words += ln[j].nw;
                }
                j++;
            }
            int menu = (double)words < K[K_LIST_MEAN_WORDS] * (double)items;
            for (Py_ssize_t k = i; k < j; k++) {
                if (ln[k].cls == BLANK)
                    continue;
                if (menu)
                    ln[k].cls = -1;
                else if (ln[k].cls == 2 && (double)ln[k].nw < K[K_BULLET_PROSE_WORDS])
                    ln[k].cls = 1;
            }
            i = j;
        }
        else
            i++;
    }

    /* short runs */
    for (Py_ssize_t i = 0; i < n;) {
        if (ln[i].cls != BLANK && (double)ln[i].nw <= K[K_SHORT_MAX_WORDS]) {
            Py_ssize_t j = i;
            int32_t cnt = 0;
            while (j < n && (ln[j].cls == BLANK || (double)ln[j].nw <= K[K_SHORT_MAX_WORDS])) {
                if (ln[j].cls != BLANK)
                    cnt++;
                j++;
            }
            for (Py_ssize_t k = i; k < j; k++)
                if (ln[k].cls != BLANK)
                    ln[k].runlen = cnt;
            i = j;
        }
        else
            i++;
    }

    /* duplicate lines: a hash table over the stripped lines */
    if (m) {
        size_t cap = 8;
        while (cap < (size_t)m * 2)
            cap <<= 1;
        Py_ssize_t *slot_line = PyMem_Malloc(cap * sizeof(Py_ssize_t));
        int32_t *slot_cnt = PyMem_Calloc(cap, sizeof(int32_t));
        size_t *line_slot = PyMem_Malloc((size_t)m * sizeof(size_t));
        if (!slot_line || !slot_cnt || !line_slot) {
            PyMem_Free(slot_line);
            PyMem_Free(slot_cnt);
            PyMem_Free(line_slot);
            PyErr_NoMemory();
            goto fail;
        }
        for (Py_ssize_t p = 0; p < m; p++) {
            Py_ssize_t i = P->idx[p];
            /* Probed as CPython's dict does, the whole hash perturbing the sequence: lines that
             * share the low bits of their hash do not share a probe chain. */
            uint64_t perturb = h_mix(ln[i].h);
            size_t k = (size_t)perturb & (cap - 1);
            for (;;) {
                if (slot_cnt[k] == 0) {
                    slot_line[k] = i;
                    slot_cnt[k] = 1;
                    break;
                }
                Py_ssize_t o = slot_line[k];
                if (ln[o].h == ln[i].h && same_span(P->items[o], &ln[o], P->items[i], &ln[i])) {
                    slot_cnt[k]++;
                    break;
                }
                perturb >>= 5;
                k = (k * 5 + 1 + (size_t)perturb) & (cap - 1);
            }
            line_slot[p] = k;
        }
        for (Py_ssize_t p = 0; p < m; p++)
            ln[P->idx[p]].dup = slot_cnt[line_slot[p]] > 1;
        PyMem_Free(slot_line);
        PyMem_Free(slot_cnt);
        PyMem_Free(line_slot);
    }

    /* the region heuristic */
    double *sc = P->sc;
    for (Py_ssize_t i = 0; i < n; i++) {
        int c = ln[i].cls;
        double nwd = (double)ln[i].nw;
        sc[i] = c == BLANK ? 0.0
              : c == 2 ? (nwd < K[K_GOOD_CAP] ? nwd : K[K_GOOD_CAP])
              : c == 1 ? K[K_NEAR_WEIGHT] * nwd
              : c == 0 ? -K[K_SHORT_PEN]
              : -K[K_BAD_PEN];
    }
    for (Py_ssize_t i = 0; i < n;) {
        int ci = ln[i].cls;
        if (ci != BLANK && ci <= 0) {
            Py_ssize_t j = i;
            double cnt = 0;
            while (j < n && (ln[j].cls == BLANK || ln[j].cls <= 0)) {
                if (ln[j].cls != BLANK)
                    cnt += 1;
                j++;
            }
            double r = cnt - 1 < K[K_RUN_CAP] ? cnt - 1 : K[K_RUN_CAP];
            double f = 1.0 + K[K_RUN_GAIN] * r;
            for (Py_ssize_t k = i; k < j; k++)
                if (ln[k].cls != BLANK)
                    sc[k] *= f;
            i = j;
        }
        else
            i++;
    }
    {
        int8_t *used = P->used;
        double best0 = 0.0;
        int have0 = 0;
        for (long r = 0; r < (long)K[K_MAX_REGIONS]; r++) {
            Py_ssize_t bs, be;
            double best = densest(sc, n, used, &bs, &be);
            if (best <= 0)
                break;
            if (!have0) {
                best0 = best;
                have0 = 1;
            }
            else if (best < K[K_REGION2_FRAC] * best0 || best < K[K_REGION_MIN])
                break;
            for (Py_ssize_t i = bs; i < be; i++) {
                used[i] = 1;
                ln[i].heur = 1;
            }
            Py_ssize_t j = bs - 1;
            long k = 0;
            while (j >= 0 && k < (long)K[K_HEAD_LINES]) {
                if (ln[j].cls == BLANK) {
                    j--;
                    continue;
                }
                if (ln[j].cls == -1)
                    break;
                ln[j].heur = 1;
                k++;
                j--;
            }
        }
        for (Py_ssize_t i = 0; i < n; i++)
            if (ln[i].cls == -1)
                ln[i].heur = 0;
    }

    /* stage 1 */
    {
        const double *w1 = cfg.w1;
        const double b1 = w1[NW1 - 1], wh = w1[NW1 - 2];
        for (Py_ssize_t p = 0; p < m; p++) {
            Line *x = &ln[P->idx[p]];
            PyObject *s = P->items[P->idx[p]];
            double nwd = (double)x->nw, f[NFEAT];
            f[0] = log1p_count(x->nw);
            f[1] = x->sd;
            f[2] = x->bullet ? 1.0 : 0.0;
            f[3] = x->cls == -1 ? 1.0 : 0.0;
            f[4] = in_set(&cfg.end_punct, ch(s, x->b - 1)) ? 1.0 : 0.0;
            f[5] = x->nw <= 3 ? 1.0 : 0.0;
            f[6] = log1p_count(x->runlen);
            f[7] = x->pipes ? 1.0 : 0.0;
            f[8] = (double)x->caps / (nwd + 1.0);
            f[9] = (double)x->digs / (nwd + 1.0);
            f[10] = x->dup ? 1.0 : 0.0;
            if (p > 0) {
                Line *y = &ln[P->idx[p - 1]];
                f[11] = log1p_count(y->nw);
                f[12] = y->sd;
            }
            else
                f[11] = f[12] = 0.0;
            if (p + 1 < m) {
                Line *y = &ln[P->idx[p + 1]];
                f[13] = log1p_count(y->nw);
                f[14] = y->sd;
            }
            else
                f[13] = f[14] = 0.0;
            f[15] = (double)p / (double)m;
            double sum = 0.0;
            for (int k = 0; k < NFEAT; k++)
                sum += f[k] * w1[k];
            P->s1[p] = b1 + (x->heur ? wh : 0.0) + sum;
        }
    }

    /* stage 2 */
    if (m) {
        const double *s = P->s1, *w2 = cfg.w2;
        double *prod = P->sc; /* the heuristic's scores are no longer needed */
        for (Py_ssize_t p = 0; p < m; p++)
            prod[p] = s[p] * (double)(ln[P->idx[p]].nw + 1);
        Py_ssize_t bs, be;
        densest(prod, m, NULL, &bs, &be);
        double total = 0.0;
        for (Py_ssize_t p = 0; p < m; p++)
            total += s[p];
        double mean = total / (double)m;
        double base = w2[6] * mean + w2[7];
        for (Py_ssize_t p = 0; p < m; p++) {
            double p1 = p >= 1 ? s[p - 1] : 0.0, p2 = p >= 2 ? s[p - 2] : 0.0;
            double n1 = p + 1 < m ? s[p + 1] : 0.0, n2 = p + 2 < m ? s[p + 2] : 0.0;
            double r = p >= bs && p < be ? w2[5] : 0.0;
            P->v2[p] = base + w2[0] * s[p] + w2[1] * p1 + w2[2] * n1 + w2[3] * p2 + w2[4] * n2 + r;
        }
    }
    return 0;
fail:
    PyMem_Free(tb.m);
    return -1;
}

static PyObject *
verdicts(Pass *P, int guard)
{
    const double *K = cfg.k;
    Line *ln = P->ln;
    const Py_ssize_t n = P->n;
    PyObject **why = PyMem_Calloc((size_t)(n ? n : 1), sizeof(PyObject *));
    if (!why)
        return PyErr_NoMemory();
    for (Py_ssize_t p = 0; p < P->m; p++) {
        if (P->v2[p] <= K[K_KEEP_THRESHOLD]) {
            Line *x = &ln[P->idx[p]];
            why[P->idx[p]] = x->cls == -1 ? cfg.reasons[0]
                           : (double)x->nw <= K[K_SHORT_MAX_WORDS] ? cfg.reasons[1]
                           : cfg.reasons[2];
        }
    }
    if (guard) {
        /* words of the prose lines (>= PROSE_MIN_WORDS words, ending a sentence) */
        int64_t total = 0, removed = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            Line *x = &ln[i];
            int64_t w = (int64_t)x->spaces + 1;
            if (x->a < x->b && (double)w >= K[K_PROSE_MIN_WORDS]
                && in_set(&cfg.sent_end, ch(P->items[i], x->b - 1))) {
                total += w;
                if (why[i])
                    removed += w;
            }
            else
                x->spaces = -1; /* no prose line */
        }
        if (total && (double)removed > K[K_PROSE_LOSS_MAX] * (double)total)
            for (Py_ssize_t i = 0; i < n; i++)
                if (why[i] && ln[i].spaces >= 0)
                    why[i] = NULL;
    }
    PyObject *out = PyList_New(n);
    if (out)
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *o = why[i] ? why[i] : Py_None;
            Py_INCREF(o);
            PyList_SET_ITEM(out, i, o);
        }
    PyMem_Free(why);
    return out;
}

/* Python lists of the pass's intermediate results, for tests. */
static PyObject *
details(Pass *P)
{
    const Py_ssize_t n = P->n, m = P->m;
    PyObject *cls = PyList_New(n), *nw = PyList_New(n), *sds = PyList_New(n), *bullet = PyList_New(n),
             *heur = PyList_New(n), *caps = PyList_New(n), *digs = PyList_New(n), *dup = PyList_New(n),
             *idx = PyList_New(m), *s1 = PyList_New(m), *v2 = PyList_New(m), *res = NULL;
    if (!cls || !nw || !sds || !bullet || !heur || !caps || !digs || !dup || !idx || !s1 || !v2)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        Line *x = &P->ln[i];
        PyObject *c = x->cls == BLANK ? (Py_INCREF(Py_None), Py_None) : PyLong_FromLong(x->cls);
        PyList_SET_ITEM(cls, i, c);
        PyList_SET_ITEM(nw, i, PyLong_FromLong(x->nw));
        PyList_SET_ITEM(sds, i, PyFloat_FromDouble(x->sd));
        PyList_SET_ITEM(bullet, i, PyBool_FromLong(x->bullet));
        PyList_SET_ITEM(heur, i, PyBool_FromLong(x->heur));
        PyList_SET_ITEM(caps, i, PyLong_FromSsize_t(x->caps));
        PyList_SET_ITEM(digs, i, PyLong_FromSsize_t(x->digs));
        PyList_SET_ITEM(dup, i, PyBool_FromLong(x->dup));
    }
    for (Py_ssize_t p = 0; p < m; p++) {
        PyList_SET_ITEM(idx, p, PyLong_FromSsize_t(P->idx[p]));
        PyList_SET_ITEM(s1, p, PyFloat_FromDouble(P->s1[p]));
        PyList_SET_ITEM(v2, p, PyFloat_FromDouble(P->v2[p]));
    }
    if (PyErr_Occurred())
        goto done;
    res = Py_BuildValue("{sOsOsOsOsOsOsOsOsOsOsO}", "cls", cls, "nw", nw, "sds", sds, "bullet", bullet,
                        "heur", heur, "caps", caps, "digs", digs, "dup", dup, "idx", idx, "s1", s1,
                        "v2", v2);
done:
    Py_XDECREF(cls);
    Py_XDECREF(nw);
    Py_XDECREF(sds);
    Py_XDECREF(bullet);
    Py_XDECREF(heur);
    Py_XDECREF(caps);
    Py_XDECREF(digs);
    Py_XDECREF(dup);
    Py_XDECREF(idx);
    Py_XDECREF(s1);
    Py_XDECREF(v2);
    return res;
}

/* classify(lines, mode): mode 0 classify, 1 guarded_classify, 2 a dict of intermediate results */
static PyObject *
pp_classify(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *lines, *seq, *res = NULL;
    int mode;
    if (!PyArg_ParseTuple(args, "Oi:classify", &lines, &mode))
        return NULL;
    if (!check_ready())
        return NULL;
    /* a tuple of its own: the lines stay alive and in place whatever happens to `lines` */
    seq = PySequence_Tuple(lines);
    if (!seq)
        return NULL;
    Pass P;
    memset(&P, 0, sizeof P);
    P.n = PySequence_Fast_GET_SIZE(seq);
    P.items = PySequence_Fast_ITEMS(seq);
    if (run_pass(&P) == 0)
        res = mode == 2 ? details(&P) : verdicts(&P, mode == 1);
    pass_free(&P);
    Py_DECREF(seq);
    return res;
}

/* looks_like_page(lines): page.py's gate */
static PyObject *
pp_looks_like_page(PyObject *self, PyObject *lines)
{
    (void)self;
    const double *K = cfg.k;
    if (!check_ready())
        return NULL;
    PyObject *seq = PySequence_Fast(lines, "lines must be a sequence");
    if (!seq)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    int64_t ne = 0, hit = 0, run = 0;
    if ((double)n >= K[K_PAGE_MIN_LINES]) {
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *s = items[i];
            if (!PyUnicode_Check(s)) {
                Py_DECREF(seq);
                PyErr_SetString(PyExc_TypeError, "lines must be str");
                return NULL;
            }
#if PY_VERSION_HEX < 0x030C0000
            if (PyUnicode_READY(s) < 0) {
                Py_DECREF(seq);
                return NULL;
            }
#endif
            int kind = PyUnicode_KIND(s);
            const void *d = PyUnicode_DATA(s);
            Py_ssize_t a = 0, b = PyUnicode_GET_LENGTH(s);
            while (a < b && is_space(PyUnicode_READ(kind, d, a)))
                a++;
            if (a == b)
                continue;
            while (is_space(PyUnicode_READ(kind, d, b - 1)))
                b--;
            ne++;
            while (a < b && in_set(&cfg.markers, PyUnicode_READ(kind, d, a)))
                a++;
            double sp = 0;
            for (; a < b && sp < K[K_SHORT_MAX_WORDS]; a++)
                if (PyUnicode_READ(kind, d, a) == ' ')
                    sp += 1;
            if (sp < K[K_SHORT_MAX_WORDS])
                run++;
            else {
                if ((double)run >= K[K_PAGE_RUN])
                    hit += run;
                run = 0;
            }
        }
        if ((double)run >= K[K_PAGE_RUN])
            hit += run;
    }
    Py_DECREF(seq);
    return PyBool_FromLong((double)ne >= K[K_PAGE_MIN_LINES] && (double)hit >= K[K_PAGE_SHORT_FRAC] * (double)ne);
}

/* ------------------------------------------------------------------ setup */
static int
charset(PyObject *s, CharSet *out, const char *what)
{
    if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) > MAXSET) {
        PyErr_Format(PyExc_ValueError, "%s: a str of at most %d characters", what, MAXSET);
        return -1;
    }
    out->n = (int)PyUnicode_GET_LENGTH(s);
    for (int i = 0; i < out->n; i++)
        out->c[i] = PyUnicode_READ_CHAR(s, i);
    return 0;
}

static int
floats(PyObject *seq, double *out, Py_ssize_t n, const char *what)
{
    PyObject *f = PySequence_Fast(seq, what);
    if (!f)
        return -1;
    if (PySequence_Fast_GET_SIZE(f) != n) {
        PyErr_Format(PyExc_ValueError, "%s: %zd numbers expected", what, n);
        Py_DECREF(f);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        out[i] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(f, i));
        if (out[i] == -1.0 && PyErr_Occurred()) {
            Py_DECREF(f);
            return -1;
        }
    }
    Py_DECREF(f);
    return 0;
}

static int
stopwords(PyObject *langs)
{
    /* Everything as tuples first: the table is sized from what will be put in it. */
    PyObject *outer = PySequence_Tuple(langs);
    if (!outer)
        return -1;
    Py_ssize_t nl = PyTuple_GET_SIZE(outer), total = 0;
    if (nl < 1 || nl > MAXLANG) {
        PyErr_Format(PyExc_ValueError, "stopwords: 1 to %d languages", MAXLANG);
        Py_DECREF(outer);
        return -1;
    }
    PyObject *ls = PyTuple_New(nl);
    if (!ls) {
        Py_DECREF(outer);
        return -1;
    }
    for (Py_ssize_t l = 0; l < nl; l++) {
        PyObject *t = PySequence_Tuple(PyTuple_GET_ITEM(outer, l));
        if (!t) {
            Py_DECREF(outer);
            Py_DECREF(ls);
            return -1;
        }
        PyTuple_SET_ITEM(ls, l, t);
        total += PyTuple_GET_SIZE(t);
    }
    Py_DECREF(outer);
    size_t cap = 16;
    while (cap < (size_t)total * 2)
        cap <<= 1;
    StopEntry *tab = PyMem_Calloc(cap, sizeof(StopEntry));
    if (!tab) {
        Py_DECREF(ls);
        PyErr_NoMemory();
        return -1;
    }
    int maxlen = 0;
    for (Py_ssize_t l = 0; l < nl; l++) {
        PyObject *ws = PySequence_Fast(PySequence_Fast_GET_ITEM(ls, l), "stopwords");
        if (!ws)
            goto fail;
        for (Py_ssize_t j = 0; j < PySequence_Fast_GET_SIZE(ws); j++) {
            PyObject *w = PySequence_Fast_GET_ITEM(ws, j);
            if (!PyUnicode_Check(w) || PyUnicode_GET_LENGTH(w) < 1 || PyUnicode_GET_LENGTH(w) > MAXSW) {
                PyErr_Format(PyExc_ValueError, "stopwords: str of 1 to %d characters", MAXSW);
                Py_DECREF(ws);
                goto fail;
            }
            int len = (int)PyUnicode_GET_LENGTH(w);
            Py_UCS4 buf[MAXSW];
            uint64_t h = H_SEED;
            for (int i = 0; i < len; i++) {
                buf[i] = PyUnicode_READ_CHAR(w, i);
                h = h_step(h, buf[i]);
            }
            if (len > maxlen)
                maxlen = len;
            size_t i = (size_t)h & (cap - 1);
            for (;;) {
                StopEntry *e = &tab[i];
                if (e->len == 0) {
                    memcpy(e->w, buf, (size_t)len * sizeof(Py_UCS4));
                    e->len = len;
                    e->mask = 1u << l;
                    break;
                }
                if (e->len == len && memcmp(e->w, buf, (size_t)len * sizeof(Py_UCS4)) == 0) {
                    e->mask |= 1u << l;
                    break;
                }
                i = (i + 1) & (cap - 1);
            }
        }
        Py_DECREF(ws);
    }
    Py_DECREF(ls);
    PyMem_Free(cfg.stop);
    cfg.stop = tab;
    cfg.stop_cap = cap;
    cfg.stop_maxlen = maxlen;
    cfg.nlang = (int)nl;
    return 0;
fail:
    Py_DECREF(ls);
    PyMem_Free(tab);
    return -1;
}

/* setup(numbers, w1, w2, stopwords, bullet_markers, end_punct, sent_end, gate_markers, reasons) */
static PyObject *
pp_setup(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *nums, *w1, *w2, *stop, *bullet, *endp, *sent, *markers, *reasons;
    if (!PyArg_ParseTuple(args, "OOOOUUUUO:setup", &nums, &w1, &w2, &stop, &bullet, &endp, &sent, &markers,
                          &reasons))
        return NULL;
    cfg.ready = 0;
    if (floats(nums, cfg.k, NK, "numbers") < 0 || floats(w1, cfg.w1, NW1, "w1") < 0
        || floats(w2, cfg.w2, NW2, "w2") < 0 || charset(bullet, &cfg.bullet, "bullet_markers") < 0
        || charset(endp, &cfg.end_punct, "end_punct") < 0 || charset(sent, &cfg.sent_end, "sent_end") < 0
        || charset(markers, &cfg.markers, "gate_markers") < 0 || stopwords(stop) < 0)
        return NULL;
    if (!PyTuple_Check(reasons) || PyTuple_GET_SIZE(reasons) != 3) {
        PyErr_SetString(PyExc_ValueError, "reasons: a tuple of 3");
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        PyObject *r = PyTuple_GET_ITEM(reasons, i);
        Py_INCREF(r);
        Py_XSETREF(cfg.reasons[i], r);
    }
    cfg.ready = 1;
    Py_RETURN_NONE;
}

/* _lower(c): the per-character lowercase used for tokens (tests compare it with str.lower). */
static PyObject *
pp_lower(PyObject *self, PyObject *arg)
{
    (void)self;
    long c = PyLong_AsLong(arg);
    if (c == -1 && PyErr_Occurred())
        return NULL;
    if (c < 0 || c > 0x10FFFF) {
        PyErr_SetString(PyExc_ValueError, "not a code point");
        return NULL;
    }
    Py_UCS4 lc;
    unsigned f = props((Py_UCS4)c, &lc);
    return Py_BuildValue("(kO)", (unsigned long)lc, (f & F_SPECIAL) ? Py_True : Py_False);
}

static PyMethodDef methods[] = {
    {"setup", pp_setup, METH_VARARGS, "Hand over page.py's constants."},
    {"classify", pp_classify, METH_VARARGS,
     "classify(lines, mode): per line None or a reason; mode 1 with the prose guard, 2 details."},
    {"looks_like_page", pp_looks_like_page, METH_O, "The page gate."},
    {"_lower", pp_lower, METH_O, "(lowercase code point, lowered by str.lower instead)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "_pagepass", "The page pass of stripper.page in C.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__pagepass(void)
{
    for (Py_UCS4 c = 0; c < 65536; c++) {
        Py_UCS4 l;
        bmp_flags[c] = (uint8_t)props_slow(c, &l);
        bmp_lower[c] = l;
    }
    for (int i = 0; i < NLOG; i++)
        log1p_tab[i] = log1p((double)i);
    PyObject *os = PyImport_ImportModule("os");
    if (!os)
        return NULL;
    PyObject *seed = PyObject_CallMethod(os, "urandom", "i", 8);
    Py_DECREF(os);
    if (!seed)
        return NULL;
    if (!PyBytes_Check(seed) || PyBytes_GET_SIZE(seed) != 8) {
        Py_DECREF(seed);
        PyErr_SetString(PyExc_RuntimeError, "os.urandom(8) gave no 8 bytes");
        return NULL;
    }
    uint64_t secret;
    memcpy(&secret, PyBytes_AS_STRING(seed), sizeof secret);
    Py_DECREF(seed);
    line_seed = h_mix(H_SEED ^ secret);
    return PyModule_Create(&moddef);
}
