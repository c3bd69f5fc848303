"""Loaders: read files into Articles.

Each format is a loader registered by name and file extensions (see :func:`register`), so
adding a format is adding one module. :func:`load_paths` walks files and folders and yields
either an :class:`Article` or a :class:`~kgraph.errors.LoadError` for each story, so one bad
file never stops a batch.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import LoadError
from .article import Article, make_article_id

__all__ = ["Article", "LoadError", "Loader", "register", "loader_for", "load_file", "load_paths",
           "make_article_id", "LOADERS"]

LoaderFn = Callable[[Path, bytes, "date | None"], Iterator[Article]]


@dataclass(frozen=True)
class Loader:
    name: str
    extensions: tuple[str, ...]
    load: LoaderFn
    sniff: Callable[[bytes], bool] | None = None


LOADERS: dict[str, Loader] = {}

MAX_BYTES = 20 * 1024 * 1024
"""Inputs larger than this are refused: no news article is 20 MB of text."""


def register(name: str, extensions: Iterable[str], sniff: Callable[[bytes], bool] | None = None
             ) -> Callable[[LoaderFn], LoaderFn]:
    def deco(fn: LoaderFn) -> LoaderFn:
        LOADERS[name] = Loader(name, tuple(extensions), fn, sniff)
        return fn
    return deco


def loader_for(path: Path, head: bytes = b"", fmt: str | None = None) -> Loader:
    if fmt:
        try:
            return LOADERS[fmt]
        except KeyError:
            raise LoadError(str(path), f"unknown format {fmt!r}; known: {', '.join(sorted(LOADERS))}") from None
    name = path.name.lower()
    for loader in LOADERS.values():
        if any(name.endswith(ext) for ext in loader.extensions):
            return loader
    for loader in LOADERS.values():
        if loader.sniff and loader.sniff(head):
            return loader
    return LOADERS["text"]


def decode(source: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 when it is
    plainly text; binary data is refused."""
    if not data.strip():
        raise LoadError(source, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(source, f"invalid UTF-16 text ({exc.reason})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise LoadError(source, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
        if controls > 4:
            raise LoadError(source, "binary data, not text") from None
        return text


def load_file(path: str | Path, default_date: date | None = None, fmt: str | None = None
              ) -> Iterator[Article]:
    """Articles in one file; raises :class:`LoadError` when the file cannot be read at all."""
    path = Path(path)
    source = str(path)
    try:
        if path.is_dir():
            raise LoadError(source, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(source, f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(source, "no such file") from None
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except IsADirectoryError:
        raise LoadError(source, "is a folder, not a file") from None
    loader = loader_for(path, data[:512], fmt)
    yield from loader.load(path, data, default_date)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, files under folders named (sorted, hidden ones skipped), and glob patterns."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif not path.exists() and any(ch in str(p) for ch in "*?["):
            matches = sorted(Path().glob(str(p))) if not path.is_absolute() else sorted(
                Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            yield from (m for m in matches if m.is_file())
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


# Built-in loaders register themselves on import.
from . import jsonl, text  # noqa: E402,F401
