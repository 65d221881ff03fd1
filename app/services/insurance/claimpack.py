"""The claim pack (索赔材料) as PDF: a cover letter to the insurer with the claimed amount worked
out, the schedule of the invoices, the collection history and the checklist of documents
attached (present) or still missing. zh or en; the letterhead, text, tables, page numbers and
signature/seal come from :mod:`app.services.letters` (no markup parsed, CJK font embedded).

    render_claim_pack(conn, claim_id, language="zh", *, as_of=None, path=None) -> bytes

A draft claim is shown with its figures as if filed on ``as_of``; a filed one with the figures
stored at filing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from ...errors import ValidationError
from ...i18n import T
from ...money import format_minor
from .. import fonts
from ..letters import layout
from ..letters.labels import date_text, labels, money_text
from ..letters.model import LetterCustomer, LetterData
from ..letters.pdf import SignatureBlock
from ..letters.statement import company_for_letters
from .claims import ClaimInfo, claim_info
from .history import HistoryEntry, claim_history

_MISSING = colors.Color(0.70, 0.10, 0.10)

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Claim for non-payment — buyer {buyer}",
        "salutation": "Dear Sirs,",
        "body1": ("Under credit insurance policy {policy}, we claim for the debts of our buyer "
                  "{buyer} (customer no. {code}) listed below, which remain unpaid after their "
                  "due dates."),
        "body2": ("On {date} the invoices show {outstanding} outstanding; your approved credit "
                  "limit for this buyer is {limit}. After the deductible and at the indemnity "
                  "rate of {pct}, the amount claimed is {claimable}."),
        "body3": ("The schedule of invoices, our collection history and the list of supporting "
                  "documents follow. We remain at your disposal for any further information."),
        "closing": "Yours faithfully,",
        "policy": "Policy", "insurer_ref": "Insurer's ref.", "buyer": "Buyer",
        "figures": "Calculation of the claim", "item": "Item", "f_outstanding": "Outstanding on the invoices",
        "f_limit": "Insured (approved) limit", "f_base": "Lower of the two",
        "f_deductible": "Less deductible", "f_first_loss": "Less first loss",
        "f_net": "Loss retained for indemnity", "f_indemnity": "Indemnity rate",
        "f_claimable": "Amount claimed",
        "schedule": "Schedule of invoices", "col_outstanding": "Outstanding", "total": "Total",
        "history": "Collection history", "col_date": "Date", "col_action": "Action",
        "col_detail": "Details", "col_invoices": "Invoices", "no_history": "No collection steps recorded.",
        "documents": "Documents attached", "col_document": "Document", "col_status": "Status",
        "col_note": "Note", "present": "Present", "missing": "Missing",
        "status": "Claim status", "status_draft": "draft", "status_filed": "filed on {date}",
        "status_paid": "paid on {date}: {amount}", "status_rejected": "rejected on {date}: {reason}",
        "recoveries": "Recovered since payment: {amount}",
    },
    "zh": {
        "subject": "索赔申请书 — 买方：{buyer}",
        "salutation": "尊敬的保险公司：",
        "body1": ("根据贵司签发的第{policy}号信用保险保单，我司就买方{buyer}（客户编号{code}）"
                  "逾期未付的下列应收账款向贵司提出索赔。"),
        "body2": ("截至{date}，上述发票未付金额合计{outstanding}，贵司核准的买方信用限额为"
                  "{limit}。扣除免赔额后按赔偿比例{pct}计算，本次索赔金额为{claimable}。"),
        "body3": "现随函附上发票明细、催收记录及单证清单，请予审核。如需补充材料，请随时与我司联系。",
        "closing": "此致\n敬礼",
        "policy": "保单号", "insurer_ref": "保险公司案号", "buyer": "买方",
        "figures": "索赔金额计算", "item": "项目", "f_outstanding": "发票未付金额",
        "f_limit": "核准信用限额", "f_base": "两者较低者", "f_deductible": "减：免赔额",
        "f_first_loss": "减：起赔额（第一损失）", "f_net": "赔付基数", "f_indemnity": "赔偿比例",
        "f_claimable": "索赔金额",
        "schedule": "发票明细", "col_outstanding": "未付金额", "total": "合计",
        "history": "催收记录", "col_date": "日期", "col_action": "方式", "col_detail": "内容",
        "col_invoices": "发票", "no_history": "无催收记录。",
        "documents": "随附单证清单", "col_document": "单证", "col_status": "状态", "col_note": "备注",
        "present": "已附", "missing": "缺少",
        "status": "索赔状态", "status_draft": "草稿", "status_filed": "已于{date}提交",
        "status_paid": "已于{date}赔付：{amount}", "status_rejected": "已于{date}拒赔：{reason}",
        "recoveries": "赔付后追回：{amount}",
    },
}

_ACTIONS = {
    "en": {"letter": "Letter", "call": "Call", "email": "E-mail", "visit": "Visit", "note": "Note",
           "acknowledgement": "Written acknowledgement", "promise": "Promise to pay",
           "instalment_plan": "Instalment plan", "dispute": "Dispute",
           "notification": "Overdue notified to insurer"},
    "zh": {"letter": "催款函", "call": "电话", "email": "邮件", "visit": "拜访", "note": "备注",
           "acknowledgement": "书面确认", "promise": "承诺付款", "instalment_plan": "分期付款",
           "dispute": "争议", "notification": "向保险公司报损"},
}

_DOCS = {
    "en": {"contract": "Sales contract", "invoices": "Copies of the invoices",
           "delivery_proof": "Proof of delivery", "customs_declaration": "Customs declaration",
           "statement_of_account": "Statement of account",
           "collection_records": "Collection records (letters, calls, promises)",
           "overdue_notification": "Overdue notification to the insurer",
           "buyer_acknowledgement": "Buyer's acknowledgement of the debt", "other": "Other"},
    "zh": {"contract": "销售合同", "invoices": "发票复印件", "delivery_proof": "交货证明（签收单、提单）",
           "customs_declaration": "报关单", "statement_of_account": "对账单",
           "collection_records": "催收记录（催款函、通话、承诺）", "overdue_notification": "可能损失通知书",
           "buyer_acknowledgement": "买方债务确认书", "other": "其他"},
}

_OUTCOMES = {"en": {"reached": "reached", "no_answer": "no answer", "promise": "promised to pay",
                    "dispute": "disputed", "other": "other"},
             "zh": {"reached": "已接通", "no_answer": "无人接听", "promise": "承诺付款", "dispute": "提出争议",
                    "other": "其他"}}
_STATUS_WORDS = {"en": {"promise": {"open": "open", "kept": "kept", "broken": "broken",
                                    "cancelled": "cancelled"}},
                 "zh": {"promise": {"open": "未到期", "kept": "已履行", "broken": "已违约",
                                    "cancelled": "已取消"}}}
_SENT = {"en": {"sent": "sent", "delivered": "delivered", "cancelled": "cancelled", "post": "post",
                "registered": "registered post", "ems": "EMS", "email": "e-mail", "hand": "by hand",
                "none": ""},
         "zh": {"sent": "已发出", "delivered": "已送达", "cancelled": "已撤销", "post": "平邮",
                "registered": "挂号信", "ems": "EMS", "email": "电子邮件", "hand": "专人送达", "none": ""}}


def render_claim_pack(conn, claim_id: int, language: str = "zh", *, as_of: date | None = None,
                      path: str | Path | None = None) -> bytes:
    """The claim pack of ``claim_id`` as PDF bytes (written to ``path`` too when given).
    ``as_of``: the letter's date and, for a draft, the day its figures are taken on (default:
    the filing day, else the day the claim was opened)."""
    if language not in _WORDS:
        raise ValidationError(T("Unknown letter language {language}; use zh or en."),
                              field="language", language=language)
    probe = claim_info(conn, claim_id, as_of or date.min)
    day = as_of or probe.filed_on or probe.opened_on
    info = claim_info(conn, claim_id, day) if probe.status == "draft" else probe
    history = claim_history(conn, claim_id)
    company = company_for_letters(conn)
    width = layout.frame_width("A4")
    story = _story(info, history, company, language, day, width)
    pdf = layout.build(story, "A4", title=info.reference, author=company.name)
    if path is not None:
        layout.write_atomic(path, pdf)
    return pdf


def pct_text(bp: int) -> str:
    """9000 → '90 %', 8750 → '87.5 %'."""
    d = (Decimal(bp) / 100).normalize()
    return f"{d:f} %"


def _story(info: ClaimInfo, history: list[HistoryEntry], company, lang: str, day: date,
           width: float) -> list[Any]:
    w, lab = _WORDS[lang], labels(lang)
    cur = info.currency
    fig = info.figures
    money = lambda m: money_text(m, cur, lang)  # noqa: E731
    insurer = LetterCustomer(code="", name=info.insurer)
    story: list[Any] = [
        layout.DocStart(layout.DocInfo(company.name, info.reference, lang)),
        layout.letterhead(company, lang, width),
        Spacer(1, 7 * mm),
        layout.address_block(insurer, [
            (lab["date"], date_text(day, lang)), (lab["reference"], info.reference),
            (w["policy"], info.policy_number), (w["insurer_ref"], info.insurer_reference),
            (w["buyer"], f"{info.name} ({info.code})"),
        ], lang, width),
        Spacer(1, 9 * mm),
        layout.txt(w["subject"].format(buyer=info.name), "subject", lang),
        layout.txt(w["salutation"], "salutation", lang),
        layout.txt(w["body1"].format(policy=info.policy_number, buyer=info.name, code=info.code), "body", lang),
        layout.txt(w["body2"].format(date=date_text(info.filed_on or day, lang),
                                     outstanding=money(fig.outstanding_minor),
                                     limit=money(fig.insured_limit_minor), pct=pct_text(fig.indemnity_bp),
                                     claimable=money(fig.claimable_minor)), "body", lang),
        layout.txt(w["body3"], "body", lang),
        Spacer(1, 1 * mm),
        KeepTogether([layout.txt(w["figures"], "h2", lang), _figures_table(info, lang, width)]),
        layout.txt(w["status"] + ("：" if lang == "zh" else ": ") + _status_text(info, lang), "muted", lang),
        layout.txt(w["schedule"], "h2", lang),
        _schedule_table(info, lang, width, info.filed_on or day),
        layout.txt(w["history"], "h2", lang),
    ]
    if history:
        story.append(_history_table(history, lang, width))
    else:
        story.append(layout.txt(w["no_history"], "plain", lang))
    story.append(KeepTogether([layout.txt(w["documents"], "h2", lang), _documents_table(info, lang, width)]))
    closing = [Spacer(1, 5 * mm)] + [layout.txt(line, "plain", lang) for line in w["closing"].split("\n")]
    sig_data = LetterData(template="reminder", language=lang, reference=info.reference, date=day,
                          company=company, customer=insurer, currency=cur, invoices=())
    story.append(KeepTogether(closing + [Spacer(1, 3 * mm), SignatureBlock(sig_data, width)]))
    return story


def _status_text(info: ClaimInfo, lang: str) -> str:
    w = _WORDS[lang]
    if info.status == "draft":
        return w["status_draft"]
    if info.status == "filed":
        return w["status_filed"].format(date=date_text(info.filed_on, lang))
    if info.status == "paid":
        text = w["status_paid"].format(date=date_text(info.decided_on, lang),
                                       amount=money_text(info.paid_minor or 0, info.currency, lang))
        if info.recoveries:
            text += ("；" if lang == "zh" else "; ") + w["recoveries"].format(amount=money_text(info.recovered_minor, info.currency, lang))
        return text
    return w["status_rejected"].format(date=date_text(info.decided_on, lang), reason=info.reject_reason)


def _figures_table(info: ClaimInfo, lang: str, width: float):
    w, fig, cur = _WORDS[lang], info.figures, info.currency
    rows: list[list[Any]] = [[layout.cell(w["item"], "head", lang), layout.cell(cur, "head_r", lang)]]
    lines = [(w["f_outstanding"], format_minor(fig.outstanding_minor, cur)),
             (w["f_limit"], format_minor(fig.insured_limit_minor, cur)),
             (w["f_base"], format_minor(fig.base_minor, cur)),
             (w["f_deductible"], format_minor(-fig.deductible_minor, cur))]
    if fig.first_loss_minor:
        lines.append((w["f_first_loss"], format_minor(-fig.first_loss_minor, cur)))
    lines += [(w["f_net"], format_minor(fig.net_minor, cur)),
              (w["f_indemnity"], "× " + pct_text(fig.indemnity_bp)),
              (w["f_claimable"], format_minor(fig.claimable_minor, cur))]
    for label, value in lines:
        rows.append([layout.cell(label, "cell", lang), value])
    table_w = min(width, 120 * mm)
    t = layout.grid_table(rows, [table_w - 40 * mm, 40 * mm], numeric=(1,), totals=1)
    t.hAlign = "LEFT"
    return t


def _schedule_table(info: ClaimInfo, lang: str, width: float, day: date):
    w, lab, cur = _WORDS[lang], labels(lang), info.currency
    head = [lab["col_number"], lab["col_issue"], lab["col_due"], lab["col_days"],
            f"{lab['col_amount']} ({cur})", f"{w['col_outstanding']} ({cur})"]
    rows: list[list[Any]] = [[layout.cell(h, "head_r" if i >= 3 else "head", lang) for i, h in enumerate(head)]]
    fixed = [21 * mm, 21 * mm, 20 * mm, 30 * mm, 30 * mm]
    first = width - sum(fixed)
    for x in info.invoices:
        rows.append([layout.cell(x.number, "cell", lang, first - 8), x.issue_date.isoformat(),
                     x.due_date.isoformat(), str(max((day - x.due_date).days, 0)),
                     format_minor(x.amount_minor, cur), format_minor(x.outstanding_minor, cur)])
    rows.append([layout.cell(w["total"], "cell_r", lang), "", "", "", "",      # spanned
                 format_minor(sum(x.outstanding_minor for x in info.invoices), cur)])
    return layout.grid_table(rows, [first] + fixed, numeric=(3, 4, 5), totals=1)


def _history_table(history: list[HistoryEntry], lang: str, width: float):
    w = _WORDS[lang]
    head = [w["col_date"], w["col_action"], w["col_invoices"], w["col_detail"]]
    rows: list[list[Any]] = [[layout.cell(h, "head", lang) for h in head]]
    fixed = [21 * mm, 30 * mm, 34 * mm]
    rest = width - sum(fixed)
    for h in history:
        rows.append([h.date.isoformat(), layout.cell(_ACTIONS[lang].get(h.kind, h.kind), "cell", lang, fixed[1] - 8),
                     layout.txt(h.invoices, "cell", lang), layout.txt(_detail(h, lang), "cell", lang)])
    return layout.grid_table(rows, fixed + [rest], numeric=())


def _status(h: HistoryEntry, lang: str) -> str:
    if h.kind in ("letter", "call") and h.status.split(":")[0] in ("sent", "delivered", "cancelled"):
        bits = h.status.split(":")          # sent:via[:proof] · delivered:via:date[:proof] · cancelled
        words = [_SENT[lang].get(bits[0], bits[0])]
        if len(bits) > 1:
            words.append(_SENT[lang].get(bits[1], bits[1]))
        words += [b for b in bits[2:] if b]
        return " ".join(x for x in words if x)
    if h.kind in ("call", "email", "visit", "note", "acknowledgement"):
        return _OUTCOMES[lang].get(h.status, h.status)
    return _STATUS_WORDS[lang].get(h.kind, {}).get(h.status, h.status)


def _detail(h: HistoryEntry, lang: str) -> str:
    parts = [h.detail] if h.detail else []
    if h.amount_minor is not None and h.currency:
        parts.append(money_text(h.amount_minor, h.currency, lang))
    status = _status(h, lang) if h.status else ""
    if status:
        parts.insert(0, status) if h.kind in ("call", "email", "visit") else parts.append(status)
    return " · ".join(parts)


def _documents_table(info: ClaimInfo, lang: str, width: float):
    w = _WORDS[lang]
    head = [w["col_document"], w["col_status"], w["col_note"]]
    rows: list[list[Any]] = [[layout.cell(h, "head", lang) for h in head]]
    fixed = [70 * mm, 22 * mm]
    for d in info.documents:
        mark = w["present"] if d.present else w["missing"]
        rows.append([layout.cell(_DOCS[lang].get(d.kind, d.kind), "cell", lang, fixed[0] - 8),
                     layout.cell(mark, "cell", lang), layout.txt(d.note, "cell", lang)])
    t = layout.grid_table(rows, fixed + [width - sum(fixed)], numeric=())
    missing = [n for n, d in enumerate(info.documents, start=1) if not d.present]
    t.setStyle(TableStyle([("TEXTCOLOR", (1, n), (1, n), _MISSING) for n in missing]
                          + [("FONT", (1, n), (1, n), fonts.PDF_BASE_BOLD) for n in missing]))
    return t
