"""``import-csv --kind kpis`` with analytics exports as they come: --wide, --metric, --match-stages, --stage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.cli import main
from journeymapper.io import templates

FIXTURES = Path(__file__).parent / "fixtures" / "analytics"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jmap"
    io.save(templates.new_from_template("ecommerce", "en"), path)
    return path


def _data(tmp_path, name):
    return Path(shutil.copy(FIXTURES / name, tmp_path / name))


def test_ga4_funnel_imports_as_exported(capsys, shop, tmp_path):
    data = _data(tmp_path, "ga4-funnel-exploration.csv")
    code, out, err = run(capsys, "import-csv", shop, data, "--kind", "kpis")
    assert code == 0, err
    assert out.startswith("imported 13 KPI values (4 new metrics: Active users, Completion rate,")
    assert '"1. Awareness" -> "Awareness" (without its number)' in err
    doc = io.load(shop)
    stages = {s.name: s.id for s in doc.stages}
    users = next(m for m in doc.metrics if m.name == "Active users")
    assert users.values[stages["Awareness"]] == 12400 and users.source == "GA4, 2026-10-01 – 2026-10-31"
    assert doc.stage_mappings["GA4: Funnel exploration"]["3. Purchase"] == stages["Purchase"]


def test_mixpanel_unmatched_steps_exit_2_then_stage_options(capsys, shop, tmp_path):
    data = _data(tmp_path, "mixpanel-funnel.csv")
    before = shop.read_bytes()
    code, _, err = run(capsys, "import-csv", shop, data, "--kind", "kpis")
    assert code == 2 and shop.read_bytes() == before
    assert f'error: {data}, row 2: no stage is called "Viewed Landing Page"' in err
    assert 'unmatched steps: "Viewed Landing Page", "Viewed Product", "Completed Purchase"' in err
    code, out, err = run(capsys, "import-csv", shop, data, "--kind", "kpis", "--wide", "--metric", "Count=Visitors",
                         "--stage", "Viewed Landing Page=awareness", "--stage", "Viewed Product=Consideration",
                         "--stage", "Completed Purchase=Purchase")
    assert code == 0 and out.startswith("imported 3 KPI values (1 new metric: Visitors)"), err
    doc = io.load(shop)
    visitors = next(m for m in doc.metrics if m.name == "Visitors")
    assert sorted(visitors.values.values()) == [2358, 6014, 12400]
    # remembered: the next import of the same file needs no --stage
    code, out, err = run(capsys, "import-csv", shop, data, "--kind", "kpis", "--metric", "Count=Visitors")
    assert code == 0 and "1 metric updated: Visitors" in out and "(as remembered)" in err


def test_match_by_order_and_one_value_table(capsys, shop, tmp_path):
    data = tmp_path / "steps.csv"
    data.write_text("Funnel step,Sessions\nLanding,900\nProduct,400\nBasket,120\n", encoding="utf-8")
    code, out, err = run(capsys, "import-csv", shop, data, "--kind", "kpis", "--match-stages", "order",
                         "--metric", "Visits")
    assert code == 0 and out.startswith("imported 3 KPI values (1 new metric: Visits)"), err
    doc = io.load(shop)
    assert next(m for m in doc.metrics if m.name == "Visits").values == {
        doc.stages[0].id: 900, doc.stages[1].id: 400, doc.stages[2].id: 120}


def test_skip_a_step_with_an_empty_stage(capsys, shop, tmp_path):
    data = _data(tmp_path, "ga4-pages-and-screens.csv")
    code, out, err = run(capsys, "import-csv", shop, data, "--kind", "kpis", "--metric", "Views",
                         "--stage", "Nordlys – Home=Awareness", "--stage", "Nordlys – Compare laptops=Consideration",
                         "--stage", "Nordlys – Checkout=Purchase", "--stage", "Nordlys – Order status=")
    assert code == 0 and out.startswith("imported 3 KPI values (1 new metric: Views)"), err
    assert '"Nordlys – Order status" skipped' in err


@pytest.mark.parametrize(("argv", "message"), [
    (["--stage", "Home"], "--stage 'Home': write STEP=STAGE"),
    (["--stage", "Home=Nowhere"], "--stage 'Home=Nowhere': no stage is called 'Nowhere' (the stages are"),
    (["--metric", "Bounces"], "--metric 'Bounces': no number column is called 'Bounces' (the number columns are"),
    (["--match-stages", "fuzzy"], "argument --match-stages: invalid choice"),
])
def test_bad_options_are_one_line_exit_2(capsys, shop, tmp_path, argv, message):
    data = _data(tmp_path, "ga4-funnel-exploration.csv")
    before = shop.read_bytes()
    code, out, err = run(capsys, "import-csv", shop, data, "--kind", "kpis", *argv)
    assert code == 2 and message in err and err.strip().splitlines()[-1].startswith("error:")
    assert len([line for line in err.splitlines() if line.startswith("error:")]) == 1
    assert shop.read_bytes() == before


def test_wide_options_are_for_kpis_only(capsys, shop, tmp_path):
    data = _data(tmp_path, "ga4-funnel-exploration.csv")
    code, _, err = run(capsys, "import-csv", shop, data, "--kind", "cards", "--wide")
    assert code == 2 and "are for --kind kpis" in err


def test_metric_renamed_with_a_unit(capsys, shop, tmp_path):
    data = _data(tmp_path, "ga4-pages-and-screens.csv")
    code, out, err = run(capsys, "import-csv", shop, data, "--kind", "kpis", "--metric", "Total revenue=Revenue (USD)",
                         "--stage", "Nordlys – Checkout=Purchase", "--skip-bad-rows")
    assert code == 0 and "1 new metric: Revenue" in out, err
    revenue = next(m for m in io.load(shop).metrics if m.name == "Revenue")
    assert revenue.unit == "USD" and list(revenue.values.values()) == [184220.5]
