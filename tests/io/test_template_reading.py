"""Reading templates without copying them (the gallery's preview) and listing their categories."""

from pathlib import Path

import pytest

from journeymapper.io import templates as tpl


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(tpl.DATA_DIR_ENV, str(tmp_path / "data"))
    return tmp_path / "data" / "templates"


def test_a_builtin_is_read_from_the_cache_without_a_copy(user_dir):
    doc = tpl.read_template("ecommerce", "da")
    assert tpl.read_template("ecommerce", "da") is doc
    assert doc == tpl.load_template("ecommerce", "da") and tpl.load_template("ecommerce", "da") is not doc


def test_a_user_template_is_read_from_its_file_each_time(user_dir):
    info = tpl.save_user_template(tpl.new_from_template("blank"), "Mine")
    first = tpl.read_template(info.id)
    assert first.title == "Mine"
    tpl.rename_user_template(info, "Renamed")
    assert tpl.read_template(info.id).title == "Renamed"
    with pytest.raises(tpl.TemplateNotFoundError, match=r'no such template in your templates folder'):
        tpl.read_template("user:gone")


def test_the_categories_are_the_listed_templates_in_gallery_order(user_dir):
    listed = list(dict.fromkeys(info.category for info in tpl.list_templates(include_user=False)))
    assert tpl.builtin_categories() == listed
    assert tpl.USER_CATEGORY not in listed
