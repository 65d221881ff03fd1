"""E-mailing issued dunning letters (issue 6 §5): SMTP settings, the password, the mail text per
stage and language, sending with the letter's PDF attached and recording it.

    load_mail_settings(conn_or_session) -> MailSettings       # company_setting "mail" (JSON)
    save_mail_settings(s, settings, reason="")                # validated, audited
    save_password(settings, password) -> bool                 # True: in the system keyring
    get_password(settings) -> str | None                      # keyring, else this session's memory
    mail_text(conn, action_id) -> (subject, body)             # the stage's mail template, filled
    send_letter(s, action_id, settings, password, *, now) -> Sent
    send_letters(db, action_ids, settings, password, *, now, progress=None) -> [LetterResult]
    letters_of_day(conn, day) -> [action ids]                 # the day's issued letters with a PDF
    send_test(settings, password, to, *, now) -> str          # the server's answer

The password is never written to the database: it goes to the operating system's credential
store through ``keyring`` (Windows Credential Manager, macOS Keychain, Secret Service) when one
exists, otherwise it is kept in memory for this session only.

Mail texts: ``resources/letters/<language>/mail_<template>.txt`` with ``[subject]`` and
``[body]`` sections and the letter placeholders; a copy in ``<data folder>/letters/<language>/``
replaces the default (as for the letters).

A letter is recorded as sent (``sent_via='email'``, proof = the Message-ID and the server's
queue answer, delivered on the day sent) and logged on the customer's timeline only after the
server accepted it; every failure is a ``MailError`` naming the server or the customer, and
nothing is recorded.
"""

from __future__ import annotations

import email.policy
import json
import re
import smtplib
import socket
import ssl
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Sequence

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ..config import RESOURCES, data_dir
from ..errors import UserError, ValidationError
from ..i18n import T
from .stored_settings import read_setting, write_setting
from .progress import Cancelled

SETTINGS_KEY = "mail"
SECURITY = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
KEYRING_SERVICE = "ARDesk SMTP"
TEST_TEMPLATE = "test"
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_HOST = re.compile(r"^[A-Za-z0-9._:\-\[\]]+$")


class MailError(UserError):
    """The mail could not be sent (server, login, address, security); nothing was recorded."""


class NoAddress(MailError):
    """The customer has no e-mail address."""


class RecipientRefused(MailError):
    """The server refused one customer's address (the next letters may still go)."""


class ServerError(MailError):
    """Connection, security, login or server failure: no further letter can go now either."""


# --------------------------------------------------------------------------- settings

@dataclass(frozen=True)
class MailSettings:
    server: str = ""
    port: int = 587
    security: str = "starttls"        # 'none' | 'starttls' | 'ssl'
    user: str = ""                    # empty: the server takes mail without a login
    from_address: str = ""
    reply_to: str = ""
    timeout: int = 30                 # seconds per network step

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @property
    def configured(self) -> bool:
        return bool(self.server and self.from_address)

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.server}:{self.port}"


def valid_address(address: str) -> bool:
    return bool(_ADDRESS.match(address.strip()))


def split_addresses(text_: str) -> list[str]:
    """A customer's e-mail field may hold several addresses separated by ; or , ."""
    return [a.strip() for a in re.split(r"[;,\s]+", text_ or "") if a.strip()]


def validate_settings(st: MailSettings) -> MailSettings:
    st = replace(st, server=st.server.strip(), user=st.user.strip(),
                 from_address=st.from_address.strip(), reply_to=st.reply_to.strip(),
                 security=st.security.strip().lower())
    if not st.server or not _HOST.match(st.server):
        raise ValidationError(T("Enter the mail server's name (e.g. smtp.example.com)."),
                              field="server")
    if not isinstance(st.port, int) or isinstance(st.port, bool) or not 1 <= st.port <= 65535:
        raise ValidationError(T("The port must be 1–65535."), field="port")
    if st.security not in SECURITY:
        raise ValidationError(T("Unknown connection security {value}: none, starttls or ssl."),
                              field="security", value=st.security)
    if not valid_address(st.from_address):
        raise ValidationError(T("The sender address {address} is not an e-mail address."),
                              field="from_address", address=st.from_address or "-")
    if st.reply_to and not valid_address(st.reply_to):
        raise ValidationError(T("The reply-to address {address} is not an e-mail address."),
                              field="reply_to", address=st.reply_to)
    if not isinstance(st.timeout, int) or isinstance(st.timeout, bool) or not 1 <= st.timeout <= 300:
        raise ValidationError(T("The timeout must be 1–300 seconds."), field="timeout")
    return st


def load_mail_settings(source: Connection | Session) -> MailSettings:
    raw = read_setting(source, SETTINGS_KEY)
    if not raw:
        return MailSettings()
    try:
        data = json.loads(raw)
        known = {k: data[k] for k in asdict(MailSettings()) if k in data}
        return MailSettings(**known)
    except (ValueError, TypeError, AttributeError):
        return MailSettings()        # unreadable: the defaults (saving repairs them)


def save_mail_settings(s: Session, st: MailSettings, reason: str = "") -> MailSettings:
    st = validate_settings(st)
    write_setting(s, SETTINGS_KEY, st.to_json(), reason)
    return st


# --------------------------------------------------------------------------- password

_memory: dict[str, str] = {}          # passwords kept for this session when there is no keyring


def _keyring():
    """The keyring module when a real credential store backs it, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:                 # a broken keyring configuration: no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def save_password(st: MailSettings, password: str) -> bool:
    """Keep the password: in the system keyring (True), or in memory for this session (False)."""
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(KEYRING_SERVICE, st.keyring_user, password)
            _memory.pop(st.keyring_user, None)
            return True
        except Exception:             # keyring.errors.* (locked store …): fall back to memory
            pass
    _memory[st.keyring_user] = password
    return False


def get_password(st: MailSettings) -> str | None:
    if st.keyring_user in _memory:
        return _memory[st.keyring_user]
    kr = _keyring()
    if kr is not None:
        try:
            return kr.get_password(KEYRING_SERVICE, st.keyring_user)
        except Exception:
            return None
    return None


def forget_password(st: MailSettings) -> None:
    _memory.pop(st.keyring_user, None)
    kr = _keyring()
    if kr is not None:
        try:
            kr.delete_password(KEYRING_SERVICE, st.keyring_user)
        except Exception:
            pass


# --------------------------------------------------------------------------- mail texts

def mail_template_path(name: str, language: str, *, user: bool = False) -> Path:
    base = data_dir() / "letters" if user else RESOURCES / "letters"
    return base / language / f"mail_{name}.txt"


def load_mail_template(name: str, language: str) -> str:
    """The user's copy when there is one, else the default (the 'reminder' one for a template
    without its own mail text). A stage's text comes through ``letters.templates`` (where the
    template editor saves the user's copy)."""
    from .letters.model import STAGE_TEMPLATES
    from .letters.templates import LANGUAGES, load_template

    lang = language if language in LANGUAGES else "en"
    if name in STAGE_TEMPLATES:
        return load_template(name, lang, mail=True).text
    for path in (mail_template_path(name, lang, user=True), mail_template_path(name, lang)):
        if path.is_file():
            return path.read_text(encoding="utf-8-sig")
    return load_template("reminder", lang, mail=True).text


@dataclass(frozen=True, slots=True)
class LetterMail:
    action_id: int
    reference: str
    customer_id: int
    customer: str              # "CODE name", for messages
    to: tuple[str, ...]
    subject: str
    body: str
    pdf: bytes


def _letter_data(conn: Connection, action_id: int):
    from .dunning.engine import letter_company
    from .letters.model import LetterCustomer, LetterData, LetterInvoice

    row = conn.execute(text(
        "SELECT a.id, a.customer_id, a.date, a.stage, a.stage_name, a.template, a.language, "
        "a.reference, a.currency, a.fee_minor, a.interest_minor, a.pdf, a.cancelled_at, "
        "c.code, c.name, c.email FROM dunning_action a JOIN customer c ON c.id = a.customer_id "
        "WHERE a.id = :i"), {"i": action_id}).first()
    if row is None:
        raise ValidationError(T("Dunning action {id} does not exist."), field="action", id=action_id)
    on = date.fromisoformat(str(row[2]))
    invoices = tuple(
        LetterInvoice(r[0], date.fromisoformat(str(r[1])), date.fromisoformat(str(r[2])),
                      (on - date.fromisoformat(str(r[2]))).days, r[3], r[4])
        for r in conn.execute(text(
            "SELECT i.number, i.issue_date, i.due_date, e.open_minor, e.stage "
            "FROM dunning_stage_event e JOIN invoice i ON i.id = e.invoice_id "
            "WHERE e.action_id = :i ORDER BY i.due_date, i.number"), {"i": action_id}))
    data = LetterData(template=row[5] or "reminder", language=row[6] or "zh", reference=row[7],
                      date=on, company=letter_company(conn),
                      customer=LetterCustomer(code=row[13], name=row[14]), currency=row[8],
                      invoices=invoices, stage=row[3], stage_name=row[4], fee_minor=row[9],
                      interest_minor=row[10])
    return data, row


def mail_text(conn: Connection, action_id: int) -> tuple[str, str]:
    """The subject and body of the mail carrying letter ``action_id`` (its stage and language)."""
    return _texts(*_letter_data(conn, action_id))


def _texts(data, _row) -> tuple[str, str]:
    from .letters.templates import fill_mail

    return fill_mail(load_mail_template(data.template, data.language), data,
                     name=f"{data.language}/mail_{data.template}")


def prepare_letter(conn: Connection, action_id: int) -> LetterMail:
    """What will be sent for ``action_id``; MailError when it cannot be (no address, no PDF …)."""
    data, row = _letter_data(conn, action_id)
    who = f"{row[13]} {row[14]}"
    if row[12] is not None:
        raise MailError(T("Letter {reference} is cancelled; it is not e-mailed."), reference=row[7])
    if not row[11]:
        raise MailError(T("{reference} has no letter PDF to send."), reference=row[7])
    to = tuple(split_addresses(row[15]))
    if not to:
        raise NoAddress(T("Customer {customer} has no e-mail address; letter {reference} was not "
                          "sent."), customer=who, reference=row[7])
    bad = [a for a in to if not valid_address(a)]
    if bad:
        raise MailError(T("The e-mail address {address} of customer {customer} is not valid; "
                          "letter {reference} was not sent."), address=bad[0], customer=who,
                        reference=row[7])
    subject, body = _texts(data, row)
    return LetterMail(action_id, row[7], row[1], who, to, subject, body, bytes(row[11]))


def build_message(st: MailSettings, to: Sequence[str], subject: str, body: str, *, now: datetime,
                  attachment: tuple[str, bytes] | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = st.from_address
    msg["To"] = ", ".join(to)
    if st.reply_to:
        msg["Reply-To"] = st.reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now if now.tzinfo else now.astimezone())
    msg["Message-ID"] = make_msgid(domain=st.from_address.rpartition("@")[2] or None)
    msg.set_content(body, charset="utf-8")
    if attachment is not None:
        name, blob = attachment
        msg.add_attachment(blob, maintype="application", subtype="pdf", filename=name)
    return msg


# --------------------------------------------------------------------------- sending

def _where(st: MailSettings) -> str:
    return f"{st.server}:{st.port}"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        err = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) \
            else str(exc.smtp_error)
        return f"{exc.smtp_code} {err}".strip()
    return str(exc) or type(exc).__name__


def transmit(st: MailSettings, password: str | None, msg: EmailMessage, to: Sequence[str], *,
             customer: str = "") -> str:
    """Send ``msg`` to ``to``; the server's answer to the message ("250 … queued as …").
    Every failure is a MailError naming the server (and the customer for a refused address)."""
    st = validate_settings(st)
    if st.user and not password:
        raise ServerError(T("No password for {user} on {server}: enter it in Settings → E-mail."),
                        user=st.user, server=_where(st))
    where = _where(st)
    context = ssl.create_default_context()
    try:
        if st.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(st.server, st.port, timeout=st.timeout,
                                                  context=context)
        else:
            smtp = smtplib.SMTP(st.server, st.port, timeout=st.timeout)
        with smtp:
            smtp.ehlo()
            if st.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise ServerError(T("The mail server {server} does not offer STARTTLS: choose "
                                      "another connection security or ask your mail provider."),
                                    server=where)
                smtp.starttls(context=context)
                smtp.ehlo()
            if st.user:
                if not smtp.has_extn("auth"):
                    raise ServerError(T("The mail server {server} does not accept a login (AUTH) on "
                                      "this connection; check the connection security."),
                                    server=where)
                smtp.login(st.user, password or "")
            code, resp = smtp.mail(st.from_address)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, resp, st.from_address)
            for address in to:
                code, resp = smtp.rcpt(address)
                if code not in (250, 251):
                    raise RecipientRefused(
                    T("The mail server {server} refused the address {address} of customer "
                      "{customer}: {reason}"), server=where, address=address,
                    customer=customer or "-", reason=f"{code} {resp.decode('utf-8', 'replace')}")
            code, resp = smtp.data(msg.as_bytes(policy=email.policy.SMTP))   # CRLF lines
            if code != 250:
                raise smtplib.SMTPDataError(code, resp)
            return f"{code} {resp.decode('utf-8', 'replace')}".strip()
    except MailError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise ServerError(T("The mail server {server} refused the login of {user}: wrong user name or "
                          "password ({reason})."), server=where, user=st.user,
                        reason=_reason(exc)) from None
    except smtplib.SMTPSenderRefused as exc:
        if exc.smtp_code == 530:
            raise ServerError(T("The mail server {server} requires a login: enter the user name and "
                              "password in Settings → E-mail."), server=where) from None
        raise ServerError(T("The mail server {server} refused the sender {address}: {reason}"),
                        server=where, address=st.from_address, reason=_reason(exc)) from None
    except smtplib.SMTPDataError as exc:        # this message refused (size, content): the next may go
        raise MailError(T("The mail server {server} did not accept the message: {reason}"),
                        server=where, reason=_reason(exc)) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise ServerError(T("The mail server {server} does not support this: {reason}"),
                        server=where, reason=_reason(exc)) from None
    except ssl.SSLError as exc:
        raise ServerError(T("The secure connection to {server} failed: {reason}"), server=where,
                        reason=_reason(exc)) from None
    except (socket.timeout, TimeoutError):
        raise ServerError(T("The mail server {server} did not answer within {seconds} seconds."),
                        server=where, seconds=st.timeout) from None
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, (socket.timeout, TimeoutError)):     # no answer in time
            raise ServerError(T("The mail server {server} did not answer within {seconds} "
                                "seconds."), server=where, seconds=st.timeout) from None
        raise ServerError(T("The mail server {server} closed the connection: {reason}"),
                        server=where, reason=_reason(exc)) from None
    except smtplib.SMTPException as exc:
        raise ServerError(T("The mail server {server} failed: {reason}"), server=where,
                        reason=_reason(exc)) from None
    except OSError as exc:
        raise ServerError(T("Could not connect to the mail server {server}: {reason}"), server=where,
                        reason=exc.strerror or str(exc) or type(exc).__name__) from None


@dataclass(frozen=True, slots=True)
class Sent:
    action_id: int
    reference: str
    to: tuple[str, ...]
    proof: str                 # "<message-id> 250 … queued as …"


def send_prepared(st: MailSettings, password: str | None, letter: LetterMail, *,
                  now: datetime) -> Sent:
    msg = build_message(st, letter.to, letter.subject, letter.body, now=now,
                        attachment=(f"{letter.reference}.pdf", letter.pdf))
    answer = transmit(st, password, msg, letter.to, customer=letter.customer)
    return Sent(letter.action_id, letter.reference, letter.to, f"{msg['Message-ID']} {answer}")


def record_sent(s: Session, letter: LetterMail, sent: Sent, *, now: datetime) -> None:
    """The delivery (e-mail, proof, delivered on the day sent) and the timeline entry."""
    from .dunning.contacts import log_contact
    from .dunning.issuing import record_delivery

    record_delivery(s, letter.action_id, proof=sent.proof, delivered_on=now.date(),
                    sent_via="email")
    log_contact(s, letter.customer_id, now.date(), "email",
                f"{letter.reference}: {letter.subject} → {', '.join(sent.to)} ({sent.proof})")


def send_letter(s: Session, action_id: int, settings: MailSettings, password: str | None, *,
                now: datetime) -> Sent:
    """E-mail one issued letter with its PDF; record the delivery and log it on the timeline."""
    letter = prepare_letter(s.connection(), action_id)
    sent = send_prepared(settings, password, letter, now=now)
    record_sent(s, letter, sent, now=now)
    return sent


@dataclass(frozen=True, slots=True)
class LetterResult:
    action_id: int
    reference: str
    customer: str
    ok: bool
    to: tuple[str, ...] = ()
    proof: str = ""
    error: UserError | None = None
    skipped: bool = False      # already e-mailed, or no address (with skip_without_address)

    @property
    def message(self) -> str:
        return self.error.message if self.error is not None else self.proof


def letters_of_day(conn: Connection, day: date) -> list[int]:
    """The ids of the day's issued, not cancelled letters with a PDF, in issuing order."""
    return [r[0] for r in conn.execute(text(
        "SELECT id FROM dunning_action WHERE date = :d AND cancelled_at IS NULL AND pdf IS NOT NULL "
        "ORDER BY id"), {"d": day.isoformat()})]


def _already_emailed(conn: Connection, action_id: int) -> bool:
    return bool(conn.execute(text(
        "SELECT sent_via = 'email' AND delivered_on IS NOT NULL AND proof != '' "
        "FROM dunning_action WHERE id = :i"), {"i": action_id}).scalar())


def send_letters(db, action_ids: Sequence[int], settings: MailSettings, password: str | None, *,
                 now: datetime, progress=None, resend: bool = False,
                 skip_without_address: bool = False) -> list[LetterResult]:
    """E-mail each letter on its own (one transaction each): a failure is that letter's result and
    the others still go. Already e-mailed letters are skipped unless ``resend``. ``progress``: an
    object with start(total) / step(done, what) / cancelled (app.services.progress.Progress)."""
    settings = validate_settings(settings)
    out: list[LetterResult] = []
    if progress is not None:
        try:
            progress.start(len(action_ids))
        except Cancelled:
            return out
    for n, aid in enumerate(action_ids):
        if progress is not None and progress.cancelled:
            break
        ref, who = str(aid), ""
        try:
            with db.engine.connect() as conn:
                ref = conn.execute(text("SELECT reference FROM dunning_action WHERE id = :i"),
                                   {"i": aid}).scalar() or ref
                if not resend and _already_emailed(conn, aid):
                    out.append(LetterResult(aid, ref, "", False, skipped=True,
                                            error=MailError(T("{reference} was already e-mailed."),
                                                            reference=ref)))
                    continue
                letter = prepare_letter(conn, aid)
            who = letter.customer
            sent = send_prepared(settings, password, letter, now=now)
            with db.session() as s:
                record_sent(s, letter, sent, now=now)
            out.append(LetterResult(aid, ref, who, True, sent.to, sent.proof))
        except ServerError as exc:          # the server cannot take any: the rest is not sent
            for rest in action_ids[n:]:
                out.append(LetterResult(rest, ref if rest == aid else str(rest), who if rest == aid
                                        else "", False, error=exc))
            break
        except UserError as exc:
            out.append(LetterResult(aid, ref, who or str(exc.params.get("customer", "")), False,
                                    error=exc,
                                    skipped=skip_without_address and isinstance(exc, NoAddress)))
        if progress is not None:
            try:
                progress.step(n + 1, ref)
            except Cancelled:          # what was sent stays sent
                break
    return out


def send_test(settings: MailSettings, password: str | None, to: str, *, now: datetime,
              language: str = "en") -> str:
    """Send a short test mail to ``to``; the server's answer."""
    if not valid_address(to):
        raise MailError(T("{address} is not an e-mail address."), address=to or "-")
    raw = load_mail_template(TEST_TEMPLATE, language)
    from .letters.templates import split_sections
    sec = split_sections(raw)
    values = {"server": _where(settings), "from_address": settings.from_address}
    subject = sec.get("subject", "ARDesk").format(**values).strip()
    body = sec.get("body", "").format(**values).strip() + "\n"
    msg = build_message(settings, [to], subject, body, now=now)
    return transmit(settings, password, msg, [to], customer=to)
