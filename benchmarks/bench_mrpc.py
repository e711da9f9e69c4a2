"""Same claim in other words? crosscheck's scorer against tuned token_set_ratio on MRPC.

Run: ``python benchmarks/bench_mrpc.py [--folds 10] [--semantic]``

Reads ``../shared/eval/mrpc/msr_paraphrase_train.txt`` in place. Ten cross-validation
folds: on the nine training folds the logistic regression of
:mod:`crosscheck.scoring` is fitted (numpy, Newton steps, L2) and its decision
threshold chosen (maximising accuracy + F1); the held-out fold is scored. The baseline,
``fuzz.token_set_ratio`` with its cutoff tuned on the same training folds, is measured
in the same run. Word weights (IDF) come from all MRPC sentences, the corpus being
"audited"; a second line scores with uniform weights, as ``compare_sentences`` does
for a lone pair.

Finally the regression is fitted on all of MRPC train and its constants are printed in
the form :mod:`crosscheck.scoring` ships them (copy them there to refit).
"""

from __future__ import annotations

import argparse
import csv
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpora import MRPC_TRAIN

from crosscheck._text import fold
from crosscheck.align import UNIFORM, TermWeights
from crosscheck.config import AuditConfig
from crosscheck.scoring import (
    FEATURES,
    LexicalScorer,
    pair_features,
    profile_sentence,
)

L2 = 1e-3


def load() -> tuple[list[str], list[str], np.ndarray]:
    a, b, y = [], [], []
    with MRPC_TRAIN.open(encoding="utf-8-sig") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for quality, _id1, _id2, s1, s2 in reader:
            a.append(s1)
            b.append(s2)
            y.append(int(quality))
    return a, b, np.array(y)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """L2-regularised logistic regression by Newton steps on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = l2 * len(y) * np.diag(np.r_[np.ones(len(w) - 1), 0.0])
    for _ in range(30):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return mean, scale, w


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    mean, scale, w = model
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    return 100 / (1 + np.exp(-z @ w))


def metrics(pred: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    tp = int((pred & (y == 1)).sum())
    f1 = 2 * tp / (int(pred.sum()) + int((y == 1).sum()))
    return float((pred == y).mean()), f1


def best_cutoff(scores: np.ndarray, y: np.ndarray, grid: np.ndarray) -> float:
    """The cutoff maximising accuracy + F1 on (training) data; ties go to the lowest."""
    return float(max(grid, key=lambda t: sum(metrics(scores >= t, y))))


def cross_validate(x: np.ndarray, baseline: np.ndarray, y: np.ndarray, folds: int) -> dict[str, list[float]]:
    order = np.random.default_rng(0).permutation(len(y))
    parts = np.array_split(order, folds)
    out: dict[str, list[float]] = {k: [] for k in ("acc", "f1", "base_acc", "base_f1")}
    grid = np.arange(20, 80.5, 1.0)
    for k in range(folds):
        test = parts[k]
        train = np.concatenate([parts[j] for j in range(folds) if j != k])
        model = fit(x[train], y[train])
        cutoff = best_cutoff(predict(model, x[train]), y[train], grid)
        acc, f1 = metrics(predict(model, x[test]) >= cutoff, y[test])
        out["acc"].append(acc)
        out["f1"].append(f1)
        base_cut = best_cutoff(baseline[train], y[train], np.arange(40, 100.5, 1.0))
        acc, f1 = metrics(baseline[test] >= base_cut, y[test])
        out["base_acc"].append(acc)
        out["base_f1"].append(f1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--semantic", action="store_true", help="also score with crosscheck[semantic]")
    args = parser.parse_args()
    if not MRPC_TRAIN.exists():
        print(f"skipped: {MRPC_TRAIN} not found (the shared eval data is absent)")
        return 0
    a, b, y = load()
    started = time.perf_counter()
    profiles = {s: profile_sentence(s) for s in sorted(set(a) | set(b))}
    df: Counter[str] = Counter()
    for p in profiles.values():
        df.update(set(p.tokens))
    idf = TermWeights(len(profiles), dict(df))
    x_idf = np.array([pair_features(profiles[s], profiles[t], idf)[0] for s, t in zip(a, b, strict=True)])
    x_uni = np.array([pair_features(profiles[s], profiles[t], UNIFORM)[0] for s, t in zip(a, b, strict=True)])
    features_s = time.perf_counter() - started
    started = time.perf_counter()
    baseline = np.array([fuzz.token_set_ratio(fold(s), fold(t)) for s, t in zip(a, b, strict=True)])
    baseline_s = time.perf_counter() - started
    print(f"MRPC train: {len(y)} pairs ({int(y.sum())} paraphrase), {args.folds}-fold CV, held-out means")
    print(f"features: {features_s:.2f} s for 2 x {len(y)} pairs; token_set_ratio: {baseline_s:.3f} s "
          f"(ratio {features_s / 2 / max(baseline_s, 1e-9):.0f}x)")
    results = {}
    for name, x in (("corpus IDF (as in an audit)", x_idf), ("uniform weights (lone pair)", x_uni)):
        cv = cross_validate(x, baseline, y, args.folds)
        acc, f1 = np.mean(cv["acc"]), np.mean(cv["f1"])
        results[name] = (acc, f1)
        print(f"crosscheck lexical, {name}: accuracy {acc:.4f}  F1 {f1:.4f}  "
              f"(fold sd {np.std(cv['acc']):.3f} / {np.std(cv['f1']):.3f})")
    # the aligner's own score (IDF soft Dice, the first feature) at the default cutoff, untuned
    dice = x_idf[:, 0] * 100
    acc, f1 = metrics(dice >= AuditConfig().same_claim_cutoff, y)
    print(f"aligner soft overlap alone at same_claim_cutoff={AuditConfig().same_claim_cutoff:g} "
          f"(untuned, all pairs): accuracy {acc:.4f}  F1 {f1:.4f}")
    base_acc, base_f1 = np.mean(cv["base_acc"]), np.mean(cv["base_f1"])
    print(f"baseline token_set_ratio (cutoff tuned per fold): accuracy {base_acc:.4f}  F1 {base_f1:.4f}")
    for name, (acc, f1) in results.items():
        met = "met" if acc >= 0.77 and f1 >= 0.84 else "NOT met"
        print(f"target accuracy >= 0.77 and F1 >= 0.84, {name}: {met}; "
              f"vs baseline {acc / base_acc:.3f}x accuracy, {f1 / base_f1:.3f}x F1")

    if args.semantic:
        from crosscheck.semantic import EmbeddingScorer

        scorer = EmbeddingScorer()
        sims = np.array(scorer.similarities(a, b))
        order = np.random.default_rng(0).permutation(len(y))
        parts = np.array_split(order, args.folds)
        accs, f1s = [], []
        for k in range(args.folds):
            test = parts[k]
            train = np.concatenate([parts[j] for j in range(args.folds) if j != k])
            cut = best_cutoff(sims[train], y[train], np.arange(20, 100.5, 0.5))
            acc, f1 = metrics(sims[test] >= cut, y[test])
            accs.append(acc)
            f1s.append(f1)
        print(f"crosscheck[semantic] all-MiniLM-L6-v2 cosine (cutoff tuned per fold): "
              f"accuracy {np.mean(accs):.4f}  F1 {np.mean(f1s):.4f}")
        cut = best_cutoff(sims, y, np.arange(20, 100.5, 0.5))
        print(f"SEMANTIC_THRESHOLD = {cut:.1f}  # fitted on all of MRPC train; "
              f"shipped: {scorer.threshold:.1f}")

    model = fit(x_idf, y)
    cutoff = best_cutoff(predict(model, x_idf), y, np.arange(20, 80.5, 1.0))
    mean, scale, w = model
    print("\n# fitted on all of MRPC train (corpus IDF); paste into crosscheck/scoring.py")
    for name, values in (("MEANS", mean), ("SCALES", scale), ("COEFFICIENTS", w[:-1])):
        body = textwrap.fill(", ".join(f"{v:.6g}" for v in values) + ",", 96,
                             initial_indent="    ", subsequent_indent="    ")
        print(f"{name}: tuple[float, ...] = (\n{body}\n)")
    print(f"INTERCEPT: float = {w[-1]:.6g}")
    print(f"THRESHOLD: float = {cutoff:.1f}")
    shipped = LexicalScorer(idf)
    agree = np.mean([
        shipped.score_profiles(profiles[s], profiles[t]).same_claim == (p >= cutoff)
        for s, t, p in zip(a[:200], b[:200], predict(model, x_idf[:200]), strict=True)
    ])
    print(f"shipped constants agree with this fit on {agree:.0%} of the first 200 pairs "
          f"({len(FEATURES)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
