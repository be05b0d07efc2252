"""Throughput of extract_many next to a bare nlp.pipe over the same texts, same process count.

    python -m bench.extract [--eval-dir ../shared/eval] [--n-process 1] [--repeat 2]

The texts are the .txt files of the evaluation sets, read at run time. "Bare" is the full
spaCy pipeline of the model, as spacy.load gives it, with nothing done to its output; the
engine runs its own pipeline (without the pipes it does not need) plus all its rules.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.eval_data import eval_dir
from claims.extraction.engine import extract_many, load_nlp, model_name_from


def _texts(folder: Path) -> list[str]:
    paths = sorted(folder.glob("polnear-dev/**/*.txt")) + sorted(folder.glob("seed/*.txt"))
    out = []
    for p in paths:
        with open(p, encoding="utf-8", newline="") as fh:
            out.append(fh.read())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=eval_dir())
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs for each side")
    args = ap.parse_args(argv)

    import spacy

    texts = _texts(args.eval_dir)
    if not texts:
        raise SystemExit(f"no texts under {args.eval_dir}")
    name = model_name_from(None)
    bare = spacy.load(name)
    load_nlp(name)
    # warm up both pipelines
    list(bare.pipe(texts[:4]))
    list(extract_many(texts[:4]))
    n_tokens = sum(len(bare.make_doc(t)) for t in texts)

    best_bare = best_engine = float("inf")
    n_attr = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
            pass
        best_bare = min(best_bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_attr = 0
        for atts in extract_many(texts, batch_size=args.batch_size, n_process=args.n_process):
            n_attr += len(atts)
        best_engine = min(best_engine, time.perf_counter() - t0)

    bare_tps = n_tokens / best_bare
    engine_tps = n_tokens / best_engine
    print(f"texts                 {len(texts)}")
    print(f"tokens                {n_tokens}")
    print(f"processes             {args.n_process}")
    print(f"model                 {name} (bare pipes: {', '.join(bare.pipe_names)})")
    print(f"bare nlp.pipe         {bare_tps:10.0f} tokens/s  ({best_bare:.2f} s)")
    print(f"extract_many          {engine_tps:10.0f} tokens/s  ({best_engine:.2f} s)")
    print(f"attributions          {n_attr}")
    print(f"ratio                 {engine_tps / bare_tps:.2f}x bare spaCy")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
