"""Letter templates: one text file per dunning stage and language, with ``{placeholder}`` fields.

    load_template(name, language) -> LetterTemplate   # the user's copy if there is one, else the default
    check_template(text, extra_names=()) -> list[TemplateProblem]   # unknown/broken placeholders …
    render_text(template, data) -> str                 # fill one text; TemplateError if it is broken
    render_sections(template, data) -> dict[str, str]  # subject, salutation, body, closing, filled
    placeholder_values(data) -> dict[str, str]
    user_template_path(name, language) / save_user_template(…) / reset_user_template(…)

The defaults ship in ``resources/letters/<language>/<name>.txt``; a copy in
``<data folder>/letters/<language>/<name>.txt`` replaces the default (the user edits that one,
deleting it restores the default). A template is sections, each opened by a line ``[name]``
(``subject``, ``salutation``, ``body``, ``consequences``, ``closing``); ``#`` lines are comments.
``{{`` and ``}}`` print a brace. A problem — an unknown placeholder, a lone brace, a format spec,
an unknown section, no body — is reported by ``check_template`` with its line, and
``render_text`` refuses to print it (TemplateError): a letter never goes out with ``{custmer``
in it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

from ...config import RESOURCES, data_dir
from ...errors import UserError
from ...i18n import T
from .capitals import rmb_capitals
from .labels import LANGUAGES, date_text, labels, money_text
from .model import STAGE_TEMPLATES, LetterData

SECTIONS = ("subject", "salutation", "body", "consequences", "closing")
PLACEHOLDERS = ("customer_name", "customer_code", "contract_number", "total_overdue", "fee",
                "interest", "total_due", "total_due_capitals", "pay_by", "date", "bank_account",
                "consequences", "company_name", "company_phone", "company_email", "reference",
                "stage_name", "invoice_count")
DEFAULT_DIR = RESOURCES / "letters"
DEFAULT_PAY_DAYS = 7            # pay-by date when the dunning run gives none: letter date + 7 days

# "{{" / "}}" (a brace), "{name}" (a field, whatever is inside), or a lone brace
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")
_SECTION = re.compile(r"^\[([^\]]*)\]\s*$")
_NAME = re.compile(r"[a-z_][a-z0-9_]*\Z")


class TemplateError(UserError):
    """A letter template that cannot be printed; ``details`` lists every problem."""


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    line: int                   # 1-based line in the template text
    kind: str                   # 'unknown' | 'broken' | 'section' | 'missing'
    text: str                   # what is wrong, as written (a placeholder, a section name)

    _MESSAGES = {
        "unknown": T("Line {line}: unknown placeholder {text}."),
        "broken": T("Line {line}: broken placeholder “{text}” (a brace without its partner, or "
                    "a placeholder with a format)."),
        "section": T("Line {line}: unknown section [{text}]."),
        "missing": T("The template has no [body] section."),
    }

    def message(self, tr: Callable[[str], str] = lambda s: s) -> str:
        return tr(self._MESSAGES[self.kind]).format(line=self.line, text=self.text)


@dataclass(frozen=True, slots=True)
class LetterTemplate:
    name: str                   # one of STAGE_TEMPLATES
    language: str
    text: str
    path: Path | None           # where it was read from (None: given as text)
    user_copy: bool

    def sections(self) -> dict[str, str]:
        return split_sections(self.text)


# ------------------------------------------------------------------ files

def _check_name(name: str, language: str) -> None:
    if name not in STAGE_TEMPLATES:
        raise TemplateError(T("Unknown letter template {name}."), name=name)
    if language not in LANGUAGES:
        raise TemplateError(T("Unknown letter language {language}."), language=language)


def default_template_path(name: str, language: str) -> Path:
    _check_name(name, language)
    return DEFAULT_DIR / language / f"{name}.txt"


def user_template_path(name: str, language: str) -> Path:
    _check_name(name, language)
    return data_dir() / "letters" / language / f"{name}.txt"


def default_template_text(name: str, language: str) -> str:
    return default_template_path(name, language).read_text(encoding="utf-8")


_cache: dict[tuple[str, str], tuple[tuple[str, float] | None, LetterTemplate]] = {}


def load_template(name: str, language: str) -> LetterTemplate:
    """The user's copy when there is one, else the shipped default (read once, re-read when the
    user's copy changes)."""
    user = user_template_path(name, language)
    try:
        stamp: tuple[str, float] | None = (str(user), user.stat().st_mtime_ns)
    except OSError:
        stamp = None
    hit = _cache.get((name, language))
    if hit is not None and hit[0] == stamp:
        return hit[1]
    if stamp is not None:
        tpl = LetterTemplate(name, language, user.read_text(encoding="utf-8-sig"), user, True)
    else:
        path = default_template_path(name, language)
        tpl = LetterTemplate(name, language, path.read_text(encoding="utf-8"), path, False)
    _cache[(name, language)] = (stamp, tpl)
    return tpl


def save_user_template(name: str, language: str, text: str) -> Path:
    """Write the user's copy (checked first: a broken template is refused, TemplateError)."""
    problems = check_template(text)
    if problems:
        raise TemplateError(T("The letter template {name} ({language}) has {count} problem(s)."),
                            details=[p.message() for p in problems], name=name, language=language,
                            count=len(problems))
    path = user_template_path(name, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def reset_user_template(name: str, language: str) -> None:
    """Delete the user's copy: the default applies again."""
    user_template_path(name, language).unlink(missing_ok=True)


# ------------------------------------------------------------------ checking

def split_sections(text: str) -> dict[str, str]:
    """Section name → its text (comments dropped, outer blank lines trimmed). Text before the
    first section header, if any, counts as the body."""
    out: dict[str, list[str]] = {}
    current = "body"
    for line in text.splitlines():
        m = _SECTION.match(line.strip())
        if m:
            current = m.group(1).strip().lower()
            out.setdefault(current, [])
            continue
        if line.lstrip().startswith("#"):
            continue
        out.setdefault(current, []).append(line.rstrip())
    return {k: "\n".join(v).strip("\n") for k, v in out.items()}


def check_template(text: str, extra_names: Iterable[str] = ()) -> list[TemplateProblem]:
    """Every problem of a template text, in line order (empty: it can be printed)."""
    known = set(PLACEHOLDERS) | set(extra_names)
    problems: list[TemplateProblem] = []
    lines = text.splitlines()
    has_body = not any(_SECTION.match(x.strip()) for x in lines)   # no sections: all is body
    for n, line in enumerate(lines, start=1):
        m = _SECTION.match(line.strip())
        if m:
            section = m.group(1).strip().lower()
            if section not in SECTIONS:
                problems.append(TemplateProblem(n, "section", m.group(1)))
            has_body = has_body or section == "body"
        elif not line.lstrip().startswith("#"):
            problems.extend(_line_problems(line, n, known))
    if not has_body:
        problems.append(TemplateProblem(0, "missing", ""))
    return problems


def _line_problems(line: str, n: int, known: set[str]) -> list[TemplateProblem]:
    out = []
    for m in _TOKEN.finditer(line):
        tok = m.group(0)
        if tok in ("{{", "}}"):
            continue
        if m.group(1) is None:                       # a lone brace
            out.append(TemplateProblem(n, "broken", line[max(0, m.start() - 12): m.end() + 12].strip()))
            continue
        name = m.group(1).strip()
        if not _NAME.match(name):                   # {total_due:>10}, {0}, {a.b}, {}
            out.append(TemplateProblem(n, "broken", tok))
        elif name not in known:
            out.append(TemplateProblem(n, "unknown", tok))
    return out


# ------------------------------------------------------------------ filling

def bank_account_text(data: LetterData) -> str:
    """The company's account for the letter's currency (else its first account)."""
    accounts = data.company.bank_accounts
    acc = next((a for a in accounts if a[2] == data.currency), accounts[0] if accounts else None)
    if acc is None:
        return labels(data.language)["none"]
    bank, number, _cur = acc
    if data.language == "zh":
        return f"开户行：{bank}，账号：{number}" if bank else f"账号：{number}"
    return f"{bank}, account {number}" if bank else f"account {number}"


def placeholder_values(data: LetterData) -> dict[str, str]:
    """Every placeholder's text for this letter (``consequences`` not included: it comes from
    ``data.extra`` or the template's own [consequences] section)."""
    lang, cur = data.language, data.currency
    none = labels(lang)["none"]
    pay_by = data.pay_by or _plus_days(data.date, DEFAULT_PAY_DAYS)
    values = {
        "customer_name": data.customer.name,
        "customer_code": data.customer.code,
        "contract_number": data.contract_number or none,
        "total_overdue": money_text(data.total_overdue_minor, cur, lang),
        "fee": money_text(data.fee_minor, cur, lang),
        "interest": money_text(data.interest_minor, cur, lang),
        "total_due": money_text(data.total_due_minor, cur, lang),
        "total_due_capitals": capitals_text(data.total_due_minor, cur) or none,
        "pay_by": date_text(pay_by, lang),
        "date": date_text(data.date, lang),
        "bank_account": bank_account_text(data),
        "company_name": data.company.name,
        "company_phone": data.company.phone or none,
        "company_email": data.company.email or none,
        "reference": data.reference,
        "stage_name": data.stage_name or none,
        "invoice_count": str(len(data.invoices)),
    }
    values.update({k: str(v) for k, v in data.extra.items() if k != "consequences"})
    return values


def capitals_text(minor: int, currency: str) -> str:
    """Capitals for a Chinese letter: CNY (and other currencies with fen), else ''."""
    from ...money import currency_exponent

    from .labels import CURRENCY_NAMES_ZH
    if currency not in CURRENCY_NAMES_ZH or currency_exponent(currency) != 2:
        return ""
    return CURRENCY_NAMES_ZH[currency] + rmb_capitals(minor)


def _plus_days(d, days: int):
    from datetime import timedelta
    return d + timedelta(days=days)


def render_text(template: str, data: LetterData | Mapping[str, str], *, name: str = "") -> str:
    """``template`` with its placeholders filled from ``data`` (a LetterData or the values).

    A template with any problem is refused (TemplateError listing them): a broken placeholder
    is reported, never printed."""
    values = placeholder_values(data) if isinstance(data, LetterData) else dict(data)
    if isinstance(data, LetterData) and "consequences" not in values:
        values["consequences"] = data.extra.get("consequences", "")
    problems = [p for p in check_template(template, extra_names=values) if p.kind != "missing"]
    if problems:
        raise TemplateError(T("The letter template {name} cannot be printed: {problem}"),
                            details=[p.message() for p in problems], name=name or "-",
                            problem=problems[0].message())
    return _TOKEN.sub(lambda m: {"{{": "{", "}}": "}"}.get(m.group(0)) or values[m.group(1).strip()],
                      template)


def render_sections(template: LetterTemplate, data: LetterData) -> dict[str, str]:
    """The template's sections, filled. ``{consequences}`` is ``data.extra['consequences']`` or
    the template's [consequences] section (filled itself)."""
    label = f"{template.language}/{template.name}"
    problems = check_template(template.text, extra_names=data.extra)
    if problems:
        where = f" ({template.path})" if template.path else ""
        raise TemplateError(T("The letter template {name} cannot be printed: {problem}"),
                            details=[p.message() for p in problems], name=label + where,
                            problem=problems[0].message())
    sections = template.sections()
    values = placeholder_values(data)
    if "consequences" in data.extra:
        values["consequences"] = str(data.extra["consequences"])
    else:
        values["consequences"] = ""
        values["consequences"] = render_text(sections.get("consequences", ""), values, name=label)
    return {k: render_text(sections.get(k, ""), values, name=label)
            for k in ("subject", "salutation", "body", "closing")}
