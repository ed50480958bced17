"""Writes the hostile-input corpus beside this file: ``python tests/corpus/make_corpus.py``.

Each file must be refused with a one-line DocumentError, quickly, by the API, the CLI and the GUI.
"""

import base64
import json
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).parent
VALID = {
    "format": "journeymapper", "version": 1, "id": "map-x", "title": "Hostile",
    "stages": [{"id": "s1", "name": "Awareness"}],
    "lanes": [{"id": "l1", "kind": "touchpoints", "title": "Touchpoints"}],
    "cards": [{"id": "c1", "lane_id": "l1", "stage_id": "s1", "text": "ok"}],
}


def variant(**changes):
    data = json.loads(json.dumps(VALID))
    data.update(changes)
    return json.dumps(data, indent=2)


def png_header(width: int, height: int) -> bytes:
    """A tiny PNG that claims an enormous canvas (an image bomb)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


CORPUS = {
    "truncated.jmap": variant()[:120],
    "empty.jmap": "",
    "not-json.jmap": "title: my journey\nstages: [awareness]\n",
    "wrong-format.jmap": json.dumps({"format": "excalidraw", "version": 1, "elements": []}),
    "json-array.jmap": "[1, 2, 3]\n",
    "newer-version.jmap": variant(version=999),
    "wrong-types.jmap": variant(stages="awareness", cards={"a": 1}),
    "duplicate-ids.jmap": variant(cards=[VALID["cards"][0], dict(VALID["cards"][0], text="again")]),
    "dangling-lane.jmap": variant(cards=[dict(VALID["cards"][0], lane_id="nowhere")]),
    "dangling-connector.jmap": variant(connectors=[{"id": "k", "from_card": "c1", "to_card": "ghost"}]),
    "deep-nesting.jmap": '{"format": "journeymapper", "version": 1, "title": ' + "[" * 5000 + "]" * 5000 + "}",
    "huge-number.jmap": variant().replace('"version": 1', '"version": 1' + "0" * 400),
    "huge-float.jmap": variant().replace('"name": "Awareness"', '"name": "Awareness", "width": 1e999'),
    "nan.jmap": variant().replace('"title": "Hostile"', '"title": NaN'),
    "megabyte-string.jmap": variant(title="x" * 1_500_000),
    "binary.jmap": "\x00\x01\x02PK\x03\x04",
    "image-bomb.jmap": variant(assets=[{"id": "a1", "mime": "image/png", "width": 20000, "height": 20000,
                                        "data": base64.b64encode(png_header(20000, 20000)).decode()}]),
    "unknown-field.jmap": variant(script="rm -rf /"),
    "bad-colour.jmap": variant(stages=[{"id": "s1", "name": "A", "colour": "javascript:alert(1)"}]),
}


def main() -> None:
    for name, text in CORPUS.items():
        (HERE / name).write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    print(f"wrote {len(CORPUS)} files to {HERE}")


if __name__ == "__main__":
    main()
