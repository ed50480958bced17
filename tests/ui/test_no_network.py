"""The whole workflow runs with every network call made to fail: nothing ever leaves the machine."""

import socket

import pytest

from journeymapper import io
from journeymapper.commands.cards import SetCardFields
from journeymapper.io import templates
from tests.ui.windows import show_window


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkUsed(f"network access attempted: {args!r}")

    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    return attempts


def test_open_edit_save_export_with_the_network_unplugged(no_network, tmp_path, qtbot):
    from journeymapper.canvas.image_export import export_image
    from journeymapper.export.options import PdfOptions
    from journeymapper.export.pdf import export
    from journeymapper.ui.application import ensure_app

    ensure_app()
    assert templates.list_templates()  # the template gallery's source
    path = tmp_path / "laptop.jmap"
    io.save(templates.new_from_template("laptop-shop", "da"), path)
    window = show_window(qtbot, path)
    window.session.push(SetCardFields(window.session.doc.cards[0].id, text="Redigeret offline"))
    assert window._save_to(path)
    export(window.session.doc, tmp_path / "laptop.pdf", PdfOptions(cover=True, personas=True, appendix=True))
    export_image(window.scene, tmp_path / "laptop.png")
    export_image(window.scene, tmp_path / "laptop.svg")
    window.autosaver.write_now()
    assert io.load(path).cards[0].text == "Redigeret offline"
    assert (tmp_path / "laptop.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "laptop.png").stat().st_size > 10_000
    assert no_network == []
