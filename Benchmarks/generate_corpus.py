#!/usr/bin/env python3
"""Writes a deterministic synthetic news corpus for Chronicle's benchmarks.

  python3 Benchmarks/generate_corpus.py OUT_DIR MEGABYTES [--seed N]

Articles are made from our own templates (invented people, real country names, dates, direct
and reported speech), so the same seed always gives the same files, byte for byte.
"""
import datetime
import os
import random
import sys

GIVEN = ["Amelia", "Tomas", "Ines", "Rahul", "Mei", "Oskar", "Leila", "Jonas", "Priya", "Marta",
         "Kofi", "Hana", "Diego", "Sofia", "Yusuf", "Elena", "Arjun", "Nadia", "Pavel", "Grace"]
FAMILY = ["Novak", "Duarte", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Kowalski",
          "Mensah", "Ferreira", "Castillo", "Nakamura", "Brennan", "Aziz", "Petrov", "Lund"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Senator",
          "Governor", "Ambassador", "Finance Minister", "Mayor", "Secretary of State"]
COUNTRIES = [("France", "French"), ("Brazil", "Brazilian"), ("Japan", "Japanese"),
             ("Kenya", "Kenyan"), ("Canada", "Canadian"), ("India", "Indian"),
             ("Germany", "German"), ("Mexico", "Mexican"), ("Egypt", "Egyptian"),
             ("Poland", "Polish"), ("Chile", "Chilean"), ("Vietnam", "Vietnamese")]
VERBS = ["said", "told reporters", "stressed", "warned", "added", "insisted", "noted"]
TOPICS = ["the trade agreement", "the border talks", "the energy plan", "the new budget",
          "the water treaty", "the election timetable", "the port expansion"]
WHEN = ["on Monday", "on Tuesday", "earlier this week", "last week", "on {md}", "in {month}",
        "yesterday", "last month"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def article(rng, n):
    date = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(2500))
    people = [(rng.choice(GIVEN), rng.choice(FAMILY), rng.choice(TITLES), rng.choice(COUNTRIES))
              for _ in range(rng.randint(2, 4))]
    topic = rng.choice(TOPICS)

    def when():
        d = date - datetime.timedelta(days=rng.randrange(1, 40))
        return rng.choice(WHEN).format(md=f"{MONTHS[d.month - 1]} {d.day}", month=MONTHS[d.month - 1])

    paras = []
    for i in range(rng.randint(6, 10)):
        g, f, t, (country, demonym) = rng.choice(people)
        first = i == 0 or rng.random() < 0.3
        who = f"{demonym} {t} {g} {f}" if first else f
        kind = rng.randrange(4)
        if kind == 0:
            paras.append(f"{who} {rng.choice(VERBS)} {when()} that {topic} would not be signed "
                         f"before {country} and its neighbours agreed on the details.")
        elif kind == 1:
            paras.append(f"\u201cWe will not accept {topic} as it stands,\u201d {who} said {when()}. "
                         f"The remarks came after a meeting in {country}.")
        elif kind == 2:
            paras.append(f"According to {who}, officials in {country} met {when()} to discuss "
                         f"{topic}, and further talks are planned. Critics said the process was slow.")
        else:
            paras.append(f"Talks on {topic} resumed {when()} in {country}. Delegates said progress "
                         f"had been made, but several questions about funding remain open.")
    title = f"Talks on {topic} continue ({n})"
    return f"---\ntitle: {title}\ndate: {date.isoformat()}\n---\n\n" + "\n\n".join(paras) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, megabytes = sys.argv[1], float(sys.argv[2])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    total, n = 0, 0
    limit = int(megabytes * 1_000_000)
    while total < limit:
        text = article(rng, n)
        sub = os.path.join(out, f"{n // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"article-{n:06d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        total += len(text.encode("utf-8"))
        n += 1
    print(f"{n} articles, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
