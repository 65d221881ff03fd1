"""E-mail commands (issue 6 §5).

    python main.py mail settings [--server HOST] [--port N] [--security none|starttls|ssl]
                                 [--user NAME] [--from ADDRESS] [--reply-to ADDRESS]
                                 [--timeout SECONDS] [--password-prompt]
    python main.py mail test --to ADDRESS
    python main.py dunning mail --as-of DATE [--resend]

``mail settings`` without options prints the settings; with options it changes them (validated,
audited). The password is never stored in the database: ``--password-prompt`` asks for it and puts
it in the system keyring (when there is none it cannot be kept: use ARDESK_SMTP_PASSWORD).
``dunning mail`` e-mails the letters issued on DATE to the customers with an e-mail address and
prints one line per letter; the password comes from the keyring or ARDESK_SMTP_PASSWORD.
Exit codes: 0 ok (skipped letters included), 2 bad input or a letter that could not be sent.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from datetime import datetime

from .cli import EXIT_OK, EXIT_USER, ArgumentError, _as_of, _open, _print_table, tr
from .i18n import T

PASSWORD_ENV = "ARDESK_SMTP_PASSWORD"


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    m = sub.add_parser("mail", parents=[common], help="e-mail settings and a test mail")
    ms = m.add_subparsers(dest="mail_cmd", metavar="ACTION", required=True)
    st = ms.add_parser("settings", parents=[common], help="show or change the SMTP settings")
    st.add_argument("--server", help="SMTP server name")
    st.add_argument("--port", type=int)
    st.add_argument("--security", choices=["none", "starttls", "ssl"])
    st.add_argument("--user", help="login name ('' for none)")
    st.add_argument("--from", dest="from_address", metavar="ADDRESS", help="sender address")
    st.add_argument("--reply-to", dest="reply_to", metavar="ADDRESS")
    st.add_argument("--timeout", type=int, metavar="SECONDS")
    st.add_argument("--password-prompt", action="store_true",
                    help="ask for the password and keep it in the system keyring")
    t = ms.add_parser("test", parents=[common], help="send a test mail")
    t.add_argument("--to", required=True, metavar="ADDRESS")


def _password(settings) -> str | None:
    from .services import mail
    return os.environ.get(PASSWORD_ENV) or mail.get_password(settings)


def _settings(args: argparse.Namespace) -> int:
    from .services import mail
    fields = ("server", "port", "security", "user", "from_address", "reply_to", "timeout")
    changes = {f: getattr(args, f) for f in fields if getattr(args, f) is not None}
    with _open(args) as db:
        with db.session() as s:
            st = mail.load_mail_settings(s)
            if changes:
                if "security" in changes and "port" not in changes \
                        and st.port == mail.DEFAULT_PORTS.get(st.security):
                    changes["port"] = mail.DEFAULT_PORTS[changes["security"]]
                st = mail.save_mail_settings(s, replace(st, **changes), "cli")
    if args.password_prompt:
        import getpass
        pw = getpass.getpass(tr(T("Password for {user} on {server}: ")).format(
            user=st.user or "-", server=st.server))
        if not mail.save_password(st, pw):
            print(tr(T("No system keyring on this computer: the password is not kept. Set "
                       "{variable} for the commands that send mail.")).format(variable=PASSWORD_ENV))
    rows = [(f, str(getattr(st, f))) for f in fields]
    where = (tr(T("system keyring")) if mail.keyring_available() else
             tr(T("not kept (no system keyring); use {variable}")).format(variable=PASSWORD_ENV))
    rows.append(("password", where))
    _print_table([tr(T("Setting")), tr(T("Value"))], rows, set())
    return EXIT_OK


def _test(args: argparse.Namespace) -> int:
    from .services import mail
    with _open(args) as db, db.engine.connect() as conn:
        st = mail.load_mail_settings(conn)
    if not st.configured:
        raise ArgumentError(T("The e-mail settings are not complete: set them with `mail settings "
                              "--server … --from …`."))
    answer = mail.send_test(st, _password(st), args.to, now=datetime.now().astimezone())
    print(tr(T("Test mail sent to {address}: {answer}")).format(address=args.to, answer=answer))
    return EXIT_OK


def cmd_mail(args: argparse.Namespace) -> int:
    return {"settings": _settings, "test": _test}[args.mail_cmd](args)


def dunning_mail(args: argparse.Namespace) -> int:
    """``dunning mail`` (its parser is in app/cli_dunning.py, with the other dunning actions)."""
    from .services import mail
    day = _as_of(args)
    with _open(args) as db:
        with db.engine.connect() as conn:
            st = mail.load_mail_settings(conn)
            ids = mail.letters_of_day(conn, day)
        if not st.configured:
            raise ArgumentError(T("The e-mail settings are not complete: set them with `mail "
                                  "settings --server … --from …`."))
        if not ids:
            print(tr(T("No letters were issued on {date}.")).format(date=day.isoformat()))
            return EXIT_OK
        results = mail.send_letters(db, ids, st, _password(st), now=datetime.now().astimezone(),
                                    resend=args.resend, skip_without_address=True)
    rows = []
    for r in results:
        state = (tr(T("sent")) if r.ok else tr(T("skipped")) if r.skipped else tr(T("failed")))
        detail = (", ".join(r.to) + " " + r.proof if r.ok else
                  r.error.translated(tr) if r.error is not None else "")
        rows.append((r.reference, r.customer, state, detail))
    _print_table([tr(T("Letter")), tr(T("Customer")), tr(T("Result")), tr(T("Details"))], rows, set())
    sent = sum(r.ok for r in results)
    print(tr(T("{sent} of {count} letter(s) e-mailed.")).format(sent=sent, count=len(results)))
    return EXIT_USER if any(not r.ok and not r.skipped for r in results) else EXIT_OK


COMMANDS = {"mail": cmd_mail}
