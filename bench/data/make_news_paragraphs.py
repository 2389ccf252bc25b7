#!/usr/bin/env python3
"""Writes bench/data/news_paragraphs.txt: about 200 KB of wire-style news
paragraphs for the entities peer benchmark (bench/entities_peer.sh).

The paragraphs are project-authored templates filled from small lists of
people, organisations, places and figures, with a fixed seed, so the file
is the same on every run. Paragraphs are separated by blank lines.

    python3 bench/data/make_news_paragraphs.py [OUT] [--kb 200]
"""
import argparse
import random

PEOPLE = [
    ("President", "Emmanuel Macron", "French"), ("Chancellor", "Friedrich Merz", "German"),
    ("Prime Minister", "Keir Starmer", "British"), ("Foreign Minister", "Sergei Lavrov", "Russian"),
    ("President", "Volodymyr Zelenskyy", "Ukrainian"), ("Prime Minister", "Narendra Modi", "Indian"),
    ("Secretary of State", "Marco Rubio", "U.S."), ("President", "Lula da Silva", "Brazilian"),
    ("Defence Minister", "Yoav Gallant", "Israeli"), ("Finance Minister", "Nirmala Sitharaman", "Indian"),
    ("Prime Minister", "Viktor Orban", "Hungarian"), ("President", "Cyril Ramaphosa", "South African"),
    ("Foreign Minister", "Wang Yi", "Chinese"), ("Trade Minister", "Mary Ng", "Canadian"),
    ("Economy Minister", "Luis Caputo", "Argentine"), ("Interior Minister", "Nancy Faeser", "German"),
    ("Health Minister", "Mark Holland", "Canadian"), ("President", "Recep Tayyip Erdogan", "Turkish"),
]
SURNAME = {p[1]: p[1].split()[-1] for p in PEOPLE}
ORGS = ["the United Nations", "NATO", "the European Union", "the International Monetary Fund",
        "the World Bank", "the World Health Organization", "the African Union", "OPEC",
        "the Red Cross", "Amnesty International", "Human Rights Watch", "the European Central Bank"]
COMPANIES = ["Maersk", "Siemens", "Toyota", "Gazprom", "Shell", "Airbus", "Samsung", "Boeing",
             "Volkswagen", "Nestle", "Tata Motors", "Petrobras", "Glencore", "Rio Tinto"]
SECTORS = ["shipping group", "industrial group", "carmaker", "energy company", "planemaker",
           "electronics maker", "food company", "mining giant", "oil major"]
CITIES = [("Geneva", "Switzerland"), ("Istanbul", "Turkey"), ("Nairobi", "Kenya"), ("Jakarta", "Indonesia"),
          ("Brussels", "Belgium"), ("Warsaw", "Poland"), ("Cairo", "Egypt"), ("Lima", "Peru"),
          ("Hanoi", "Vietnam"), ("Riyadh", "Saudi Arabia"), ("Oslo", "Norway"), ("Manila", "the Philippines"),
          ("Budapest", "Hungary"), ("Doha", "Qatar"), ("Seoul", "South Korea"), ("Madrid", "Spain")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["grain exports", "a ceasefire", "interest rates", "refugee flows", "energy prices",
          "a trade agreement", "climate finance", "border security", "debt relief", "shipping lanes",
          "vaccine supplies", "fishing rights", "a prisoner exchange", "tariffs on steel"]
ADJ = ["constructive", "difficult", "frank", "useful", "disappointing", "encouraging", "tense"]

TEMPLATES = [
    "{role} {person} said on {day} that talks in {city} on {topic} had been “{adj},” adding that "
    "negotiators from {org} would return next week. {surname} did not say when a deal might be signed.",
    "In {city}, {demonym} {role2} {person2} told reporters that {country} was ready to discuss {topic} "
    "but warned that “nothing is agreed until everything is agreed.” Officials from {org} declined to comment.",
    "{sector} {company} said on {day} it would cut {n},{m:03d} jobs and invest ${b}.{c} billion in new "
    "plants, after sales fell {p}.{q}% in the quarter. Shares of {company} rose {q}.{p}% in early trading in {city2}.",
    "“We cannot wait any longer,” {person} said at a news conference in {city}, where delegations from "
    "{n2} countries gathered for talks on {topic}. The meeting was the first since {year}, according to {org}.",
    "Protesters marched through the centre of {city} on {day} to demand action on {topic}. Police said "
    "about {n},{m:03d} people took part; organisers put the figure at {n3},000. {role} {person} called "
    "the protests “{adj}.”",
    "The {org_cap} said in a statement that it had approved a ${b}.{c} billion loan to {country}, citing "
    "progress on {topic}. {demonym} officials welcomed the decision, but analysts at {company} said the "
    "terms were {adj}.",
    "{surname2} arrived in {city} late on {day} for two days of meetings with {role} {person}. The two "
    "leaders were expected to sign agreements on {topic} and {topic2}, a spokesperson for {org} said.",
    "Three years ago, {country} and its neighbours agreed to share data on {topic}. On {day}, {person2} "
    "said the arrangement had saved “thousands of lives” and urged {org} to extend it to {country2}.",
]


def paragraph(rng):
    role, person, demonym = rng.choice(PEOPLE)
    role2, person2, demonym2 = rng.choice(PEOPLE)
    city, country = rng.choice(CITIES)
    city2, country2 = rng.choice(CITIES)
    org = rng.choice(ORGS)
    t = rng.choice(TEMPLATES)
    return t.format(
        role=role, person=person, surname=SURNAME[person], role2=role2, person2=person2,
        surname2=SURNAME[person2], demonym=demonym2, city=city, country=country, city2=city2,
        country2=country2, org=org, org_cap=org[4:] if org.startswith("the ") else org,
        company=rng.choice(COMPANIES), sector=rng.choice(SECTORS).capitalize(), day=rng.choice(DAYS),
        topic=rng.choice(TOPICS), topic2=rng.choice(TOPICS), adj=rng.choice(ADJ), n=rng.randint(1, 40),
        m=rng.randint(0, 999), n2=rng.randint(5, 60), n3=rng.randint(50, 200), b=rng.randint(1, 90),
        c=rng.randint(1, 9), p=rng.randint(1, 9), q=rng.randint(1, 9), year=rng.randint(1995, 2023))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default="bench/data/news_paragraphs.txt")
    ap.add_argument("--kb", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(20250227)
    parts, size = [], 0
    while size < args.kb * 1024:
        p = paragraph(rng)
        parts.append(p)
        size += len(p.encode()) + 2
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
