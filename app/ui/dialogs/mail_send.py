"""E-mailing the day's issued letters from the Collections letters dialog.

    plan = ask_to_send(parent, ctx, action_ids)   # settings, password, confirmation; None: not now
    # run mail.send_letters(ctx.db, plan.action_ids, plan.settings, plan.password, …) in a worker
    show_results(parent, results)                 # a summary with one line per letter
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy import text

from ...services import mail


@dataclass(frozen=True)
class SendPlan:
    settings: mail.MailSettings
    password: str | None
    action_ids: tuple[int, ...]


def _without_address(ctx, action_ids) -> int:
    with ctx.db.engine.connect() as conn:
        emails = [r[0] for r in conn.execute(text(
            "SELECT c.email FROM dunning_action a JOIN customer c ON c.id = a.customer_id "
            "WHERE a.id IN (%s)" % ",".join(str(int(i)) for i in action_ids)))]
    return sum(1 for e in emails if not mail.split_addresses(e or ""))


def ask_to_send(parent: QWidget, ctx, action_ids) -> SendPlan | None:
    title = QCoreApplication.translate("MailSend", "E-mail letters")
    ids = tuple(action_ids)
    if not ids:
        return None
    with ctx.db.engine.connect() as conn:
        st = mail.load_mail_settings(conn)
    if not st.configured:
        QMessageBox.information(parent, title, QCoreApplication.translate("MailSend", "E-mail is not set up yet: enter the mail server "
                                                   "and the sender address in Settings → E-mail."))
        return None
    password = mail.get_password(st)
    if st.user and not password:
        password, ok = QInputDialog.getText(
            parent, title, QCoreApplication.translate("MailSend", "Password for {user} on {server}:").format(user=st.user,
                                                                          server=st.server),
            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return None
        mail.save_password(st, password)
    missing = _without_address(ctx, ids)
    question = QCoreApplication.translate("MailSend", "E-mail {count} letter(s) to the customers as PDF attachments?").format(
        count=len(ids) - missing)
    if missing:
        question += "\n" + QCoreApplication.translate("MailSend", "{count} customer(s) have no e-mail address: their letters are "
                               "skipped.").format(count=missing)
    if len(ids) == missing:
        QMessageBox.information(parent, title, QCoreApplication.translate("MailSend", "None of these customers has an e-mail address."))
        return None
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return None
    return SendPlan(st, password, ids)


def result_lines(results) -> list[str]:
    tr_msg = lambda s: QCoreApplication.translate("messages", s)  # noqa: E731
    out = []
    for r in results:
        if r.ok:
            out.append(QCoreApplication.translate("MailSend", "{reference} {customer}: sent to {address}").format(
                reference=r.reference, customer=r.customer, address=", ".join(r.to)))
        else:
            why = r.error.translated(tr_msg) if r.error is not None else ""
            word = QCoreApplication.translate("MailSend", "skipped") if r.skipped else QCoreApplication.translate("MailSend", "not sent")
            out.append(f"{r.reference} {r.customer}: {word} – {why}")
    return out


def show_results(parent: QWidget, results) -> QMessageBox:
    sent = sum(1 for r in results if r.ok)
    failed = sum(1 for r in results if not r.ok and not r.skipped)
    box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                      QCoreApplication.translate("MailSend", "E-mail letters"),
                      QCoreApplication.translate("MailSend", "{sent} of {count} letter(s) e-mailed.").format(sent=sent,
                                                                          count=len(results)),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("mail_results")
    box.setInformativeText("\n".join(result_lines(results)))
    box.open()
    return box
