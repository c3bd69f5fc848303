"""Loaders: read files into Articles.

Each format is a loader registered by name, file extensions and a content sniffer (see
:func:`register`), so adding a format is adding one module. :func:`load_paths` walks files,
folders, glob patterns and ``-`` (standard input) and yields either an :class:`Article` or a
:class:`~kgraph.errors.LoadError` for each story, so one bad file never stops a batch.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from ..errors import LoadError
from .article import Article, make_article_id, safe_id

__all__ = ["Article", "LoadError", "Loader", "register", "loader_for", "load_file", "load_bytes",
           "load_paths", "iter_files", "decode", "make_article_id", "safe_id", "LOADERS", "STDIN",
           "MAX_BYTES"]

LoaderFn = Callable[[Path, bytes, "date | None"], Iterator["Article | LoadError"]]

STDIN = "-"
"""The path that means standard input."""
STDIN_SOURCE = "<stdin>"
"""How articles read from standard input name their source."""


@dataclass(frozen=True)
class Loader:
    name: str
    extensions: tuple[str, ...]
    load: LoaderFn
    sniff: Callable[[str], bool] | None = None
    """Recognises the format from the first characters of a file (lowercased, stripped)."""
    multi: bool = False
    """One file holds many articles (JSON lines, feeds): each article's identity is its own,
    not the file's, and a batch may split the file's articles across processes."""


LOADERS: dict[str, Loader] = {}

MAX_BYTES = 20 * 1024 * 1024
"""Inputs larger than this are refused: no news article is 20 MB of text."""


def register(name: str, extensions: Iterable[str], sniff: Callable[[str], bool] | None = None,
             multi: bool = False) -> Callable[[LoaderFn], LoaderFn]:
    """Register ``fn(path, data, default_date) -> Iterator[Article | LoadError]`` as format
    ``name``: it reads files ending in ``extensions``, or whose start ``sniff`` recognises."""
    def deco(fn: LoaderFn) -> LoaderFn:
        LOADERS[name] = Loader(name, tuple(extensions), fn, sniff, multi)
        return fn
    return deco


def head_text(data: bytes, size: int = 1024) -> str:
    """The start of ``data`` as lowercase text for sniffing, whatever its encoding."""
    chunk = data[:size]
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = chunk.decode("utf-16", errors="ignore")
    else:
        text = chunk.decode("utf-8", errors="ignore")
    return text.lstrip("\ufeff \t\r\n").lower()


def loader_for(path: Path, head: bytes = b"", fmt: str | None = None) -> Loader:
    """The loader named ``fmt``, else the one for the file's extension, else the one whose
    sniffer recognises ``head``, else plain text."""
    if fmt:
        try:
            return LOADERS[fmt]
        except KeyError:
            raise LoadError(str(path), f"unknown format {fmt!r}; known: {', '.join(sorted(LOADERS))}") from None
    name = path.name.lower()
    for loader in LOADERS.values():
        if any(name.endswith(ext) for ext in loader.extensions):
            return loader
    text = head_text(head)
    for loader in LOADERS.values():
        if loader.sniff and loader.sniff(text):
            return loader
    return LOADERS["text"]


def decode(source: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 when it is
    plainly text; binary data is refused."""
    if not data.strip():
        raise LoadError(source, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(source, f"invalid UTF-16 text ({exc.reason})") from None
        if not text.strip("\ufeff \t\r\n"):
            raise LoadError(source, "the file is empty")
        return text.lstrip("\ufeff")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise LoadError(source, "binary data, not text (no UTF-16 byte-order mark either)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
        if controls > 4:
            raise LoadError(source, "binary data, not text") from None
        return text


def read_limited(stream: BinaryIO, source: str) -> bytes:
    """At most :data:`MAX_BYTES` from ``stream``; more is refused, not truncated."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LoadError(source, f"too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    return data


def load_bytes(source: str, data: bytes, default_date: date | None = None, fmt: str | None = None,
               path: Path | None = None) -> Iterator[Article | LoadError]:
    """Articles in ``data`` read from ``source`` (a file, or ``-`` for standard input)."""
    loader = loader_for(path or Path(source), data, fmt)
    file_iri = path.resolve().as_uri() if path is not None else None
    for item in loader.load(path or Path(source), data, default_date):
        if isinstance(item, Article) and file_iri and item.origin is None:
            origin = file_iri
            if loader.multi:
                record = (item.source or "")[len(source):].lstrip(":#") or item.id
                origin += "#" + quote(record, safe="")
            object.__setattr__(item, "origin", origin)
        yield item


def load_file(path: str | Path, default_date: date | None = None, fmt: str | None = None
              ) -> Iterator[Article | LoadError]:
    """Articles in one file (``-``: standard input); raises :class:`LoadError` when the file
    cannot be read at all, yields one for a bad record in an otherwise good file."""
    if str(path) == STDIN:
        yield from load_bytes(STDIN_SOURCE, read_limited(sys.stdin.buffer, STDIN_SOURCE), default_date,
                              fmt or None)
        return
    path = Path(path)
    source = str(path)
    try:
        if path.is_dir():
            known = " ".join(sorted({e for loader in LOADERS.values() for e in loader.extensions}))
            raise LoadError(source, f"no file of a known format in this folder ({known})")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(source, f"too large ({size / (1024 * 1024):.0f} MB; the limit is "
                                    f"{MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        if any(ch in source for ch in "*?["):
            raise LoadError(source, "no file matches this pattern") from None
        raise LoadError(source, "no such file") from None
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except IsADirectoryError:
        raise LoadError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise LoadError(source, f"cannot read ({exc.strerror or exc})") from None
    yield from load_bytes(source, data, default_date, fmt, path=path)


FOLDER_SKIP = ("readme", "license", "licence", "changelog", "contributing", "sources")
"""Documentation files beside the articles of a folder (README.md...), not articles: a folder
walk skips them; naming one explicitly still loads it."""


def known_extension(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(ext) for loader in LOADERS.values() for ext in loader.extensions)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Files named, files with a known extension under folders named (sorted; hidden ones
    and documentation such as README.md skipped), glob patterns, and ``-`` for standard
    input (passed through as the string)."""
    for p in paths:
        if str(p) == STDIN:
            yield STDIN
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if (child.is_file() and known_extension(child) and child.stem.lower() not in FOLDER_SKIP
                        and not any(part.startswith(".") for part in rel)):
                    found = True
                    yield child
            if not found:
                yield path  # reported by load_file: nothing to read here
        elif not path.exists() and any(ch in str(p) for ch in "*?["):
            if path.is_absolute():
                matches = sorted(Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            else:
                matches = sorted(Path().glob(str(p)))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield path  # reported as "no such file" by load_file
            yield from files
        else:
            yield path


def load_paths(paths: Iterable[str | Path], default_date: date | None = None, fmt: str | None = None
               ) -> Iterator[Article | LoadError]:
    """Every article under ``paths``; problems come out as LoadError values, not exceptions."""
    for path in iter_files(paths):
        try:
            yield from load_file(path, default_date, fmt)
        except LoadError as err:
            yield err


# Built-in loaders register themselves on import; the order is the sniffing order.
from . import feed, html, jsonl, text  # noqa: E402,F401
