"""A tour of the kmytext library on the bundled sample pages.

Run: python examples/library_tour.py
"""

from __future__ import annotations

import kmytext
from kmytext.io.read import sample_documents

page = sample_documents()[1]
print(f"{page.id}: {len(page.text)} characters")

print("\nKeywords:", ", ".join(k.keyword for k in kmytext.keywords(page.text, top=10)))

people = [e for e in kmytext.entities(page.text) if e.type == "PER"]
print("People:", ", ".join(sorted({e.name for e in people})))

money = [n for n in kmytext.numbers(page.text) if n.kind == "money"]
for n in money[:5]:
    print(f"Money: {n.text!r} -> {n.value} {n.unit} (offset {n.start})")

frame = kmytext.to_frame(kmytext.numbers(page.text))
print("\nNumbers by kind:")
print(frame.groupby("kind").size().to_string())

# News analysis: who said what, who holds which post, who appears with whom.
pages = sample_documents()
print("\nWho said what:")
for q in kmytext.quotes(page)[:3]:
    print(f"  {q.speaker or '(no one named)'} {q.cue or '：'} {q.text[:30]}…")
posts = kmytext.post_counts(kmytext.posts(pages))
print("Posts:", "; ".join(f"{p.person}, {p.org or ''}{p.position}" for p in posts[:4]))
network = kmytext.network(pages)  # people and organisations named in one sentence
print("Named together:", ", ".join(f"{e.source}–{e.target} ({e.weight})" for e in network.edges[:3]))
