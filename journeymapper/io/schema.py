"""The JSON Schema of a .jmap file, generated from the models.

``python -m journeymapper.io.schema`` rewrites ``resources/schema/jmap.schema.json``;
a test fails when the committed file drifts from the models.
"""

from __future__ import annotations

import json
from typing import Any

from journeymapper.io.format import FORMAT_NAME
from journeymapper.io.migrations import CURRENT_VERSION
from journeymapper.model import JourneyMap
from journeymapper.paths import resource


def json_schema() -> dict[str, Any]:
    schema = JourneyMap.model_json_schema()
    properties = {
        "format": {"const": FORMAT_NAME, "description": "Always \"journeymapper\"."},
        "version": {"type": "integer", "minimum": 1, "maximum": CURRENT_VERSION,
                    "description": "File format version: the lowest that holds what the map uses."},
    }
    properties.update(schema["properties"])
    schema["properties"] = properties
    schema["required"] = ["format", "version", *schema.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"journeymapper/jmap-v{CURRENT_VERSION}.schema.json",
        "title": "Journey Mapper map (.jmap)",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    path = resource("schema", "jmap.schema.json")
    path.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
