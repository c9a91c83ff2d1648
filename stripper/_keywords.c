/* stripper._keywords: C passes over whole documents for the rule matcher (stripper/match.py).
 *
 * - Automaton: an Aho-Corasick automaton over the rules' keywords (lowercase UTF-8 byte strings),
 *   each with two rule bit masks (long tier, short tier) of any width, in each of two groups. Its
 *   scan() runs once over a lowercased document's UTF-8 bytes and gives, per line (split at b"\n"),
 *   the rules of which a keyword of each group occurs in it: the OR of the first group's masks of
 *   every keyword occurring in it (all occurrences, overlapping ones too), AND the OR of the second
 *   group's; the short tier counts only on the lines flagged short. (A rule's second group: literals
 *   its patterns require, stripper.match.required_literals; without one, its keywords again.)
 * - Automaton.scan_text(): the same scan on a str, lowercased on the fly, every space separator read
 *   as U+0020 (other_space; the lines' short flags come from stripper._text.line_words, which
 *   counts words as stripper.segment defines them).
 * - short_keys(): for the short lines of a lowercased str, the key that rules.base.normalize gives
 *   (alphanumeric runs joined by single spaces), its exact-line rule, and whether every word of it
 *   is a menu-part word: only the lines where one of these can matter are returned.
 *
 * This is the matcher's only implementation (match.py calls it).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* A state number in the scanned tables (Automaton.hot, .cold). */
typedef uint32_t state_t;

/* ------------------------------------------------------------------------------------------ */
/* Automaton                                                                                   */

typedef struct {
    PyObject_HEAD
    int ncls;             /* byte classes: 0 = a byte in no keyword, 1..ncls-1 the others */
    uint8_t cls[256];
    Py_ssize_t nstates;
    /* While building, the complete transition function: go[s * ncls + c] for state s and byte
     * class c is the next state. States are numbered so that those where keywords end come last,
     * from number `first_out` on. */
    int32_t *go;
    int32_t first_out;
    /* The same function as scanned, split by byte class: hot[st * nhot + c] for the classes of ASCII
     * bytes (and class 0), cold[st * ncold + c - nhot] for the others, as state numbers (a state_t).
     * English text steps through the hot part only, whose rows of the shallow states, where most
     * steps are, fit in the core's cache (the full rows of 35,000 states, 139 classes of int32, took
     * 19.5 MB). acls[ch]: the class of the ASCII character ch, lowercased. */
    int nhot, ncold;
    state_t *hot, *cold;
    uint8_t acls[128];
    int has_sigma;        /* a keyword holds a Greek small sigma (final or not) */
    uint8_t *has_out;     /* while building: per state, 1 if some keyword ends there */
    Py_ssize_t nw;        /* 64-bit words per mask */
    /* While building, per state; then per state from first_out on: nw words of the long mask, then
     * nw of the short mask, of the keywords that end there (itself or a suffix), in the first group;
     * then the same two of the second group. */
    uint64_t *masks;
} Automaton;

static void
Automaton_dealloc(Automaton *self)
{
    PyMem_Free(self->go);
    PyMem_Free(self->hot);
    PyMem_Free(self->cold);
    PyMem_Free(self->has_out);
    PyMem_Free(self->masks);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The low nw 64-bit words of a non-negative int. */
static int
mask_words(PyObject *value, uint64_t *out, Py_ssize_t nw)
{
    /* Exactly int: a subclass's operators would run Python code in the middle of a build. */
    if (!PyLong_CheckExact(value)) {
        PyErr_SetString(PyExc_TypeError, "a mask must be an int");
        return -1;
    }
    PyObject *zero = PyLong_FromLong(0);
    if (zero == NULL)
        return -1;
    int neg = PyObject_RichCompareBool(value, zero, Py_LT);
    Py_DECREF(zero);
    if (neg < 0)
        return -1;
    if (neg) {
        PyErr_SetString(PyExc_ValueError, "a mask must not be negative");
        return -1;
    }
    Py_INCREF(value);
    PyObject *shift = PyLong_FromLong(64);
    if (shift == NULL) {
        Py_DECREF(value);
        return -1;
    }
    for (Py_ssize_t k = 0; k < nw; k++) {
        unsigned long long low = PyLong_AsUnsignedLongLongMask(value);
        if (low == (unsigned long long)-1 && PyErr_Occurred())
            goto fail;
        out[k] = (uint64_t)low;
        PyObject *rest = PyNumber_Rshift(value, shift);
        if (rest == NULL)
            goto fail;
        Py_DECREF(value);
        value = rest;
    }
    int nonzero = PyObject_IsTrue(value);
    Py_DECREF(shift);
    Py_DECREF(value);
    if (nonzero < 0)
        return -1;
    if (nonzero) {
        PyErr_SetString(PyExc_ValueError, "a mask is wider than width");
        return -1;
    }
    return 0;
fail:
    Py_DECREF(shift);
    Py_DECREF(value);
    return -1;
}

/* The int of nw 64-bit words, least significant first. */
static PyObject *
mask_int(const uint64_t *words, Py_ssize_t nw)
{
    Py_ssize_t top = nw;
    while (top > 1 && words[top - 1] == 0)
        top--;
    PyObject *result = PyLong_FromUnsignedLongLong(words[top - 1]);
    if (result == NULL)
        return NULL;
    if (top == 1)
        return result;
    PyObject *shift = PyLong_FromLong(64);
    if (shift == NULL)
        goto fail;
    for (Py_ssize_t k = top - 2; k >= 0; k--) {
        PyObject *shifted = PyNumber_Lshift(result, shift);
        if (shifted == NULL)
            goto fail_shift;
        Py_DECREF(result);
        result = shifted;
        PyObject *low = PyLong_FromUnsignedLongLong(words[k]);
        if (low == NULL)
            goto fail_shift;
        PyObject *merged = PyNumber_Or(result, low);
        Py_DECREF(low);
        if (merged == NULL)
            goto fail_shift;
        Py_DECREF(result);
        result = merged;
    }
    Py_DECREF(shift);
    return result;
fail_shift:
    Py_DECREF(shift);
fail:
    Py_DECREF(result);
    return NULL;
}

static int
Automaton_init(Automaton *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"keywords", "long_masks", "short_masks", "width", "long_also", "short_also", NULL};
    PyObject *kws, *longs, *shorts, *longs2 = NULL, *shorts2 = NULL;
    Py_ssize_t width;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOn|OO:Automaton", kwlist, &kws, &longs, &shorts, &width,
                                     &longs2, &shorts2))
        return -1;
    if ((longs2 == NULL) != (shorts2 == NULL)) {
        PyErr_SetString(PyExc_TypeError, "long_also and short_also go together");
        return -1;
    }
    if (self->hot != NULL || self->go != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Automaton is already built");
        return -1;
    }
    /* What a failed call may have left. */
    PyMem_Free(self->has_out);
    PyMem_Free(self->masks);
    self->has_out = NULL;
    self->masks = NULL;
    self->has_sigma = 0;
    if (width < 0) {
        PyErr_SetString(PyExc_ValueError, "width must not be negative");
        return -1;
    }
    /* Tuples, not PySequence_Fast: a list given in could be changed while the build runs. */
    PyObject *kwseq = PySequence_Tuple(kws);
    if (kwseq == NULL)
        return -1;
    PyObject *longseq = PySequence_Tuple(longs);
    PyObject *shortseq = longseq ? PySequence_Tuple(shorts) : NULL;
    /* Without a second group, every keyword is in it with its first group's masks: the AND of the
     * two is the first. */
    PyObject *longseq2 = shortseq ? PySequence_Tuple(longs2 ? longs2 : longs) : NULL;
    PyObject *shortseq2 = longseq2 ? PySequence_Tuple(shorts2 ? shorts2 : shorts) : NULL;
    int32_t *trie = NULL, *fail = NULL, *queue = NULL;
    int rc = -1;
    if (shortseq2 == NULL)
        goto done;
    Py_ssize_t nkw = PySequence_Fast_GET_SIZE(kwseq);
    if (PySequence_Fast_GET_SIZE(longseq) != nkw || PySequence_Fast_GET_SIZE(shortseq) != nkw
        || PySequence_Fast_GET_SIZE(longseq2) != nkw || PySequence_Fast_GET_SIZE(shortseq2) != nkw) {
        PyErr_SetString(PyExc_ValueError, "keywords and masks differ in length");
        goto done;
    }
    Py_ssize_t nw = width / 64 + (width % 64 != 0);  /* (width + 63 could overflow) */
    if (nw == 0)
        nw = 1;
    self->nw = nw;

    /* Byte classes and the trie's size. */
    Py_ssize_t total = 1;
    memset(self->cls, 0, sizeof self->cls);
    int ncls = 1;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *kw = PySequence_Fast_GET_ITEM(kwseq, k);
        if (!PyBytes_Check(kw)) {
            PyErr_SetString(PyExc_TypeError, "a keyword must be bytes");
            goto done;
        }
        Py_ssize_t n = PyBytes_GET_SIZE(kw);
        const unsigned char *s = (const unsigned char *)PyBytes_AS_STRING(kw);
        if (n == 0 || memchr(s, '\n', (size_t)n) != NULL) {
            PyErr_SetString(PyExc_ValueError, "a keyword must be non-empty and hold no newline");
            goto done;
        }
        for (Py_ssize_t j = 0; j < n; j++)
            self->cls[s[j]] = 1;  /* used; numbered below */
        for (Py_ssize_t j = 0; j + 1 < n; j++)
            if (s[j] == 0xcf && (s[j + 1] == 0x82 || s[j + 1] == 0x83))
                self->has_sigma = 1;
        total += n;
        if (total > INT32_MAX / 256) {
            PyErr_SetString(PyExc_ValueError, "too many keywords");
            goto done;
        }
    }
    /* Classes numbered by how often text has their bytes: lowercase ASCII letters, the space and the
     * digits first, then the rest of ASCII, then the bytes of other characters. A state's row holds
     * the next state for each class in that order, so the steps over English text read the first
     * two cache lines of a row, not ones spread over all of it. */
    {
        uint8_t used[256];
        memcpy(used, self->cls, sizeof used);
        memset(self->cls, 0, sizeof self->cls);
        static const char first[] = "etaoinsrhldcumfpgwybvkxjqz 0123456789";
        for (const char *c = first; *c; c++)
            if (used[(unsigned char)*c]) {
                self->cls[(unsigned char)*c] = (uint8_t)ncls++;
                used[(unsigned char)*c] = 0;
            }
        for (int b = 0; b < 256; b++)
            if (used[b])
                self->cls[b] = (uint8_t)ncls++;
    }
    self->ncls = ncls;

    /* The trie: trie[s * ncls + c] = child or -1. */
    trie = PyMem_Malloc((size_t)total * (size_t)ncls * sizeof(int32_t));
    self->has_out = PyMem_Calloc((size_t)total, 1);
    self->masks = PyMem_Calloc((size_t)total * 4 * (size_t)nw, sizeof(uint64_t));
    if (trie == NULL || self->has_out == NULL || self->masks == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    memset(trie, 0xff, (size_t)total * (size_t)ncls * sizeof(int32_t));
    Py_ssize_t nstates = 1;
    uint64_t *tmp = PyMem_Malloc(4 * (size_t)nw * sizeof(uint64_t));
    if (tmp == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *kw = PySequence_Fast_GET_ITEM(kwseq, k);
        Py_ssize_t n = PyBytes_GET_SIZE(kw);
        const unsigned char *s = (const unsigned char *)PyBytes_AS_STRING(kw);
        int32_t st = 0;
        for (Py_ssize_t j = 0; j < n; j++) {
            int32_t *slot = &trie[(Py_ssize_t)st * ncls + self->cls[s[j]]];
            if (*slot < 0)
                *slot = (int32_t)nstates++;
            st = *slot;
        }
        if (mask_words(PySequence_Fast_GET_ITEM(longseq, k), tmp, nw) < 0
            || mask_words(PySequence_Fast_GET_ITEM(shortseq, k), tmp + nw, nw) < 0
            || mask_words(PySequence_Fast_GET_ITEM(longseq2, k), tmp + 2 * nw, nw) < 0
            || mask_words(PySequence_Fast_GET_ITEM(shortseq2, k), tmp + 3 * nw, nw) < 0) {
            PyMem_Free(tmp);
            goto done;
        }
        uint64_t *m = &self->masks[(Py_ssize_t)st * 4 * nw];
        for (Py_ssize_t j = 0; j < 4 * nw; j++)
            m[j] |= tmp[j];
        self->has_out[st] = 1;
    }
    PyMem_Free(tmp);
    self->nstates = nstates;

    /* Breadth first: failure links, the complete transition function, and each state's outputs
     * merged with those of its failure state (the keywords that end there as suffixes). */
    self->go = PyMem_Malloc((size_t)nstates * (size_t)ncls * sizeof(int32_t));
    fail = PyMem_Malloc((size_t)nstates * sizeof(int32_t));
    queue = PyMem_Malloc((size_t)nstates * sizeof(int32_t));
    if (self->go == NULL || fail == NULL || queue == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t head = 0, tail = 0;
    fail[0] = 0;
    for (int c = 0; c < ncls; c++) {
        int32_t t = trie[c];
        if (t < 0) {
            self->go[c] = 0;
        }
        else {
            self->go[c] = t;
            fail[t] = 0;
            queue[tail++] = t;
        }
    }
    while (head < tail) {
        int32_t st = queue[head++];
        int32_t f = fail[st];
        for (int c = 0; c < ncls; c++) {
            int32_t t = trie[(Py_ssize_t)st * ncls + c];
            if (t < 0) {
                self->go[(Py_ssize_t)st * ncls + c] = self->go[(Py_ssize_t)f * ncls + c];
            }
            else {
                self->go[(Py_ssize_t)st * ncls + c] = t;
                int32_t ft = self->go[(Py_ssize_t)f * ncls + c];
                fail[t] = ft;
                if (self->has_out[ft]) {
                    self->has_out[t] = 1;
                    uint64_t *mt = &self->masks[(Py_ssize_t)t * 4 * nw];
                    const uint64_t *mf = &self->masks[(Py_ssize_t)ft * 4 * nw];
                    for (Py_ssize_t j = 0; j < 4 * nw; j++)
                        mt[j] |= mf[j];
                }
                queue[tail++] = t;
            }
        }
    }

    /* Renumber: the states without outputs first (the root stays 0), offsets for numbers. */
    PyMem_Free(trie);
    trie = self->go;
    self->go = PyMem_Malloc((size_t)nstates * (size_t)ncls * sizeof(int32_t));
    int32_t *renum = fail;  /* reused: old number -> new number */
    int32_t plain = 0, outs = 0;
    for (Py_ssize_t st = 0; st < nstates; st++)
        plain += !self->has_out[st];
    uint64_t *masks = PyMem_Calloc((size_t)(nstates - plain) * 4 * (size_t)nw + 1, sizeof(uint64_t));
    if (self->go == NULL || masks == NULL) {
        PyMem_Free(masks);
        PyErr_NoMemory();
        goto done;
    }
    /* Within each part, states are numbered breadth first (the root, then by depth: `queue` holds
     * every other state in that order): the shallow states, where a scan over text spends most of its
     * steps, sit together in memory instead of among the deep states of the keywords that made them
     * (the trie is built keyword by keyword). */
    for (Py_ssize_t q = -1, k = 0; q < tail; q++) {
        const int32_t st = q < 0 ? 0 : queue[q];
        if (self->has_out[st]) {
            renum[st] = plain + outs;
            memcpy(&masks[(Py_ssize_t)outs * 4 * nw], &self->masks[st * 4 * nw], 4 * (size_t)nw * sizeof(uint64_t));
            outs++;
        }
        else
            renum[st] = (int32_t)k++;
    }
    for (Py_ssize_t st = 0; st < nstates; st++)
        for (int c = 0; c < ncls; c++)
            self->go[(Py_ssize_t)renum[st] * ncls + c] = renum[trie[st * ncls + c]];
    PyMem_Free(self->masks);
    self->masks = masks;
    PyMem_Free(self->has_out);
    self->has_out = NULL;
    self->first_out = plain;
    /* The scanned tables (see Automaton.hot): the ASCII bytes' classes are 1.. (numbered first). */
    {
        int nhot = 1;
        for (int b = 0; b < 128; b++)
            if (self->cls[b] >= nhot)
                nhot = self->cls[b] + 1;
        const int ncold = ncls - nhot;
        state_t *hot = PyMem_Malloc((size_t)nstates * (size_t)nhot * sizeof(state_t));
        state_t *cold = PyMem_Malloc((size_t)nstates * (size_t)(ncold ? ncold : 1) * sizeof(state_t));
        if (hot == NULL || cold == NULL) {
            PyMem_Free(hot);
            PyMem_Free(cold);
            PyErr_NoMemory();
            goto done;
        }
        for (Py_ssize_t st = 0; st < nstates; st++)
            for (int c = 0; c < ncls; c++) {
                const state_t t = (state_t)self->go[st * ncls + c];
                if (c < nhot)
                    hot[st * nhot + c] = t;
                else
                    cold[st * ncold + c - nhot] = t;
            }
        for (int ch = 0; ch < 128; ch++)
            self->acls[ch] = self->cls[ch >= 'A' && ch <= 'Z' ? ch | 32 : ch];
        self->nhot = nhot;
        self->ncold = ncold;
        self->hot = hot;
        self->cold = cold;
        PyMem_Free(self->go);
        self->go = NULL;
    }
    rc = 0;
done:
    if (rc < 0) {
        PyMem_Free(self->go);
        self->go = NULL;
    }
    PyMem_Free(trie);
    PyMem_Free(fail);
    PyMem_Free(queue);
    Py_DECREF(kwseq);
    Py_XDECREF(longseq);
    Py_XDECREF(shortseq);
    Py_XDECREF(longseq2);
    Py_XDECREF(shortseq2);
    return rc;
}

/* One step of the scan on a byte of class c_ (HOT: of an ASCII byte), and the masks of the
 * keywords that end there, if any. */
#define EMIT()                                                                                  \
    do {                                                                                        \
        if (st >= first_out) {                                                                  \
            const uint64_t *m_ = &masks[(Py_ssize_t)(st - first_out) * 4 * nw];                 \
            for (Py_ssize_t j_ = 0; j_ < 4 * nw; j_++)                                          \
                acc[j_] |= m_[j_];                                                              \
            found = 1;                                                                          \
        }                                                                                       \
    } while (0)

#define FEED_HOT(c)                                                                             \
    do {                                                                                        \
        st = hot[(Py_ssize_t)st * nhot + (c)];                                                  \
        EMIT();                                                                                 \
    } while (0)

#define FEED(b)                                                                                 \
    do {                                                                                        \
        const int c_ = cls[(b)];                                                                \
        st = c_ < nhot ? hot[(Py_ssize_t)st * nhot + c_] : cold[(Py_ssize_t)st * ncold + c_ - nhot]; \
        EMIT();                                                                                 \
    } while (0)

/* The tables a scan reads. */
#define SCAN_SETUP                                                                              \
    const state_t *hot = self->hot, *cold = self->cold;                                         \
    const uint8_t *cls = self->cls, *acls = self->acls;                                         \
    const uint64_t *masks = self->masks;                                                        \
    const Py_ssize_t nhot = self->nhot, ncold = self->ncold;                                    \
    const state_t first_out = (state_t)self->first_out

/* Add {line: mask} to `out` if the line's mask is not zero: the rules of which a keyword of each
 * group occurs (acc: the line's long and short masks of the first group, then of the second). */
static int
flush_line(PyObject *out, Py_ssize_t line, uint64_t *acc, Py_ssize_t nw, int is_short)
{
    uint64_t *merged = acc + 4 * nw;  /* scratch space after the accumulator */
    int any = 0;
    for (Py_ssize_t j = 0; j < nw; j++) {
        merged[j] = (acc[j] | (is_short ? acc[nw + j] : 0)) & (acc[2 * nw + j] | (is_short ? acc[3 * nw + j] : 0));
        any |= merged[j] != 0;
    }
    if (!any)
        return 0;
    PyObject *key = PyLong_FromSsize_t(line);
    if (key == NULL)
        return -1;
    PyObject *value = mask_int(merged, nw);
    if (value == NULL) {
        Py_DECREF(key);
        return -1;
    }
    int rc = PyDict_SetItem(out, key, value);
    Py_DECREF(key);
    Py_DECREF(value);
    return rc;
}

PyDoc_STRVAR(scan_doc,
"scan(data, short) -> dict\n\n"
"For each line of `data` (bytes, split at b\"\\n\") in which keywords occur: line index -> the OR\n"
"of their long masks, and of their short masks too if short[line] (a bytes-like of 0/1 flags;\n"
"lines past its end are not short), in the first group, AND the same in the second. Lines with\n"
"a zero mask are left out.");

static PyObject *
Automaton_scan(Automaton *self, PyObject *args)
{
    Py_buffer data, flags;
    if (self->hot == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Automaton is not built");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "y*y*:scan", &data, &flags))
        return NULL;
    PyObject *out = PyDict_New();
    Py_ssize_t nw = self->nw;
    uint64_t *acc = PyMem_Calloc(5 * (size_t)nw, sizeof(uint64_t));
    if (out == NULL || acc == NULL) {
        if (acc == NULL)
            PyErr_NoMemory();
        goto fail;
    }
    const unsigned char *p = data.buf, *end = p + data.len;
    const unsigned char *fl = flags.buf;
    Py_ssize_t nflags = flags.len;
    SCAN_SETUP;
    Py_ssize_t line = 0;
    for (;;) {
        const unsigned char *stop = memchr(p, '\n', (size_t)(end - p));
        if (stop == NULL)
            stop = end;
        int found = 0;
        state_t st = 0;
        for (; p < stop; p++)
            FEED(*p);
        if (found) {
            if (flush_line(out, line, acc, nw, line < nflags && fl[line]) < 0)
                goto fail;
            memset(acc, 0, 4 * (size_t)nw * sizeof(uint64_t));
        }
        if (stop == end)
            break;
        p = stop + 1;
        line++;
    }
    PyMem_Free(acc);
    PyBuffer_Release(&data);
    PyBuffer_Release(&flags);
    return out;
fail:
    PyMem_Free(acc);
    Py_XDECREF(out);
    PyBuffer_Release(&data);
    PyBuffer_Release(&flags);
    return NULL;
}

static PyObject *
Automaton_get_states(Automaton *self, void *Py_UNUSED(closure))
{
    return PyLong_FromSsize_t(self->nstates);
}

static PyObject *Automaton_scan_text(Automaton *self, PyObject *args);

PyDoc_STRVAR(scan_text_doc,
"scan_text(text, short) -> candidates or None\n\n"
"scan(text.lower().translate(OTHER_SPACES).encode(\"utf-8\", \"surrogatepass\"), short)'s\n"
"candidates (OTHER_SPACES: every space separator but U+0020 to U+0020, see stripper.match), in one\n"
"pass over `text` (a str) that lowercases it on the fly; None when that cannot be done exactly (a\n"
"capital sigma, whose lowercase depends on its neighbours, in a text when a keyword holds a small\n"
"sigma).");

static PyMethodDef Automaton_methods[] = {
    {"scan", (PyCFunction)Automaton_scan, METH_VARARGS, scan_doc},
    {"scan_text", (PyCFunction)Automaton_scan_text, METH_VARARGS, scan_text_doc},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Automaton_getset[] = {
    {"states", (getter)Automaton_get_states, NULL, "number of states", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PyDoc_STRVAR(Automaton_doc,
"Automaton(keywords, long_masks, short_masks, width, long_also=None, short_also=None)\n\n"
"An Aho-Corasick automaton over `keywords` (non-empty bytes without newlines), keyword k\n"
"standing for the rules of long_masks[k] and short_masks[k] (non-negative ints below\n"
"2**width). long_also and short_also: a second group of the same form; a line's candidates are\n"
"the rules with a keyword of each group on it (without them, the first group is the second).");

static PyTypeObject AutomatonType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "stripper._keywords.Automaton",
    .tp_basicsize = sizeof(Automaton),
    .tp_dealloc = (destructor)Automaton_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = Automaton_doc,
    .tp_methods = Automaton_methods,
    .tp_getset = Automaton_getset,
    .tp_init = (initproc)Automaton_init,
    .tp_new = PyType_GenericNew,
};

/* ------------------------------------------------------------------------------------------ */
/* line_words                                                                                  */

/* str.lower() one character at a time: every character's lowercase is its simple lowercase
 * (Py_UNICODE_TOLOWER) but for U+0130 (two characters, "i\u0307") and the capital sigma (final or
 * not by its neighbours), which the callers handle. */
static inline Py_UCS4
lower_char(Py_UCS4 ch)
{
    if (ch < 128)
        return ch >= 'A' && ch <= 'Z' ? ch | 32 : ch;
    return Py_UNICODE_TOLOWER(ch);
}

/* A space separator other than U+0020 (Unicode category Zs: the no-break spaces U+00A0 and U+202F,
 * U+1680, U+2000-U+200A, U+205F, U+3000): the scan sees it as a space, as a built-in pattern's
 * literal space accepts it (rules/phrasebook.py, SPACE), so that "Let\u00a0us\u00a0know" holds the
 * keyword "let us know". match.OTHER_SPACES lists the same characters (a test holds them equal). */
static inline int
other_space(Py_UCS4 ch)
{
    return ch == 0xa0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x202f || ch == 0x205f
        || ch == 0x3000;
}

#define SCAN_TEXT_LOOP(T)                                                                       \
    do {                                                                                        \
        const T *s = (const T *)raw;                                                            \
        Py_ssize_t i = 0, line = 0;                                                             \
        while (i <= n) {                                                                        \
            int found = 0;                                                                      \
            state_t st = 0;                                                                     \
            for (; i < n; i++) {                                                                \
                Py_UCS4 ch = s[i];                                                              \
                if (ch == '\n')                                                                 \
                    break;                                                                      \
                if (ch < 128) {                                                                 \
                    FEED_HOT(acls[ch]);                                                         \
                    continue;                                                                   \
                }                                                                               \
                if (other_space(ch)) {                                                          \
                    FEED(' ');                                                                  \
                    continue;                                                                   \
                }                                                                               \
                Py_UCS4 lc;                                                                     \
                if (ch == 0x130) {                                                              \
                    FEED('i');                                                                  \
                    lc = 0x307;                                                                 \
                }                                                                               \
                else if (ch == 0x3a3) {                                                         \
                    if (self->has_sigma)                                                        \
                        goto give_up;                                                           \
                    lc = 0x3c3;                                                                 \
                }                                                                               \
                else                                                                            \
                    lc = lower_char(ch);                                                        \
                if (lc < 0x80) {                                                                \
                    FEED(lc);                                                                   \
                }                                                                               \
                else if (lc < 0x800) {                                                          \
                    FEED(0xc0 | (lc >> 6));                                                     \
                    FEED(0x80 | (lc & 0x3f));                                                   \
                }                                                                               \
                else if (lc < 0x10000) {                                                        \
                    FEED(0xe0 | (lc >> 12));                                                    \
                    FEED(0x80 | ((lc >> 6) & 0x3f));                                            \
                    FEED(0x80 | (lc & 0x3f));                                                   \
                }                                                                               \
                else {                                                                          \
                    FEED(0xf0 | (lc >> 18));                                                    \
                    FEED(0x80 | ((lc >> 12) & 0x3f));                                           \
                    FEED(0x80 | ((lc >> 6) & 0x3f));                                            \
                    FEED(0x80 | (lc & 0x3f));                                                   \
                }                                                                               \
            }                                                                                   \
            if (found) {                                                                        \
                if (flush_line(out, line, acc, nw, line < nflags && fl[line]) < 0)              \
                    goto fail;                                                                  \
                memset(acc, 0, 4 * (size_t)nw * sizeof(uint64_t));                              \
            }                                                                                   \
            line++;                                                                             \
            i++;                                                                                \
        }                                                                                       \
    } while (0)

static uint8_t ascii_lower[128];

static PyObject *
Automaton_scan_text(Automaton *self, PyObject *args)
{
    PyObject *text;
    Py_buffer flags;
    if (self->hot == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Automaton is not built");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "Uy*:scan_text", &text, &flags))
        return NULL;
    PyObject *out = PyDict_New();
    const Py_ssize_t nw = self->nw;
    uint64_t *acc = PyMem_Calloc(5 * (size_t)nw, sizeof(uint64_t));
    if (out == NULL || acc == NULL) {
        if (acc == NULL)
            PyErr_NoMemory();
        goto fail;
    }
    const unsigned char *fl = flags.buf;
    const Py_ssize_t nflags = flags.len;
    SCAN_SETUP;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *raw = PyUnicode_DATA(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        SCAN_TEXT_LOOP(Py_UCS1);
        break;
    case PyUnicode_2BYTE_KIND:
        SCAN_TEXT_LOOP(Py_UCS2);
        break;
    default:
        SCAN_TEXT_LOOP(Py_UCS4);
        break;
    }
    PyMem_Free(acc);
    PyBuffer_Release(&flags);
    return out;
give_up:
    PyMem_Free(acc);
    PyBuffer_Release(&flags);
    Py_DECREF(out);
    Py_RETURN_NONE;
fail:
    PyMem_Free(acc);
    PyBuffer_Release(&flags);
    Py_XDECREF(out);
    return NULL;
}

PyDoc_STRVAR(lower_doc,
"lower(text) -> str\n\n"
"text.lower() as scan_text and short_keys lowercase it, for tests: one character at a time, a\n"
"capital sigma always to \"\\u03c3\".");

static PyObject *
lower(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:lower", &text))
        return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_UCS4 *buf = PyMem_Malloc(((size_t)n * 2 + 1) * sizeof(Py_UCS4));
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t len = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch == 0x130) {
            buf[len++] = 'i';
            buf[len++] = 0x307;
        }
        else
            buf[len++] = ch == 0x3a3 ? 0x3c3 : lower_char(ch);
    }
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, len);
    PyMem_Free(buf);
    return result;
}

/* ------------------------------------------------------------------------------------------ */
/* short_keys                                                                                  */

PyDoc_STRVAR(short_keys_doc,
"short_keys(text, short, exact, part_words) -> list of (i, rule, parts, key)\n\n"
"For line i of `text` (a str split at \"\\n\") for each i in `short` (ascending line indices):\n"
"key = rules.base.normalize(line) (the alphanumeric runs of line.lower() joined by single\n"
"spaces), rule = exact.get(key), parts = every word of key is in part_words (a set, or None for\n"
"never). Only the lines with a rule or with parts are listed, and the lines with a capital sigma,\n"
"which are left to the caller: (i, None, False, None).");

/* Py_UNICODE_ISALNUM (what the re module's \\w is, but for "_") for the first 256 code points
 * (filled when the module loads). */
static uint8_t latin1_alnum[256];

static inline int
is_alnum(Py_UCS4 ch)
{
    return ch < 256 ? latin1_alnum[ch] : Py_UNICODE_ISALNUM(ch);
}

/* The end of the line starting at pos (the offset of its "\n", or n), for each kind. */
static Py_ssize_t
line_end_1(const Py_UCS1 *s, Py_ssize_t pos, Py_ssize_t n)
{
    const Py_UCS1 *nl = memchr(s + pos, '\n', (size_t)(n - pos));
    return nl != NULL ? nl - s : n;
}

#define DEFINE_LINE_END(T, SUFFIX)                                                              \
    static Py_ssize_t line_end_##SUFFIX(const T *s, Py_ssize_t pos, Py_ssize_t n)               \
    {                                                                                           \
        while (pos < n && s[pos] != '\n')                                                       \
            pos++;                                                                              \
        return pos;                                                                             \
    }
DEFINE_LINE_END(Py_UCS2, 2)
DEFINE_LINE_END(Py_UCS4, 4)

/* The key of s[pos:stop] (what rules.base.normalize gives: the alphanumeric runs of the line's
 * lowercase joined by single spaces) into buf: its length, or -1 if the line holds a capital sigma
 * (whose lowercase depends on its neighbours). */
#define DEFINE_BUILD_KEY(T, SUFFIX)                                                             \
    static Py_ssize_t build_key_##SUFFIX(const T *s, Py_ssize_t pos, Py_ssize_t stop, Py_UCS4 *buf) \
    {                                                                                           \
        Py_ssize_t len = 0;                                                                     \
        int gap = 0;                                                                            \
        for (Py_ssize_t j = pos; j < stop; j++) {                                               \
            Py_UCS4 ch = s[j];                                                                  \
            if (ch < 128)                                                                       \
                ch = ascii_lower[ch];                                                           \
            else if (ch == 0x130) { /* "i\u0307": a letter, then a mark (no alphanumeric) */    \
                if (gap && len)                                                                 \
                    buf[len++] = ' ';                                                           \
                buf[len++] = 'i';                                                               \
                gap = 1;                                                                        \
                continue;                                                                       \
            }                                                                                   \
            else if (ch == 0x3a3)                                                               \
                return -1;                                                                      \
            else                                                                                \
                ch = Py_UNICODE_TOLOWER(ch);                                                    \
            if (is_alnum(ch)) {                                                                 \
                if (gap && len)                                                                 \
                    buf[len++] = ' ';                                                           \
                gap = 0;                                                                        \
                buf[len++] = ch;                                                                \
            }                                                                                   \
            else                                                                                \
                gap = 1;                                                                        \
        }                                                                                       \
        return len;                                                                             \
    }
DEFINE_BUILD_KEY(Py_UCS1, 1)
DEFINE_BUILD_KEY(Py_UCS2, 2)
DEFINE_BUILD_KEY(Py_UCS4, 4)

static Py_ssize_t
line_end(int kind, const void *data, Py_ssize_t pos, Py_ssize_t n)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        return line_end_1(data, pos, n);
    case PyUnicode_2BYTE_KIND:
        return line_end_2(data, pos, n);
    default:
        return line_end_4(data, pos, n);
    }
}

static Py_ssize_t
build_key(int kind, const void *data, Py_ssize_t pos, Py_ssize_t stop, Py_UCS4 *buf)
{
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        return build_key_1(data, pos, stop, buf);
    case PyUnicode_2BYTE_KIND:
        return build_key_2(data, pos, stop, buf);
    default:
        return build_key_4(data, pos, stop, buf);
    }
}

static PyObject *
short_keys(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *lowered, *short_list, *exact, *part_words;
    if (!PyArg_ParseTuple(args, "UO!O!O:short_keys", &lowered, &PyList_Type, &short_list, &PyDict_Type, &exact,
                          &part_words))
        return NULL;
    if (part_words == Py_None)
        part_words = NULL;
    else if (!PyAnySet_Check(part_words)) {
        PyErr_SetString(PyExc_TypeError, "part_words must be a set, a frozenset or None");
        return NULL;
    }
    const int kind = PyUnicode_KIND(lowered);
    const void *data = PyUnicode_DATA(lowered);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(lowered);
    PyObject *out = PyList_New(0);
    Py_UCS4 *buf = NULL;
    Py_ssize_t cap = 0;
    if (out == NULL)
        return NULL;
    Py_ssize_t pos = 0, line = 0;  /* pos: where `line` starts */
    Py_ssize_t count = PyList_GET_SIZE(short_list);
    for (Py_ssize_t k = 0; k < count; k++) {
        Py_ssize_t target = PyLong_AsSsize_t(PyList_GET_ITEM(short_list, k));
        if (target == -1 && PyErr_Occurred())
            goto fail;
        if (target < line) {
            PyErr_SetString(PyExc_ValueError, "short must be ascending");
            goto fail;
        }
        while (line < target) {
            pos = line_end(kind, data, pos, n);
            if (pos >= n) {
                PyErr_SetString(PyExc_IndexError, "a short line index is past the last line");
                goto fail;
            }
            pos++;
            line++;
        }
        Py_ssize_t stop = line_end(kind, data, pos, n);
        /* A key is at most twice its line: a space before every character ("İL" gives "i l"). */
        if (2 * (stop - pos) + 1 > cap) {
            cap = 2 * (stop - pos) + 64;
            PyMem_Free(buf);
            buf = PyMem_Malloc((size_t)cap * sizeof(Py_UCS4));
            if (buf == NULL) {
                PyErr_NoMemory();
                goto fail;
            }
        }
        Py_ssize_t len = build_key(kind, data, pos, stop, buf);
        if (len < 0) {  /* a capital sigma: left to the caller */
            PyObject *item = Py_BuildValue("(nOOO)", target, Py_None, Py_False, Py_None);
            if (item == NULL)
                goto fail;
            int rc = PyList_Append(out, item);
            Py_DECREF(item);
            if (rc < 0)
                goto fail;
            continue;
        }
        PyObject *key = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, len);
        if (key == NULL)
            goto fail;
        /* Owned: the set lookups below may run Python code (a non-str member's __eq__). */
        PyObject *rule = Py_XNewRef(PyDict_GetItemWithError(exact, key));
        if (rule == NULL && PyErr_Occurred()) {
            Py_DECREF(key);
            goto fail;
        }
        int parts = part_words != NULL;
        for (Py_ssize_t a = 0; parts && a < len;) {
            Py_ssize_t b = a;
            while (b < len && buf[b] != ' ')
                b++;
            /* (A key of one word is its word: its hash is already computed.) */
            PyObject *word = a == 0 && b == len ? Py_NewRef(key) : PyUnicode_Substring(key, a, b);
            if (word == NULL) {
                Py_DECREF(key);
                Py_XDECREF(rule);
                goto fail;
            }
            int in = PySet_Contains(part_words, word);
            Py_DECREF(word);
            if (in < 0) {
                Py_DECREF(key);
                Py_XDECREF(rule);
                goto fail;
            }
            parts = in;
            a = b + 1;
        }
        if (rule != NULL || parts) {
            PyObject *item = Py_BuildValue("(nOON)", target, rule != NULL ? rule : Py_None,
                                           parts ? Py_True : Py_False, key);
            Py_XDECREF(rule);
            if (item == NULL)
                goto fail;
            int rc = PyList_Append(out, item);
            Py_DECREF(item);
            if (rc < 0)
                goto fail;
        }
        else
            Py_DECREF(key);  /* (rule is NULL here) */
    }
    PyMem_Free(buf);
    return out;
fail:
    PyMem_Free(buf);
    Py_DECREF(out);
    return NULL;
}

/* ------------------------------------------------------------------------------------------ */

static PyMethodDef module_methods[] = {
    {"short_keys", short_keys, METH_VARARGS, short_keys_doc},
    {"lower", lower, METH_VARARGS, lower_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "stripper._keywords",
    .m_doc = "C passes over whole documents for the rule matcher (see stripper/match.py).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit__keywords(void)
{
    for (Py_UCS4 ch = 0; ch < 128; ch++)
        ascii_lower[ch] = (uint8_t)(ch >= 'A' && ch <= 'Z' ? ch | 32 : ch);
    for (Py_UCS4 ch = 0; ch < 256; ch++)
        latin1_alnum[ch] = Py_UNICODE_ISALNUM(ch) ? 1 : 0;
    if (PyType_Ready(&AutomatonType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL)
        return NULL;
    Py_INCREF(&AutomatonType);
    if (PyModule_AddObject(m, "Automaton", (PyObject *)&AutomatonType) < 0) {
        Py_DECREF(&AutomatonType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
