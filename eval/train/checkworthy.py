#!/usr/bin/env python3
"""Fit the check-worthiness model and write crates/claimscan/src/lexicons/checkworthy.txt.

The model is a logistic regression over a few hundred readable cues: whole words and short
phrases, a sentence's first word, word classes (numbers, years, percent, money, length), and the
flags the pipeline hands the scorer (entities, source, hedge, future, question, attribution).
`score.rs` computes exactly the features computed here (`features()` mirrors it), so the weights
written to the lexicon reproduce this script's scores.

Training data: ClaimBuster `crowdsourced` (label CFS positive, UFS and NFS negative). Each
sentence is run through the claimscan CLI so the model sees what the scorer sees in the pipeline:
the claim's content text and its flags. Regularisation (L1 strength) is chosen by group k-fold
over debates (no debate in both the training and the validation part); groundtruth and CLEF 2019
are only measured, never used for a choice. The bias is then shifted so that 0.5 is the cut with
the best cross-debate F1.

Usage (from the workspace root, after `cargo build --release -p claimscan-cli`):
    python3 eval/train/checkworthy.py [--claimscan target/release/claimscan] [--data ../shared/data]

Needs numpy and scikit-learn. Deterministic: same data and binary give the same file.
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

# ---------------------------------------------------------------------------------------------
# Word classes with a category. These are candidates whatever their frequency (a cue still needs
# MIN_DF sentences to get a weight); every other word or phrase is a candidate only when it is
# common in many debates, and its category is "other".
CLASSES = {
    "quantity": """percent percentage billion billions million millions trillion thousand thousands
        hundred hundreds dollars dollar cents average median rate rates half double doubled tripled
        twice triple quarter third majority minority most least more fewer less than increase
        increased increases decrease decreased decreases rise rose risen fell fall fallen drop
        dropped cut cuts grew grow growth declined decline higher lower highest lowest largest
        biggest smallest record deficit debt surplus budget tax taxes spending spent cost costs
        jobs unemployment inflation income wages number numbers per every times years ago since
        first only all none zero one two three four five six seven eight nine ten twenty fifty
        dozens""",
    "causation": """because caused causes cause due result resulted results led lead leads
        therefore consequently so thanks responsible blame blamed effect effects impact""",
    "rule": """law laws bill bills legislation illegal legal ban banned act signed veto vetoed voted
        vote votes treaty constitution court supreme amendment regulation regulations rule rules
        requires required require mandate mandated obligates policy program""",
    "prediction": """will would going gonna shall future expect expected predict plan plans
        next tomorrow soon""",
    "personal": """i me my mine myself i'm i've i'll i'd we we're we've our ours us you your
        you're""",
    "opinion": """think believe feel hope want wish should must ought great terrible wonderful good
        bad best worst better worse wrong right important question whether maybe perhaps
        probably really very thank thanks welcome agree disagree""",
}
WORD_CATEGORY = {}
for _cat, _words in CLASSES.items():
    for _w in _words.split():
        WORD_CATEGORY.setdefault(_w, _cat)

# Class features (computed, not matched) and their categories. Keys are written as `<name>`.
CLASS_CATEGORY = {
    "number": "quantity",
    "year": "other",
    "percent-sign": "quantity",
    "money-sign": "quantity",
    "future": "prediction",
    "hedged": "prediction",
    "question": "opinion",
    "-est": "quantity",
    "number-word": "quantity",
}
# Word endings (a word: a run of ASCII letters, at least this long): past tense and
# participles, superlatives, progressives, plurals.
SUFFIXES = [("ed", 5), ("est", 6), ("ing", 6), ("ly", 5), ("s", 4)]
LETTERS = re.compile(r"[A-Za-z]+")
# <number-word>: a figure written as a word. Kept because it raised cross-debate AUC and F1 at
# every C near the chosen one; tried and not kept (no cross-debate gain): a capitalised month
# name after the first word, and a start "I/we think/believe/feel/...".
NUMBER_WORDS = set("""one two three four five six seven eight nine ten eleven twelve fifteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
    millions billion billions trillion trillions dozen dozens half percent""".split())
LENGTH_BUCKETS = [(1, 3), (4, 6), (7, 10), (11, 15), (16, 25), (26, 40), (41, None)]

MIN_DF = 15  # sentences containing a cue
MIN_DEBATES = 6  # debates containing a cue (of 33), so no cue fits one debate
MAX_NGRAM = 3
FIRST_WORD_MIN_DF = 30
FOLDS = 5
C_GRID = [0.02, 0.03, 0.05, 0.08, 0.12, 0.2, 0.3, 0.5, 1.0]
MAX_FEATURES = 600

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


NUM_SPLIT = re.compile(r"[^0-9.,%]+")


def number_classes(text):
    """(has a number that is not a year, has a year), as score.rs computes them."""
    number = year = False
    for tok in NUM_SPLIT.split(text):
        if not any("0" <= c <= "9" for c in tok):
            continue
        t = tok.strip(".,%")
        if len(t) == 4 and t.isdigit() and (t.startswith("19") or t.startswith("20")):
            year = True
        else:
            number = True
    return number, year


def length_bucket(n):
    for lo, hi in LENGTH_BUCKETS:
        if n >= lo and (hi is None or n <= hi):
            return f"words:{lo}-{hi}" if hi else f"words:{lo}+"
    return None


def class_features(text, f):
    """The computed features of one claim, as `<name>` keys."""
    out = []
    number, year = number_classes(text)
    if number:
        out.append("number")
    if year:
        out.append("year")
    if "%" in text:
        out.append("percent-sign")
    if any(c in text for c in "$€£"):
        out.append("money-sign")
    b = length_bucket(len(text.split()))
    if b:
        out.append(b)
    e = f["entities"]
    out.append("entities:3+" if e >= 3 else f"entities:{e}")
    for k in ("named_source", "vague_source", "hedged", "future", "question", "attributed"):
        if f[k]:
            out.append(k.replace("_", "-"))
    words = text.split()
    caps = sum(1 for w in words[1:] if "A" <= w[0] <= "Z")
    out.append("capitalized:3+" if caps >= 3 else f"capitalized:{caps}")
    letters = [lower(w) for w in LETTERS.findall(text)]
    for suffix, min_len in SUFFIXES:
        if any(len(w) >= min_len and w.endswith(suffix) for w in letters):
            out.append("-" + suffix)
    if any(w in NUMBER_WORDS for w in letters):
        out.append("number-word")
    return ["<" + k + ">" for k in out]


# ---------------------------------------------------------------------------------------------
# Data: run every sentence through the CLI and read back each claim's content and flags.


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


APOSTROPHE = re.compile(r"(?<=[^\W_])[\u2019\u02bc\u2032](?=[^\W\d_])")


def normalized(text):
    """The claim text the scorer sees: the pipeline's normalisation (normalize.rs) of the
    characters that change words: an apostrophe-like mark between letters (it\u2019s) becomes
    ', doubled typewriter quotes become ", two hyphens an em dash, other spaces a space."""
    text = APOSTROPHE.sub("'", text)
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r"(?<!-)--(?!-)", "\u2014", text)
    return "".join(" " if (c.isspace() or ord(c) < 32) and c != "\n" else c for c in text)


def claims_of(binary, records):
    """Per record: a list of (content_text, flags) for each claim the pipeline finds."""
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records)
    out = subprocess.run(
        [binary, "extract", "--input", "jsonl", "-f", "jsonl"],
        input=inp.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    by_id = {}
    for line in out.splitlines():
        rep = json.loads(line)
        claims = []
        for c in rep["claims"]:
            frags = [(fr["start"], fr["end"]) for fr in c["fragments"]]
            content = normalized(" ".join(fr["text"] for fr in c["fragments"]))
            ents = 0
            for ent in rep["entities"]:
                if any(
                    any(s <= m["start"] and m["end"] <= e for s, e in frags) for m in ent["mentions"]
                ):
                    ents += 1
            src = c.get("source")
            q = content.rstrip().rstrip("\"\u201d\u2019").endswith("?")
            flags = {
                "entities": ents,
                "named_source": bool(src and src.get("kind") == "named"),
                "vague_source": bool(src and src.get("vague")),
                "hedged": bool(c["hedges"]),
                "future": bool(c["future"]),
                "question": q,
                "attributed": c["attribution"] != "author",
            }
            claims.append((content, flags))
        by_id[rep["id"]] = claims
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
        if 2 * caps[w] > n and w != "i" and not w.startswith("i'") and w not in WORD_CATEGORY
    }


def has_name(key, names):
    return any(w in names for w in key.lstrip("^").split())


def candidates(rows, names=frozenset()):
    """Words and phrases common across debates, plus the class words, plus first words, none of
    them containing a proper name."""
    df = Counter()
    debates = defaultdict(set)
    first = Counter()
    tok = re.compile(r"[a-z]+(?:'[a-z]+)?")
    for debate, claims in rows:
        grams = set()
        for text, _ in claims:
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
    cands = {g for g, c in df.items() if c >= MIN_DF and len(debates[g]) >= MIN_DEBATES}
    cands |= {w for w in WORD_CATEGORY if df[w] >= MIN_DF // 3}
    firsts = {w for w, c in first.items() if c >= FIRST_WORD_MIN_DF}
    dropped = {g for g in cands | firsts if has_name(g, names)}
    return sorted(cands - dropped), sorted(firsts - dropped), sorted(dropped)


def featurize(claims, vocab, index, maxlen):
    feats = []
    for text, flags in claims:
        low = lower(text)
        fs = set(matches(low, vocab, maxlen))
        fw = first_word(text)
        if "^" + fw in index:
            fs.add("^" + fw)
        fs.update(class_features(text, flags))
        feats.append(sorted(k for k in fs if k in index))
    return feats


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


def fit(X, y, C):
    m = LogisticRegression(
        penalty="l1", C=C, solver="liblinear", max_iter=2000, random_state=0, tol=1e-5
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


def main():
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claimscan", default=os.path.join(ROOT, "target", "release", "claimscan"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()

    cb = load(os.path.join(args.data, "checkworthiness", "claimbuster.jsonl"))
    clef = load(os.path.join(args.data, "checkworthiness", "clef2019_train.jsonl"))
    crowd = [r for r in cb if r["split"] == "crowdsourced"]
    gt = [r for r in cb if r["split"] == "groundtruth"]
    print(f"running {args.claimscan} on {len(cb) + len(clef)} sentences", file=sys.stderr)
    crowd_claims = claims_of(args.claimscan, crowd)
    gt_claims = claims_of(args.claimscan, gt)
    clef_claims = claims_of(args.claimscan, clef)

    y_sent = np.array([r["label"] == "CFS" for r in crowd])
    names = proper_names(r["text"] for r in crowd)
    vocab_list, firsts, dropped = candidates(
        [(r["debate"], c) for r, c in zip(crowd, crowd_claims)], names
    )
    print(
        f"{len(names)} proper names in the training text; {len(dropped)} candidate cues dropped "
        f"as names (e.g. {', '.join(dropped[:12])})",
        file=sys.stderr,
    )
    vocab = set(vocab_list)
    maxlen = max(len(v) for v in vocab)
    class_keys = (
        ["<number>", "<year>", "<percent-sign>", "<money-sign>"]
        + ["<" + length_bucket(lo) + ">" for lo, _ in LENGTH_BUCKETS]
        + ["<entities:0>", "<entities:1>", "<entities:2>", "<entities:3+>"]
        + ["<named-source>", "<vague-source>", "<hedged>", "<future>", "<question>", "<attributed>"]
        + ["<capitalized:0>", "<capitalized:1>", "<capitalized:2>", "<capitalized:3+>"]
        + ["<-" + suffix + ">" for suffix, _ in SUFFIXES]
        + ["<number-word>"]
    )
    keys = sorted(vocab) + firsts + class_keys
    index = {k: i for i, k in enumerate(keys)}
    print(f"{len(keys)} candidate features", file=sys.stderr)

    flat, owner = expand(crowd, crowd_claims)
    X = matrix(featurize(flat, vocab, index, maxlen), index)
    y = y_sent[owner]
    groups = [crowd[i]["debate"] for i in owner]
    fold_of = group_folds([r["debate"] for r in crowd], FOLDS)
    claim_fold = np.array([fold_of[g] for g in groups])
    sent_fold = np.array([fold_of[r["debate"]] for r in crowd])

    # Cross-debate choice of C.
    results = []
    for C in C_GRID:
        oof = np.full(len(flat), -50.0)
        nz = []
        for k in range(FOLDS):
            tr = claim_fold != k
            m = fit(X[tr], y[tr], C)
            oof[~tr] = m.decision_function(X[~tr])
            nz.append(int(np.count_nonzero(m.coef_)))
        s = sentence_scores(oof, owner, len(crowd))
        auc = roc_auc_score(y_sent, s)
        t, f1 = best_threshold(s, y_sent)
        fold_f1 = [best_threshold(s[sent_fold == k], y_sent[sent_fold == k])[1] for k in range(FOLDS)]
        results.append((C, auc, f1, t, int(np.mean(nz)), oof))
        print(
            f"C={C:<5} cross-debate AUC {auc:.4f} F1 {f1:.4f} at {t:.2f} "
            f"(per fold {' '.join(f'{x:.3f}' for x in fold_f1)}) features~{int(np.mean(nz))}",
            file=sys.stderr,
        )
    ok = [r for r in results if r[4] <= MAX_FEATURES] or results[:1]
    C, auc, f1, t, _, oof = max(ok, key=lambda r: (round(r[1], 3), r[2]))
    print(f"chose C={C}: cross-debate AUC {auc:.4f}, best F1 {f1:.4f} at {t:.2f}", file=sys.stderr)

    model = fit(X, y, C)
    coef = model.coef_[0]
    # Shift the bias so that 0.5 is the cross-debate best cut: logit(0.5) = 0 = margin - logit(t).
    shift = -math.log(t / (1 - t))
    bias = round(float(model.intercept_[0]) + shift, 3)
    weights = {k: round(float(coef[i]), 3) for k, i in index.items() if round(float(coef[i]), 3) != 0}

    # Cross-debate F1 at 0.5 once the same shift is applied to the out-of-fold margins.
    s_oof = sentence_scores(oof + shift, owner, len(crowd))
    print(f"cross-debate F1 at 0.5 after the shift: {f1_at(s_oof, y_sent, 0.5):.4f}", file=sys.stderr)

    def score_records(records, claims):
        fl, ow = expand(records, claims)
        fs = featurize(fl, vocab, index, maxlen)
        margins = np.array([bias + sum(weights.get(k, 0.0) for k in f) for f in fs])
        # score.rs rounds to three decimals
        return np.round(sentence_scores(margins, ow, len(records)), 3)

    s_gt = score_records(gt, gt_claims)
    y_gt = np.array([r["label"] == "CFS" for r in gt])
    print(
        f"groundtruth: F1 {f1_at(s_gt, y_gt, 0.5):.4f} AUC {roc_auc_score(y_gt, s_gt):.4f}",
        file=sys.stderr,
    )
    s_cl = score_records(clef, clef_claims)
    y_cl = np.array([bool(r["label"]) for r in clef])
    mp, nd = mean_ap(s_cl, y_cl, [r["debate"] for r in clef])
    print(
        f"clef2019_train: MAP {mp:.4f} ({nd} debates) AUC {roc_auc_score(y_cl, s_cl):.4f} "
        f"F1 {f1_at(s_cl, y_cl, 0.5):.4f}",
        file=sys.stderr,
    )

    write(args.out, weights, bias, C, auc, f1, len(crowd))


def category_of(key):
    if key.startswith("<"):
        return CLASS_CATEGORY.get(key[1:-1], "other")
    word = key.lstrip("^")
    if word in WORD_CATEGORY:
        return WORD_CATEGORY[word]
    # A phrase takes the category of its first classed word.
    for w in word.split():
        if w in WORD_CATEGORY:
            return WORD_CATEGORY[w]
    return "other"


def write(path, weights, bias, C, auc, f1, n):
    lines = [
        "# Check-worthiness model: logistic regression weights (log-odds) over readable cues.",
        "# score = sigmoid(<bias> + sum of the weights of the cues found in a claim's content).",
        "# Fields: cue | category it points to | weight.",
        "# Cues: a lowercase word or phrase, matched whole-word anywhere (overlaps count);",
        "#   ^word: the claim's first word;  <class>: a computed feature (see score.rs):",
        "#   <number> a figure other than a year, <year>, <percent-sign>, <money-sign>,",
        "#   <words:a-b> length in words, <entities:n> named entities in the content,",
        "#   and the pipeline's flags <named-source> <vague-source> <hedged> <future> <question>",
        "#   <attributed>, <capitalized:n> capitalised words after the first,",
        "#   <-ed> <-est> <-ing> <-ly> <-s>: some word has that ending,",
        "#   <number-word>: a figure in words (one ... ninety, hundred, million, dozen, half, percent).",
        "# Category: the class a cue belongs to in eval/train/checkworthy.py (quantity, causation,",
        "#   rule, prediction, personal, opinion), else other. A claim's category is the one whose",
        "#   cues carry the most weight (either sign).",
        "# Fitted by eval/train/checkworthy.py (regenerates this file; do not edit by hand) on",
        f"#   ClaimBuster crowdsourced ({n} debate sentences, CFS positive) run through the pipeline.",
        "#   Candidates: words and 2-3 word phrases in at least "
        f"{MIN_DF} sentences and {MIN_DEBATES} debates,",
        "#   class words, common first words; none containing a proper name (a word capitalised in",
        "#   most of its non-sentence-initial uses in the training text). L1 logistic regression",
        "#   (liblinear); C chosen by",
        f"#   {FOLDS}-fold cross-debate validation: C={C}, cross-debate AUC {auc:.3f}, best F1 {f1:.3f};",
        "#   the bias is shifted so that 0.5 is the cross-debate best cut.",
        "#   Groundtruth and CLEF 2019 were measured only, not used for any choice.",
    ]
    weights = dict(weights, **{"<bias>": bias})
    for k in sorted(weights, key=lambda k: (k.lower(), k)):
        lines.append(f"{k} | {category_of(k)} | {weights[k]}")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {path}: {len(weights)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
