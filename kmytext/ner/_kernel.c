/* The entity CRF's two inner loops in C: feature rows to label scores, and the Viterbi.

   kmytext/ner/crf.py computes the same scores with NumPy and kmytext/ner/decode.py the same
   labels in plain Python; both stay, as the reference the tests hold this file to and as
   the path taken where this extension was not built (it is optional: no compiler, no
   harm). On a sentence of fifty characters the NumPy path pays a fixed cost of a few dozen
   array operations (1.5-3 us each), which is most of a call; here the same work is a few
   thousand additions and lookups.

   scores(ids, pos, chars, words, out, tables): the label scores of every character, the
   weight rows added in the order the NumPy path adds them (so the sums are the same
   floats): the templates with a flat table, then those found by a sorted search of their
   codes, then the character pairs. `tables` is the tuple Model._kernel_tables builds once.

   word_ids(...): the word columns' ids of every character, from the token tables (below).

   viterbi(E, lengths, T, out): the best label of every character of sentences laid end to
   end, each sentence decoded from its first character to its last with no start or end
   transition (as crfsuite), ties to the lower label (as list.index(max(...)) gives them).

   Only buffers are read (checked for size and item size here; their dtypes are fixed by
   crf.py), and the GIL is released while the loops run. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    Py_buffer view;
    int held;
} Buf;

/* A C-contiguous buffer of `obj` with items of `itemsize` bytes, writable if asked. */
static int get_buf(PyObject *obj, Buf *b, Py_ssize_t itemsize, int writable, const char *name) {
    int flags = PyBUF_C_CONTIGUOUS | (writable ? PyBUF_WRITABLE : 0);
    b->held = 0;
    if (PyObject_GetBuffer(obj, &b->view, flags) < 0) {
        return -1;
    }
    b->held = 1;
    if (b->view.itemsize != itemsize) {
        PyErr_Format(PyExc_TypeError, "%s: items of %zd bytes expected, got %zd", name, itemsize,
                     b->view.itemsize);
        return -1;
    }
    return 0;
}

static void release(Buf *bufs, int n) {
    for (int i = 0; i < n; i++) {
        if (bufs[i].held) {
            PyBuffer_Release(&bufs[i].view);
            bufs[i].held = 0;
        }
    }
}

static Py_ssize_t items(Buf *b) { return b->view.len / b->view.itemsize; }

/* The first index i of sorted `keys` (n long, its last key a sentinel no code reaches)
   with keys[i] >= code: numpy's searchsorted(side="left"). */
static Py_ssize_t search64(const int64_t *keys, Py_ssize_t n, int64_t code) {
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (keys[mid] < code) lo = mid + 1; else hi = mid;
    }
    return lo;
}

static Py_ssize_t search32(const int32_t *keys, Py_ssize_t n, int64_t code) {
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if ((int64_t)keys[mid] < code) lo = mid + 1; else hi = mid;
    }
    return lo;
}

enum {
    T_CHAR_COL, T_CHAR_OFF, T_WORD_ORDER, T_DSTART, T_DPART, T_DMULT, T_DBASE, T_DTABLE, T_MSTART, T_MPART,
    T_MULT, T_MOFF, T_GCODES, T_GROWS, T_PAIR_KEYS, T_PAIR_ROWS, T_PAIR_OFF, T_PAIR_GAP, T_GAPS, T_WEIGHTS,
    N_TABLES
};
/* the item size of each table (int64 8, int32 4, float64 8) */
static const Py_ssize_t TABLE_ITEM[N_TABLES] = {8, 8, 8, 8, 8, 8, 8, 4, 8, 8, 8, 8, 8, 4, 4, 4, 8, 8, 8, 8};

static PyObject *scores(PyObject *self, PyObject *args) {
    PyObject *o_ids, *o_pos, *o_chars, *o_words, *o_out, *tables;
    Py_ssize_t ncols, c_col, csize, none;
    if (!PyArg_ParseTuple(args, "OOOOOO!nnnn", &o_ids, &o_pos, &o_chars, &o_words, &o_out, &PyTuple_Type,
                          &tables, &ncols, &c_col, &csize, &none)) {
        return NULL;
    }
    if (PyTuple_GET_SIZE(tables) != N_TABLES) {
        PyErr_SetString(PyExc_ValueError, "scores: wrong number of tables");
        return NULL;
    }
    Buf b[5 + N_TABLES];
    memset(b, 0, sizeof b);
    if (get_buf(o_ids, &b[0], 4, 0, "ids") < 0 || get_buf(o_pos, &b[1], 8, 0, "pos") < 0
        || get_buf(o_chars, &b[2], 8, 0, "chars") < 0 || get_buf(o_words, &b[3], 8, 0, "words") < 0
        || get_buf(o_out, &b[4], 8, 1, "out") < 0) {
        release(b, 5 + N_TABLES);
        return NULL;
    }
    for (int t = 0; t < N_TABLES; t++) {
        if (get_buf(PyTuple_GET_ITEM(tables, t), &b[5 + t], TABLE_ITEM[t], 0, "table") < 0) {
            release(b, 5 + N_TABLES);
            return NULL;
        }
    }
    Buf *tb = b + 5;
    const int32_t *ids = b[0].view.buf;
    const int64_t *pos = b[1].view.buf;
    const int64_t *chars = b[2].view.buf;  /* [n, 3]: p, w, B */
    const int64_t *words = b[3].view.buf;  /* [n, 4]: pp, np, pw, nw */
    double *out = b[4].view.buf;
    const int64_t *char_col = tb[T_CHAR_COL].view.buf, *char_off = tb[T_CHAR_OFF].view.buf;
    const int64_t *word_order = tb[T_WORD_ORDER].view.buf;
    /* template d's code: dbase[d] + the sum of V[dpart[p]] * dmult[p] over p from dstart[d] to
       dstart[d + 1] (the parts it reads and their multipliers); the same for mstart, mpart, mult */
    const int64_t *dstart = tb[T_DSTART].view.buf, *dpart = tb[T_DPART].view.buf;
    const int64_t *dmult = tb[T_DMULT].view.buf, *dbase = tb[T_DBASE].view.buf;
    const int64_t *mstart = tb[T_MSTART].view.buf, *mpart = tb[T_MPART].view.buf;
    const int32_t *dtable = tb[T_DTABLE].view.buf;
    const int64_t *mult = tb[T_MULT].view.buf, *moff = tb[T_MOFF].view.buf, *gcodes = tb[T_GCODES].view.buf;
    const int32_t *grows = tb[T_GROWS].view.buf;
    const int32_t *pair_keys = tb[T_PAIR_KEYS].view.buf, *pair_rows = tb[T_PAIR_ROWS].view.buf;
    const int64_t *pair_off = tb[T_PAIR_OFF].view.buf, *pair_gap = tb[T_PAIR_GAP].view.buf;
    const int64_t *gaps = tb[T_GAPS].view.buf;
    const double *weights = tb[T_WEIGHTS].view.buf;

    Py_ssize_t n = items(&b[1]);
    Py_ssize_t T = ncols ? items(&b[0]) / ncols : 0;
    Py_ssize_t k = items(&tb[T_CHAR_COL]);
    Py_ssize_t wp = items(&tb[T_WORD_ORDER]);
    Py_ssize_t P = k + wp;
    Py_ssize_t D = items(&tb[T_DBASE]), M = items(&tb[T_MOFF]), PP = items(&tb[T_PAIR_GAP]);
    Py_ssize_t G = items(&tb[T_GCODES]), K = items(&tb[T_PAIR_KEYS]);
    Py_ssize_t A = items(&tb[T_WEIGHTS]);
    Py_ssize_t L = n ? items(&b[4]) / n : 0;
    Py_ssize_t ndtable = items(&tb[T_DTABLE]), ngrows = items(&tb[T_GROWS]);
    int bad = items(&b[2]) != 3 * n || items(&b[3]) != 4 * n || items(&b[4]) != n * L
        || items(&tb[T_CHAR_OFF]) != k || items(&tb[T_DSTART]) != D + 1 || items(&tb[T_MSTART]) != M + 1
        || items(&tb[T_DPART]) != items(&tb[T_DMULT]) || items(&tb[T_MPART]) != items(&tb[T_MULT])
        || ngrows != G || items(&tb[T_PAIR_ROWS]) != K * PP || items(&tb[T_PAIR_OFF]) != PP
        || L == 0 || A * L == 0 || items(&tb[T_WEIGHTS]) % L != 0 || c_col < 0 || c_col >= ncols
        || (M > 0 && G == 0) || (PP > 0 && K == 0);
    A /= (L ? L : 1);
    for (Py_ssize_t j = 0; j < k && !bad; j++) bad = char_col[j] < 0 || char_col[j] >= ncols;
    for (Py_ssize_t j = 0; j < wp && !bad; j++) bad = word_order[j] < 0 || word_order[j] >= 6;
    /* the sparse multipliers: starts rising within their parts, each part one of P */
    for (int which = 0; which < 2 && !bad; which++) {
        const int64_t *start = tb[which ? T_MSTART : T_DSTART].view.buf;
        const int64_t *part = tb[which ? T_MPART : T_DPART].view.buf;
        Py_ssize_t count = which ? M : D, nparts = items(&tb[which ? T_MPART : T_DPART]);
        bad = start[0] != 0 || start[count] != nparts;
        for (Py_ssize_t j = 0; j < count && !bad; j++) bad = start[j + 1] < start[j];
        for (Py_ssize_t j = 0; j < nparts && !bad; j++) bad = part[j] < 0 || part[j] >= P;
    }
    if (bad) {
        release(b, 5 + N_TABLES);
        PyErr_SetString(PyExc_ValueError, "scores: arrays of inconsistent sizes");
        return NULL;
    }
    Py_ssize_t R = D + M + PP;  /* weight rows per character */
    Py_ssize_t NG = items(&tb[T_GAPS]);
    int64_t *V = malloc(sizeof(int64_t) * (P ? P : 1));
    Py_ssize_t *rows = malloc(sizeof(Py_ssize_t) * (n * R + 1));
    Py_ssize_t *pair_at = malloc(sizeof(Py_ssize_t) * (NG * T + 1));
    if (!V || !rows || !pair_at) {
        free(V);
        free(rows);
        free(pair_at);
        release(b, 5 + N_TABLES);
        return PyErr_NoMemory();
    }
    int failed = 0;
    Py_BEGIN_ALLOW_THREADS
    /* the row of _pair_rows of the character pair starting at every position, for each gap:
       a pair is read at several offsets (b-1 at i is b+1 at i - 1), so searched once */
    for (Py_ssize_t j = 0; j < NG && PP; j++) {
        int64_t g = gaps[j];
        for (Py_ssize_t t = 0; t < T; t++) {
            Py_ssize_t at = K - 1;  /* the last row: a pair not known */
            if (t + g < T && t + g >= 0) {
                int64_t code = (int64_t)ids[t * ncols + c_col] * csize + ids[(t + g) * ncols + c_col]
                    + (int64_t)j * csize * csize;
                Py_ssize_t found = search32(pair_keys, K, code);
                if (found < K && pair_keys[found] == code) at = found;
            }
            pair_at[j * T + t] = at;
        }
    }
    /* every character's weight rows, each fetched as soon as it is known */
    for (Py_ssize_t i = 0; i < n && !failed; i++) {
        for (Py_ssize_t j = 0; j < k; j++) {  /* the value of every part at this character */
            Py_ssize_t t = pos[i] + char_off[j];
            if (t < 0 || t >= T) { failed = 1; break; }
            V[j] = ids[t * ncols + char_col[j]];
        }
        for (Py_ssize_t j = 0; j < wp; j++) {
            int64_t c = word_order[j];
            V[k + j] = c < 2 ? chars[i * 3 + c] : words[i * 4 + (c - 2)];
        }
        Py_ssize_t *row = rows + i * R;
        Py_ssize_t r = 0;
        for (Py_ssize_t d = 0; d < D && !failed; d++) {
            int64_t code = dbase[d];
            for (int64_t p = dstart[d]; p < dstart[d + 1]; p++) code += V[dpart[p]] * dmult[p];
            if (code < 0 || code >= ndtable) { failed = 1; break; }
            row[r++] = dtable[code];
        }
        for (Py_ssize_t m = 0; m < M && !failed; m++) {
            int64_t code = moff[m];
            for (int64_t p = mstart[m]; p < mstart[m + 1]; p++) code += V[mpart[p]] * mult[p];
            Py_ssize_t at = search64(gcodes, G, code);
            row[r++] = at < G && gcodes[at] == code ? grows[at] : none;
        }
        for (Py_ssize_t q = 0; q < PP && !failed; q++) {
            Py_ssize_t t = pos[i] + pair_off[q];
            if (t < 0 || t >= T || pair_gap[q] < 0 || pair_gap[q] >= NG) { failed = 1; break; }
            row[r++] = pair_rows[pair_at[pair_gap[q] * T + t] * PP + q];
        }
        for (Py_ssize_t j = 0; j < r && !failed; j++) {
            if (row[j] < 0 || row[j] >= A) { failed = 1; break; }
            __builtin_prefetch(weights + row[j] * L);
            __builtin_prefetch(weights + row[j] * L + L - 1);
        }
    }
    /* the sums, in the order of the rows */
    for (Py_ssize_t i = 0; i < n && !failed; i++) {
        const Py_ssize_t *row = rows + i * R;
        double *e = out + i * L;
        for (Py_ssize_t y = 0; y < L; y++) e[y] = 0.0;
        for (Py_ssize_t j = 0; j < R; j++) {
            const double *w = weights + row[j] * L;
            if (j == 0) {
                for (Py_ssize_t y = 0; y < L; y++) e[y] = w[y];
            } else {
                for (Py_ssize_t y = 0; y < L; y++) e[y] += w[y];
            }
        }
    }
    Py_END_ALLOW_THREADS
    free(V);
    free(rows);
    free(pair_at);
    release(b, 5 + N_TABLES);
    if (failed) {
        PyErr_SetString(PyExc_ValueError, "scores: an index out of its table");
        return NULL;
    }
    Py_RETURN_NONE;
}

/* word_ids(found, counts, tok_words, tok_chars, pp, np, pos_stride, edge_before, edge_after,
   chars, words): what Model._word_ids_of computes with NumPy. `found` holds the row of
   `tok_words` of every token of the sentences, `counts` how many tokens each sentence has.
   A token's row: its first row of `tok_chars`, its length, its POS, its next-word key, its
   pw and nw ids. Every character gets its own row of `tok_chars` (p, w and B ids) in `chars`,
   and its word's pp (from the POS before it), np (from the next word's key), pw (the word
   before) and nw (the word after) in `words`; a sentence's first word has `edge_before`
   before it, its last `edge_after` after it. */
static PyObject *word_ids(PyObject *self, PyObject *args) {
    PyObject *o[10];
    Py_ssize_t stride;
    if (!PyArg_ParseTuple(args, "OOOOOOnOOOO", &o[0], &o[1], &o[2], &o[3], &o[4], &o[5], &stride, &o[6], &o[7],
                          &o[8], &o[9])) {
        return NULL;
    }
    Buf b[10];
    memset(b, 0, sizeof b);
    static const char *names[10] = {"found", "counts", "tok_words", "tok_chars", "pp", "np", "edge_before",
                                    "edge_after", "chars", "words"};
    for (int j = 0; j < 10; j++) {
        if (get_buf(o[j], &b[j], 8, j >= 8, names[j]) < 0) {
            release(b, 10);
            return NULL;
        }
    }
    const int64_t *found = b[0].view.buf, *counts = b[1].view.buf, *tok = b[2].view.buf;
    const int64_t *tchars = b[3].view.buf, *pp = b[4].view.buf, *np_ = b[5].view.buf;
    const int64_t *edge_before = b[6].view.buf, *edge_after = b[7].view.buf;
    int64_t *chars = b[8].view.buf, *words = b[9].view.buf;
    Py_ssize_t ntok = items(&b[0]), S = items(&b[1]), nrows = items(&b[2]) / 6, nchars = items(&b[3]) / 3;
    Py_ssize_t npp = items(&b[4]), nnp = items(&b[5]), n = items(&b[8]) / 3;
    int bad = items(&b[6]) != 6 || items(&b[7]) != 6 || items(&b[9]) != 4 * n || stride <= 0;
    Py_ssize_t total = 0;
    for (Py_ssize_t s = 0; s < S && !bad; s++) {
        bad = counts[s] < 0;
        total += counts[s];
    }
    for (Py_ssize_t j = 0; j < ntok && !bad; j++) bad = found[j] < 0 || found[j] >= nrows;
    if (bad || total != ntok) {
        release(b, 10);
        PyErr_SetString(PyExc_ValueError, "word_ids: arrays of inconsistent sizes");
        return NULL;
    }
    Py_ssize_t i = 0;  /* the character */
    Py_ssize_t j = 0;  /* the token */
    for (Py_ssize_t s = 0; s < S && !bad; s++) {
        Py_ssize_t end = j + counts[s];
        for (; j < end && !bad; j++) {
            const int64_t *w = tok + found[j] * 6;
            const int64_t *before = j == end - counts[s] ? edge_before : tok + found[j - 1] * 6;
            const int64_t *after = j == end - 1 ? edge_after : tok + found[j + 1] * 6;
            int64_t at_pp = before[2] * stride + w[2], at_np = w[2] * stride + after[3];
            if (w[0] < 0 || w[1] < 0 || w[0] + w[1] > nchars || i + w[1] > n || at_pp < 0 || at_pp >= npp
                || at_np < 0 || at_np >= nnp) {
                bad = 1;
                break;
            }
            int64_t values[4] = {pp[at_pp], np_[at_np], before[4], after[5]};
            for (int64_t c = 0; c < w[1]; c++, i++) {
                memcpy(chars + i * 3, tchars + (w[0] + c) * 3, 3 * sizeof(int64_t));
                memcpy(words + i * 4, values, 4 * sizeof(int64_t));
            }
        }
    }
    release(b, 10);
    if (bad || i != n) {
        PyErr_SetString(PyExc_ValueError, "word_ids: the tokens do not cover the characters");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *viterbi(PyObject *self, PyObject *args) {
    PyObject *o_E, *o_len, *o_T, *o_out;
    if (!PyArg_ParseTuple(args, "OOOO", &o_E, &o_len, &o_T, &o_out)) {
        return NULL;
    }
    Buf b[4];
    memset(b, 0, sizeof b);
    if (get_buf(o_E, &b[0], 8, 0, "E") < 0 || get_buf(o_len, &b[1], 8, 0, "lengths") < 0
        || get_buf(o_T, &b[2], 8, 0, "transitions") < 0 || get_buf(o_out, &b[3], 8, 1, "out") < 0) {
        release(b, 4);
        return NULL;
    }
    const double *E = b[0].view.buf, *Tr = b[2].view.buf;
    const int64_t *lengths = b[1].view.buf;
    int64_t *out = b[3].view.buf;
    Py_ssize_t S = items(&b[1]), n = items(&b[3]);
    Py_ssize_t L = 0;
    while (L * L < items(&b[2])) L++;
    Py_ssize_t total = 0;
    for (Py_ssize_t s = 0; s < S; s++) {
        if (lengths[s] < 0) total = -1;
        if (total < 0) break;
        total += lengths[s];
    }
    if (L == 0 || L * L != items(&b[2]) || total != n || items(&b[0]) != n * L) {
        release(b, 4);
        PyErr_SetString(PyExc_ValueError, "viterbi: arrays of inconsistent sizes");
        return NULL;
    }
    Py_ssize_t longest = 1;
    for (Py_ssize_t s = 0; s < S; s++) if (lengths[s] > longest) longest = lengths[s];
    double *score = malloc(sizeof(double) * 2 * L);
    unsigned char *back = malloc((size_t)longest * L);
    if (!score || !back || L > 255) {
        free(score);
        free(back);
        release(b, 4);
        if (L > 255) {
            PyErr_SetString(PyExc_ValueError, "viterbi: at most 255 labels");
            return NULL;
        }
        return PyErr_NoMemory();
    }
    Py_BEGIN_ALLOW_THREADS
    Py_ssize_t at = 0;
    for (Py_ssize_t s = 0; s < S; s++) {
        Py_ssize_t len = lengths[s];
        if (len == 0) continue;
        const double *e = E + at * L;
        double *cur = score, *next = score + L;
        for (Py_ssize_t y = 0; y < L; y++) cur[y] = e[y];
        for (Py_ssize_t t = 1; t < len; t++) {
            const double *et = e + t * L;
            unsigned char *bt = back + t * L;
            for (Py_ssize_t y = 0; y < L; y++) {
                double best = cur[0] + Tr[y];
                Py_ssize_t arg = 0;
                for (Py_ssize_t a = 1; a < L; a++) {
                    double v = cur[a] + Tr[a * L + y];
                    if (v > best) { best = v; arg = a; }
                }
                next[y] = best + et[y];
                bt[y] = (unsigned char)arg;
            }
            double *swap = cur; cur = next; next = swap;
        }
        Py_ssize_t y = 0;
        for (Py_ssize_t a = 1; a < L; a++) if (cur[a] > cur[y]) y = a;
        out[at + len - 1] = y;
        for (Py_ssize_t t = len - 1; t > 0; t--) {
            y = back[t * L + y];
            out[at + t - 1] = y;
        }
        at += len;
    }
    Py_END_ALLOW_THREADS
    free(score);
    free(back);
    release(b, 4);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"scores", scores, METH_VARARGS, "Label scores of characters from their feature values (see crf.py)."},
    {"viterbi", viterbi, METH_VARARGS, "The best labels of sentences laid end to end (see decode.py)."},
    {"word_ids", word_ids, METH_VARARGS, "The word columns' ids of every character (see crf.py)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_kernel", NULL, -1, methods};

PyMODINIT_FUNC PyInit__kernel(void) { return PyModule_Create(&module); }
