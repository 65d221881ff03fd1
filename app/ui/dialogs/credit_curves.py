"""The credit settings' factor curves, external rating scale and negative-event caps, opened from
the Settings dialog's Credit page ("Factor curves, ratings and events…").

Three pages:

- **Factor curves**: the curves listed by factor; the selected curve's points in an editable
  table (value → share of the factor's points, the unit of the value in the header) beside a
  plot of the curve that follows every edit (the default curve drawn grey behind it). Points
  out of order or out of range are refused with a message naming the factor and the point
  (``credit.settings.check_curve``). Add / remove point, restore this curve or all curves.
- **External ratings**: insurer or bureau grades → share of the external factor's points.
- **Negative events**: per event kind the highest grade a customer with such an event keeps, and
  how long an event counts when it is not cleared.

Nothing is saved here: OK hands the values back to the Credit page, whose ``settings()`` (and so
its Preview and the Settings dialog's save) include them.

    dlg = CreditCurvesDialog(settings, parent)
    if dlg.exec():
        dlg.values()    # {"curves": …, "rating_scale": …, "event_caps": …, "event_months": …}
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView, QPushButton,
                               QSpinBox, QStyledItemDelegate, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from ...models import EVENT_KINDS, GRADES
from ...services.credit import EVENT_TEXT, FACTOR_TEXT
from ...services.credit.settings import (CURVE_FACTOR, CURVE_TEXT, CURVE_UNIT, CURVES, DEFAULT_CURVES,
                                         DEFAULT_EVENT_CAPS, DEFAULT_EVENT_MONTHS, DEFAULT_RATING_SCALE,
                                         MAX_EVENT_MONTHS, MAX_RATING_NAME, CreditSettings)
from ..charts import ChartView
from ..errors import tr_message
from ..tablemodels.credit_curves import CurvePointsModel, RatingScaleModel
from .credit_curves_plot import CurvePlot, curve_figure

CURVE_ROLE = Qt.ItemDataRole.UserRole + 1


class _ShareDelegate(QStyledItemDelegate):
    """A 0–100 % spin box for the rating scale's share column."""

    def createEditor(self, parent, option, index):
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSuffix(" %")
        return spin


class _GradeDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        edit = QLineEdit(parent)
        edit.setMaxLength(MAX_RATING_NAME)
        return edit


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #c02020;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class CreditCurvesDialog(QDialog):
    def __init__(self, settings: CreditSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = settings
        self.weights = dict(settings.weights)
        self.curves = dict(settings.curves)
        self.current = ""
        self.setWindowTitle(self.tr("Factor curves, ratings and events"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._curves_page(), self.tr("Factor &curves"))
        self.tabs.addTab(self._ratings_page(), self.tr("External &ratings"))
        self.tabs.addTab(self._events_page(), self.tr("Negative &events"))
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(860, 540)
        self.select_curve(CURVES[0])
        self._update_ok()

    # ------------------------------------------------------------ curves page
    def _curves_page(self) -> QWidget:
        page = QWidget()
        h = QHBoxLayout(page)
        self.curve_items = QStandardItemModel(self)
        self._items: dict[str, QStandardItem] = {}
        for factor in dict.fromkeys(CURVE_FACTOR.values()):
            head = QStandardItem(tr_message(FACTOR_TEXT[factor]))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            self.curve_items.appendRow(head)
            for name in CURVES:
                if CURVE_FACTOR[name] == factor:
                    item = QStandardItem("    " + tr_message(CURVE_TEXT[name]))
                    item.setData(name, CURVE_ROLE)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self._items[name] = item
                    self.curve_items.appendRow(item)
        self.curve_list = QListView()
        self.curve_list.setObjectName("curve_list")
        self.curve_list.setModel(self.curve_items)
        self.curve_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.curve_list.setFixedWidth(max(190, self.curve_list.sizeHintForColumn(0) + 28))
        self.curve_list.selectionModel().currentChanged.connect(self._curve_clicked)
        h.addWidget(self.curve_list)

        right = QVBoxLayout()
        self.curve_title = QLabel()
        self.curve_title.setObjectName("curve_title")
        self.curve_help = QLabel()
        self.curve_help.setObjectName("curve_help")
        self.curve_help.setWordWrap(True)
        self.curve_help.setStyleSheet("color: palette(mid);")
        right.addWidget(self.curve_title)
        right.addWidget(self.curve_help)

        body = QHBoxLayout()
        table_box = QVBoxLayout()
        self.points = CurvePointsModel(CURVES[0], self.curves[CURVES[0]], self)
        self.points.refused.connect(self._show_problem)
        self.points.edited.connect(self._points_edited)
        self.point_view = QTableView()
        self.point_view.setObjectName("curve_points")
        self.point_view.setModel(self.points)
        self.point_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.point_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.point_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.point_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight
                                                               | Qt.AlignmentFlag.AlignVCenter)
        self.point_view.verticalHeader().setDefaultSectionSize(
            self.point_view.fontMetrics().height() + 8)
        self.point_view.setToolTip(self.tr("Type or double-click to change a value; Enter keeps "
                                           "it, Esc cancels. Delete removes the selected point."))
        self.point_view.setFixedWidth(240)
        self.point_view.selectionModel().currentRowChanged.connect(lambda *_: self._replot())
        QShortcut(QKeySequence.StandardKey.Delete, self.point_view, self.remove_point,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table_box.addWidget(self.point_view, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add point"))
        self.add_button.setToolTip(self.tr("A new point on the line after the selected one; "
                                           "then change its value or share."))
        self.add_button.clicked.connect(self.add_point)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected point (Delete)."))
        self.remove_button.clicked.connect(self.remove_point)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        table_box.addLayout(row)
        body.addLayout(table_box)

        plot_box = QVBoxLayout()
        self.plot = ChartView(self.tr("Drawing the curve…"))
        self.plot.setObjectName("curve_plot")
        self.plot.setMinimumSize(300, 220)
        plot_box.addWidget(self.plot, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore_curve_button = QPushButton(self.tr("Restore &this curve"))
        self.restore_curve_button.setToolTip(self.tr("Put the default points back in the selected curve."))
        self.restore_curve_button.clicked.connect(self.restore_curve)
        self.restore_curves_button = QPushButton(self.tr("Restore a&ll curves"))
        self.restore_curves_button.setToolTip(self.tr("Put the default points back in every factor curve."))
        self.restore_curves_button.clicked.connect(self.restore_all_curves)
        row.addWidget(self.restore_curve_button)
        row.addWidget(self.restore_curves_button)
        plot_box.addLayout(row)
        body.addLayout(plot_box, 1)
        right.addLayout(body, 1)
        self.curve_problem = _problem_label("curve_problem")
        right.addWidget(self.curve_problem)
        h.addLayout(right, 1)
        return page

    def select_curve(self, name: str) -> None:
        idx = self.curve_items.indexFromItem(self._items[name])
        self.curve_list.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self.current != name:          # already current: currentChanged does not fire
            self._show_curve(name)

    def _curve_clicked(self, current, _previous) -> None:
        name = current.data(CURVE_ROLE)
        if name:
            self._show_curve(name)

    def _show_curve(self, name: str) -> None:
        self.current = name
        factor = CURVE_FACTOR[name]
        self.curve_title.setText("<b>{factor} – {curve}</b>".format(
            factor=tr_message(FACTOR_TEXT[factor]), curve=tr_message(CURVE_TEXT[name])))
        others = [c for c in CURVES if CURVE_FACTOR[c] == factor and c != name]
        text = self.tr("Value: {unit}. Share: the part of the factor's {points} points a customer "
                       "earns at that value. Between two points the share follows a straight line; "
                       "before the first and after the last point it stays level.").format(
            unit=tr_message(CURVE_UNIT[name]), points=self.weights.get(factor, 0))
        if others:
            text += " " + self.tr("{factor} is the average of this curve and “{other}”.").format(
                factor=tr_message(FACTOR_TEXT[factor]), other=tr_message(CURVE_TEXT[others[0]]))
        self.curve_help.setText(text)
        self.points.set_titles(self.tr("Value"), self.tr("Share (%)"))
        self.points.set_curve(name, self.curves[name])
        self.point_view.horizontalHeader().setToolTip(tr_message(CURVE_UNIT[name]))
        self._show_problem("")

    def _points_edited(self) -> None:
        if self.current:
            self.curves[self.current] = self.points.points()
            self._mark(self.current)
        self._replot()

    def _mark(self, name: str) -> None:
        item = self._items[name]
        font = QFont(item.font())
        changed = self.curves[name] != DEFAULT_CURVES[name]
        font.setItalic(changed)
        item.setFont(font)
        item.setToolTip(self.tr("Differs from the default curve.") if changed else "")

    def _replot(self) -> None:
        if not self.current:
            return
        sel = self.point_view.selectionModel().currentIndex()
        self.plot.build(curve_figure, CurvePlot(
            self.curves[self.current], DEFAULT_CURVES[self.current],
            tr_message(CURVE_UNIT[self.current]), self.tr("share of the points (%)"),
            default_label=self.tr("Default"), current_label=self.tr("This curve"),
            selected=sel.row() if sel.isValid() else -1))

    def add_point(self) -> None:
        cur = self.point_view.selectionModel().currentIndex()
        row = self.points.add_point(cur.row() if cur.isValid() else -1)
        if row >= 0:
            self.point_view.setCurrentIndex(self.points.index(row, 1))
            self.point_view.setFocus()

    def remove_point(self) -> None:
        cur = self.point_view.selectionModel().currentIndex()
        if not cur.isValid():
            self._show_problem(self.tr("Select the point to remove."))
            return
        row = cur.row()
        if self.points.remove_point(row) and self.points.rowCount():
            self.point_view.setCurrentIndex(self.points.index(min(row, self.points.rowCount() - 1), 0))

    def restore_curve(self) -> None:
        self.curves[self.current] = DEFAULT_CURVES[self.current]
        self.points.set_curve(self.current, self.curves[self.current])
        self._show_problem("")

    def restore_all_curves(self) -> None:
        self.curves = dict(DEFAULT_CURVES)
        for name in CURVES:
            self._mark(name)
        self.points.set_curve(self.current, self.curves[self.current])
        self._show_problem("")

    # ----------------------------------------------------------- ratings page
    def _ratings_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        note = QLabel(self.tr("An insurer's or credit bureau's grade entered for a customer earns "
                              "this share of the External rating factor's {points} points. Grades "
                              "match whatever their case; a grade not listed here scores neutral "
                              "and is flagged.").format(points=self.weights.get("external", 0)))
        note.setWordWrap(True)
        v.addWidget(note)
        h = QHBoxLayout()
        self.ratings = RatingScaleModel(dict(self.base.rating_scale), self.weights.get("external", 0), self)
        self.ratings.set_titles(self.tr("Grade"), self.tr("Share (%)"), self.tr("Points"))
        self.ratings.edited.connect(self._update_ok)
        self.rating_view = QTableView()
        self.rating_view.setObjectName("rating_scale")
        self.rating_view.setModel(self.ratings)
        self.rating_view.setItemDelegateForColumn(0, _GradeDelegate(self.rating_view))
        self.rating_view.setItemDelegateForColumn(1, _ShareDelegate(self.rating_view))
        self.rating_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rating_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rating_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rating_view.verticalHeader().setDefaultSectionSize(
            self.rating_view.fontMetrics().height() + 8)
        self.rating_view.setFixedWidth(360)
        QShortcut(QKeySequence.StandardKey.Delete, self.rating_view, self.remove_rating,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        h.addWidget(self.rating_view)
        buttons = QVBoxLayout()
        add = QPushButton(self.tr("&Add grade"))
        add.clicked.connect(self.add_rating)
        remove = QPushButton(self.tr("Re&move grade"))
        remove.setToolTip(self.tr("Remove the selected grade (Delete)."))
        remove.clicked.connect(self.remove_rating)
        restore = QPushButton(self.tr("Restore &defaults"))
        restore.setToolTip(self.tr("Put the default rating scale back."))
        restore.clicked.connect(self.restore_ratings)
        for b in (add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(restore)
        h.addLayout(buttons)
        h.addStretch(1)
        v.addLayout(h, 1)
        self.rating_problem = _problem_label("rating_problem")
        v.addWidget(self.rating_problem)
        return page

    def add_rating(self) -> None:
        cur = self.rating_view.selectionModel().currentIndex()
        row = self.ratings.add_row(cur.row() if cur.isValid() else -1)
        idx = self.ratings.index(row, 0)
        self.rating_view.setCurrentIndex(idx)
        self.rating_view.setFocus()
        self.rating_view.edit(idx)

    def remove_rating(self) -> None:
        cur = self.rating_view.selectionModel().currentIndex()
        if cur.isValid():
            self.ratings.remove_row(cur.row())

    def restore_ratings(self) -> None:
        self.ratings.set_scale(dict(DEFAULT_RATING_SCALE))

    # ------------------------------------------------------------ events page
    def _events_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        note = QLabel(self.tr("A negative event that is not cleared caps the grade: whatever the "
                              "score, the customer gets no better grade than this one (with several "
                              "events, the worst cap wins). An event stops counting when it is "
                              "cleared, or after the months given here."))
        note.setWordWrap(True)
        v.addWidget(note)
        grid = QGridLayout()
        for j, text in enumerate((self.tr("Event"), self.tr("Best grade allowed"),
                                  self.tr("Counts for"))):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, j)
        self.caps: dict[str, QComboBox] = {}
        self.months: dict[str, QSpinBox] = {}
        for i, kind in enumerate(EVENT_KINDS, start=1):
            label = QLabel(tr_message(EVENT_TEXT[kind]))
            combo = QComboBox()
            combo.setObjectName(f"cap_{kind}")
            for g in GRADES:
                combo.addItem(g, g)
            spin = QSpinBox()
            spin.setObjectName(f"months_{kind}")
            spin.setRange(0, MAX_EVENT_MONTHS)
            spin.setSpecialValueText(self.tr("until cleared"))
            spin.setSuffix(self.tr(" months"))
            spin.setToolTip(self.tr("0: the event counts until it is cleared."))
            label.setBuddy(combo)
            grid.addWidget(label, i, 0)
            grid.addWidget(combo, i, 1)
            grid.addWidget(spin, i, 2)
            self.caps[kind] = combo
            self.months[kind] = spin
        grid.setColumnStretch(3, 1)
        v.addLayout(grid)
        v.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        restore = QPushButton(self.tr("Restore de&faults"))
        restore.setToolTip(self.tr("Put the default grade caps and durations back."))
        restore.clicked.connect(self.restore_events)
        row.addWidget(restore)
        v.addLayout(row)
        self._set_events(self.base.event_caps, self.base.event_months)
        return page

    def _set_events(self, caps: dict[str, str], months: dict[str, int]) -> None:
        for kind in EVENT_KINDS:
            self.caps[kind].setCurrentIndex(max(0, self.caps[kind].findData(caps.get(kind, "D"))))
            self.months[kind].setValue(months.get(kind, 0))

    def restore_events(self) -> None:
        self._set_events(DEFAULT_EVENT_CAPS, DEFAULT_EVENT_MONTHS)

    # ---------------------------------------------------------------- values
    def values(self) -> dict:
        """The edited curves, rating scale, event caps and event durations (for
        ``dataclasses.replace`` on the settings); the rating scale is None while it is wrong."""
        return {"curves": dict(self.curves), "rating_scale": self.ratings.scale(),
                "event_caps": {k: self.caps[k].currentData() for k in EVENT_KINDS},
                "event_months": {k: self.months[k].value() for k in EVENT_KINDS
                                 if self.months[k].value() > 0}}

    def problem(self) -> str:
        return self.ratings.problem()

    def _show_problem(self, text: str) -> None:
        """Why the last edit of a curve was refused ('' clears it)."""
        self.curve_problem.setText(text)
        self.curve_problem.setVisible(bool(text))

    def _update_ok(self) -> None:
        text = self.problem()
        self.rating_problem.setText(text)
        self.rating_problem.setVisible(bool(text))
        if hasattr(self, "buttons"):
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setEnabled(not text)
            ok.setToolTip(text)

    def accept(self) -> None:
        if self.problem():
            self.tabs.setCurrentIndex(1)
            return
        super().accept()
