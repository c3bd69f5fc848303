"""Loaders on real-looking inputs: HTML pages, RSS and Atom feeds, JSON lines, plain text,
folders, globs and standard input."""
from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from kgraph.errors import LoadError
from kgraph.load import Article, load_file, load_paths, safe_id

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Moonlit Five tops the chart | Seoul Beat</title>
<meta property="og:title" content="Moonlit Five tops the weekly chart">
<link rel="canonical" href="https://seoulbeat.example.org/news/moonlit-five-chart">
<meta property="article:published_time" content="2024-03-08T23:30:00+09:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/charts">Charts</a> | <a href="/about">About us</a></nav>
<article><h1>Moonlit Five tops the weekly chart</h1>
<p>The five-member band Moonlit Five reached first place on the weekly digital chart with
their single "Paper Lanterns", their agency Brightway Music said on Friday.</p>
<p>The song was released on March 1 and its music video was directed by Han Jiwoo, who has
worked with the band since their debut.</p>
</article>
<footer>Copyright 2019 Seoul Beat. All rights reserved.</footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Seoul Beat</title><link>https://seoulbeat.example.org/</link>
<description>News</description>
<item><title>Moonlit Five announce a fan meeting</title>
<link>https://seoulbeat.example.org/news/fan-meeting</link>
<pubDate>Sat, 04 May 2024 01:00:00 +0900</pubDate>
<description>&lt;p&gt;Moonlit Five will meet fans in Busan next month.&lt;/p&gt;&lt;p&gt;Tickets open on Monday.&lt;/p&gt;</description>
</item>
<item><title>River Echo signs with a new agency</title>
<link>https://seoulbeat.example.org/news/river-echo</link>
<description>Singer River Echo signed an exclusive contract.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Beat</title><id>urn:beat</id>
<updated>2024-02-02T00:00:00Z</updated>
<entry><title>Paper Lanterns video passes ten million views</title><id>urn:beat:1</id>
<link href="https://beat.example.net/lanterns"/>
<published>2024-02-01T22:00:00-05:00</published><updated>2024-02-05T00:00:00Z</updated>
<content type="html">&lt;p&gt;The music video passed ten million views in a week.&lt;/p&gt;</content></entry>
</feed>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only(items: list) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


# -- HTML ----------------------------------------------------------------------------------------
def test_load_html_main_text_and_page_metadata(tmp_path: Path) -> None:
    art = only(list(load_file(write(tmp_path, "page.html", PAGE))))
    assert "Moonlit Five reached first place" in art.text
    assert "directed by Han Jiwoo" in art.text
    assert "Home" not in art.text and "All rights reserved" not in art.text  # boilerplate dropped
    assert art.title == "Moonlit Five tops the weekly chart"
    assert art.url == "https://seoulbeat.example.org/news/moonlit-five-chart"
    assert art.date == date(2024, 3, 8)  # the publisher's day, from the metadata
    assert art.origin == (tmp_path / "page.html").resolve().as_uri()


def test_load_html_date_never_guessed_from_body_or_footer(tmp_path: Path) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2024-03-08T23:30:00+09:00">', "")
    art = only(list(load_file(write(tmp_path, "nodate.htm", page))))
    assert art.date is None  # not 2019 from the footer, not March 1 from the text
    art = only(list(load_file(write(tmp_path, "nodate2.htm", page), default_date=date(2024, 3, 9))))
    assert art.date == date(2024, 3, 9)


def test_load_html_sniffed_without_extension(tmp_path: Path) -> None:
    art = only(list(load_file(write(tmp_path, "page", PAGE))))
    assert art.url == "https://seoulbeat.example.org/news/moonlit-five-chart"


def test_load_html_truncated_page_keeps_what_is_there(tmp_path: Path) -> None:
    cut = PAGE[:PAGE.index("The song was released") + 30]
    art = only(list(load_file(write(tmp_path, "cut.html", cut))))
    assert "Moonlit Five reached first place" in art.text


def test_load_html_page_without_text_is_one_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    with pytest.raises(LoadError) as exc:
        list(load_file(path))
    assert str(exc.value).startswith(str(path) + ": ")
    assert "no article text" in exc.value.problem


def test_load_html_bad_metadata_date_names_the_file(tmp_path: Path) -> None:
    page = PAGE.replace("2024-03-08T23:30:00+09:00", "2024-13-45")
    items = list(load_paths([write(tmp_path, "baddate.html", page)]))
    # trafilatura refuses impossible dates itself: the page loads, undated
    assert len(items) == 1 and isinstance(items[0], Article) and items[0].date is None


# -- feeds ---------------------------------------------------------------------------------------
def test_load_feed_rss_entries_are_articles(tmp_path: Path) -> None:
    items = list(load_file(write(tmp_path, "news.rss", RSS)))
    assert [type(i) for i in items] == [Article, Article]
    first, second = items
    assert first.title == "Moonlit Five announce a fan meeting"
    assert first.url == "https://seoulbeat.example.org/news/fan-meeting"
    assert first.date == date(2024, 5, 4)  # the publisher's day (+09:00), not the UTC day before
    assert "will meet fans in Busan" in first.text and "<p>" not in first.text
    assert "\nTickets open on Monday." in first.text
    assert second.date is None
    assert first.id != second.id
    assert first.origin.endswith("news.rss#1") and first.source.endswith("news.rss#1")


def test_load_feed_atom_entry_date_and_link(tmp_path: Path) -> None:
    art = only(list(load_file(write(tmp_path, "beat.atom", ATOM))))
    assert art.url == "https://beat.example.net/lanterns"
    assert art.date == date(2024, 2, 1)  # published, in the publisher's zone
    assert "ten million views in a week" in art.text


def test_load_feed_sniffed_from_xml_content(tmp_path: Path) -> None:
    items = list(load_file(write(tmp_path, "feed.dat", RSS)))
    assert len(items) == 2 and all(isinstance(i, Article) for i in items)


def test_load_feed_malformed_is_one_error_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.xml", "<?xml version='1.0'?><rss><channel><title>x</titl")
    with pytest.raises(LoadError) as exc:
        list(load_file(path))
    assert exc.value.source == str(path)
    assert "feed" in exc.value.problem


def test_load_feed_bad_entry_date_fails_that_entry_only(tmp_path: Path) -> None:
    feed = RSS.replace("Sat, 04 May 2024 01:00:00 +0900", "2024-13-45")
    items = list(load_file(write(tmp_path, "f.rss", feed)))
    assert isinstance(items[0], LoadError) and "2024-13-45" in items[0].problem
    assert items[0].source.endswith("f.rss#1")
    assert isinstance(items[1], Article)


def test_load_feed_truncated_keeps_complete_entries(tmp_path: Path) -> None:
    cut = RSS[:RSS.index("River Echo signs")]
    items = list(load_file(write(tmp_path, "cut.rss", cut)))
    assert isinstance(items[0], Article) and items[0].url.endswith("fan-meeting")


# -- JSON lines, text ----------------------------------------------------------------------------
def test_load_jsonl_bad_lines_are_errors_the_rest_loads(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a1", "text": "Band one released a song.", "date": "2024-01-02"}),
             "{not json",
             json.dumps({"text": "Band two held a concert.", "date": "2024-13-45"}),
             json.dumps(["a list"]),
             json.dumps({"id": "has space/and slash", "text": "Band three debuted.", "title": "T"})]
    items = list(load_file(write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "LoadError", "LoadError", "LoadError", "Article"]
    assert items[1].source.endswith("batch.jsonl:2") and "not valid JSON" in items[1].problem
    assert "2024-13-45" in items[2].problem
    assert items[0].id == "a1" and items[0].date == date(2024, 1, 2)
    assert items[4].id == safe_id("has space/and slash") and "/" not in items[4].id


def test_load_json_array_file(tmp_path: Path) -> None:
    data = json.dumps([{"text": "One."}, {"text": "Two.", "url": "https://x.example/2"}], indent=2)
    items = list(load_file(write(tmp_path, "two.json", data)))
    assert [a.text for a in items] == ["One.", "Two."]
    assert items[1].url == "https://x.example/2"


def test_load_text_date_line_and_title(tmp_path: Path) -> None:
    art = only(list(load_file(write(tmp_path, "a.txt", "date 2024-06-01\nA headline\nThe body text.\n"))))
    assert art.date == date(2024, 6, 1) and art.title == "A headline"
    assert art.text == "A headline\nThe body text."


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_load_text_encodings(tmp_path: Path, encoding: str) -> None:
    text = "date 2024-06-01\nRosé and Kōji sang “together” in Séoul.\n"
    if encoding == "latin-1":
        text = text.replace("Kōji", "Koji").replace("“", '"').replace("”", '"')
    art = only(list(load_file(write(tmp_path, f"{encoding}.txt", text.encode(encoding)))))
    assert art.text == text.split("\n", 1)[1].strip()
    assert art.date == date(2024, 6, 1)


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"), (b"  \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"date 2024-13-45\nSome text.", "invalid date '2024-13-45'"),
])
def test_load_text_bad_inputs_name_file_and_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = write(tmp_path, "bad.txt", content)
    items = list(load_paths([path]))
    assert len(items) == 1 and isinstance(items[0], LoadError)
    assert items[0].source == str(path) and problem in items[0].problem


def test_load_refuses_huge_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    [err] = list(load_paths([path]))
    assert isinstance(err, LoadError) and "too large (50 MB" in err.problem


# -- folders, globs, stdin -----------------------------------------------------------------------
def test_load_paths_folders_globs_and_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "in/a.txt", "Article A text.")
    write(tmp_path, "in/sub/b.html", PAGE)
    write(tmp_path, "in/c.rss", RSS)
    write(tmp_path, "in/.hidden/d.txt", "Hidden.")
    write(tmp_path, "in/notes.csv", "a,b\n1,2\n")  # unknown extension: not taken from a folder
    write(tmp_path, "in/README.md", "# About these articles\n")  # documentation, not an article
    items = list(load_paths([tmp_path / "in"]))
    assert all(isinstance(i, Article) for i in items)
    assert sorted(Path(i.source.split("#")[0]).name for i in items) == ["a.txt", "b.html", "c.rss", "c.rss"]
    monkeypatch.chdir(tmp_path)
    globbed = list(load_paths(["in/**/*.html", "in/*.txt"]))
    assert [Path(i.source).name for i in globbed] == ["b.html", "a.txt"]
    [missing] = list(load_paths(["in/*.nothing"]))
    assert isinstance(missing, LoadError) and "no file matches" in missing.problem
    [gone] = list(load_paths(["nope.txt"]))
    assert isinstance(gone, LoadError) and gone.problem == "no such file"


@pytest.mark.parametrize("data,kind", [
    (b'{"text": "From a pipe.", "url": "https://x.example/p"}\n', "jsonl"),
    (PAGE.encode(), "html"), (RSS.encode(), "feed"), (b"date 2024-01-01\nPlain text from a pipe.", "text"),
])
def test_load_stdin_sniffs_the_format(monkeypatch: pytest.MonkeyPatch, data: bytes, kind: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(load_paths(["-"]))
    assert items and all(isinstance(i, Article) for i in items)
    assert items[0].origin is None  # standard input has no file to replace from
    expected = {"jsonl": "https://x.example/p", "html": "https://seoulbeat.example.org/news/moonlit-five-chart",
                "feed": "https://seoulbeat.example.org/news/fan-meeting", "text": None}[kind]
    assert items[0].url == expected


def test_article_cleans_text_no_store_would_accept() -> None:
    art = Article(text="bad \ud800 surrogate and \x00 nul", id="x y")
    assert art.text == "bad \ufffd surrogate and  nul"
    assert art.id == safe_id("x y") and art.id.isalnum()
    assert Article(text="same words").id == Article(text="  same\n words ").id
    assert Article(text="one", url="https://a.example/1").id == Article(text="two", url="https://a.example/1").id


@pytest.mark.parametrize("content,expected", [
    ("<!-- saved page -->\n" + PAGE, "html"),
    ('[\n  {"text": "Pretty printed array."}\n]', "jsonl"),
    ("  \n" + RSS.split("\n", 1)[1], "feed"),
    ("<b>bold</b> is not a page, but text", "text"),
])
def test_load_sniffing_without_extension(tmp_path: Path, content: str, expected: str) -> None:
    from kgraph.load import loader_for
    path = write(tmp_path, "noext", content)
    assert loader_for(path, path.read_bytes()).name == expected


@pytest.mark.parametrize("encoding,meta", [("euc-kr", '<meta charset="euc-kr">'),
                                           ("cp1252", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')])
def test_load_html_declared_charset(tmp_path: Path, encoding: str, meta: str) -> None:
    body = ("방탄소년단 뷔가 새 앨범을 발표했다고 소속사가 금요일에 밝혔다. 앨범에는 일곱 곡이 실렸다."
            if encoding == "euc-kr" else "The band\u2019s caf\u00e9 concert sold out \u201cin minutes\u201d, the agency said on Friday.")
    page = f"<html><head>{meta}<title>T</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"
    art = only(list(load_file(write(tmp_path, "page.html", page.encode(encoding)))))
    assert body in art.text
