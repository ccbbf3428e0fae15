"""Benchmarks (``make bench``): ``run`` (throughput, memory, ingest rate, peer scores), ``synth`` (synthetic
corpus), ``peers`` (textacy and dateparser as contract records), ``compare`` (scoring), ``machine``."""
