"""One glossary (docs/glossary.md) for the interface, the PDF, the deck, the journey check and the
templates: the Danish words it names are the ones everything prints, and the words it rules out
("rejsekort", "spor" for a lane, "evidens"...) appear nowhere in Danish."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from journeymapper.analysis.check import MESSAGES
from journeymapper.export.deck.findings import _DA as DECK_CHECK_MESSAGES
from journeymapper.export.labels import _WORDS, evidence_label, word
from journeymapper.model import Evidence, Language

REPO = Path(__file__).resolve().parents[1]
GLOSSARY = REPO / "docs" / "glossary.md"
TS = REPO / "resources" / "translations" / "journeymapper_da.ts"
QM = REPO / "resources" / "translations" / "journeymapper_da.qm"
TEMPLATES = sorted((REPO / "resources" / "templates").glob("*.da.jmap"))
DA = Language.DA

#: Danish words the glossary rules out, with what to say instead.
FORBIDDEN = {
    r"(?<!kunde)rejsekort": "kunderejsekort (rejsekort is the transport card)",
    # "Fysiske spor" is the service blueprint's row of physical evidence (props, receipts), not a lane word.
    r"(?<!fysiske )\bspor\b": "række (a lane)",
    r"\bevidens\b": "grundlag (evidence)",
    r"\bmåling\b": "KPI",
    r"\bmålestok\b": "skala",
    r"\brejsetjek": "kunderejsetjek",
    r"sigtekorn": "pasmærker",
    r"\bnetkunde": "onlinekunde",
    r"hurtig gevinst": "quick win",
    r"\bbackstage\b": "bag kulisserne",
    r"(?<!kunderejse)kortet har ingen kort": "kunderejsekortet har ingen kort",
    r"dine kort forlader": "say what leaves: your maps (kunderejsekort) and files",
    r"behold min\b(?! version)": "Behold min version",
    r"\bjeres\b|\bI (har|kan|skal|vil|er|antager)\b": "du (the reader is du)",
}


def glossary() -> dict[str, str]:
    """English term -> Danish term, from the glossary's table (first names of each cell)."""
    terms: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0] or cells[0] in ("English", "---") or set(cells[0]) <= {"-"}:
            continue
        for english in cells[0].split("(")[0].split(","):  # "scale (print)" -> "scale"
            terms[english.strip()] = cells[1].split("(")[0].split(",")[0].strip()
    return terms


def danish_translations() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished Danish message, plural forms included."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found += [(context.findtext("name") or "", message.findtext("source") or "", f) for f in forms]
    return found


def danish_label_texts() -> list[str]:
    """Every Danish word the Qt-free layers print: the PDF, the deck, the change list of a comparison."""
    from journeymapper.compare import text as compare_text
    from journeymapper.export import changes, votes

    found = list(DECK_CHECK_MESSAGES.values())
    for words in (_WORDS, votes._WORDS, changes._WORDS):
        found += [texts[DA] for texts in words.values()]
    for table in (compare_text._HEADINGS, compare_text._PHRASES, compare_text._FIELD_NAMES):
        found += list(table[DA].values())
    assert compare_text._FIELD_NAMES[DA]["client"] == glossary()["client"]  # "kunde" is the journey's customer
    return found


#: Template fields that hold identifiers and enum values, not words a reader sees.
_NOT_WORDS = {"id", "kind", "format", "language", "created", "modified", "channel", "colour", "evidence",
              "variant", "style", "from_card", "to_card", "image", "mime", "data"}


def template_texts() -> list[tuple[str, str]]:
    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for k, v in value.items() if k not in _NOT_WORDS and not str(k).endswith("_id")
                    for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []
    return [(path.name, s) for path in TEMPLATES for s in strings(json.loads(path.read_text(encoding="utf-8")))]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_the_glossary_is_read():
    terms = glossary()
    assert terms["lane"] == "række" and terms["evidence"] == "grundlag" and terms["client"] == "opdragsgiver"
    assert terms["customer journey map"] == "kunderejsekort" and terms["scale"] == "skala"


@pytest.mark.parametrize(("where", "texts"), [
    ("the compiled interface translation", lambda: [f"{c}: {t}" for c, _, t in danish_translations()]),
    ("the PDF, deck and comparison words (export/, export/deck/findings.py, compare/text.py)", danish_label_texts),
    ("the Danish templates", lambda: [f"{name}: {text}" for name, text in template_texts()]),
])
def test_no_word_the_glossary_rules_out(where, texts):
    found = [f"{text!r}: say {instead}" for text in texts() for pattern, instead in FORBIDDEN.items()
             if re.search(pattern, _plain(text), flags=re.IGNORECASE)]
    assert found == [], f"in {where}"


def test_the_pdf_and_the_deck_use_the_glossary_terms():
    terms = glossary()
    for key, english in (("lane", "lane"), ("evidence", "evidence"), ("client", "client"), ("appendix", "appendix"),
                         ("source", "source"), ("stage", "stage"), ("card", "card"), ("target", "target"),
                         ("kind", "customer journey map"), ("check", "journey check"), ("kpi", "KPI")):
        assert word(key, DA).casefold() == terms[english].casefold(), key
    assert word("scale", DA, percent=50).startswith(terms["scale"].capitalize())
    assert word("lane_one", DA, first=2).startswith(terms["lane"].capitalize())
    assert word("metric", DA) == "KPI"
    assert {evidence_label(e, DA).casefold() for e in Evidence} == {"observeret", "antaget", "foreslået"}


def test_the_interface_uses_the_same_words_as_the_pdf():
    translator = QTranslator()
    assert translator.load(str(QM))
    by_source: dict[str, set[str]] = {}
    for _, source, translation in danish_translations():
        by_source.setdefault(_plain(source).rstrip(":…").casefold(), set()).add(
            _plain(translation).rstrip(":…").casefold())
    terms = glossary()
    for english in ("lane", "evidence", "client", "appendix", "source", "stage", "card", "template", "connector",
                    "touchpoint", "pain point", "opportunity", "persona", "journey check"):
        shown = by_source.get(english.casefold(), set())
        assert shown <= {terms[english].casefold()}, f"{english!r} is translated {shown}, the glossary says " \
                                                     f"{terms[english]!r}"
    assert translator.translate("ConflictsPanel", "Keep Mine") == "Behold min version"
    assert translator.translate("Command", "Keep Mine") == "Behold min version"


def test_the_deck_words_the_check_as_the_editor_does():
    """The deck (no Qt) has its own Danish copy of the check's messages: it must be the translation's."""
    translated = {source: text for context, source, text in danish_translations() if context == "JourneyCheck"}
    for rule, template in MESSAGES.items():
        assert DECK_CHECK_MESSAGES.get(rule, template) == translated.get(template), rule
