"""View > Funnel…: a count metric (visitors, customers per stage) drawn as a conversion funnel.

:class:`FunnelDialog` is non-modal: it stays open beside the map. It reads the
document only; call :meth:`FunnelDialog.refresh` after edits to redraw (the
numbers come from :func:`journeymapper.analysis.funnel.funnel`).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymapper.analysis.funnel import FunnelStep, count_metrics, funnel
from journeymapper.commands.base import Change
from journeymapper.model import JourneyMap
from journeymapper.ui.session import DocumentChange, MapSession, follow

CONTEXT = "FunnelDialog"
#: A step losing more than this share is drawn in red (the journey check warns about it too).
ALARM_DROP = 0.5
_FIRST, _LAST = QColor("#1F4E79"), QColor("#6FA8DC")
_ALARM = QColor("#C62828")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_count(value: float, locale: Optional[QLocale] = None) -> str:
    """A count as people read it: "1,200" (whole numbers) or "12.5"."""
    locale = locale or QLocale()
    if value == int(value) and abs(value) < 2**53:
        return locale.toString(int(value))
    return locale.toString(value, "f", 2).rstrip("0").rstrip(locale.decimalPoint())


def format_share(share: Optional[float], locale: Optional[QLocale] = None) -> str:
    """A share as a percentage with one decimal ("68.0%"), or a dash when there is none."""
    if share is None:
        return "–"
    locale = locale or QLocale()
    return _tr("{value}%").format(value=locale.toString(share * 100, "f", 1))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


class FunnelChart(QWidget):
    """One trapezoid band per stage, its width in proportion to the stage's count."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.steps: list[FunnelStep] = []
        self.unit = ""
        self.message = ""
        self.setMinimumSize(520, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_steps(self, steps: list[FunnelStep], unit: str = "", message: str = "") -> None:
        self.steps, self.unit, self.message = list(steps), unit, message
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, max(260, 40 + 58 * len(self.steps)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(frame, 6, 6)
        text_colour = palette.color(palette.ColorRole.Text)
        if not self.steps:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(frame.adjusted(24, 16, -24, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
            return
        locale = QLocale()
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        bold = QFont(font)
        bold.setBold(True)
        metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)

        area = frame.adjusted(16, 16, -16, -16)
        names_w = min(area.width() * 0.28, max(metrics.horizontalAdvance(s.stage_name) for s in self.steps) + 8)
        notes_w = min(area.width() * 0.3, 170.0)
        band_x0, band_x1 = area.left() + names_w + 12, area.right() - notes_w - 12
        band_w = max(40.0, band_x1 - band_x0)
        centre = band_x0 + band_w / 2
        gap = 4.0
        band_h = min(64.0, (area.height() - gap * (len(self.steps) - 1)) / len(self.steps))
        top = area.top() + max(0.0, (area.height() - (band_h + gap) * len(self.steps) + gap) / 2)
        largest = max((max(s.count, 0.0) for s in self.steps), default=0.0) or 1.0

        def width(count: float) -> float:
            return max(2.0, band_w * max(count, 0.0) / largest)

        for i, step in enumerate(self.steps):
            y = top + i * (band_h + gap)
            w_top = width(step.count)
            w_bottom = width(self.steps[i + 1].count) if i + 1 < len(self.steps) else w_top
            colour = _mix(_FIRST, _LAST, i / max(1, len(self.steps) - 1))
            band = QPolygonF([QPointF(centre - w_top / 2, y), QPointF(centre + w_top / 2, y),
                              QPointF(centre + w_bottom / 2, y + band_h), QPointF(centre - w_bottom / 2, y + band_h)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawPolygon(band)

            # Stage name on the left, the count in (or beside) the band.
            painter.setFont(font)
            painter.setPen(text_colour)
            name = metrics.elidedText(step.stage_name, Qt.TextElideMode.ElideRight, names_w)
            painter.drawText(QRectF(area.left(), y, names_w, band_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            count = format_count(step.count, locale) + (f" {self.unit}" if self.unit else "")
            narrow = min(w_top, w_bottom)
            painter.setFont(bold)
            if bold_metrics.horizontalAdvance(count) + 16 <= narrow:
                painter.setPen(QColor("white"))
                painter.drawText(QRectF(centre - narrow / 2, y, narrow, band_h), Qt.AlignmentFlag.AlignCenter, count)
            else:
                painter.setPen(text_colour)
                left = centre + max(w_top, w_bottom) / 2 + 6
                painter.drawText(QRectF(left, y, band_x1 + 12 - left, band_h),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, count)

            # Conversion and drop-off on the right.
            notes = QRectF(area.right() - notes_w, y, notes_w, band_h)
            painter.setFont(small)
            if step.step_conversion is None:
                lines = [(_tr("start") if i == 0 else _tr("no conversion (previous count is 0)"), text_colour, False)]
            else:
                alarm = step.drop_off is not None and step.drop_off > ALARM_DROP
                lines = [(_tr("{share} of previous").format(share=format_share(step.step_conversion, locale)),
                          text_colour, False),
                         (_tr("{share} drop-off").format(share=format_share(step.drop_off, locale)),
                          _ALARM if alarm else palette.color(palette.ColorRole.PlaceholderText), alarm)]
            line_h = QFontMetricsF(small).height()
            y_text = y + (band_h - line_h * len(lines)) / 2
            for text, colour, strong in lines:
                f = QFont(small)
                f.setBold(strong)
                painter.setFont(f)
                painter.setPen(colour)
                painter.drawText(QRectF(notes.left(), y_text, notes_w, line_h),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 QFontMetricsF(f).elidedText(text, Qt.TextElideMode.ElideRight, notes_w))
                y_text += line_h
        painter.end()


class FunnelDialog(QDialog):
    """Choose a count metric; see its funnel as a chart and a table. Non-modal."""

    COLUMNS = ("stage", "count", "step", "drop", "overall")

    def __init__(self, session: MapSession, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.session = session
        #: The document changed while the dialog was closed: read it again when it is shown.
        self._stale = False
        self.setModal(False)
        self.setObjectName("funnel-dialog")
        self.setWindowTitle(_tr("Funnel"))
        self.resize(820, 720)

        self.metric_box = QComboBox()
        self.metric_box.setObjectName("funnel-metric")
        self.metric_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.metric_box.currentIndexChanged.connect(lambda _i: self._show())
        chooser = QHBoxLayout()
        label = QLabel(_tr("Count KPI:"))
        label.setBuddy(self.metric_box)
        chooser.addWidget(label)
        chooser.addWidget(self.metric_box)
        chooser.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("funnel-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        chooser.addWidget(self.summary)

        self.chart = FunnelChart()
        self.chart.setObjectName("funnel-chart")
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("funnel-table")
        #: The share of the previous stage's count kept in this one (Danish: "Konvertering fra forrige fase").
        step = _tr("Step conversion")
        self.table.setHorizontalHeaderLabels([_tr("Stage"), _tr("Count"), step, _tr("Drop-off"),
                                              _tr("Overall conversion")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        stage_header = self.table.horizontalHeaderItem(0)
        if stage_header is not None:
            stage_header.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(buttons)
        session.changed.connect(self._on_changed)
        self.refresh()

    @property
    def doc(self) -> JourneyMap:
        return self.session.doc

    # -- following the session -------------------------------------------------------------
    def set_session(self, session: MapSession) -> None:
        """Follow ``session`` and show its document's funnel."""
        follow(self.session, session, self._on_changed)
        self.session = session
        self._refresh_when_shown()

    def _on_changed(self, event: DocumentChange) -> None:
        if event.replaced or not event.touches_only_cards(self.doc):  # cards are not in a funnel
            self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self, change: Optional[Change] = None) -> None:
        """Re-read the map's count metrics (keeping the chosen one) and redraw."""
        self._stale = False
        chosen = self.metric_box.currentData()
        metrics = count_metrics(self.doc)
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for metric in metrics:
            named = not metric.unit or metric.unit.casefold() in metric.name.casefold()
            self.metric_box.addItem(metric.name if named else f"{metric.name} ({metric.unit})", metric.id)
        index = self.metric_box.findData(chosen) if chosen is not None else -1
        self.metric_box.setCurrentIndex(max(0, index) if metrics else -1)
        self.metric_box.setEnabled(bool(metrics))
        self.metric_box.blockSignals(False)
        self._show()

    def steps(self) -> list[FunnelStep]:
        metric_id = self.metric_box.currentData()
        if metric_id is None:
            return []
        try:
            return funnel(self.doc, metric_id)
        except KeyError:
            return []

    def _show(self) -> None:
        steps = self.steps()
        metric = next((m for m in self.doc.metrics if m.id == self.metric_box.currentData()), None)
        if metric is None:
            message = _tr("This map has no count KPI. Add a KPI that counts visitors or customers "
                          "per stage (Insert > KPI… > Visitors) and give it a value in each stage.")
        else:
            message = _tr("“{metric}” has no values yet. Give it a value in each stage.").format(metric=metric.name)
        self.chart.set_steps(steps, metric.unit if metric else "", message)
        self.table.setVisible(bool(steps))
        locale = QLocale()
        self.table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            alarm = step.drop_off is not None and step.drop_off > ALARM_DROP
            cells = (step.stage_name, format_count(step.count, locale), format_share(step.step_conversion, locale),
                     format_share(step.drop_off, locale), format_share(step.overall_conversion, locale))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and alarm:
                    item.setForeground(_ALARM)
                    item.setToolTip(_tr("More than half of the customers are lost at this step."))
                self.table.setItem(row, column, item)
        # As tall as its rows: the chart takes the rest.
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + rows
                                    + 2 * self.table.frameWidth() + 2)
        if len(steps) >= 2 and steps[-1].overall_conversion is not None:
            self.summary.setText(_tr("{share} of “{first}” reach “{last}”").format(
                share=format_share(steps[-1].overall_conversion, locale), first=steps[0].stage_name,
                last=steps[-1].stage_name))
        else:
            self.summary.setText("")


__all__ = ["FunnelDialog", "FunnelChart", "format_count", "format_share"]
