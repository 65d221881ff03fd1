"""Dunning letters as PDF (reportlab), from ``LetterData`` alone (no database, no Qt).

    render_letter(data) -> bytes                       # one letter
    render_letters(datas, path=None) -> bytes          # a batch in one file, for printing
    preview_template(text, template, language) -> (problems, bytes | None)   # the editor's preview
    letter_flowables(data, width) -> list              # one letter's story (previews, statements)

A letter: letterhead (logo, name, address, contact), the customer's address block beside the
date, reference, customer number and contract, the subject, salutation and body from the
stage's template (``templates.load_template``: the user's copy or the default), a table of the
invoices (number, issue date, due date, days overdue, open amount) with its header repeated
on every page, the totals with fee and interest, on Chinese letters the total in capitals
(人民币大写), the closing and a signature block with the optional signature image and company
seal (公章) stamped over the company's name and the date, the way a seal is applied by hand.
Every page of a letter says "page n of m". A4, or Letter when ``data.page_size`` says so.
A template with a broken placeholder raises TemplateError; nothing is printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from ...money import format_minor
from .. import fonts
from .model import STAGE_TEMPLATES
from .text import _is_cjk as is_cjk
from .text import draw_line, width_of
from . import layout
from .labels import date_text, days_text, labels, money_text
from .model import LetterData
from .sample import sample_letter
from .templates import (LetterTemplate, TemplateProblem, capitals_text, check_template, load_template,
                        render_sections)

SEAL_SIZE = 40 * mm
SIGNATURE_MAX = (45 * mm, 16 * mm)


def render_letter(data: LetterData) -> bytes:
    """One letter as PDF bytes."""
    return render_letters([data])


def render_letters(datas: Iterable[LetterData], path: str | Path | None = None) -> bytes:
    """Letters one after the other in one PDF (each starts on a new page and has its own page
    numbers); the page size is the first letter's. Written to ``path`` too when given."""
    datas = list(datas)
    if not datas:
        raise ValueError("no letters to render")
    width = layout.frame_width(datas[0].page_size)
    story: list[Any] = []
    for n, data in enumerate(datas):
        if n:
            story.append(PageBreak())
        story.extend(letter_flowables(data, width))
    first = datas[0]
    pdf = layout.build(story, first.page_size, title=first.reference if len(datas) == 1 else "",
                       author=first.company.name)
    if path is not None:
        layout.write_atomic(path, pdf)
    return pdf


def preview_template(text: str, template: str, language: str,
                     data: LetterData | None = None) -> tuple[list[TemplateProblem], bytes | None]:
    """The template editor's live preview of unsaved ``text``: its problems, and the letter
    printed with it (made-up data unless ``data`` is given) — None while it has problems."""
    problems = check_template(text, extra_names=data.extra if data else ())
    if problems:
        return problems, None
    data = data or sample_letter(template, language)
    tpl = LetterTemplate(template, language, text, None, True)
    width = layout.frame_width(data.page_size)
    return [], layout.build(letter_flowables(data, width, tpl), data.page_size)


def letter_flowables(data: LetterData, width: float, template: LetterTemplate | None = None) -> list[Any]:
    lang = data.language
    lab = labels(lang)
    text = render_sections(template or load_template(data.template, lang), data)
    story: list[Any] = [
        layout.DocStart(layout.DocInfo(data.company.name, data.reference, lang,
                                       subset_seed(data.template, lang))),
        layout.letterhead(data.company, lang, width),
        Spacer(1, 7 * mm),
        layout.address_block(data.customer, [
            (lab["date"], date_text(data.date, lang)),
            (lab["reference"], data.reference),
            (lab["customer_code"], data.customer.code),
            (lab["contract"], data.contract_number),
        ], lang, width),
        Spacer(1, 9 * mm),
    ]
    if text["subject"]:
        story.append(layout.txt(text["subject"], "subject", lang))
    if text["salutation"]:
        story.append(layout.txt(text["salutation"], "salutation", lang))
    story += [layout.txt(p, "body", lang) for p in _paragraphs(text["body"])]
    story.append(Spacer(1, 2 * mm))
    story.append(invoice_table(data, width))
    capitals = capitals_text(data.total_due_minor, data.currency) if lang == "zh" else ""
    end: list[Any] = [Spacer(1, 2 * mm if capitals else 4 * mm)]
    if capitals:                      # the total in words stays with the signature
        end.append(layout.txt(f"{lab['capitals']}：{capitals}", "capitals", lang))
    end += [layout.txt(p, "plain", lang) for p in _paragraphs(text["closing"])]
    story.append(KeepTogether(end + [Spacer(1, 3 * mm), SignatureBlock(data, width)]))
    return story


_SUBSET = 254                    # characters in one subset of a TrueType font in reportlab
_seeds: dict[tuple[str, str, str], str] = {}


def subset_seed(template: str, language: str) -> str:
    """The Chinese characters of a Chinese letter's fixed wording — this template first, then
    the labels, capitals and the other templates — exactly one font subset of them (see
    ``layout.DocStart``); '' for other languages (an English letter embeds only the CJK
    characters of its names, if any)."""
    if language != "zh":
        return ""
    tpl = load_template(template, language)
    key = (template, language, tpl.text)
    seed = _seeds.get(key)
    if seed is None:
        parts = [tpl.text, "".join(labels(language).values()), "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整人民币负"]
        parts += [load_template(t, language).text for t in STAGE_TEMPLATES if t != template]
        chars = dict.fromkeys(ch for part in parts for ch in part if is_cjk(ch) and fonts.cjk_coverage(ch))
        seed = "".join(list(chars)[:_SUBSET])
        _seeds[key] = seed
    return seed


def _paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by empty lines; a single line break stays a line break."""
    return [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def invoice_table(data: LetterData, width: float):
    """Invoices, then the totals (fee and interest when claimed) under the amount column."""
    lang, cur = data.language, data.currency
    lab = labels(lang)
    head = [lab["col_number"], lab["col_issue"], lab["col_due"], lab["col_days"],
            f"{lab['col_open']} ({cur})"]
    rows: list[list[Any]] = [[layout.cell(h, "head_r" if i >= 3 else "head", lang)
                              for i, h in enumerate(head)]]
    amount_w = max(30 * mm, layout.text_width(format_minor(data.total_due_minor, cur), 8.5, bold=True) + 10,
                   layout.text_width(head[-1], 8.5, bold=True) + 10)
    fixed = [22 * mm, 22 * mm, 26 * mm, amount_w]
    widths = [width - sum(fixed)] + fixed
    for inv in data.invoices:
        rows.append([layout.cell(inv.number, "cell", lang, widths[0] - 8), inv.issue_date.isoformat(),
                     inv.due_date.isoformat(), layout.cell(days_text(inv.days_overdue, lang), "cell_r", lang),
                     format_minor(inv.open_minor, cur)])
    overdue = any(i.days_overdue > 0 for i in data.invoices)
    totals: list[tuple[str, int]] = []
    if data.fee_minor or data.interest_minor:
        totals.append((lab["total_overdue"] if overdue else lab["total_open"], data.total_overdue_minor))
        if data.fee_minor:
            totals.append((lab["fee"], data.fee_minor))
        if data.interest_minor:
            totals.append((lab["interest"], data.interest_minor))
    totals.append((lab["total_due"], data.total_due_minor))
    for label, minor in totals:
        rows.append([layout.cell(label, "cell_r", lang), "", "", "", format_minor(minor, cur)])
    return layout.grid_table(rows, widths, numeric=(3, 4), totals=len(totals))


class SignatureBlock(Flowable):
    """Closing signature: company name, signature image, name and title, date; the seal (公章)
    stamped over the company name and date, overlapping them like a hand-applied seal.

    Chinese letters put the block on the right (落款), English ones on the left."""

    LINE = 13.0

    def __init__(self, data: LetterData, width: float) -> None:
        super().__init__()
        self.data = data
        self.width = width
        c = data.company
        self.sig = layout.image_size(c.signature_image, *SIGNATURE_MAX) if c.signature_image else None
        lines = 4 + (1 if c.signature_title else 0)
        self.height = lines * self.LINE + (self.sig[1] if self.sig else 10 * mm)
        if c.seal_image:
            self.height = max(self.height, SEAL_SIZE * 0.75)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        d, c = self.data, self.data.company
        canv = self.canv
        zh = d.language == "zh"
        lines = [(c.name, True)]
        sig_h = self.sig[1] if self.sig else 10 * mm
        who = [(c.signature_name, False)] if c.signature_name else []
        if c.signature_title:
            who.append((c.signature_title, False))
        block_w = max([width_of(t, 10, bold=b) for t, b in lines + who]
                      + [width_of(date_text(d.date, d.language), 10), 45 * mm])
        x = self.width - block_w if zh else 0.0
        y = self.height - self.LINE + 3
        canv.saveState()
        draw_line(canv, x, y, c.name, 10, bold=True)
        name_y = y
        y -= 4
        if self.sig:
            canv.drawImage(layout.image_reader(c.signature_image), x, y - self.sig[1],
                           self.sig[0], self.sig[1], mask="auto")
        y -= sig_h
        canv.setStrokeColor(layout.GRID)
        canv.setLineWidth(0.5)
        canv.line(x, y, x + block_w, y)
        for text, bold in who:
            y -= self.LINE
            draw_line(canv, x, y, text, 10, bold=bold)
        y -= self.LINE
        canv.setFillColor(layout.INK_MUTED)
        draw_line(canv, x, y, date_text(d.date, d.language), 10)
        if c.seal_image:
            sw, sh = layout.image_size(c.seal_image, SEAL_SIZE, SEAL_SIZE)
            # centred over the company name and the date, a little to the right, as stamped
            cx = x + min(block_w, 60 * mm) * 0.55
            cy = (name_y + y) / 2 + 2
            canv.drawImage(layout.image_reader(c.seal_image), cx - sw / 2, cy - sh / 2, sw, sh,
                           mask="auto")
        canv.restoreState()
