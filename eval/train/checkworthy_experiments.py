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
Needs numpy, scipy and scikit-learn, like checkworthy.py. Deterministic.
"""

import itertools
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
MODEL = ("l2", 0.1, 0.15, 3.0, None)  # checkworthy.py's chosen model


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
        answer_keys = {k for _, keys, _ in self.flat for k in keys if k.startswith("<")}
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

    def fit(self, X, y, sample_weight=None):
        penalty, C, prune, spelling, weighting = MODEL
        m = LogisticRegression(penalty=penalty, C=C, solver="liblinear", max_iter=2000,
                               random_state=0, tol=1e-5, class_weight=weighting)
        m.fit(cw.with_spelling(X, spelling), y, sample_weight=sample_weight)
        return cw.pruned(m.coef_[0], self.is_q, prune, spelling), m.intercept_[0]

    def scores(self, w, b, which):
        recs, claims = self.d[which], self.d[which + "_claims"]
        fl, ow = cw.expand(recs, claims)
        X = self.build(fl, self.extra(recs, claims) if self.extra else None)
        return cw.sentence_scores(X @ w + b, ow, len(recs))

    def report(self, tag):
        auc, f1, t, nz, oof = cw.cross_debate(self.X, self.y, self.owner, self.y_sent,
                                              self.claim_fold, self.is_q, MODEL)
        w, b = self.fit(self.X, self.y)
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
                for cl in claims for g in (groups(keys) for _, keys, _ in cl)]
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
        g = [set().union(*[groups(keys) for _, keys, _ in cl]) if cl else set() for cl in claims]
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
        else:
            sys.exit(f"unknown experiment {e}: see the docstring")


if __name__ == "__main__":
    main()
