"""Letter templates: one text file per dunning stage and language, with ``{placeholder}`` fields.

    load_template(name, language) -> LetterTemplate   # the user's copy if there is one, else the default
    check_template(text, extra_names=()) -> list[TemplateProblem]   # unknown/broken placeholders …
    render_text(template, data) -> str                 # fill one text; TemplateError if it is broken
    render_sections(template, data) -> dict[str, str]  # subject, salutation, body, closing, filled
    placeholder_values(data) -> dict[str, str]
    user_template_path(name, language) / save_user_template(…) / reset_user_template(…)
    has_user_copy(name, language) -> bool                # is the user's copy used?
    fill_mail(text, data) -> (subject, body)            # an e-mail text, filled
    preview_mail(text, name, language, data=None) -> (problems, subject, body)
    scan_line(line, known) -> [(start, end, kind)]       # the placeholders of one line (editors)
    PLACEHOLDER_HELP                                     # placeholder → what it prints (T template)

Every file function takes ``mail=True`` for the e-mail text of a stage instead of its letter:
``mail_<name>.txt`` beside the letters, sections ``[subject]`` and ``[body]`` only.

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
MAIL_SECTIONS = ("subject", "body")
DEFAULT_DIR = RESOURCES / "letters"
DEFAULT_PAY_DAYS = 7            # pay-by date when the dunning run gives none: letter date + 7 days

# "{{" / "}}" (a brace), "{name}" (a field, whatever is inside), or a lone brace
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")
_SECTION = re.compile(r"^\[([^\]]*)\]\s*$")
_NAME = re.compile(r"[a-z_][a-z0-9_]*\Z")

# what each placeholder prints (the template editor lists them)
PLACEHOLDER_HELP = {
    "customer_name": T("The customer's name"),
    "customer_code": T("The customer's number"),
    "contract_number": T("The contract number, if any"),
    "total_overdue": T("Total of the overdue invoices listed"),
    "fee": T("The stage's dunning fee"),
    "interest": T("Late interest claimed"),
    "total_due": T("Overdue total plus fee and interest"),
    "total_due_capitals": T("The total due in Chinese capitals (人民币大写)"),
    "pay_by": T("The date by which to pay"),
    "date": T("The letter's date"),
    "bank_account": T("Your bank account for the letter's currency"),
    "consequences": T("What happens if the customer does not pay (the [consequences] section)"),
    "company_name": T("Your company's name"),
    "company_phone": T("Your company's phone number"),
    "company_email": T("Your company's e-mail address"),
    "reference": T("The letter's reference number"),
    "stage_name": T("The name of the dunning stage"),
    "invoice_count": T("How many invoices the letter lists"),
}


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
    mail: bool = False          # the stage's e-mail text rather than its letter

    def sections(self) -> dict[str, str]:
        return split_sections(self.text)


# ------------------------------------------------------------------ files

def _check_name(name: str, language: str) -> None:
    if name not in STAGE_TEMPLATES:
        raise TemplateError(T("Unknown letter template {name}."), name=name)
    if language not in LANGUAGES:
        raise TemplateError(T("Unknown letter language {language}."), language=language)


def _file_name(name: str, mail: bool) -> str:
    return f"mail_{name}.txt" if mail else f"{name}.txt"


def default_template_path(name: str, language: str, *, mail: bool = False) -> Path:
    _check_name(name, language)
    return DEFAULT_DIR / language / _file_name(name, mail)


def user_template_path(name: str, language: str, *, mail: bool = False) -> Path:
    _check_name(name, language)
    return data_dir() / "letters" / language / _file_name(name, mail)


def default_template_text(name: str, language: str, *, mail: bool = False) -> str:
    return default_template_path(name, language, mail=mail).read_text(encoding="utf-8")


_cache: dict[tuple[str, str, bool], tuple[tuple[str, float] | None, LetterTemplate]] = {}


def load_template(name: str, language: str, *, mail: bool = False) -> LetterTemplate:
    """The user's copy when there is one, else the shipped default (read once, re-read when the
    user's copy changes)."""
    user = user_template_path(name, language, mail=mail)
    try:
        stamp: tuple[str, float] | None = (str(user), user.stat().st_mtime_ns)
    except OSError:
        stamp = None
    hit = _cache.get((name, language, mail))
    if hit is not None and hit[0] == stamp:
        return hit[1]
    if stamp is not None:
        tpl = LetterTemplate(name, language, user.read_text(encoding="utf-8-sig"), user, True, mail)
    else:
        path = default_template_path(name, language, mail=mail)
        tpl = LetterTemplate(name, language, path.read_text(encoding="utf-8"), path, False, mail)
    _cache[(name, language, mail)] = (stamp, tpl)
    return tpl


def has_user_copy(name: str, language: str, *, mail: bool = False) -> bool:
    return user_template_path(name, language, mail=mail).is_file()


def save_user_template(name: str, language: str, text: str, *, mail: bool = False) -> Path:
    """Write the user's copy (checked first: a broken template is refused, TemplateError)."""
    problems = check_template(text, mail=mail)
    if problems:
        raise TemplateError(T("The letter template {name} ({language}) has {count} problem(s)."),
                            details=[p.message() for p in problems],
                            name=_file_name(name, mail)[:-4], language=language, count=len(problems))
    path = user_template_path(name, language, mail=mail)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def reset_user_template(name: str, language: str, *, mail: bool = False) -> None:
    """Delete the user's copy: the default applies again."""
    user_template_path(name, language, mail=mail).unlink(missing_ok=True)


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


def check_template(text: str, extra_names: Iterable[str] = (), *, mail: bool = False
                   ) -> list[TemplateProblem]:
    """Every problem of a template text, in line order (empty: it can be printed). An e-mail
    text (``mail``) has only [subject] and [body] sections."""
    known = set(PLACEHOLDERS) | set(extra_names)
    allowed = MAIL_SECTIONS if mail else SECTIONS
    problems: list[TemplateProblem] = []
    lines = text.splitlines()
    has_body = not any(_SECTION.match(x.strip()) for x in lines)   # no sections: all is body
    for n, line in enumerate(lines, start=1):
        m = _SECTION.match(line.strip())
        if m:
            section = m.group(1).strip().lower()
            if section not in allowed:
                problems.append(TemplateProblem(n, "section", m.group(1)))
            has_body = has_body or section == "body"
        elif not line.lstrip().startswith("#"):
            problems.extend(_line_problems(line, n, known))
    if not has_body:
        problems.append(TemplateProblem(0, "missing", ""))
    return problems


def scan_line(line: str, known: Iterable[str]) -> list[tuple[int, int, str]]:
    """The placeholders and braces of one line: (start, end, kind), kind 'field' (a known
    placeholder), 'unknown', 'broken' (a format, a bad name) or 'brace' (a lone brace);
    ``{{``/``}}`` are skipped. The template editor colours them with this."""
    known = known if isinstance(known, (set, frozenset, dict)) else set(known)
    out = []
    for m in _TOKEN.finditer(line):
        tok = m.group(0)
        if tok in ("{{", "}}"):
            continue
        if m.group(1) is None:
            kind = "brace"
        else:
            name = m.group(1).strip()
            kind = "broken" if not _NAME.match(name) else "field" if name in known else "unknown"
        out.append((m.start(), m.end(), kind))
    return out


def _line_problems(line: str, n: int, known: set[str]) -> list[TemplateProblem]:
    out = []
    for start, end, kind in scan_line(line, known):
        if kind == "brace":                          # a lone brace: show it with some context
            out.append(TemplateProblem(n, "broken", line[max(0, start - 12): end + 12].strip()))
        elif kind != "field":                        # {total_due:>10}, {0}, {a.b}, {}; {custmer}
            out.append(TemplateProblem(n, kind, line[start:end]))
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


# ------------------------------------------------------------------ e-mails

def fill_mail(text: str, data: LetterData, *, name: str = "") -> tuple[str, str]:
    """The subject (one line; the letter's reference when empty) and body of an e-mail text
    filled for ``data``. TemplateError when the text has a problem."""
    problems = check_template(text, extra_names=data.extra, mail=True)
    if problems:
        raise TemplateError(T("The letter template {name} cannot be printed: {problem}"),
                            details=[p.message() for p in problems], name=name or "-",
                            problem=problems[0].message())
    sections = split_sections(text)
    values = placeholder_values(data)
    values["consequences"] = str(data.extra.get("consequences", ""))
    subject = render_text(sections.get("subject", ""), values, name=name)
    subject = " ".join(subject.split()) or data.reference
    return subject, render_text(sections.get("body", ""), values, name=name).strip() + "\n"


def preview_mail(text: str, name: str, language: str, data: LetterData | None = None
                 ) -> tuple[list[TemplateProblem], str, str]:
    """The template editor's preview of an unsaved e-mail text: its problems, and the subject
    and body filled with made-up data (empty while it has problems)."""
    from .sample import sample_letter

    data = data or sample_letter(name, language)
    problems = check_template(text, extra_names=data.extra, mail=True)
    if problems:
        return problems, "", ""
    return [], *fill_mail(text, data, name=f"{language}/mail_{name}")
