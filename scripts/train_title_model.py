"""Fits the certificate reader's title model (credentials/reader/title_model.json) on the tuning corpora.

    .venv/bin/python scripts/train_title_model.py [--cv] [--write] CORPUS_DIR...

Each corpus directory holds certificates and an expected.json (tests/certificates_world/README.md).
A candidate is right when its text, case and punctuation aside, is the expected title. ``--cv``
reports, for each corpus left out of the fit, how often the top-ranked candidate is right (and how
often any candidate is: the most a ranking can reach). Never pass a held-out corpus here.
Needs scikit-learn (``pip install -e '.[train]'``); the app itself only reads the JSON.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import credentials.reader.reading as reading
from credentials.reader.document import _Doc
from credentials.reader.title import _rule_titles
from credentials.reader.title_model import MODEL_PATH, _norm, candidates, described


def corpus_lines(directory: Path, cache_dir: Path | None) -> dict:
    """Each certificate's lines as the reader sees them (drawn order, and page order when it reads that
    too), cached because reading photos takes minutes."""
    cached = cache_dir / f"{directory.name}.pkl" if cache_dir else None
    if cached and cached.exists():
        return pickle.loads(cached.read_bytes())
    expected = json.loads((directory / "expected.json").read_text())
    calls: list = []
    extract = reading._extract

    def spy(lines, *, ocr):
        calls.append((list(lines), ocr))
        return extract(lines, ocr=ocr)

    reading._extract = spy
    data = {}
    try:
        for name in sorted(expected):
            calls.clear()
            reading.read_certificate((directory / name).read_bytes(), filename=name)
            data[name] = {"calls": list(calls), "want": expected[name]}
    finally:
        reading._extract = extract
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(data))
    return data


def examples(data: dict) -> list[tuple[list[dict], list[int]]]:
    """One group per reading of a certificate: its candidates' features and whether each is the title."""
    groups = []
    for entry in data.values():
        want = _norm(entry["want"].get("title") or "")
        card = entry["want"].get("unit") == "cpr_card"
        for lines, ocr in entry["calls"][:2]:
            doc = _Doc(lines, ocr)
            if not doc.joined:
                groups.append(([], []))
                continue
            cands = candidates(doc, _rule_titles(doc, card=card))
            groups.append((described(doc, cands), [int(bool(want) and _norm(c.text) == want) for c in cands]))
    return groups


def fit(groups, leaf: int) -> dict:
    """A random forest over the candidates' features, exported as plain arrays the reader walks without
    scikit-learn: a forest because the signals interact (a large line is the title unless it is the
    learner's name, which is also large), and it generalised better than a logistic model on corpora
    left out of the fit."""
    import numpy as np
    from sklearn.ensemble import RandomForestClassifier

    rows = [row for xs, _ in groups for row in xs]
    names = sorted(rows[0])
    x = np.array([[row[n] for n in names] for row in rows])
    y = np.array([label for _, ys in groups for label in ys])
    forest = RandomForestClassifier(
        n_estimators=TREES, min_samples_leaf=leaf, class_weight="balanced", random_state=0
    ).fit(x, y)
    trees = []
    for estimator in forest.estimators_:
        tree = estimator.tree_
        leaves = tree.value[:, 0, :] / tree.value[:, 0, :].sum(axis=1, keepdims=True)
        trees.append(
            [
                [int(f) for f in tree.feature],
                [round(float(v), 5) for v in tree.threshold],
                [int(v) for v in tree.children_left],
                [int(v) for v in tree.children_right],
                [round(float(v), 4) for v in leaves[:, 1]],
            ]
        )
    return {"features": names, "trees": trees}


TREES = 100


def top_right(groups, model) -> tuple[int, int, int]:
    """(top candidate right, some candidate right, groups) over the first reading of each certificate."""
    from credentials.reader.title_model import score

    top = reachable = 0
    for xs, ys in groups:
        if not xs:
            continue
        scores = [score(x, model) for x in xs]
        best = max(range(len(xs)), key=scores.__getitem__)
        top += ys[best]
        reachable += any(ys)
    return top, reachable, len(groups)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--leaf", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    by_corpus = {d.name: examples(corpus_lines(d, args.cache)) for d in args.corpora}
    if args.cv:
        total = [0, 0, 0]
        for name, groups in by_corpus.items():
            rest = [g for other, gs in by_corpus.items() if other != name for g in gs if g[0]]
            result = top_right(groups, fit(rest, args.leaf))
            total = [a + b for a, b in zip(total, result, strict=True)]
            print(f"{name}: top {result[0]}/{result[2]}, reachable {result[1]}")
        print(f"all left out: top {total[0]}/{total[2]}, reachable {total[1]}")
    model = fit([g for gs in by_corpus.values() for g in gs if g[0]], args.leaf)
    model["trained_on"] = sorted(by_corpus)
    if args.write:
        args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
