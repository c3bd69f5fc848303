"""The interactive HTML page: what it embeds (no browser), then how it behaves in a real
headless Chromium (Debian's /usr/bin/chromium; no browser is ever downloaded)."""
from __future__ import annotations

import base64
import hashlib
import html as htmllib
import json
import re
import shutil
import time
from pathlib import Path

import pytest

from kgraph.export.graph import subgraph
from kgraph.export.html import json_for_script, page_data, render_page
from kgraph.export.selection import Selection

from .export_sample import JIN, SONG, TRICKY, TRICKY_GROUP, V, XSS, big_store, sample_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ALLOWED_SCHEMES = ("file:", "about:", "data:")
SHOTS = Path(__file__).resolve().parents[1] / "out" / "test-screenshots"


@pytest.fixture(scope="module")
def store():
    return sample_store()


@pytest.fixture(scope="module")
def page_file(store, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "graph.html"
    path.write_text(render_page(subgraph(store)), encoding="utf-8")
    return path


def _data_block(text: str) -> str:
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S)
    assert m, "no data block"
    return m.group(1)


# -- without a browser ---------------------------------------------------------------------------
def test_viz_page_json_for_script_escapes_markup():
    text = json_for_script({"a": "</script><img src=x onerror=alert(1)> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><img src=x onerror=alert(1)> & \u2028"}


def test_viz_page_is_self_contained_and_embeds_names_as_data(store, page_file: Path):
    text = page_file.read_text(encoding="utf-8")
    block = _data_block(text)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block) == page_data(subgraph(store), json.loads(block)["title"])
    assert "<img" not in text and "onerror=alert(1)>" not in text.replace(block, "")
    # no resource from anywhere: no src/href attribute, no @import or url() in the markup
    markup = re.sub(r"(<script[^>]*>).*?</script>", r"\1</script>", text, flags=re.S)
    css = re.search(r"<style>(.*?)</style>", text, re.S).group(1)
    assert not re.search(r"<[^>]*\s(src|href|srcset|action|poster)\s*=", markup, re.I)
    assert "@import" not in css and "url(" not in css
    assert re.findall(r"<script[^>]*>", markup) == ['<script id="kg-data" type="application/json">', "<script>"]
    # the policy pins the page's own script and style by hash and forbids any connection
    csp = htmllib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text).group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    script = re.findall(r"<script>(.*?)</script>", text, re.S)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp


def test_viz_page_data_carries_aliases_evidence_and_claims(store):
    data = page_data(subgraph(store), "t")
    nodes = {n["iri"]: n for n in data["nodes"]}
    assert set(nodes[V]["aliases"]) == {"Kim Taehyung", "뷔"}
    song = nodes[SONG]
    assert song["props"][0][:2] == ["release date", "2023-03-03"]
    idx = list(nodes).index(SONG)
    feat = [e for e in data["edges"] if e[0] == idx and e[2] == "featured artist"][0]
    art, sent, certainty = feat[4][0]
    assert data["articles"][art]["title"] == "Sunny Park drops Paper Lanterns"
    assert data["sentences"][sent].startswith("Sunny Park released the single") and certainty == "asserted"
    assert nodes[JIN]["claims"][0][:3] == ["Paper Lanterns", "featured artist", "Jin"]
    assert sum(e[3] for e in data["edges"]) == 1
    assert sum(e[3] for e in page_data(subgraph(store, Selection(restated=True)), "t")["edges"]) == 3
    assert {c["name"] for c in data["classes"]} == {"Artist", "Group", "Song", "MusicVideo", "Director", "Event"}


def test_viz_page_title_is_escaped(store):
    text = render_page(subgraph(store, Selection(around=XSS)), title=None)
    assert f"<title>kgraph: around {htmllib.escape(XSS)} (depth 2)</title>" in text


# -- in Chromium ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """A page that records every request, dialog, console error and page error."""

    def __init__(self, browser, width: int = 1400, height: int = 850) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _route(self, route) -> None:
        if route.request.url.startswith(ALLOWED_SCHEMES):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri())
        self.wait_for("!!(window.kgViz && kgViz.stats.firstRenderMs > 0)")

    def wait_for(self, expression: str, timeout: float = 30) -> None:
        """Poll from Python: the page's CSP forbids the eval that wait_for_function uses."""
        end = time.monotonic() + timeout
        while not self.page.evaluate(expression):
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {expression}")
            self.page.wait_for_timeout(50)

    def settle(self) -> None:
        self.page.evaluate("kgViz.pause(); kgViz.settle()")

    def close(self) -> None:
        self.context.close()

    def offsite(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(ALLOWED_SCHEMES)]


@pytest.fixture
def watch(browser):
    w = Watch(browser)
    yield w
    w.close()


def _variance(page, png: bytes) -> float:
    """Grey-level variance of a PNG, decoded by the browser itself."""
    page.goto("about:blank")
    return page.evaluate("""async (b64) => {
        const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode();
        const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
        const g = c.getContext('2d'); g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let s = 0, s2 = 0, n = 0;
        for (let i = 0; i < d.length; i += 4) { const v = (d[i] + d[i + 1] + d[i + 2]) / 3; s += v; s2 += v * v; n++; }
        const m = s / n; return s2 / n - m * m; }""", base64.b64encode(png).decode())


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_renders_every_node_offline(watch: Watch, page_file: Path):
    watch.open(page_file)
    watch.settle()
    page = watch.page
    assert page.evaluate("kgViz.nodeCount") == 11
    assert page.evaluate("kgViz.stats.drawnNodes") == 11
    assert page.text_content("#kg-stats") == "11 of 11 nodes \u00b7 10 links (1 inferred)"
    assert page.text_content("#kg-title") == "kgraph: whole graph"
    labels = page.eval_on_selector_all("#kg-classes .kg-class-name", "els => els.map(e => e.textContent)")
    assert labels == ["Artist", "Group", "Song", "MusicVideo", "Director", "Event"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "viz-sample.png"))
    canvas_png = page.locator("#kg-canvas").screenshot()
    assert watch.offsite() == [] and watch.errors == [] and watch.dialogs == []
    assert _variance(page, canvas_png) > 100     # a drawing, not a blank canvas


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_search_by_alias_opens_details(watch: Watch, page_file: Path):
    watch.open(page_file)
    page = watch.page
    page.fill("#kg-search", "taehyung")
    first = page.locator("#kg-results li").first
    assert first.locator(".kg-result-label").text_content() == "V"
    assert first.locator(".kg-alias").text_content() == "alias: Kim Taehyung"
    page.press("#kg-search", "Enter")
    assert page.text_content("#kg-details h2") == "V"
    aliases = page.eval_on_selector_all("#kg-details .kg-alias-item", "els => els.map(e => e.textContent)")
    assert sorted(aliases) == ["Kim Taehyung", "뷔"]
    assert page.evaluate("kgViz.selected()") == page.evaluate(f"kgViz.find({json.dumps(V)})")
    assert watch.offsite() == [] and watch.errors == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_click_node_shows_facts_and_sources(watch: Watch, page_file: Path):
    watch.open(page_file)
    watch.settle()
    page = watch.page
    pos = page.evaluate(f"kgViz.screenPosition(kgViz.find({json.dumps(SONG)}))")
    page.mouse.click(pos["x"], pos["y"])
    details = page.locator("#kg-details")
    assert page.text_content("#kg-details h2") == "Paper Lanterns"
    text = details.text_content()
    assert "release date: 2023-03-03" in text
    assert "Sunny Park released the single Paper Lanterns on March 3, 2023, featuring V of BTS." in text
    assert "Sunny Park drops Paper Lanterns" in text            # the article's headline
    assert "The music video was directed by Lee Hana." in text
    assert details.locator(".kg-badge-inferred").count() == 1   # video directed by
    assert "Some fans claim Jin sings a hidden verse." in text and "reported" in text
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert hrefs and all(h == "https://news.example.org/paper-lanterns" for h in hrefs)
    # follow a link in the panel to the neighbour
    details.locator("button.kg-link", has_text="Sunny Park").first.click()
    assert page.text_content("#kg-details h2") == "Sunny Park"
    page.mouse.click(5 + page.locator("#kg-canvas").bounding_box()["x"], 5 + page.locator("#kg-canvas").bounding_box()["y"])
    assert page.locator("#kg-panel").is_hidden()
    assert watch.offsite() == [] and watch.errors == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_hostile_names_stay_text(watch: Watch, page_file: Path):
    watch.open(page_file)
    page = watch.page
    page.fill("#kg-search", "<img")
    assert page.locator("#kg-results .kg-result-label").first.text_content() == XSS
    page.press("#kg-search", "Enter")
    assert page.text_content("#kg-details h2") == XSS
    text = page.text_content("#kg-details")
    assert f"Headline {XSS}" in text        # the article headline, as text
    page.evaluate(f"kgViz.select(kgViz.find({json.dumps(TRICKY_GROUP)}))")
    assert page.text_content("#kg-details h2") == TRICKY
    assert page.text_content("#kg-details .kg-alias-item") == f"alias {XSS}"
    assert page.locator("img").count() == 0 and page.locator("b").count() == 0
    # the article's javascript: URL is never made a link
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not any(h.lower().startswith("javascript") for h in hrefs)
    page.wait_for_timeout(300)
    assert watch.dialogs == [] and watch.errors == [] and watch.offsite() == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_filters_classes_and_inferred_links(watch: Watch, page_file: Path):
    watch.open(page_file)
    page = watch.page
    page.locator('input[data-cls="Artist"]').uncheck()
    assert page.evaluate("kgViz.visibleNodes()") == 7
    assert page.text_content("#kg-stats").startswith("7 of 11 nodes")
    page.locator('input[data-cls="Artist"]').check()
    page.locator("#kg-inferred").uncheck()
    assert page.evaluate("kgViz.visibleEdges()") == 9
    assert page.text_content("#kg-stats") == "11 of 11 nodes \u00b7 9 links (0 inferred)"
    # searching a hidden class shows it again
    page.locator('input[data-cls="Director"]').uncheck()
    page.fill("#kg-search", "lee hana")
    page.press("#kg-search", "Enter")
    assert page.locator('input[data-cls="Director"]').is_checked()
    assert page.text_content("#kg-details h2") == "Lee Hana"


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_zoom_and_pan_move_the_view(watch: Watch, page_file: Path):
    watch.open(page_file)
    watch.settle()
    page = watch.page
    i = page.evaluate(f"kgViz.find({json.dumps(SONG)})")
    before = page.evaluate(f"kgViz.screenPosition({i})")
    box = page.locator("#kg-canvas").bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + 20)
    page.mouse.down()
    page.mouse.move(box["x"] + 120, box["y"] + 70, steps=5)
    page.mouse.up()
    after = page.evaluate(f"kgViz.screenPosition({i})")
    assert after["x"] == pytest.approx(before["x"] + 100, abs=1) and after["y"] == pytest.approx(before["y"] + 50, abs=1)
    page.mouse.move(after["x"] + 40, after["y"])
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(100)
    zoomed = page.evaluate(f"kgViz.screenPosition({i})")
    assert abs(zoomed["x"] - (after["x"] + 40)) > 40 * 1.2   # zoomed in around the pointer


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_three_thousand_nodes_stay_usable(browser, tmp_path: Path, record_property):
    store = big_store()
    t = time.perf_counter()
    sub = subgraph(store)
    path = tmp_path / "big.html"
    path.write_text(render_page(sub), encoding="utf-8")
    build_s = time.perf_counter() - t
    assert len(sub.nodes) == 3000
    w = Watch(browser)
    try:
        w.open(path)
        first = w.page.evaluate("kgViz.stats.firstRenderMs")
        w.page.wait_for_timeout(3000)
        st = w.page.evaluate("kgViz.stats")
        ips = st["iterations"] / (st["layoutMs"] / 1000) if st["layoutMs"] else 0
        record_property("viz_3000_first_render_ms", first)
        record_property("viz_3000_layout_iterations_per_s", ips)
        record_property("viz_3000_draw_ms", st["lastDrawMs"])
        record_property("viz_3000_page_build_s", build_s)
        print(f"\n3000 nodes / {len(sub.edges)} links: page built in {build_s:.2f} s, first render "
              f"{first:.0f} ms after navigation, {ips:.1f} layout iterations/s, one frame drawn in "
              f"{st['lastDrawMs']:.1f} ms")
        assert w.page.evaluate("kgViz.nodeCount") == 3000
        assert first < 5000
        assert ips > 5
        pos = w.page.evaluate("kgViz.screenPosition(0)")
        w.page.evaluate("kgViz.pause()")
        pos = w.page.evaluate("kgViz.screenPosition(0)")
        w.page.mouse.click(pos["x"], pos["y"])
        assert w.page.text_content("#kg-details h2") == w.page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).nodes[0].label")
        assert w.offsite() == [] and w.errors == []
    finally:
        w.close()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_empty_selection_says_so(watch: Watch, store, tmp_path: Path):
    path = tmp_path / "empty.html"
    path.write_text(render_page(subgraph(store, Selection(classes=("Album",)))), encoding="utf-8")
    watch.open(path)
    assert watch.page.text_content("#kg-stats") == "0 of 0 nodes \u00b7 0 links (0 inferred)"
    assert watch.page.text_content("#kg-selection") == "Showing: classes Album"
    assert watch.errors == [] and watch.offsite() == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' is not installed (make system-deps)")
def test_viz_page_svg_export_shows_hostile_names_as_text(watch: Watch, store, tmp_path: Path):
    from kgraph.export.formats import export_graph
    path = tmp_path / "graph.svg"
    export_graph(store, "svg", path)
    watch.page.goto(path.as_uri())
    texts = watch.page.eval_on_selector_all("text", "els => els.map(e => e.textContent)")
    assert XSS in texts and TRICKY in texts
    assert watch.page.locator("img").count() == 0
    watch.page.wait_for_timeout(200)
    assert watch.dialogs == [] and watch.errors == [] and watch.offsite() == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium (/usr/bin/chromium) is not installed")
def test_viz_page_date_window_hides_dated_nodes(watch: Watch, page_file: Path):
    watch.open(page_file)
    page = watch.page
    assert page.locator("#kg-dates").is_visible()
    page.fill("#kg-from", "2023-06-01")
    page.dispatch_event("#kg-from", "change")
    # Paper Lanterns (2023-03-03) and the 2021 song go; the December 2023 enlistment and undated nodes stay
    assert page.evaluate("kgViz.visibleNodes()") == 9
    page.fill("#kg-to", "2023-11-30")
    page.dispatch_event("#kg-to", "change")
    assert page.evaluate("kgViz.visibleNodes()") == 8
    page.fill("#kg-search", "paper lanterns")
    page.press("#kg-search", "Enter")          # a hidden node found by search comes back
    assert page.text_content("#kg-details h2") == "Paper Lanterns"
    assert page.evaluate("kgViz.visibleNodes()") == 11 and page.input_value("#kg-from") == ""
    page.fill("#kg-search", "jin")
    page.keyboard.press("Escape")                 # clears the search box first
    assert page.input_value("#kg-search") == "" and page.locator("#kg-panel").is_visible()
    page.keyboard.press("Escape")                 # then closes the panel
    assert page.locator("#kg-panel").is_hidden()
