"""claimscan: every claim in a news article, with its source, cue, hedges and check-worthiness.

>>> import claimscan
>>> ex = claimscan.Extractor(checkworthy_threshold=0.6)
>>> report = ex.extract("Officials said 40 people were hurt.")
>>> [c["text"] for c in report["claims"]]  # offsets are code points: text[c["start"]:c["end"]]

`Extractor(**options)` is built once and reused; `extract(text)` returns report format v1 as a
dict, `extract_batch(texts)` a list of them (the GIL is released while it runs). Bad options raise
`ValueError` naming the option. `explain(claim["reasons"])` gives the reasons in words (one
sentence each, the score summarised in one). See the stubs (`_claimscan.pyi`) for every field.
"""

from ._claimscan import Extractor, __version__, default_options, explain, version

__all__ = ["Extractor", "default_options", "explain", "version", "__version__"]
