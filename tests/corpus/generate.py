#!/usr/bin/env python3
"""Writes the bad-data corpus (tests/corpus/NN-name.json) from the small valid fixture.

Each case starts from crates/atlas-core/tests/fixtures/small.json and breaks one thing, by
replacing text (so line and column numbers in the messages stay easy to check by eye).
Only the .json files are written: the .expected files are written and checked by hand, and
crates/atlas-core/tests/corpus.rs compares them with what the loader says.

    python3 tests/corpus/generate.py        # from the repository root
"""

import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SMALL = (HERE / "../../crates/atlas-core/tests/fixtures/small.json").resolve().read_text("utf-8")

CASES = {}


def case(name, data):
    assert name not in CASES, name
    CASES[name] = data.encode("utf-8") if isinstance(data, str) else data


def edit(*pairs, text=None):
    """SMALL with each (old, new) replaced; each old must occur exactly once."""
    text = SMALL if text is None else text
    for old, new in pairs:
        count = text.count(old)
        assert count == 1, f"{old!r} occurs {count} times"
        text = text.replace(old, new)
    return text


MEMBER_ITC4 = '{ "region": "ITC4", "joined": "2024-11-08", "sources": ["src-b"] }'
AGREEMENT_PARTIES = '"parties": ["ITC4", "BE2"]'
REGION_DE2 = '"lat": 48.947, "lon": 11.419'

# Malformed JSON.
case("01-truncated", SMALL[: SMALL.index('"networks"') + 120])
case("02-trailing-comma", edit(('"chemicals"], "sources": ["src-b"]', '"chemicals",], "sources": ["src-b"]')))
case("03-byte-order-mark", "\ufeff" + SMALL)
case("04-invalid-utf8", edit(('"Baviera"', '"Bav\udcffiera"')).encode("utf-8", "surrogateescape"))
case("05-empty-file", "")
case("06-not-an-object", "[]\n")
case("07-comments", edit(('"updated": "2026-11-21",', '"updated": "2026-11-21", // edited by hand')))
case("08-trailing-text", SMALL + "\n{}\n")
case("09-utf16-file", ("\ufeff" + SMALL).encode("utf-16-le"))
case("10-lone-surrogate", edit(('"Piemonte"', '"Piemonte\\ud800"')))
case("11-raw-newline-in-string", edit(('"Source A"', '"Source\nA"')))
case("12-duplicate-key", edit(('"founded": "2022"', '"founded": "2022", "founded": "2021"')))

# Wrong types.
case("13-string-for-number", edit(('"lat": 45.621', '"lat": "45.621"')))
case("14-number-for-string", edit(('"founded": "2022"', '"founded": 2022')))
case("15-object-for-list", edit(('"sectors": ["automotive"]', '"sectors": {"automotive": true}')))
case("16-string-for-bool", edit(('"country": "BE", "nuts_level": 1, "eu": true', '"country": "BE", "nuts_level": 1, "eu": "yes"')))
case("17-null-for-string", edit(('"signed": "2026-03-03"', '"signed": null')))
case("18-negative-level", edit(('"country": "DE", "nuts_level": 1', '"country": "DE", "nuts_level": -1')))
case("19-fractional-level", edit(('"country": "DE", "nuts_level": 1', '"country": "DE", "nuts_level": 1.5')))

# Missing and unknown fields.
case("20-missing-top-level-field", edit(('  "updated": "2026-11-21",\n', "")))
case("21-missing-field-in-item", edit(('{ "region": "BE2", "joined": "2023-09-07", "founding": true }', '{ "region": "BE2", "founding": true }')))
case("22-missing-list", edit(('  "agreements": [', '  "treaties": [')))
case("23-unknown-field-in-item", edit(('"founded": "2022"', '"founded": "2022", "fonded": "2021"')))
case("24-unknown-top-level-field", edit(('"nuts_version": "2024",', '"nuts_version": "2024", "author": "me",')))

# Unknown references.
case("25-unknown-region", edit(('{ "region": "ITC4", "joined": "2022" }', '{ "region": "ITC9", "joined": "2022" }')))
case("26-unknown-sector", edit(('"sectors": ["automotive"]', '"sectors": ["cars"]')))
case("27-unknown-source", edit(('"sources": ["src-b"] }', '"sources": ["src-z"] }')))

# Duplicate ids.
case("28-duplicate-region", edit(('"id": "DE2"', '"id": "BE2"'), ('"country": "DE"', '"country": "BE"'), ('"languages": ["de"]', '"languages": ["nl"]'), ('"de": "Bayern"', '"nl": "Vlaanderen"')))
case("29-duplicate-sector", edit(('"id": "chemicals"', '"id": "automotive"'), ('"semiconductors", "chemicals"]', '"semiconductors", "automotive"]')))
case("30-duplicate-source", edit(('"id": "src-b"', '"id": "src-a"')))
case("31-network-and-agreement-share-id", edit(('"id": "lombardy-flanders-2026"', '"id": "chips"')))

# Dates.
case("32-left-before-joined", edit(('"left": "2024"', '"left": "2021"')))
case("33-ends-before-signed", edit(('"signed": "2026-03-03",', '"signed": "2026-03-03", "ends": "2025-12-31",')))
case("34-presidency-ends-before-it-begins", edit(('"sources": ["src-a"],\n      "members": [\n        { "region": "ITC1", "joined": "2023-09-07"',
                                                  '"sources": ["src-a"],\n      "presidencies": [{ "region": "ITC1", "from": "2024-11-08", "to": "2023-11-07", "role": "chair" }],\n      "members": [\n        { "region": "ITC1", "joined": "2023-09-07"')))
case("35-february-29-2023", edit(('"signed": "2026-03-03"', '"signed": "2023-02-29"')))
case("36-month-13", edit(('"published": "2026-03"', '"published": "2026-13"')))
case("37-year-1066", edit(('"founded": "2022"', '"founded": "1066"')))
case("38-last-spring", edit(('"joined": "2024-11-08"', '"joined": "last spring"')))
case("39-joined-before-founding", edit(('{ "region": "ITC1", "joined": "2023-09-07", "founding": true }', '{ "region": "ITC1", "joined": "2023-03-06", "founding": true }')))

# Coordinates.
case("40-coordinates-not-on-earth", edit((REGION_DE2, '"lat": 148.947, "lon": 11.419')))
case("41-coordinates-outside-europe", edit((REGION_DE2, '"lat": 46.81, "lon": -71.21')))
case("42-coordinates-infinite", edit((REGION_DE2, '"lat": 1e999, "lon": 11.419')))
case("43-coordinates-nan-as-text", edit((REGION_DE2, '"lat": NaN, "lon": 11.419')))

# Too few members or parties, a region tied to itself.
case("44-network-with-one-member", edit(('        { "region": "ITC4", "joined": "2022" },\n        { "region": "ITC1", "joined": "2022" },\n', "")))
case("45-agreement-with-one-party", edit((AGREEMENT_PARTIES, '"parties": ["ITC4"]')))
case("46-region-tied-to-itself", edit((AGREEMENT_PARTIES, '"parties": ["ITC4", "ITC4"]')))
case("47-member-listed-twice", edit((MEMBER_ITC4, MEMBER_ITC4 + ',\n        { "region": "ITC1", "joined": "2024" }')))

# Names.
case("48-empty-name", edit(('"en": "Car Regions"', '"en": ""')))
case("49-whitespace-name", edit(('"it": "Piemonte"', '"it": " \\t\\u00a0 "')))
case("50-missing-english-name", edit(('"names": { "en": "Car Regions" }', '"names": { "it": "Regioni dell\'auto" }')))

# Format versions.
case("51-format-version-from-the-future", edit(('"format_version": "1.1"', '"format_version": "2.0"'), ('"regions"', '"places"')))
case("52-format-version-malformed", edit(('"format_version": "1.1"', '"format_version": "v1"')))

# Nesting 10,000 levels deep, at the top and inside a field.
DEPTH = 10_000
case("53-nesting-10000-deep", "[" * DEPTH + "]" * DEPTH + "\n")
case("54-nesting-10000-deep-in-a-field", edit(('"notes": "Hand-made for tests; the facts are simplified and not to be shown as real."', '"notes": ' + "[" * DEPTH + "]" * DEPTH)))

# Text that must load and be shown as it is.
case("55-right-to-left-names", edit(
    ('"en": "Car Regions"', '"en": "Car Regions", "ar": "مناطق السيارات", "he": "אזורי הרכב"'),
    ('"Source A"', '"מקור א \u202eevil\u202c"'),
    ('"left date inferred"', '"تاريخ المغادرة مقدّر"'),
))
case("56-emoji-names", edit(
    ('"en": "Chip Regions"', '"en": "Chip Regions 🇪🇺🤝🏽👩‍🔬"'),
    ('"acronym": "CR"', '"acronym": "🔌"'),
    ('"it": "Semiconduttori"', '"it": "Semiconduttori 💾"'),
))
case("57-combining-characters", edit(
    ('"en": "Lombardy"', '"en": "Lombardy\u0301 Z\u0335\u0321\u031b\u0308a\u0336\u0317\u0350l\u0334\u0326g\u0337\u031fo\u0338"'),
    ('"it": "Piemonte"', '"it": "Pie\u0301monte\u200d\u200b\ufe0f"'),
))
H = "<script>alert(1)</script><b onmouseover=alert(2)>x</b><img src=x onerror=alert(3)>\\\"'&amp;"
case("58-html-in-every-text-field", f"""{{
  "$schema": "{H}",
  "format_version": "1.1",
  "title": "{H} title",
  "nuts_version": "2024",
  "updated": "2026-11-21",
  "notes": "{H} notes",
  "sources": [
    {{ "id": "src-a", "url": "https://example.org/a?q=<script>alert(1)</script>&x=\\"><b>", "title": "{H} source title", "publisher": "{H} publisher", "checked": "2026-11-21" }}
  ],
  "sectors": [
    {{ "id": "automotive", "labels": {{ "en": "{H} label", "it": "{H} etichetta" }}, "color": "#cc3311" }}
  ],
  "regions": [
    {{ "id": "ITC4", "names": {{ "en": "{H} Lombardy", "it": "{H} Lombardia" }}, "languages": ["it"], "country": "IT", "nuts_level": 2, "eu": true, "lat": 45.621, "lon": 9.769, "coordinate_sources": ["src-a"],
      "conflicts": [{{ "about": "{H} about", "claims": [{{ "says": "{H} says 1", "sources": ["src-a"] }}, {{ "says": "{H} says 2", "sources": ["src-a"] }}], "resolution": "{H} resolution" }}] }},
    {{ "id": "ITC1", "names": {{ "en": "{H} Piedmont", "it": "{H} Piemonte" }}, "languages": ["it"], "country": "IT", "nuts_level": 2, "eu": true, "lat": 45.06, "lon": 7.923, "coordinate_sources": ["src-a"] }}
  ],
  "networks": [
    {{
      "id": "cars", "names": {{ "en": "{H} Car Regions", "it": "{H} Regioni" }}, "acronym": "{H}", "founded": "2022",
      "sectors": ["automotive"], "website": "https://example.org/<script>alert(1)</script>", "sources": ["src-a"],
      "members": [
        {{ "region": "ITC4", "joined": "2022", "note": "{H} member note",
          "conflicts": [{{ "about": "{H} about", "claims": [{{ "says": "{H}", "sources": ["src-a"] }}, {{ "says": "{H}", "sources": ["src-a"] }}], "resolution": "{H}" }}] }},
        {{ "region": "ITC1", "joined": "2022" }}
      ],
      "presidencies": [{{ "region": "ITC4", "from": "2022", "note": "{H} presidency note" }}],
      "conflicts": [{{ "about": "{H} about", "claims": [{{ "says": "{H}", "sources": ["src-a"] }}, {{ "says": "{H}", "sources": ["src-a"] }}], "resolution": "{H}" }}],
      "known_gaps": "{H} known gaps",
      "notes": "{H} network notes"
    }}
  ],
  "agreements": [
    {{
      "id": "lombardy-piedmont", "names": {{ "en": "{H} agreement", "it": "{H} accordo" }},
      "kind": "mou", "parties": ["ITC4", "ITC1"], "signed": "2026-03-03",
      "sectors": ["automotive"], "sources": ["src-a"],
      "summary": {{ "en": "{H} summary", "it": "{H} sommario" }},
      "conflicts": [{{ "about": "{H} about", "claims": [{{ "says": "{H}", "sources": ["src-a"] }}, {{ "says": "{H}", "sources": ["src-a"] }}], "resolution": "{H}" }}],
      "note": "{H} agreement note"
    }}
  ]
}}
""")
case("59-html-in-ids", edit(('"id": "cars"', '"id": "<script>cars</script>"'), ('"id": "DE2"', '"id": "<b>DE2</b>"')))

# Addresses.
case("60-javascript-and-data-urls", edit(
    ('"url": "https://example.org/a"', '"url": "javascript:alert(document.cookie)"'),
    ('"url": "https://example.org/b"', '"url": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="'),
    ('"acronym": "CR",', '"acronym": "CR", "website": "JavaScript:alert(1)",'),
    ('"founded": "2022"', '"founded": "2022", "website": "data:text/html,<script>alert(1)</script>"'),
))
case("61-urls-without-host-or-with-spaces", edit(
    ('"url": "https://example.org/a"', '"url": "https://"'),
    ('"url": "https://example.org/b"', '"url": " https://example.org/b"'),
    ('"acronym": "CR",', '"acronym": "CR", "website": "https://user@evil.example",'),
    ('"founded": "2022"', '"founded": "2022", "website": "//example.org/cars"'),
))

# Other values.
case("62-unknown-kind-and-colour", edit(('"kind": "mou"', '"kind": "treaty"'), ('"color": "#cc3311"', '"color": "red"')))
case("63-id-too-long", edit(('"id": "cars"', '"id": "' + "c" * 65 + '"')))
case("64-empty-lists", """{
  "format_version": "1.1",
  "nuts_version": "2024",
  "updated": "2026-11-21",
  "sources": [],
  "sectors": [],
  "regions": [],
  "networks": [],
  "agreements": []
}
""")
case("65-conflict-with-one-claim", edit(('"sources": ["src-b"] }\n      ]', '"sources": ["src-b"], "conflicts": [{ "about": "joining date", "claims": [{ "says": "2024", "sources": [] }] }] }\n      ]')))

case("66-two-regions-at-one-point", edit(('"lat": 45.06, "lon": 7.923', '"lat": 45.621, "lon": 9.769')))

# Format 1.2: network kinds, member roles, notes by language.
case("67-unknown-network-kind", edit(('"acronym": "CR",', '"acronym": "CR", "kind": "cluster",')))
case("68-network-kind-not-a-string", edit(('"founded": "2022"', '"founded": "2022", "kind": 3')))
case("69-empty-role", edit(('{ "region": "ITC4", "joined": "2022" }', '{ "region": "ITC4", "joined": "2022", "role": " " }')))
case("70-note-without-english", edit(('"note": "left date inferred"', '"note": { "it": "data di uscita dedotta" }')))
case("71-note-is-a-number", edit(('"note": "left date inferred"', '"note": 2024')))

# Warnings: the file loads, and `atlas validate` prints them (tests/corpus/NN-name.warnings).
case("72-source-on-a-wikipedia-mirror", edit(('"url": "https://example.org/a"', '"url": "https://de.frwiki.wiki/wiki/Lombardei"')))
case("73-url-with-a-trailing-dot", edit(('"url": "https://example.org/b"', '"url": "https://example.org/b."')))
case("74-membership-and-presidency-without-sources", edit(('"sources": ["src-a"],\n      "members": [\n        { "region": "ITC1", "joined": "2023-09-07"',
                                             '"sources": ["src-a"],\n      "presidencies": [{ "region": "ITC1", "from": "2024-11-08", "role": "chair" }],\n      "members": [\n        { "region": "ITC1", "joined": "2023-09-07"')))
case("75-format-1.2-kinds-roles-and-notes", edit(
    ('"format_version": "1.1"', '"format_version": "1.2"'),
    ('"acronym": "CR",', '"acronym": "CR", "kind": "thematic-alliance", "notes": { "en": "Chip regions.", "it": "Regioni dei chip." },'),
    ('{ "region": "ITC1", "joined": "2023-09-07", "founding": true }', '{ "region": "ITC1", "joined": "2023-09-07", "founding": true, "role": "partner", "sources": ["src-a"] }'),
    ('{ "region": "BE2", "joined": "2023-09-07", "founding": true }', '{ "region": "BE2", "joined": "2023-09-07", "founding": true, "role": "observer", "sources": ["src-a"] }'),
    ('"note": "left date inferred"', '"note": { "en": "left date inferred", "de": "Austrittsdatum erschlossen" }'),
))
case("76-source-on-a-document-sharing-site", edit(('"url": "https://example.org/a"', '"url": "https://www.yumpu.com/de/document/view/21677904/report"')))


def main():
    for old in HERE.glob("*.json"):
        old.unlink()
    for name, data in CASES.items():
        (HERE / f"{name}.json").write_bytes(data)
    print(f"{len(CASES)} cases written to {HERE}")


if __name__ == "__main__":
    main()
