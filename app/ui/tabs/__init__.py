"""The main window's tabs, registered in one place (``TABS``), in the order they appear.

Every tab follows one small interface:

    class SomeTab(QWidget):
        def __init__(self, ctx: AppContext, parent=None): ...
        def reload(self) -> None: ...          # load data in a worker; cope with ctx.has_db False
        def focus_search(self) -> None: ...    # Edit → Find (Ctrl+F)
        # optional:
        def new_item(self) -> None: ...        # Edit → New (Ctrl+N) while this tab is current
        def new_item_label(self) -> str: ...   # the menu text for it, e.g. "New customer…"

A tab reloads itself on ``ctx.data_changed`` and ``ctx.database_changed`` and calls
``ctx.notify_changed()`` after it wrote something. The window may throw a tab away and build it
again (e.g. after the language changed), so a tab keeps no state that matters beyond its widgets.

A later issue adds its tab by appending a ``TabSpec`` here. No placeholder tabs: a factory whose
module does not exist yet returns None and the tab is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..context import AppContext

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]                                          # translated at call time
    factory: Callable[["AppContext", QWidget | None], QWidget | None]


def _optional(module: str, cls: str) -> Callable[["AppContext", QWidget | None], QWidget | None]:
    """A factory for a tab whose module may not exist yet in this build."""

    def make(ctx: "AppContext", parent: QWidget | None) -> QWidget | None:
        import importlib

        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:      # the tab is not there yet; anything else is a real bug
                return None
            raise
        return getattr(mod, cls)(ctx, parent)

    return make


TABS: list[TabSpec] = [
    TabSpec("customers", lambda: translate("Tabs", "Customers"),
            _optional("app.ui.tabs.customers", "CustomersTab")),
    TabSpec("invoices", lambda: translate("Tabs", "Invoices"),
            _optional("app.ui.tabs.invoices", "InvoicesTab")),
    TabSpec("aging", lambda: translate("Tabs", "Aging"),
            _optional("app.ui.tabs.aging", "AgingTab")),
    TabSpec("bank", lambda: translate("Tabs", "Bank"),
            _optional("app.ui.tabs.bank", "BankTab")),
    TabSpec("collections", lambda: translate("Tabs", "Collections"),
            _optional("app.ui.tabs.collections", "CollectionsTab")),
    TabSpec("credit", lambda: translate("Tabs", "Credit"),
            _optional("app.ui.tabs.credit", "CreditTab")),
]
