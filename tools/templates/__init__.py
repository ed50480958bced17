"""Generator for the built-in templates in ``resources/templates``.

Each template is described once, in English and Danish together, in its own module;
``python -m tools.templates`` writes ``<id>.en.jmap`` and ``<id>.da.jmap`` for every
template in ``catalog.json``. The files are generated, never edited by hand: a test
checks that the files on disk equal this generator's output.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from journeymapper.io import dumps
from journeymapper.model import JourneyMap, Language
from tools.templates import (
    blank,
    buyers_journey,
    customer_support,
    ecommerce,
    laptop_shop,
    omnichannel_retail,
    saas_onboarding,
    service_blueprint,
    workshop_wall,
)
from tools.templates.builder import Template

#: Template id -> function describing it.
DESCRIBERS: dict[str, Callable[[], Template]] = {
    "ecommerce": ecommerce.describe,
    "buyers-journey": buyers_journey.describe,
    "laptop-shop": laptop_shop.describe,
    "service-blueprint": service_blueprint.describe,
    "saas-onboarding": saas_onboarding.describe,
    "omnichannel-retail": omnichannel_retail.describe,
    "customer-support": customer_support.describe,
    "workshop-wall": workshop_wall.describe,
    "blank": blank.describe,
}

REPO_ROOT = Path(__file__).resolve().parents[2]
OUTPUT_DIR = REPO_ROOT / "resources" / "templates"


def catalog_ids(folder: Path = OUTPUT_DIR) -> list[str]:
    data = json.loads((folder / "catalog.json").read_text(encoding="utf-8"))
    return [entry["id"] for entry in data["templates"]]


def build(template_id: str, language: Language) -> JourneyMap:
    template = DESCRIBERS[template_id]()
    if template.id != template_id:
        raise ValueError(f"module for {template_id!r} describes {template.id!r}")
    return template.build(language)


def render_all(folder: Path = OUTPUT_DIR) -> dict[str, str]:
    """File name -> file text, for every template in the catalog and every language."""
    missing = [tid for tid in catalog_ids(folder) if tid not in DESCRIBERS]
    if missing:
        raise ValueError(f"catalog.json lists templates with no generator: {', '.join(missing)}")
    return {f"{tid}.{lang.value}.jmap": dumps(build(tid, lang))
            for tid in catalog_ids(folder) for lang in Language}


def write_all(folder: Path = OUTPUT_DIR) -> list[Path]:
    """(Re)write every template file whose text changed; returns the files written."""
    written = []
    for name, text in render_all(folder).items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_bytes(text.encode("utf-8"))
            written.append(path)
    return written


def stale_files(folder: Path = OUTPUT_DIR) -> list[str]:
    """Template files that are missing or differ from the generator's output."""
    stale = []
    for name, text in render_all(folder).items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:  # any line ending
            stale.append(name)
    return stale
