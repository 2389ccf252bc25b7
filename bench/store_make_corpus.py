#!/usr/bin/env python3
"""Generates a news corpus as JSON Lines ("body" records) for the store
benchmark: happenings (two actors, an action, a place, a day) reported by
one to six sources in their own words over up to two days, wire copies of
about a fifth of the reports (another headline, boilerplate, a trimmed last
paragraph), and background words drawn from a Zipf-like vocabulary so
full-text queries hit realistic numbers of articles. Deterministic for a
given seed. Standard library only.

    bench/store_make_corpus.py -n 100000 > corpus.jsonl
"""
import argparse, datetime, json, random, sys

ACTORS = [
    ("Russian Foreign Minister", "Sergei Lavrov", "Moscow"), ("Russian President", "Vladimir Putin", "Moscow"),
    ("U.S. Secretary of State", "Marco Rubio", "Washington"), ("U.S. President", "Donald Trump", "Washington"),
    ("Ukrainian President", "Volodymyr Zelensky", "Kyiv"), ("Ukrainian Foreign Minister", "Andrii Sybiha", "Kyiv"),
    ("Chinese Foreign Minister", "Wang Yi", "Beijing"), ("Chinese President", "Xi Jinping", "Beijing"),
    ("German Chancellor", "Friedrich Merz", "Berlin"), ("French President", "Emmanuel Macron", "Paris"),
    ("Israeli Prime Minister", "Benjamin Netanyahu", "Jerusalem"), ("Iranian Foreign Minister", "Abbas Araghchi", "Tehran"),
    ("Turkish President", "Recep Tayyip Erdogan", "Ankara"), ("Indian Prime Minister", "Narendra Modi", "New Delhi"),
    ("British Prime Minister", "Keir Starmer", "London"), ("Japanese Prime Minister", "Shigeru Ishiba", "Tokyo"),
    ("Brazilian President", "Luiz Inacio Lula da Silva", "Brasilia"), ("Polish Prime Minister", "Donald Tusk", "Warsaw"),
    ("Hungarian Prime Minister", "Viktor Orban", "Budapest"), ("Egyptian President", "Abdel Fattah al-Sisi", "Cairo"),
    ("Saudi Foreign Minister", "Faisal bin Farhan", "Riyadh"), ("Pakistani Prime Minister", "Shehbaz Sharif", "Islamabad"),
    ("South African President", "Cyril Ramaphosa", "Pretoria"), ("Mexican President", "Claudia Sheinbaum", "Mexico City"),
]
VENUES = ["Istanbul", "Geneva", "Vienna", "Doha", "Riyadh", "Brussels", "New York", "Paris", "Berlin", "Beijing",
          "Cairo", "Warsaw", "Tokyo", "Rome", "Madrid", "Oslo", "Nairobi", "Jakarta", "Singapore", "Helsinki",
          "Lisbon", "Athens", "Prague", "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Stockholm",
          "Copenhagen", "Dublin", "Amsterdam", "Lagos", "Accra", "Addis Ababa", "Kinshasa", "Dakar", "Tunis",
          "Algiers", "Rabat", "Amman", "Beirut", "Baghdad", "Kabul", "Tashkent", "Astana", "Baku", "Tbilisi",
          "Yerevan", "Manila", "Hanoi", "Bangkok", "Seoul", "Canberra", "Wellington", "Lima", "Bogota",
          "Santiago", "Buenos Aires", "Caracas", "Havana", "Ottawa"]
ROLES = ["Foreign Minister", "Defence Minister", "Finance Minister", "Prime Minister", "President",
         "Trade Minister", "Interior Minister", "Energy Minister"]
COUNTRIES = ["Kenyan", "Nigerian", "Ghanaian", "Ethiopian", "Moroccan", "Tunisian", "Jordanian", "Lebanese",
             "Iraqi", "Afghan", "Uzbek", "Kazakh", "Azerbaijani", "Georgian", "Armenian", "Philippine",
             "Vietnamese", "Thai", "South Korean", "Australian", "Peruvian", "Colombian", "Chilean",
             "Argentine", "Venezuelan", "Cuban", "Canadian", "Portuguese", "Greek", "Czech", "Romanian",
             "Bulgarian", "Serbian", "Croatian", "Swedish", "Danish", "Irish", "Dutch", "Norwegian", "Finnish"]
GIVEN = ["Amara", "Tomas", "Lina", "Kofi", "Mehdi", "Ines", "Yusuf", "Elena", "Rafael", "Nadia", "Omar", "Sofia",
         "Daniel", "Leila", "Marek", "Ana", "Jonas", "Mira", "Pablo", "Hana", "Ivan", "Zara", "Karim", "Eva"]
SURNAMES = ["Okafor", "Mensah", "Haddad", "Novak", "Petrov", "Costa", "Lindqvist", "Moreno", "Nguyen",
            "Kovacs", "Rahman", "Silva", "Hansen", "Papadopoulos", "Dvorak", "Ionescu", "Markovic", "Horvat",
            "Jensen", "Murphy", "de Vries", "Berg", "Virtanen", "Santos", "Alvarez", "Rojas", "Castillo",
            "Herrera", "Tanaka", "Kim", "Park", "Reyes", "Abdullah", "Nasser", "Karimov", "Aliyev", "Beridze",
            "Sargsyan", "Pham", "Suzuki", "Walker", "Campbell", "Dubois", "Rossi", "Ferrari", "Weber", "Keller"]
ACTIONS = [  # (verb phrase, headline verb)
    ("met {t} in {p} on {d} for talks on", "meets"), ("accused {t} of undermining", "accuses"),
    ("signed an agreement with {t} in {p} on", "signs deal with"), ("criticised {t} over", "criticises"),
    ("praised {t} for", "praises"), ("threatened {t} with sanctions over", "threatens"),
    ("called on {t} to resume talks on", "urges"), ("visited {p} and held talks with {t} about", "visits"),
    ("condemned {t} for", "condemns"), ("rejected a proposal from {t} on", "rejects"),
    ("promised {t} aid for", "promises aid to"), ("demanded that {t} explain", "demands answers from"),
]
TOPICS = ["the ceasefire", "grain exports", "energy prices", "a prisoner exchange", "nuclear inspections",
          "border security", "trade tariffs", "the refugee crisis", "military aid", "climate finance",
          "debt relief", "shipping in the Black Sea", "the peace plan", "arms control", "fishing rights",
          "gas supplies", "the election dispute", "cyber attacks", "sanctions relief", "water rights"]
SOURCES = ["harbourtimes.example", "northernledger.example", "dailyexample.example", "globalwire.example",
           "capitalpost.example", "eveningstar.example", "thecourier.example", "metrodispatch.example",
           "asiareview.example", "africanmonitor.example", "latinreport.example", "euroobserver.example",
           "gulfdaily.example", "pacificherald.example", "continentalnews.example", "worldbrief.example"]
SYLLABLES = ["ka", "ro", "mi", "ta", "le", "su", "an", "ver", "pol", "dor", "ex", "gra", "bel", "ton", "ric", "us",
             "ion", "ment", "al", "ar", "is", "on", "en", "ca", "de", "fi", "gu", "ho", "li", "mo", "ne", "pa"]


def vocabulary(r, n=6000):
    words = set()
    while len(words) < n:
        words.add("".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 4))))
    return sorted(words)


def background(r, vocab, n):
    # Zipf-like: index ~ exponential, so a few hundred words are common and most are rare.
    out = []
    for _ in range(n):
        i = min(len(vocab) - 1, int(r.expovariate(1 / 400)))
        out.append(vocab[i])
    return " ".join(out)


def report(r, h, vocab, style):
    (srole, sname, scity), (trole, tname, _), (verb, hverb), topic, place, day = h
    when = day.strftime("%A")
    first = f"{srole} {sname} {verb.format(t=tname, p=place, d=when)} {topic}, officials said."
    if style == 1:
        first = f"{sname}, the {srole.lower()}, {verb.format(t=trole + ' ' + tname, p=place, d=when)} {topic}."
    elif style == 2:
        first = f"In {place}, {srole} {sname} {verb.format(t=tname, p=place, d=when)} {topic} on {when}."
    quote = f"\u201cWe will not accept any outcome that ignores {topic},\u201d {sname.split()[-1]} told reporters."
    paras = [first, quote,
             f"{trole} {tname} did not immediately respond. Analysts in {scity} said {background(r, vocab, 12)}.",
             background(r, vocab, r.randint(40, 90)).capitalize() + ".",
             f"The dispute over {topic} has strained relations for months. {background(r, vocab, 30)}."]
    title = f"{sname.split()[-1]} {hverb} {tname.split()[-1]} over {topic}"
    return title, "\n\n".join(paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=100000, help="articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", default="2025-01-01")
    ap.add_argument("--per-day", type=int, default=300, help="articles per day (sets the time span)")
    a = ap.parse_args()
    r = random.Random(a.seed)
    vocab = vocabulary(r)
    # Many more actors and topics than the famous few, as in real news,
    # so that two happenings rarely share both actors, action and topic.
    for i in range(300):
        ACTORS.append((r.choice(COUNTRIES) + " " + r.choice(ROLES), r.choice(GIVEN) + " " + r.choice(SURNAMES),
                       r.choice(VENUES)))
    for i in range(300):
        TOPICS.append("the %s %s" % (r.choice(vocab[:3000]), r.choice(["dispute", "agreement", "project", "pipeline",
                                                                      "treaty", "inquiry", "loan", "summit"])))
    start = datetime.date.fromisoformat(a.start)
    out = sys.stdout
    written, reports, happening = 0, [], 0
    while written < a.n:
        happening += 1
        day = start + datetime.timedelta(days=written // a.per_day)
        s, t = r.sample(ACTORS, 2)
        h = (s, t, r.choice(ACTIONS), r.choice(TOPICS), r.choice(VENUES), day)
        for k in range(r.choice([1, 1, 2, 2, 3, 4, 6])):
            if written >= a.n:
                break
            pub = day + datetime.timedelta(days=r.choice([0, 0, 0, 1, 2]))
            copy_of = None
            if reports and r.random() < 0.2:  # a wire copy of a recent report
                title, body, hid, copy_of = r.choice(reports[-200:])
                body = "By Staff\n\n" + body.rsplit("\n\n", 1)[0] + "\n\n\u00a9 2025 Wire Services. All rights reserved."
                title = "WIRE: " + title
            else:
                title, body = report(r, h, vocab, k % 3)
                hid = happening
                reports.append((title, body, hid, f"bench-{written}"))
            src = r.choice(SOURCES)
            rec = {"id": f"bench-{written}", "url": f"https://{src}/{pub.isoformat()}/{written}",
                   "published": pub.isoformat() + "T%02d:%02d:00Z" % (r.randint(0, 23), r.randint(0, 59)),
                   "title": title, "body": body,
                   "truth": {"happening": hid, "copy_of": copy_of}}  # for store_eval.py; ignored by dateline
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += 1


if __name__ == "__main__":
    main()
