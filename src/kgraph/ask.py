"""Questions in words to stored queries: ``kgraph ask "which songs did V feature on before
his enlistment?"``.

No language model and no network: the forms a question may take are templates in
``data/questions.tsv`` (each names a stored query and fixed parameters), the words for
parameter values in ``data/question_words.tsv``, and names resolve through the graph's
labels and aliases (:func:`kgraph.query.resolve_entity`). The first form that matches and
whose names all resolve wins; when none does, the error lists the forms it knows.
"""
from __future__ import annotations

import calendar
import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import QueryError
from .query import Result, StoredQuery, library, run, to_term
from .store import DATA_DIR

QUESTIONS_FILE = DATA_DIR / "questions.tsv"
WORDS_FILE = DATA_DIR / "question_words.tsv"

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_DATE = r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|(?:%s)\.?\s+\d{4}|\d{4}" % "|".join(sorted(_MONTHS, key=len, reverse=True))
_PERIOD = r"(?:%s)\.?\s+\d{4}|\d{4}-\d{2}|\d{4}" % "|".join(sorted(_MONTHS, key=len, reverse=True))


class NotUnderstood(QueryError):
    """No question form matched (or its names are not in the graph)."""


@dataclass
class Form:
    """One question form: a template compiled to a regular expression."""

    query: str
    template: str
    fixed: dict[str, str]
    regex: re.Pattern[str]
    slots: list[str]
    line: int

    def readable(self) -> str:
        """The template with slots in capitals: 'who are the members of GROUP'."""
        text = re.sub(r"\{(\w+)\}", lambda m: m.group(1).upper(), self.template)
        text = re.sub(r"\[([^\[\]]*)\]", r"(\1)", text)
        return re.sub(r"\(([^()|]*)\|[^()]*\)", r"\1", text)


@dataclass
class Answer:
    """A question, the stored query it was mapped to, its parameters and the result."""

    question: str
    query: str
    params: dict[str, Any]
    result: Result
    form: str = ""
    names: dict[str, str] = field(default_factory=dict)
    """Each entity parameter: the name used in the question -> the IRI it resolved to."""

    @property
    def sparql(self) -> str:
        return self.result.sparql

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"<Answer {self.query}({params})>\n{self.result!r}"


class QuestionBook:
    """The question forms and value words, loaded from the data files."""

    def __init__(self, questions: Path = QUESTIONS_FILE, words: Path = WORDS_FILE,
                 queries: dict[str, StoredQuery] | None = None) -> None:
        self.queries = queries if queries is not None else library()
        self.words = _load_words(words)
        self.forms = _load_forms(questions, self.queries, self.words)

    def match(self, question: str) -> list[tuple[Form, dict[str, str]]]:
        """Every form the question fits, in file order, with the slot texts."""
        text = _normalise(question)
        out = []
        for form in self.forms:
            m = form.regex.fullmatch(text)
            if m:
                out.append((form, {k: v for k, v in m.groupdict().items() if v is not None}))
        return out

    def known_forms(self, every: bool = False) -> list[str]:
        """One example form per stored query (``every``: all forms)."""
        seen: dict[str, str] = {}
        for f in self.forms:
            key = f"{f.query}:{f.line}" if every else f.query
            seen.setdefault(key, f"{f.readable()}?  [{f.query}]")
        return list(seen.values())


_BOOKS: dict[tuple[Path, Path], QuestionBook] = {}


def book(questions: Path = QUESTIONS_FILE, words: Path = WORDS_FILE) -> QuestionBook:
    key = (questions, words)
    if key not in _BOOKS:
        _BOOKS[key] = QuestionBook(questions, words)
    return _BOOKS[key]


def ask(kg: Any, question: str, limit: int | None = None, timeout: float | None = None,
        questions: QuestionBook | None = None) -> Answer:
    """Answer ``question`` over ``kg`` (a KnowledgeGraph, or anything with ``.store``)."""
    qb = questions or book()
    store = kg.store if hasattr(kg, "store") else kg
    matches = qb.match(question)
    unresolved: list[str] = []
    for form, slots in matches:
        query = qb.queries[form.query]
        try:
            params, names = _params(store, query, form, slots, qb.words)
        except QueryError as exc:
            unresolved.append(str(exc))
            continue
        result = run(store, query, params, limit=limit, timeout=timeout)
        return Answer(question, query.name, params, result, form.template, names)
    if unresolved:
        raise NotUnderstood(f"I understood the form of {question!r} but not its names: {unresolved[0]}")
    raise NotUnderstood(f"I do not understand {question!r}. Questions I know (one form each; "
                        f"'kgraph ask --forms' lists all {len(qb.forms)}):\n  " + "\n  ".join(qb.known_forms()))


def _params(store: Any, query: StoredQuery, form: Form, slots: dict[str, str],
            words: dict[str, dict[str, str]]) -> tuple[dict[str, Any], dict[str, str]]:
    declared = {p.name: p for p in query.params}
    params: dict[str, Any] = dict(form.fixed)
    names: dict[str, str] = {}
    for slot, text in slots.items():
        text = text.strip()
        if slot == "period":
            params["from"], params["to"] = _period(text)
        elif slot in words:
            params[slot] = words[slot][_normalise(text)]
        elif declared[slot].kind == "date":
            lo, hi = _period(text)
            params[slot] = hi if slot == "to" else lo
        elif declared[slot].kind == "entity":
            name = re.sub(r"(?:'s|')$", "", text).strip().strip("\"“”")
            term = to_term(store, declared[slot], name)
            params[slot] = term
            names[name] = term.value
        else:
            params[slot] = text
    return params, names


def _period(text: str) -> tuple[date, date]:
    """First and last day of a date, month ("December 2023", "2023-12") or year."""
    t = text.strip().lower().replace(".", "")
    try:
        d = date.fromisoformat(t)
        return d, d
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{4})-(\d{2})", t) or None
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
    else:
        m = re.fullmatch(r"([a-z]+)\s+(\d{4})", t)
        if m and m.group(1) in _MONTHS:
            y, mo = int(m.group(2)), _MONTHS[m.group(1)]
        elif re.fullmatch(r"\d{4}", t):
            return date(int(t), 1, 1), date(int(t), 12, 31)
        else:
            raise QueryError(f"{text!r} is not a date, month or year")
    if not 1 <= mo <= 12:
        raise QueryError(f"{text!r} is not a month")
    return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip("?!. ").strip()


def _load_words(path: Path) -> dict[str, dict[str, str]]:
    words: dict[str, dict[str, str]] = {}
    for line_no, row in _rows(path):
        if len(row) != 3:
            raise QueryError(f"{path}:{line_no}: expected 3 tab-separated columns "
                             f"(parameter, value, phrases), got {len(row)}")
        param, value, phrases = (c.strip() for c in row)
        table = words.setdefault(param, {})
        for phrase in [value] + phrases.split(";"):
            if phrase.strip():
                table[_normalise(phrase.lower())] = value
    return words


def _load_forms(path: Path, queries: dict[str, StoredQuery], words: dict[str, dict[str, str]]) -> list[Form]:
    forms = []
    for line_no, row in _rows(path):
        if len(row) not in (2, 3):
            raise QueryError(f"{path}:{line_no}: expected 2 or 3 tab-separated columns "
                             f"(query, form, fixed parameters), got {len(row)}")
        name, template = row[0].strip(), row[1].strip()
        if name not in queries:
            raise QueryError(f"{path}:{line_no}: no stored query named {name!r}")
        query = queries[name]
        declared = {p.name for p in query.params}
        fixed = {}
        for pair in (row[2].split(";") if len(row) > 2 else []):
            if pair.strip():
                k, sep, v = pair.partition("=")
                if not sep or k.strip() not in declared:
                    raise QueryError(f"{path}:{line_no}: bad fixed parameter {pair.strip()!r} for {name} "
                                     f"(it takes: {', '.join(sorted(declared))})")
                fixed[k.strip()] = v.strip()
        try:
            regex, slots = _compile(template, words)
        except ValueError as exc:
            raise QueryError(f"{path}:{line_no}: bad form {template!r}: {exc}") from None
        for slot in slots:
            if slot == "period":
                if not {"from", "to"} <= declared:
                    raise QueryError(f"{path}:{line_no}: {{period}} needs parameters from and to in {name}")
            elif slot not in declared:
                raise QueryError(f"{path}:{line_no}: slot {{{slot}}} is not a parameter of {name}")
        forms.append(Form(name, template, fixed, regex, slots, line_no))
    return forms


def _rows(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{path}: cannot read ({exc.strerror})") from None
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield line_no, next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))


def _compile(template: str, words: dict[str, dict[str, str]]) -> tuple[re.Pattern[str], list[str]]:
    slots: list[str] = []
    body = _seq(_normalise(template.lower()), words, slots)
    return re.compile(body, re.I), slots


def _seq(text: str, words: dict[str, dict[str, str]], slots: list[str]) -> str:
    """A regex for a sequence of space-separated items; optional items take their space."""
    items = _split(text)
    out, started = "", False
    for item in items:
        pat = _item(item, words, slots)
        if item.startswith("[") and _closing(item, 0) == len(item) - 1:
            out += f"(?:\\s+{pat})?" if started else f"(?:{pat}\\s+)?"
        else:
            out += (r"\s+" if started else "") + pat
            started = True
    return out


def _split(text: str) -> list[str]:
    """Items of a form: split at spaces outside brackets."""
    return [item for item in _split_top(text, " ") if item]


def _split_top(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` where no bracket is open; unbalanced brackets are an error."""
    parts, depth, cur = [], 0, ""
    for c in text:
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced brackets")
        if c == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    if depth:
        raise ValueError("unbalanced brackets")
    parts.append(cur)
    return parts


def _item(item: str, words: dict[str, dict[str, str]], slots: list[str]) -> str:
    """One item, possibly a word glued to a slot (``{artist}'s``)."""
    out, i = "", 0
    while i < len(item):
        c = item[i]
        if c in "([{":
            close = _closing(item, i)
            inner = item[i + 1:close]
            if c == "{":
                out += _slot(inner, words, slots)
            elif c == "[":
                out += _seq(inner, words, slots)
            else:
                out += "(?:" + "|".join(_seq(alt, words, slots) for alt in _alternatives(inner)) + ")"
            i = close + 1
        else:
            out += re.escape(c)
            i += 1
    return out


def _closing(text: str, start: int) -> int:
    pairs = {"(": ")", "[": "]", "{": "}"}
    depth = 0
    for j in range(start, len(text)):
        if text[j] in pairs:
            depth += 1
        elif text[j] in pairs.values():
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced brackets")


def _alternatives(text: str) -> list[str]:
    """Alternatives of a ``(a|b|c)`` group: split at ``|`` outside inner brackets."""
    return [part.strip() for part in _split_top(text, "|")]


def _slot(name: str, words: dict[str, dict[str, str]], slots: list[str]) -> str:
    if not name.isidentifier():
        raise ValueError(f"bad slot {{{name}}}")
    if name in slots:
        raise ValueError(f"slot {{{name}}} appears twice")
    slots.append(name)
    if name in words:
        phrases = sorted(words[name], key=len, reverse=True)
        return f"(?P<{name}>" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")"
    if name in ("from", "to"):
        return f"(?P<{name}>{_DATE})"
    if name == "period":
        return f"(?P<{name}>{_PERIOD})"
    return f"(?P<{name}>.+?)"


__all__ = ["ask", "Answer", "QuestionBook", "NotUnderstood", "book"]
