#!/usr/bin/env python3
"""Writes the story files of the corpus of bad stories (tests/corpus/stories/NN-name.json).

Most are one small valid story, in English and Italian over the bundled data, broken in one
way as people break stories by hand, in Word or in Notepad. The `.expected` files are written
by hand and checked by crates/atlas-core/tests/story_corpus.rs. Run from anywhere:
python3 tests/corpus/stories/generate.py
"""
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

BASE = """{
  "format_version": "1.0",
  "id": "four-motors",
  "title": {
    "en": "The Four Motors for Europe",
    "it": "I Quattro Motori per l'Europa"
  },
  "description": {
    "en": "Four regions that chose to work together in 1988.",
    "it": "Quattro regioni che nel 1988 scelgono di lavorare insieme."
  },
  "steps": [
    {
      "title": {
        "en": "1988: four motors",
        "it": "1988: quattro motori"
      },
      "caption": {
        "en": "Lombardy's partners in 1988.",
        "it": "I partner della Lombardia nel 1988."
      },
      "view": "to=1988&network=four-motors"
    },
    {
      "title": {
        "en": "2026: Lombardy and Flanders",
        "it": "2026: Lombardia e Fiandre"
      },
      "caption": {
        "en": "A memorandum on trade and innovation.",
        "it": "Un memorandum su scambi e innovazione."
      },
      "view": "region=ITC4&with=BE2"
    }
  ]
}
"""


def edit(*pairs, text=BASE):
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def as_word_types_it(text):
    """Every straight quote as Word's AutoFormat turns it: an opening one after a space or a
    bracket, a closing one elsewhere; apostrophes as right single quotes."""
    text = re.sub(r'(^|(?<=[\s{\[:]))"', "\u201c", text, flags=re.M)
    text = text.replace('"', "\u201d")
    return text.replace("'", "\u2019")


def case(name, content):
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(os.path.join(HERE, name + ".json"), "wb") as f:
        f.write(data)


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", "<w:document>" + BASE + "</w:document>")
    return buffer.getvalue()


case("01-word-curly-quotes-everywhere", as_word_types_it(BASE))
case("02-curly-quotes-on-one-line", edit(('"en": "1988: four motors"', "\u201cen\u201d: \u201c1988: four motors\u201d")))
case("03-curly-quotes-inside-captions", edit(
    ("Lombardy's partners in 1988.", "Lombardy\u2019s partners in 1988, the \u201cFour Motors\u201d."),
    ("I partner della Lombardia nel 1988.", "I partner della Lombardia nel 1988: \u201ci Quattro Motori\u201d, per l\u2019Europa."),
    ("I Quattro Motori per l'Europa", "I Quattro Motori per l\u2019Europa \u201e1988\u201c \u2018sic\u2019"),
))
case("04-missing-comma", edit(('"Lombardy\'s partners in 1988.",', '"Lombardy\'s partners in 1988."')))
case("05-trailing-comma", edit(('"view": "region=ITC4&with=BE2"\n    }\n  ]', '"view": "region=ITC4&with=BE2"\n    },\n  ]')))
case("06-three-problems-at-once", edit(
    ('"view": "to=1988&network=four-motors"', '"view": "to=1988&network=four-motors"\n      "notes": "check the date"'),
    (',\n        "it": "Un memorandum su scambi e innovazione."', ""),
))
case("07-word-document", docx())
case("08-windows-1252", edit(
    ("Lombardy's partners in 1988.", "Lombardy\u2019s partners in 1988, the \u201cFour Motors\u201d."),
).encode("cp1252"))
case("09-frame-with-an-unknown-region", edit(
    ('"format_version": "1.0"', '"format_version": "1.1"'),
    ('"view": "to=1988&network=four-motors"', '"view": "to=1988&network=four-motors",\n      "frame": { "regions": ["ITC4", "ITC9"], "hubs": ["four-motors"] }'),
))
case("10-frame-and-zoom", edit(
    ('"format_version": "1.0"', '"format_version": "1.1"'),
    ('"view": "region=ITC4&with=BE2"', '"view": "region=ITC4&with=BE2&zoom=3&center=47.5,7.2",\n      "frame": { "regions": ["ITC4", "BE2"] }'),
))
case("11-spanish-kept", re.sub(r'("it": "[^"]*")', lambda m: m.group(1) + ',\n        "es": "En espa\u00f1ol."', BASE))
case("12-format-version-2", edit(('"format_version": "1.0"', '"format_version": "2.0"'), ('"steps"', '"chapters"')))
case("13-rich-text", "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard " + BASE.replace("\n", "\\par\n") + "}")
case("14-utf16", ("\ufeff" + BASE).encode("utf-16-le"))
case("15-curly-quotes-and-a-missing-comma", as_word_types_it(edit(('"Lombardy\'s partners in 1988.",', '"Lombardy\'s partners in 1988."'))))
case("16-two-unknown-fields-and-a-bad-view", edit(
    ('"id": "four-motors",', '"id": "four-motors",\n  "author": "me",'),
    ('"view": "region=ITC4&with=BE2"', '"view": "region=ITC4&with=BE2&colour=red",\n      "zoom": 2'),
))
# Found by the fuzzer: a field's name with a newline in it (written as \n) is said on one line.
case("17-newline-in-a-field-name", edit(
    ('"caption": {', '"caption\\n": {'),
))
