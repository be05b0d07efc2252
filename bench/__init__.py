"""Benchmarks: commands that print figures (none of them is a timed test), and their tools.

extract.py    `make bench-extract`: attribution engine tokens/s next to a bare nlp.pipe
web.py        `make bench-web`: page latency on a synthetic archive of 1M claims
ingest.py     `make bench-ingest`: feed to claims through 2 worker processes
loadgen.py    HTTP load generator on loopback (latency percentiles, throughput)
corpus.py     the synthetic archive behind `manage.py generate_corpus`
eval_data.py  where the evaluation data is (CLAIMTRACK_EVAL_DIR or ../shared/eval)
"""
