"""E-mailing letters against a real SMTP server on 127.0.0.1 (aiosmtpd in a thread)."""

from __future__ import annotations

import email
import email.policy
import socket
from datetime import date, datetime, timezone

import pytest

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")
from aiosmtpd.smtp import AuthResult  # noqa: E402

from app.errors import ValidationError  # noqa: E402
from app.models import Company  # noqa: E402
from app.services import customers as cs  # noqa: E402
from app.services import dunning as dn  # noqa: E402
from app.services import ledger  # noqa: E402
from app.services import mail  # noqa: E402

ON = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
PASSWORD = "s3cret-Pa55-zz91"

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps every accepted message."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 2.0.0 Ok: queued as Q42"


def _auth(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"ar@example.com" and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server():
    """Start a server: smtp_server(auth=False) -> (port, inbox); stopped afterwards."""
    started = []

    def start(auth: bool = False):
        inbox = Inbox()
        kw = dict(authenticator=_auth, auth_required=True, auth_require_tls=False) if auth else {}
        c = aiosmtpd_controller.Controller(inbox, hostname="127.0.0.1", port=free_port(), **kw)
        c.start()
        started.append(c)
        return c.port, inbox

    yield start
    for c in started:
        c.stop()


def settings_for(port: int, **kw) -> mail.MailSettings:
    base = dict(server="127.0.0.1", port=port, security="none", from_address="ar@example.com",
                reply_to="credit@example.com", timeout=5)
    base.update(kw)
    return mail.MailSettings(**base)


def make_letter(db, *, email_address: str = "ap@kunde.example", language: str = "zh") -> int:
    """One customer with an overdue invoice and one issued letter (a stand-in PDF)."""
    with db.session() as s:
        s.add(Company(name="示例有限公司", phone="021-5555 0000"))
        dn.save_settings(s, dn.DunningSettings().with_changes(
            grade_ladders={g: "standard" for g in "ABCD"}))
        cid = cs.create_customer(s, cs.CustomerData(code="C1", name="北京华夏科技有限公司",
                                                    language=language, currency="CNY",
                                                    email=email_address))
        ledger.create_invoice(s, ledger.InvoiceData(
            number="INV-1", customer_id=cid, issue_date=date(2026, 9, 1), currency="CNY",
            amount_minor=1_234_500, due_date=date(2026, 10, 1)))
    with db.engine.connect() as conn:
        res = dn.run(conn, ON)
    assert res.proposals and res.proposals[0].letter is not None
    with db.session() as s:
        (i,) = dn.issue(s, res.proposals, ON, render=lambda d: b"%PDF-1.4 letter " + d.reference.encode())
    return i.action_id


def action_row(db, action_id: int):
    with db.engine.connect() as conn:
        return next(a for a in dn.list_actions(conn) if a.id == action_id)


def email_contacts(db, customer_id: int = None):
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT note FROM contact_log WHERE kind = 'email'").scalars().all()


def test_letter_delivered_with_pdf_and_chinese_subject(db, smtp_server):
    port, inbox = smtp_server()
    aid = make_letter(db)
    ref = action_row(db, aid).reference
    with db.session() as s:
        sent = mail.send_letter(s, aid, settings_for(port), None, now=NOW)
    assert sent.to == ("ap@kunde.example",)
    (frm, rcpts, raw), = inbox.messages
    assert frm == "ar@example.com" and rcpts == ["ap@kunde.example"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    with db.engine.connect() as conn:
        subject, _body = mail.mail_text(conn, aid)
    assert msg["Subject"] == subject and subject.endswith(f"{ref} – 示例有限公司")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in subject.split()[0])      # e.g. 逾期账款提醒
    assert msg["Reply-To"] == "credit@example.com"
    body = msg.get_body(("plain",)).get_content()
    assert "北京华夏科技有限公司" in body and "人民币12,345.00元" in body
    (att,) = list(msg.iter_attachments())
    assert att.get_filename() == f"{ref}.pdf" and att.get_content_type() == "application/pdf"
    assert att.get_content() == b"%PDF-1.4 letter " + ref.encode()
    # recorded: by e-mail, the Message-ID and the server's queue answer as proof, delivered today
    a = action_row(db, aid)
    assert a.sent_via == "email" and a.delivered_on == ON
    assert msg["Message-ID"] in a.proof and "queued as Q42" in a.proof
    # and on the customer's timeline
    with db.engine.connect() as conn:
        entries = [e for e in dn.timeline(conn, a.customer_id) if e.kind == "email"]
    assert len(entries) == 1 and ref in entries[0].detail and "ap@kunde.example" in entries[0].detail


def test_english_customer_gets_english_mail(db, smtp_server):
    port, inbox = smtp_server()
    aid = make_letter(db, language="en")
    with db.engine.connect() as conn:
        subject, body = mail.mail_text(conn, aid)
    assert "Dear 北京华夏科技有限公司" in body and "CNY 12,345.00" in body
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in subject.replace("示例有限公司", ""))


def test_wrong_password_is_a_clear_error_and_nothing_recorded(db, smtp_server):
    port, inbox = smtp_server(auth=True)
    aid = make_letter(db)
    st = settings_for(port, user="ar@example.com")
    with pytest.raises(mail.MailError, match=r"refused the login of ar@example.com") as exc:
        with db.session() as s:
            mail.send_letter(s, aid, st, "wrong", now=NOW)
    assert f"127.0.0.1:{port}" in str(exc.value)
    with pytest.raises(mail.MailError, match="requires a login"):
        with db.session() as s:
            mail.send_letter(s, aid, settings_for(port), None, now=NOW)
    with pytest.raises(mail.MailError, match="No password"):
        with db.session() as s:
            mail.send_letter(s, aid, st, "", now=NOW)
    assert inbox.messages == []
    a = action_row(db, aid)
    assert a.sent_via == "post" and a.delivered_on is None and a.proof == ""
    assert email_contacts(db) == []
    # the right password goes through
    with db.session() as s:
        mail.send_letter(s, aid, st, PASSWORD, now=NOW)
    assert len(inbox.messages) == 1 and action_row(db, aid).sent_via == "email"


def test_server_down_is_a_clear_error(db):
    aid = make_letter(db)
    port = free_port()                         # nothing listens there
    with pytest.raises(mail.MailError, match=rf"Could not connect to the mail server 127.0.0.1:{port}"):
        with db.session() as s:
            mail.send_letter(s, aid, settings_for(port), None, now=NOW)
    assert action_row(db, aid).sent_via == "post" and email_contacts(db) == []


def test_batch_stops_at_a_server_failure(db):
    aid = make_letter(db)
    port = free_port()
    results = mail.send_letters(db, [aid, 9999], settings_for(port), None, now=NOW)
    assert [r.ok for r in results] == [False, False]
    assert all(f"127.0.0.1:{port}" in r.message and not r.skipped for r in results)
    assert action_row(db, aid).sent_via == "post"


def test_silent_server_times_out_and_plain_server_fails_ssl(db, smtp_server):
    aid = make_letter(db)
    with socket.socket() as silent:                 # accepts connections, never says hello
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        with pytest.raises(mail.ServerError, match=rf"127.0.0.1:{port} did not answer within 1 "):
            with db.session() as s:
                mail.send_letter(s, aid, settings_for(port, timeout=1), None, now=NOW)
    plain, inbox = smtp_server()
    with pytest.raises(mail.ServerError, match=rf"secure connection to 127.0.0.1:{plain} failed"):
        with db.session() as s:
            mail.send_letter(s, aid, settings_for(plain, security="ssl"), None, now=NOW)
    assert inbox.messages == [] and action_row(db, aid).sent_via == "post"
    assert email_contacts(db) == []


def test_customer_without_email_is_a_clear_error(db, smtp_server):
    port, inbox = smtp_server()
    aid = make_letter(db, email_address="")
    with pytest.raises(mail.NoAddress, match=r"Customer C1 北京华夏科技有限公司 has no e-mail address"):
        with db.session() as s:
            mail.send_letter(s, aid, settings_for(port), None, now=NOW)
    assert inbox.messages == [] and action_row(db, aid).delivered_on is None


def test_starttls_not_offered_is_a_clear_error(db, smtp_server):
    port, inbox = smtp_server()
    aid = make_letter(db)
    with pytest.raises(mail.MailError, match="does not offer STARTTLS"):
        with db.session() as s:
            mail.send_letter(s, aid, settings_for(port, security="starttls"), None, now=NOW)
    assert inbox.messages == [] and action_row(db, aid).sent_via == "post"


def test_batch_returns_per_letter_results_and_skips_sent(db, smtp_server):
    port, inbox = smtp_server()
    aid = make_letter(db)
    with db.engine.connect() as conn:
        ids = mail.letters_of_day(conn, ON)
    assert ids == [aid]
    (r,) = mail.send_letters(db, ids + [9999], settings_for(port), None, now=NOW)[:1]
    assert r.ok and r.customer.startswith("C1") and "queued as Q42" in r.proof
    results = mail.send_letters(db, ids + [9999], settings_for(port), None, now=NOW)
    assert [x.ok for x in results] == [False, False]
    assert results[0].skipped and "already e-mailed" in results[0].message
    assert "9999" in results[1].message
    assert len(inbox.messages) == 1


def test_password_never_in_the_database(db, smtp_server, monkeypatch):
    monkeypatch.setattr(mail, "_keyring", lambda: None)           # no credential store here
    port, inbox = smtp_server(auth=True)
    aid = make_letter(db)
    st = settings_for(port, user="ar@example.com")
    with db.session() as s:
        mail.save_mail_settings(s, st)
    assert mail.save_password(st, PASSWORD) is False             # kept in memory only
    assert mail.get_password(st) == PASSWORD
    with db.session() as s:
        mail.send_letter(s, aid, mail.load_mail_settings(s), mail.get_password(st), now=NOW)
    db.close()
    blob = b"".join(p.read_bytes() for p in db.path.parent.glob(db.path.name + "*"))
    assert b"ar@example.com" in blob                                # the settings are there …
    assert PASSWORD.encode() not in blob                           # … the password is not
    mail.forget_password(st)
    assert mail.get_password(st) is None


def test_password_goes_to_the_keyring_when_there_is_one(monkeypatch):
    store: dict = {}

    class FakeKeyring:
        @staticmethod
        def set_password(service, user, pw):
            store[(service, user)] = pw

        @staticmethod
        def get_password(service, user):
            return store.get((service, user))

        @staticmethod
        def delete_password(service, user):
            store.pop((service, user))

    monkeypatch.setattr(mail, "_keyring", lambda: FakeKeyring)
    st = settings_for(2525, user="ar@example.com")
    assert mail.save_password(st, "pw") is True
    assert store == {(mail.KEYRING_SERVICE, "ar@example.com@127.0.0.1:2525"): "pw"}
    assert mail.get_password(st) == "pw"


def test_settings_validation_and_round_trip(db):
    with pytest.raises(ValidationError, match="server"):
        mail.validate_settings(mail.MailSettings(server="", from_address="a@b.cn"))
    with pytest.raises(ValidationError, match="port"):
        mail.validate_settings(mail.MailSettings(server="smtp.x.cn", port=0, from_address="a@b.cn"))
    with pytest.raises(ValidationError, match="security"):
        mail.validate_settings(mail.MailSettings(server="smtp.x.cn", security="tls",
                                                 from_address="a@b.cn"))
    with pytest.raises(ValidationError, match="sender address"):
        mail.validate_settings(mail.MailSettings(server="smtp.x.cn", from_address="nobody"))
    with pytest.raises(ValidationError, match="timeout"):
        mail.validate_settings(mail.MailSettings(server="smtp.x.cn", from_address="a@b.cn",
                                                 timeout=0))
    st = mail.MailSettings(server=" smtp.qiye.163.com ", port=465, security="ssl",
                           user="ar@b.cn", from_address="ar@b.cn", timeout=20)
    with db.session() as s:
        mail.save_mail_settings(s, st, "setup")
    with db.engine.connect() as conn:
        back = mail.load_mail_settings(conn)
    assert back.server == "smtp.qiye.163.com" and back.security == "ssl" and back.port == 465


def test_test_mail(smtp_server):
    port, inbox = smtp_server()
    answer = mail.send_test(settings_for(port), None, "me@example.com", now=NOW, language="zh")
    assert "queued as Q42" in answer
    msg = email.message_from_bytes(inbox.messages[0][2], policy=email.policy.default)
    assert msg["Subject"] == "ARDesk 测试邮件" and f"127.0.0.1:{port}" in msg.get_content()
    with pytest.raises(mail.MailError, match="not an e-mail address"):
        mail.send_test(settings_for(port), None, "nobody", now=NOW)


# --------------------------------------------------------------------------- command line

def cli(capsys, *argv):
    from app.cli import main
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_settings_test_mail_and_dunning_mail(db, smtp_server, capsys, monkeypatch):
    monkeypatch.setattr(mail, "_keyring", lambda: None)
    port, inbox = smtp_server(auth=True)
    aid = make_letter(db)
    ref = action_row(db, aid).reference
    dbp = db.path
    db.close()
    code, out, err = cli(capsys, "mail", "settings", "--db", dbp, "--server", "127.0.0.1",
                         "--port", port, "--security", "none", "--user", "ar@example.com",
                         "--from", "ar@example.com", "--timeout", 5)
    assert code == 0 and "127.0.0.1" in out and "ARDESK_SMTP_PASSWORD" in out
    code, out, err = cli(capsys, "mail", "settings", "--db", dbp, "--port", 0)
    assert code == 2 and "port" in err
    # no password: a clear error, nothing sent
    monkeypatch.delenv("ARDESK_SMTP_PASSWORD", raising=False)
    code, out, err = cli(capsys, "mail", "test", "--db", dbp, "--to", "me@example.com")
    assert code == 2 and "No password" in err and inbox.messages == []
    monkeypatch.setenv("ARDESK_SMTP_PASSWORD", PASSWORD)
    code, out, err = cli(capsys, "mail", "test", "--db", dbp, "--to", "me@example.com")
    assert code == 0 and "queued as Q42" in out and len(inbox.messages) == 1
    code, out, err = cli(capsys, "dunning", "mail", "--db", dbp, "--as-of", ON.isoformat())
    assert code == 0 and ref in out and "ap@kunde.example" in out and "1 of 1" in out
    assert len(inbox.messages) == 2
    code, out, err = cli(capsys, "dunning", "mail", "--db", dbp, "--as-of", ON.isoformat())
    assert code == 0 and "already e-mailed" in out and len(inbox.messages) == 2
    # the other dunning commands still work through the wrapper
    code, out, err = cli(capsys, "dunning", "run", "--db", dbp, "--as-of", ON.isoformat(), "--json")
    assert code == 0 and '"as_of"' in out
