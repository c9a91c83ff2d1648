/* stripper._lines: the learned line classifier's features and scores (stripper/learn/features.py,
 * stripper/learn/classifier.py), the only implementation of each.
 *
 * A line's features are the hashed character 2-, 3- and 4-grams of the line lowercased (str.lower),
 * its words joined by single spaces (str.split's whitespace), with a space at each end. An n-gram
 * c[i..i+n-1] (code points) hashes as h = c[i]; h = h * P + c[i+j] (uint32) for j < n, and goes to
 * bucket ((h ^ SALT[n]) * MIX) >> (32 - bits).
 *
 * - grams(lines, bits): (line index, bucket) of every n-gram occurrence, as two bytes objects of
 *   int32 (the training matrix, stripper/learn/train.py).
 * - Scorer(weights, bits, scale, bias, labels, story).score(lines[, floor]): per line, (the most likely
 *   label other than labels[story], 1 - P(labels[story])) under the multinomial logistic model
 *   whose weights are int8, row-major (bucket, label), times scale[label]: a line's sum of its
 *   n-grams' weights is scaled by 1/sqrt(its number of n-grams), bias[label] added, softmax taken.
 *   With a floor, only the lines scoring above it, as (index, label, score): a document's story
 *   lines mostly score below every threshold, and need no Python object.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#define P_MUL 0x01000193u   /* FNV prime: the rolling hash's multiplier */
#define MIX 0x9E3779B1u     /* Fibonacci hashing spreads the rolling hash over the buckets */
#define LANES 16 /* labels at most; a row is summed 16 int8 at a time */
#define CHUNK 256 /* code points of a line whose n-grams are summed at a time */

static const uint32_t SALT[5] = {0, 0, (2u * 0x5BD1E995u), (3u * 0x5BD1E995u), (4u * 0x5BD1E995u)};

/* The normalised code points of `line` (lowercased, words joined by single spaces, a space at each
 * end) into *buf (grown as needed); their number, or -1 with an exception set. */
static Py_ssize_t
normalise(PyObject *line, uint32_t **buf, Py_ssize_t *cap)
{
    if (!PyUnicode_Check(line)) {
        PyErr_Format(PyExc_TypeError, "a line must be a str, not %.80s", Py_TYPE(line)->tp_name);
        return -1;
    }
    /* An ASCII line (most lines of most pages) is lowercased here, A-Z to a-z, as str.lower()
     * does: no new str object per line. Any other line goes through str.lower() itself. */
    int ascii = PyUnicode_IS_ASCII(line);
    PyObject *low = ascii ? Py_NewRef(line) : PyObject_CallMethod(line, "lower", NULL);
    if (low == NULL)
        return -1;
    if (!PyUnicode_Check(low)) {
        Py_DECREF(low);
        PyErr_SetString(PyExc_TypeError, "str.lower() did not return a str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(low);
    if (n + 2 > *cap) {
        Py_ssize_t want = (n + 2) * 2;
        uint32_t *grown = PyMem_Realloc(*buf, (size_t)want * sizeof(uint32_t));
        if (grown == NULL) {
            Py_DECREF(low);
            PyErr_NoMemory();
            return -1;
        }
        *buf = grown;
        *cap = want;
    }
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    uint32_t *out = *buf;
    Py_ssize_t m = 0;
    out[m++] = ' ';
    int space = 1; /* the last written code point is a space */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (ascii && c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (Py_UNICODE_ISSPACE(c)) {
            if (!space) {
                out[m++] = ' ';
                space = 1;
            }
        } else {
            out[m++] = (uint32_t)c;
            space = 0;
        }
    }
    if (!space)
        out[m++] = ' ';
    if (m == 1) /* an empty line: " " + "" + " " */
        out[m++] = ' ';
    Py_DECREF(low);
    return m;
}

static inline uint32_t
bucket_of(uint32_t h, int n, int shift)
{
    return ((h ^ SALT[n]) * MIX) >> shift;
}

static PyObject *
lines_grams(PyObject *self, PyObject *args)
{
    PyObject *seq;
    int bits;
    if (!PyArg_ParseTuple(args, "Oi", &seq, &bits))
        return NULL;
    if (bits < 1 || bits > 30) {
        PyErr_SetString(PyExc_ValueError, "bits must be from 1 to 30");
        return NULL;
    }
    PyObject *fast = PySequence_Fast(seq, "lines must be a sequence of str");
    if (fast == NULL)
        return NULL;
    Py_ssize_t nlines = PySequence_Fast_GET_SIZE(fast);
    int shift = 32 - bits;
    uint32_t *buf = NULL;
    Py_ssize_t cap = 0, len = 0, room = 1024;
    int32_t *rows = PyMem_Malloc((size_t)room * sizeof(int32_t));
    int32_t *cols = PyMem_Malloc((size_t)room * sizeof(int32_t));
    PyObject *result = NULL;
    if (rows == NULL || cols == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (nlines > INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "too many lines");
        goto done;
    }
    for (Py_ssize_t li = 0; li < nlines; li++) {
        Py_ssize_t m = normalise(PySequence_Fast_GET_ITEM(fast, li), &buf, &cap);
        if (m < 0)
            goto done;
        Py_ssize_t need = len + 3 * m;
        if (need > room) {
            Py_ssize_t want = need * 2;
            int32_t *r2 = PyMem_Realloc(rows, (size_t)want * sizeof(int32_t));
            if (r2 == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            rows = r2;
            int32_t *c2 = PyMem_Realloc(cols, (size_t)want * sizeof(int32_t));
            if (c2 == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            cols = c2;
            room = want;
        }
        for (Py_ssize_t i = 0; i + 1 < m; i++) {
            uint32_t h = buf[i];
            for (int n = 2; n <= 4 && i + n <= m; n++) {
                h = h * P_MUL + buf[i + n - 1];
                rows[len] = (int32_t)li;
                cols[len] = (int32_t)bucket_of(h, n, shift);
                len++;
            }
        }
    }
    {
        PyObject *r = PyBytes_FromStringAndSize((const char *)rows, len * (Py_ssize_t)sizeof(int32_t));
        PyObject *c = r ? PyBytes_FromStringAndSize((const char *)cols, len * (Py_ssize_t)sizeof(int32_t)) : NULL;
        if (r && c)
            result = PyTuple_Pack(2, r, c);
        Py_XDECREF(r);
        Py_XDECREF(c);
    }
done:
    PyMem_Free(buf);
    PyMem_Free(rows);
    PyMem_Free(cols);
    Py_DECREF(fast);
    return result;
}

/* A sequence of nlabels floats into out. */
static int
floats(PyObject *seq, double *out, Py_ssize_t nlabels, const char *what)
{
    PyObject *fast = PySequence_Fast(seq, "scale and bias must be sequences of float");
    if (fast == NULL)
        return -1;
    if (PySequence_Fast_GET_SIZE(fast) != nlabels) {
        PyErr_Format(PyExc_ValueError, "%s must have one value per label", what);
        Py_DECREF(fast);
        return -1;
    }
    for (Py_ssize_t k = 0; k < nlabels; k++) {
        out[k] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(fast, k));
        if (out[k] == -1.0 && PyErr_Occurred()) {
            Py_DECREF(fast);
            return -1;
        }
    }
    Py_DECREF(fast);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Scorer                                                                                      */

typedef struct {
    PyObject_HEAD
    int bits;
    Py_ssize_t nlabels;
    Py_ssize_t story;
    /* (2**bits) rows of nlabels int8, then LANES bytes of zeros: a row is read LANES bytes at a
     * time (the lanes past nlabels belong to the next row and are not used). */
    int8_t *weights;
    double scale[LANES], bias[LANES];
    PyObject *labels; /* tuple of str */
} Scorer;

static void
Scorer_dealloc(Scorer *self)
{
    PyMem_Free(self->weights);
    Py_XDECREF(self->labels);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
Scorer_init(Scorer *self, PyObject *args, PyObject *kwds)
{
    static char *kw[] = {"weights", "bits", "scale", "bias", "labels", "story", NULL};
    Py_buffer weights;
    PyObject *scale_seq, *bias_seq, *labels;
    int bits;
    Py_ssize_t story;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "y*iOOO!n", kw, &weights, &bits, &scale_seq, &bias_seq,
                                     &PyTuple_Type, &labels, &story))
        return -1;
    int rc = -1;
    Py_ssize_t nlabels = PyTuple_GET_SIZE(labels);
    if (bits < 1 || bits > 24 || nlabels < 2 || nlabels > LANES || story < 0 || story >= nlabels) {
        PyErr_Format(PyExc_ValueError, "bits from 1 to 24, 2 to %d labels, story one of them", LANES);
        goto done;
    }
    for (Py_ssize_t k = 0; k < nlabels; k++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(labels, k))) {
            PyErr_SetString(PyExc_TypeError, "labels must be str");
            goto done;
        }
    if (weights.len != ((Py_ssize_t)1 << bits) * nlabels) {
        PyErr_SetString(PyExc_ValueError, "weights must hold 2**bits rows of one int8 per label");
        goto done;
    }
    if (floats(scale_seq, self->scale, nlabels, "scale") < 0 || floats(bias_seq, self->bias, nlabels, "bias") < 0)
        goto done;
    int8_t *w = PyMem_Malloc((size_t)weights.len + LANES);
    if (w == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    memcpy(w, weights.buf, (size_t)weights.len);
    memset(w + weights.len, 0, LANES);
    PyMem_Free(self->weights);
    self->weights = w;
    self->bits = bits;
    self->nlabels = nlabels;
    self->story = story;
    Py_INCREF(labels);
    Py_XSETREF(self->labels, labels);
    rc = 0;
done:
    PyBuffer_Release(&weights);
    return rc;
}

static PyObject *
Scorer_score(Scorer *self, PyObject *args)
{
    PyObject *seq;
    double floor = -1.0;
    if (!PyArg_ParseTuple(args, "O|d:score", &seq, &floor))
        return NULL;
    /* With a floor: only the lines scoring above it, as (index, label, score). */
    const int above = floor >= 0.0;
    if (self->weights == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Scorer not initialised");
        return NULL;
    }
    PyObject *fast = PySequence_Fast(seq, "lines must be a sequence of str");
    if (fast == NULL)
        return NULL;
    Py_ssize_t nlines = PySequence_Fast_GET_SIZE(fast);
    PyObject *out = PyList_New(above ? 0 : nlines);
    uint32_t *buf = NULL;
    Py_ssize_t cap = 0;
    if (out == NULL)
        goto done;
    const Py_ssize_t nlabels = self->nlabels, story = self->story;
    const int8_t *w = self->weights;
    const int shift = 32 - self->bits;
    for (Py_ssize_t li = 0; li < nlines; li++) {
        Py_ssize_t m = normalise(PySequence_Fast_GET_ITEM(fast, li), &buf, &cap);
        if (m < 0) {
            Py_CLEAR(out);
            goto done;
        }
        int64_t sum[LANES] = {0};
        Py_ssize_t count = 0;
        /* The line's n-grams a chunk at a time: 16-bit sums of at most 3 * CHUNK rows of int8. */
        for (Py_ssize_t i0 = 0; i0 + 1 < m; i0 += CHUNK) {
            int16_t part[LANES] = {0};
            for (Py_ssize_t i = i0; i < i0 + CHUNK && i + 1 < m; i++) {
                uint32_t h = buf[i];
                for (int n = 2; n <= 4 && i + n <= m; n++) {
                    h = h * P_MUL + buf[i + n - 1];
                    const int8_t *row = w + (size_t)bucket_of(h, n, shift) * (size_t)nlabels;
                    for (int k = 0; k < LANES; k++)
                        part[k] = (int16_t)(part[k] + row[k]);
                    count++;
                }
            }
            for (int k = 0; k < LANES; k++)
                sum[k] += part[k];
        }
        double norm = count ? 1.0 / sqrt((double)count) : 0.0;
        double z[LANES], top = -HUGE_VAL;
        for (Py_ssize_t k = 0; k < nlabels; k++) {
            z[k] = (double)sum[k] * self->scale[k] * norm + self->bias[k];
            if (z[k] > top)
                top = z[k];
        }
        double total = 0.0, p_story = 0.0;
        Py_ssize_t best = -1;
        for (Py_ssize_t k = 0; k < nlabels; k++) {
            double e = exp(z[k] - top);
            total += e;
            if (k == story)
                p_story = e;
            else if (best < 0 || z[k] > z[best])
                best = k;
        }
        double score = 1.0 - p_story / total;
        if (above) {
            if (!(score > floor))
                continue;
            PyObject *item = Py_BuildValue("(nOd)", li, PyTuple_GET_ITEM(self->labels, best), score);
            if (item == NULL || PyList_Append(out, item) < 0) {
                Py_XDECREF(item);
                Py_CLEAR(out);
                goto done;
            }
            Py_DECREF(item);
            continue;
        }
        PyObject *item = Py_BuildValue("(Od)", PyTuple_GET_ITEM(self->labels, best), score);
        if (item == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, li, item);
    }
done:
    PyMem_Free(buf);
    Py_DECREF(fast);
    return out;
}

static PyMethodDef Scorer_methods[] = {
    {"score", (PyCFunction)Scorer_score, METH_VARARGS,
     "score(lines[, floor]) -> [(label, 1 - P(story))] per line: the most likely label other than story;\n"
     "with a floor, [(index, label, score)] of the lines scoring above it only."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScorerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "stripper._lines.Scorer",
    .tp_basicsize = sizeof(Scorer),
    .tp_dealloc = (destructor)Scorer_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Scorer(weights, bits, scale, bias, labels, story): the line classifier's model.",
    .tp_methods = Scorer_methods,
    .tp_init = (initproc)Scorer_init,
    .tp_new = PyType_GenericNew,
};

static PyMethodDef methods[] = {
    {"grams", lines_grams, METH_VARARGS,
     "grams(lines, bits) -> (rows, buckets): int32 bytes, the line index and bucket of every n-gram."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "stripper._lines", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__lines(void)
{
    if (PyType_Ready(&ScorerType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&ScorerType);
    if (PyModule_AddObject(m, "Scorer", (PyObject *)&ScorerType) < 0) {
        Py_DECREF(&ScorerType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
