"""``check`` and ``import-csv`` on the command line: exit codes, JSON, all-or-nothing imports."""

from __future__ import annotations

import json

import pytest

from journeymapper import io
from journeymapper.cli import main
from journeymapper.cli.run import build_parser
from journeymapper.io import templates
from journeymapper.model import Card, Evidence, JourneyMap, Lane, LaneKind, Stage


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _clean_map() -> JourneyMap:
    return JourneyMap(
        title="Tiny", stages=[Stage(id="s1", name="Aware"), Stage(id="s2", name="Buy")],
        lanes=[Lane(id="tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
               Lane(id="kpi", kind=LaneKind.KPIS, title="KPIs")],
        cards=[Card(id="c1", lane_id="tp", stage_id="s1", text="Ad", evidence=Evidence.OBSERVED),
               Card(id="c2", lane_id="tp", stage_id="s2", text="Checkout", evidence=Evidence.OBSERVED)])


@pytest.fixture
def clean_file(tmp_path):
    path = tmp_path / "tiny.jmap"
    io.save(_clean_map(), path)
    return path


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "shop.jmap"
    io.save(templates.new_from_template("ecommerce", "en"), path)
    return path


# -- check ---------------------------------------------------------------------------------

def test_check_clean_map_exits_0(capsys, clean_file):
    assert run(capsys, "check", clean_file) == (0, f"{clean_file}: no findings\n", "")


def test_check_warnings_only_exit_0_grouped_by_severity(capsys, shop_file):
    code, out, err = run(capsys, "check", shop_file)
    assert code == 0 and err == ""
    first, *rest = out.splitlines()
    assert first.startswith(f"{shop_file}: ") and "warning" in first and "error" not in first
    assert "Warnings (" in out
    assert "Errors (" not in out
    assert any(line.startswith('  - KPI “') for line in rest)


def test_check_json(capsys, shop_file):
    code, out, _ = run(capsys, "check", "--json", shop_file)
    report = json.loads(out)
    assert code == 0 and report["file"] == str(shop_file)
    assert report["counts"]["error"] == 0
    assert report["counts"]["warning"] == sum(f["severity"] == "warning" for f in report["findings"]) > 0
    finding = report["findings"][0]
    assert set(finding) == {"severity", "rule", "message", "ids", "params"}
    assert isinstance(finding["ids"], list) and finding["message"]


def test_check_broken_references_are_errors_exit_1(capsys, tmp_path):
    """A map ``load`` refuses for broken references is checked anyway: each one is an error."""
    data = json.loads(io.dumps(_clean_map()))
    data["cards"][0]["lane_id"] = "gone"
    data["cards"][1]["stage_id"] = "gone-too"
    path = tmp_path / "broken.jmap"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "check", path)
    assert code == 1 and err == ""
    assert "2 errors" in out.splitlines()[0] and "Errors (2)" in out
    code, out, _ = run(capsys, "check", "--json", path)
    assert code == 1 and json.loads(out)["counts"]["error"] == 2


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other"}', b'{"format": "journeymapper", '
                                     b'"version": 1, "cards": 3}'])
def test_check_bad_input_exits_2_with_one_line(capsys, tmp_path, content):
    path = tmp_path / "bad.jmap"
    path.write_bytes(content)
    code, out, err = run(capsys, "check", path)
    assert code == 2 and out == ""
    assert err.startswith(f"error: {path}: ") and err.count("\n") == 1


@pytest.mark.parametrize("argv", [["check"], ["check", "missing.jmap"], ["import-csv", "a.jmap"],
                                  ["import-csv", "a.jmap", "b.csv", "--kind", "people"], []])
def test_bad_usage_is_one_line_exit_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1, err


# -- import-csv ----------------------------------------------------------------------------

def test_import_kpis_with_semicolons_and_decimal_commas(capsys, clean_file, tmp_path):
    data = tmp_path / "funnel.csv"
    data.write_bytes("Stage;Metric;Value;Target\r\nAware;Visitors;1.200;\r\nBuy;Visitors;300;\r\n"
                     "Buy;Conversion rate;2,5%;3\r\n".encode("cp1252"))
    code, out, err = run(capsys, "import-csv", clean_file, data, "--kind", "kpis")
    assert code == 0 and err == ""
    assert out.startswith(f"imported 3 KPI rows (2 new metrics: Visitors, Conversion rate) into {clean_file}")
    doc = io.load(clean_file)
    visitors, conversion = doc.metrics
    assert visitors.values == {"s1": 1200.0, "s2": 300.0}
    assert conversion.values == {"s2": 2.5} and conversion.targets == {"s2": 3.0} and conversion.unit == "%"


def test_import_cards_with_commas(capsys, clean_file, tmp_path):
    data = tmp_path / "workshop.csv"
    data.write_text("stage,lane,text,evidence,source\nBuy,Touchpoints,\"Pays, finally\",observed,Interview 3\n"
                    "Aware,touchpoints,Sees a poster,,\n", encoding="utf-8")
    code, out, _ = run(capsys, "import-csv", clean_file, data, "--kind", "cards")
    assert (code, out) == (0, f"imported 2 cards into {clean_file}\n")
    doc = io.load(clean_file)
    assert [c.text for c in doc.cards[2:]] == ["Pays, finally", "Sees a poster"]
    assert doc.cards[2].source == "Interview 3" and doc.cards[2].order == 1


def test_bad_rows_import_nothing_and_leave_the_file_byte_identical(capsys, clean_file, tmp_path):
    data = tmp_path / "DATA.csv"
    data.write_text("stage,lane,text\nAware,Touchpoints,Fine\nNowhere,Touchpoints,Lost\n"
                    "Buy,Ghosts,Boo\nBuy,Touchpoints,Fine too\n", encoding="utf-8")
    before = clean_file.read_bytes()
    code, out, err = run(capsys, "import-csv", clean_file, data, "--kind", "cards")
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f'error: {data}, row 3: no stage is called "Nowhere"',
        f'error: {data}, row 4: no lane is called "Ghosts"',
        f"error: {data}: 2 bad rows, so nothing was imported (use --skip-bad-rows to import the other 2)",
    ]
    assert clean_file.read_bytes() == before


def test_skip_bad_rows_imports_the_good_ones_and_warns(capsys, clean_file, tmp_path):
    data = tmp_path / "DATA.csv"
    data.write_text("stage,lane,text\nAware,Touchpoints,Fine\nNowhere,Touchpoints,Lost\n", encoding="utf-8")
    code, out, err = run(capsys, "import-csv", clean_file, data, "--kind", "cards", "--skip-bad-rows")
    assert code == 0 and out == f"imported 1 card into {clean_file}\n"
    assert err == f'warning: {data}, row 3: no stage is called "Nowhere" (skipped)\n'
    assert [c.text for c in io.load(clean_file).cards] == ["Ad", "Checkout", "Fine"]


def test_nothing_good_to_import_exits_2(capsys, clean_file, tmp_path):
    data = tmp_path / "DATA.csv"
    data.write_text("stage,lane,text\nNowhere,Touchpoints,Lost\n", encoding="utf-8")
    before = clean_file.read_bytes()
    code, _, err = run(capsys, "import-csv", clean_file, data, "--kind", "cards", "--skip-bad-rows")
    assert code == 2 and err.splitlines()[-1] == f"error: {data}: no row could be imported"
    data.write_text("stage,lane,text\n", encoding="utf-8")
    code, _, err = run(capsys, "import-csv", clean_file, data, "--kind", "cards")
    assert code == 2 and err == f"error: {data}: no rows to import\n"
    assert clean_file.read_bytes() == before


def test_dry_run_saves_nothing(capsys, clean_file, tmp_path):
    data = tmp_path / "kpis.csv"
    data.write_text("stage,metric,value\nAware,NPS,30\n", encoding="utf-8")
    before = clean_file.read_bytes()
    code, out, _ = run(capsys, "import-csv", clean_file, data, "--kind", "kpis", "--dry-run")
    assert code == 0 and out.startswith("would import 1 KPI row (1 new metric: NPS)")
    assert clean_file.read_bytes() == before


def test_missing_column_and_column_mapping(capsys, clean_file, tmp_path):
    data = tmp_path / "ga.csv"
    data.write_text("# Google Analytics export\nStep,Measure,Users\nAware,Visitors,900\n", encoding="utf-8")
    before = clean_file.read_bytes()
    code, _, err = run(capsys, "import-csv", clean_file, data, "--kind", "kpis")
    assert code == 2 and err.startswith(f'error: {data}, row 2: no "value" column') and err.count("\n") == 1
    assert clean_file.read_bytes() == before
    code, _, err = run(capsys, "import-csv", clean_file, data, "--kind", "kpis", "--column", "colour=Users")
    assert code == 2 and "the fields are stage, metric, value, target, unit" in err
    code, out, _ = run(capsys, "import-csv", clean_file, data, "--kind", "kpis", "--column", "value=Users")
    assert code == 0 and io.load(clean_file).metrics[0].values == {"s1": 900.0}


def test_kpis_into_a_map_without_kpi_lane_add_the_lane(capsys, tmp_path):
    doc = _clean_map()
    doc.lanes = doc.lanes[:1]
    path = tmp_path / "nokpi.jmap"
    io.save(doc, path)
    data = tmp_path / "kpis.csv"
    data.write_text("stage,metric,value\nBuy,Orders,12\n", encoding="utf-8")
    code, out, _ = run(capsys, "import-csv", path, data, "--kind", "kpis")
    assert code == 0 and 'new lane "KPIs"' in out
    saved = io.load(path)
    assert saved.lanes[-1].kind is LaneKind.KPIS and saved.metrics[0].lane_id == saved.lanes[-1].id


def test_unreadable_map_or_csv_is_one_line(capsys, clean_file, tmp_path):
    data = tmp_path / "kpis.csv"
    data.write_text("stage,metric,value\nAware,NPS,30\n", encoding="utf-8")
    code, _, err = run(capsys, "import-csv", tmp_path / "missing.jmap", data, "--kind", "kpis")
    assert code == 2 and err == f"error: {tmp_path / 'missing.jmap'}: no such file\n"
    code, _, err = run(capsys, "import-csv", clean_file, tmp_path / "missing.csv", "--kind", "kpis")
    assert code == 2 and err.startswith("error: missing.csv: cannot read the file") and err.count("\n") == 1


def test_check_runs_from_the_shared_parser(capsys, clean_file):
    args = build_parser().parse_args(["check", str(clean_file)])
    assert args.run(args) == 0
