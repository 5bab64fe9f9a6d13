"""kmytext report -o report.html: one self-contained page that a browser opens offline and
where every chart draws, checked in a real headless Chromium (Playwright driving the system's
browser; no browser is downloaded)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from kmytext.cli import app

pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'")


def _chromium() -> str | None:
    for name in (os.environ.get("KMYTEXT_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"):
        found = name and shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = _chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (apt-get install chromium, or "
                                    "KMYTEXT_CHROMIUM=/path/to/chrome); the HTML report is not checked in a browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

# What each chart draws: bars, points of lines, or the heatmap's image.
MARKS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(d => ({
    id: d.id,
    marks: d.querySelectorAll('.main-svg .bars path, .main-svg .scatterlayer .points path, .main-svg .hm image').length,
    labels: [...d.querySelectorAll('.ytick text')].map(t => t.textContent),
}))"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    result = CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    return out


def test_the_page_is_one_file_that_needs_no_network(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert page.count("<script") == page.count("</script>") and '<script src=' not in page
    assert page.count("Plotly.newPlot") >= 5
    assert "Noto Sans CJK SC" in page and "Microsoft YaHei" in page and "sans-serif" in page
    assert "上海" in page  # the names themselves, not escapes a reader cannot search for


def test_the_page_gets_the_umask_mode(report: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(report.stat().st_mode) == 0o666 & ~umask


@needs_chromium
def test_the_page_opens_offline_in_chromium_and_draws_every_chart(report: Path) -> None:
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    errors: list[str] = []

    def only_files(route):  # type: ignore[no-untyped-def]
        if route.request.url.startswith("file:"):
            route.continue_()
        else:  # the network: refused, and remembered
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.route("**/*", only_files)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(report.as_uri(), wait_until="load")
            page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 5",
                                   timeout=30000)
            charts = page.evaluate(MARKS)
            headings = page.locator("h2").all_inner_texts()
        finally:
            browser.close()
    assert errors == [] and blocked == []
    drawn = [c for c in charts if c["marks"] > 0]
    assert len(drawn) >= 5 and len(drawn) == len(charts), charts
    people, places, organisations = charts[:3]
    assert "上海" in places["labels"] and len(places["labels"]) == 15
    assert any("Mentions over time" in h for h in headings) and any("Who appears with whom" in h for h in headings)
