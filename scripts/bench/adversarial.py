#!/usr/bin/env python3
"""Generates adversarial articles of a given size, for scripts/bench-linear.sh.

Each shape stresses one part of the pipeline that could go quadratic: one very long line
(paragraph splitting, tokenising), many quotation marks (quote pairing), many capitalised
words (name chunking, actor registry), many short paragraphs (per-paragraph work), quotes
nested deeply inside quotes (quote spans), and one paragraph of many attributed quotes or
chained speech verbs with no sentence end (speaker and content search).
"""
import sys

SHAPES = {
    "long-line": lambda n: ("The minister said the talks went on. " * (n // 37 + 1))[:n],
    "many-quotes": lambda n: ('"' * n),
    "capitalised": lambda n: ("Alpha Bravo Charlie Delta Echo Foxtrot " * (n // 39 + 1))[:n],
    "short-paragraphs": lambda n: ("Talks.\n\n" * (n // 8 + 1))[:n],
    "nested-quotes": lambda n: (
        "He said \u201cshe said \u2018they said \"" * (n // 40 + 1)
    )[:n],
    "quoted-speech": lambda n: ('"We will talk," Rubio said. ' * (n // 28 + 1))[:n],
    "said-chain": lambda n: ("While Rubio said that Vance told Leavitt that " * (n // 46 + 1))[:n],
}

if __name__ == "__main__":
    shape, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, "w", encoding="utf-8") as out:
        out.write(SHAPES[shape](size))
