"""Defects found in review, each pinned by a test so it stays fixed."""

import os
import sys

import pytest

from journeymapper import io
from journeymapper.cli import main
from journeymapper.io import templates


def test_export_refuses_to_overwrite_the_map_it_reads(tmp_path, capsys):
    path = tmp_path / "x.jmap"
    io.save(templates.load_template("blank", "en"), path)
    before = path.read_bytes()
    assert main(["export", str(path), "-o", str(path)]) == 2
    assert "would overwrite the map" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_export_never_writes_a_pdf_named_like_a_map(tmp_path, capsys):
    other = tmp_path / "other.jmap"
    io.save(templates.load_template("blank", "en"), other)
    before = other.read_bytes()
    assert main(["export", "--template", "blank", "-o", str(other)]) == 2
    assert other.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_saving_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.jmap"
    link = tmp_path / "link.jmap"
    io.save(templates.load_template("blank", "en"), real)
    os.symlink(real, link)
    doc = io.load(link)
    doc.title = "Changed through the link"
    io.save(doc, link, backup=True)
    assert link.is_symlink()
    assert io.load(real).title == "Changed through the link"
    assert (tmp_path / "real.jmap.bak").exists()


def test_saving_over_something_that_is_not_a_file_is_refused(tmp_path):
    folder = tmp_path / "folder.jmap"
    folder.mkdir()
    with pytest.raises(io.SaveError, match="not a regular file"):
        io.save(templates.load_template("blank", "en"), folder)
    assert folder.is_dir()


def test_io_save_refuses_a_map_load_would_refuse(tmp_path):
    doc = templates.load_template("ecommerce", "en")
    doc.cards[0].lane_id = "nowhere"
    with pytest.raises(io.IntegrityError, match="cards\\[0\\].lane_id"):
        io.save(doc, tmp_path / "broken.jmap")
    assert not (tmp_path / "broken.jmap").exists()
