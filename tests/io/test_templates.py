"""Template API: built-in look-ups and the user's own templates (save, rename, delete, import, export)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

import journeymapper.io.templates as templates
from journeymapper.io import DocumentError, IntegrityError, NotJsonError, dumps, load, save
from journeymapper.io.templates import (
    DATA_DIR_ENV,
    ReadOnlyTemplateError,
    TemplateInfo,
    TemplateNotFoundError,
    delete_user_template,
    export_user_template,
    import_user_template,
    list_templates,
    list_user_templates,
    load_template,
    new_from_template,
    rename_user_template,
    save_user_template,
    user_templates_dir,
)
from journeymapper.model import integrity_problems


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    return tmp_path / "data" / "templates"


def user_infos() -> list[TemplateInfo]:
    return [i for i in list_templates() if not i.builtin]


# -- built-in look-ups ------------------------------------------------------------------

def test_load_template_is_stable_and_a_copy() -> None:
    first = load_template("ecommerce", "en")
    first.stages[0].name = "changed"
    second = load_template("ecommerce", "en")
    assert second.stages[0].name == "Awareness"
    assert [c.id for c in second.cards] == [c.id for c in load_template("ecommerce", "en").cards]


def test_unknown_template_or_language() -> None:
    with pytest.raises(TemplateNotFoundError, match=r'no-such-template: no such template'):
        load_template("no-such-template")
    with pytest.raises(TemplateNotFoundError, match=r"no 'fr' version of this template"):
        load_template("ecommerce", "fr")
    assert issubclass(TemplateNotFoundError, DocumentError)


def test_new_from_template_default_and_title() -> None:
    doc = new_from_template(title="Acme webshop")
    assert doc.title == "Acme webshop" and doc.language.value == "en"
    assert [s.name for s in doc.stages][0] == "Awareness"
    assert integrity_problems(doc) == []


# -- user folder ------------------------------------------------------------------------

def test_user_folder_defaults_to_the_platform_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    expected = Path(platformdirs.user_data_dir("JourneyMapper", appauthor=False)) / "templates"
    assert user_templates_dir() == expected


def test_no_user_folder_means_no_user_templates(user_dir: Path) -> None:
    assert not user_dir.exists()
    assert list_user_templates() == []
    assert all(i.builtin for i in list_templates())
    assert len(list_templates()) == len(list_templates(include_user=False))


def test_save_lists_and_makes_new_maps(user_dir: Path) -> None:
    doc = new_from_template("laptop-shop", "da")
    info = save_user_template(doc, "Kunderejse for Ærø")
    assert info.id == "user:kunderejse-for-aeroe"
    assert info.path == user_dir / "kunderejse-for-aeroe.jmap" and info.path.is_file()
    assert (info.builtin, info.category, info.error) == (False, "my templates", None)
    assert info.name == "Kunderejse for Ærø" and info.language == "da"
    assert info.summary == doc.description.split("\n")[0]
    assert doc.title != info.name  # the caller's map is not changed
    assert user_infos() == [info]
    assert info in list_templates("en")  # user templates are listed whatever the language
    assert info not in list_templates(include_user=False)

    made = new_from_template(info.id)
    assert made.title == "Kunderejse for Ærø" and integrity_problems(made) == []
    assert {c.id for c in made.cards}.isdisjoint({c.id for c in doc.cards})
    assert len(made.cards) == len(doc.cards) and len(made.connectors) == len(doc.connectors)
    assert load_template(info.id).cards == load(info.path).cards


def test_save_never_overwrites(user_dir: Path) -> None:
    first = save_user_template(new_from_template("blank"), "Workshop")
    text = first.path.read_text(encoding="utf-8")
    second = save_user_template(new_from_template("ecommerce"), "Workshop")
    third = save_user_template(new_from_template("blank"), "workshop!")
    assert [first.path.name, second.path.name, third.path.name] == [
        "workshop.jmap", "workshop-2.jmap", "workshop-3.jmap"]
    assert first.path.read_text(encoding="utf-8") == text
    assert len(user_infos()) == 3
    names = sorted(p.name for p in user_dir.iterdir())
    assert names == ["workshop-2.jmap", "workshop-3.jmap", "workshop.jmap"]  # no temporary files left


@pytest.mark.parametrize(("name", "stem"), [
    ("CON", "con-template"), ("???", "template"), ("  Før   og efter ", "foer-og-efter"),
    ("Ünïcødé café", "unicoede-cafe"), ("x" * 200, "x" * 60), ("../../etc/passwd", "etc-passwd"),
])
def test_file_names_are_safe_slugs(user_dir: Path, name: str, stem: str) -> None:
    info = save_user_template(new_from_template("blank"), name)
    assert info.path == user_dir / f"{stem}.jmap"
    assert info.name == " ".join(name.split())


def test_save_needs_a_name(user_dir: Path) -> None:
    with pytest.raises(ValueError, match=r'a template needs a name'):
        save_user_template(new_from_template("blank"), "   ")
    assert not user_dir.exists() or list(user_dir.iterdir()) == []


def test_rename_keeps_the_file_and_id(user_dir: Path) -> None:
    info = save_user_template(new_from_template("blank"), "Old name")
    renamed = rename_user_template(info, "New name")
    assert (renamed.id, renamed.path) == (info.id, info.path)
    assert renamed.name == "New name" and load(info.path).title == "New name"
    assert [i.name for i in user_infos()] == ["New name"]


def test_delete(user_dir: Path) -> None:
    keep = save_user_template(new_from_template("blank"), "Keep")
    gone = save_user_template(new_from_template("blank"), "Gone")
    delete_user_template(gone)
    assert not gone.path.exists() and user_infos() == [keep]
    delete_user_template(gone)  # already gone: fine
    with pytest.raises(TemplateNotFoundError, match=r'no such template in your templates folder'):
        new_from_template(gone.id)


def test_builtins_are_read_only(user_dir: Path) -> None:
    builtin = list_templates(include_user=False)[0]
    with pytest.raises(ReadOnlyTemplateError, match=r'built-in templates cannot be changed'):
        rename_user_template(builtin, "Mine now")
    with pytest.raises(ReadOnlyTemplateError, match=r'built-in templates cannot be changed'):
        delete_user_template(builtin)
    assert builtin.path.is_file()


def test_only_files_in_the_user_folder_are_touched(user_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "precious.jmap"
    save(new_from_template("blank"), outside)
    forged = TemplateInfo("user:../../precious", "en", "x", "", "my templates", outside, builtin=False)
    with pytest.raises(TemplateNotFoundError, match=r'not a valid user template id'):
        delete_user_template(forged)
    with pytest.raises(TemplateNotFoundError, match=r'not a valid user template id'):
        new_from_template("user:../precious")
    assert outside.is_file()


def test_import_and_export(user_dir: Path, tmp_path: Path) -> None:
    builtin = next(i for i in list_templates(include_user=False) if i.id == "service-blueprint")
    exported = tmp_path / "out" / "blueprint.jmap"
    exported.parent.mkdir()
    export_user_template(builtin, exported)
    assert exported.read_text(encoding="utf-8") == builtin.path.read_text(encoding="utf-8")

    imported = import_user_template(exported)
    assert imported.id == "user:service-blueprint-bike-repair" and imported.name == builtin.name
    assert load(imported.path) == load(exported)
    again = import_user_template(exported)
    assert again.path != imported.path  # importing twice keeps both

    back = tmp_path / "back.jmap"
    export_user_template(imported, back)
    assert back.read_text(encoding="utf-8") == imported.path.read_text(encoding="utf-8")


def test_import_of_an_untitled_map_uses_the_file_name(user_dir: Path, tmp_path: Path) -> None:
    doc = new_from_template("blank")
    doc.title = ""
    source = tmp_path / "Min skabelon.jmap"
    save(doc, source)
    info = import_user_template(source)
    assert info.name == "Min skabelon" and info.id == "user:min-skabelon"


def test_import_refuses_bad_files(user_dir: Path, tmp_path: Path) -> None:
    not_json = tmp_path / "bad.jmap"
    not_json.write_text("{ not json", encoding="utf-8")
    with pytest.raises(NotJsonError, match=r'bad\.jmap: line 1, column 3'):
        import_user_template(not_json)
    doc = new_from_template("ecommerce")
    doc.cards[0].lane_id = "l-missing"
    broken = tmp_path / "broken.jmap"
    broken.write_text(dumps(doc), encoding="utf-8")
    with pytest.raises(IntegrityError, match=r'broken\.jmap: cards\[0\]\.lane_id'):
        import_user_template(broken)
    with pytest.raises(DocumentError, match=r'missing\.jmap: no such file'):
        import_user_template(tmp_path / "missing.jmap")
    assert not user_dir.exists() or list(user_dir.iterdir()) == []


def test_a_broken_user_template_is_listed_as_broken(user_dir: Path) -> None:
    good = save_user_template(new_from_template("blank"), "Good")
    (user_dir / "broken.jmap").write_text('{"format": "journeymapper", "version": 1, "stages": 3}',
                                          encoding="utf-8")
    (user_dir / "notes.txt").write_text("not a template", encoding="utf-8")
    (user_dir / ".broken.jmap.x1.tmp").write_text("half written", encoding="utf-8")
    (user_dir / "folder.jmap").mkdir()
    infos = user_infos()
    assert [i.id for i in infos] == ["user:broken", "user:good"]
    broken = infos[0]
    assert broken.error and "broken.jmap" in broken.error and broken.name == "broken"
    assert not broken.builtin and broken.category == "my templates"
    assert infos[1] == good and good.error is None
    with pytest.raises(DocumentError, match=r'broken\.jmap'):
        new_from_template("user:broken")
    with pytest.raises(DocumentError, match=r'broken\.jmap'):
        rename_user_template(broken, "Fixed?")
    delete_user_template(broken)  # a broken template can still be deleted
    assert [i.id for i in user_infos()] == ["user:good"]


def test_listing_is_cached_by_mtime(user_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = save_user_template(new_from_template("ecommerce"), "Cached")
    calls: list[str] = []
    real_load = templates.load

    def counting_load(path: object) -> object:
        calls.append(str(path))
        return real_load(path)  # type: ignore[arg-type]

    monkeypatch.setattr(templates, "load", counting_load)
    for _ in range(5):
        assert user_infos()[0].name == "Cached"
    assert calls == []  # saving already read it

    doc = real_load(info.path)
    doc.title = "Changed elsewhere"
    save(doc, info.path)
    stat = info.path.stat()
    os.utime(info.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert user_infos()[0].name == "Changed elsewhere"
    assert user_infos()[0].name == "Changed elsewhere"
    assert calls == [str(info.path)]


def test_templates_module_does_not_import_qt() -> None:
    code = ("import sys, journeymapper.io.templates; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
