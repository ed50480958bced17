"""Every size, font size and colour the layout uses, in one frozen object, plus colour helpers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutStyle:
    # Page and title band
    margin: float = 16.0
    title_size: float = 18.0
    subtitle_size: float = 9.0
    subtitle_max_lines: int = 4  # of the description, under the client · author line
    title_gap: float = 10.0  # between the title band and the stage headers

    # Grid
    base_column_width: float = 220.0  # × Stage.width
    lane_header_width: float = 150.0
    min_lane_height: float = 110.0  # × Lane.height
    emotion_lane_height: float = 170.0  # × Lane.height
    header_padding: float = 8.0
    stage_header_min_height: float = 44.0
    stage_name_size: float = 12.0
    stage_name_max_lines: int = 3
    stage_description_size: float = 8.5
    stage_description_max_lines: int = 4
    lane_title_size: float = 11.0
    lane_title_max_lines: int = 4
    lane_kind_size: float = 8.0
    lane_header_shade: float = 0.93  # lane header = lane colour darkened by this factor

    # Cards
    cell_padding: float = 12.0  # also half the width of the connector channels between cells
    card_gap: float = 8.0
    card_padding: float = 6.0
    card_text_size: float = 9.5
    card_corner_radius: float = 4.0
    card_border_width: float = 0.6
    card_border_colour: str = "#90A4AE"
    channel_icon_size: float = 12.0
    icon_gap: float = 4.0
    evidence_marker_size: float = 6.0
    evidence_observed_colour: str = "#2E7D32"  # filled disc
    evidence_assumed_colour: str = "#757575"  # hollow ring
    evidence_proposed_colour: str = "#1565C0"  # ring around a light fill
    evidence_proposed_fill: str = "#BBDEFB"
    image_gap: float = 6.0
    max_image_height: float = 180.0
    vote_dot_size: float = 6.0  # workshop dot votes, a row under the card's text
    vote_dot_gap: float = 2.5
    vote_dot_colour: str = "#D81B60"
    vote_rows_max: int = 3  # more votes than fit in this many rows: one dot and the count

    # Text colours: dark on light fills, light on dark ones
    text_colour: str = "#212121"
    text_on_dark_colour: str = "#FFFFFF"
    muted_text_colour: str = "#616161"
    grid_line_colour: str = "#CFD8DC"
    grid_line_width: float = 0.5

    # Emotion curves
    curve_width: float = 2.0
    curve_dash: tuple[float, ...] = (6.0, 3.0)  # to-be curves
    # Across a stage with no point (a gap): faint and dotted, so no value is read into it
    curve_bridge_width: float = 1.25
    curve_bridge_dash: tuple[float, ...] = (2.0, 3.0)
    curve_bridge_fade: float = 0.4  # share of white mixed into the curve's colour
    face_radius: float = 7.0
    face_stroke_width: float = 1.0
    face_fill: str = "#FFFFFF"
    curve_label_size: float = 7.5
    curve_label_max_lines: int = 2
    curve_label_gap: float = 2.0
    zero_line_colour: str = "#B0BEC5"
    zero_line_dash: tuple[float, ...] = (2.0, 2.0)
    legend_size: float = 8.0
    legend_swatch_length: float = 18.0
    legend_max_lines: int = 2
    missing_persona_colour: str = "#7F8C8D"

    # KPI rows
    metric_name_size: float = 8.5
    metric_name_max_lines: int = 2
    metric_value_size: float = 10.0
    metric_target_size: float = 7.5
    metric_row_min_height: float = 34.0
    metric_bar_height: float = 4.0
    metric_tick_height: float = 8.0
    metric_tick_width: float = 1.2
    metric_gap: float = 3.0
    good_colour: str = "#2E7D32"
    bad_colour: str = "#C62828"
    neutral_colour: str = "#546E7A"
    missing_colour: str = "#9E9E9E"
    bar_track_colour: str = "#CFD8DC"

    # Connectors
    connector_width: float = 1.2
    connector_colour: str = "#455A64"
    back_connector_colour: str = "#7B1FA2"
    connector_back_dash: tuple[float, ...] = (5.0, 3.0)
    connector_optional_dash: tuple[float, ...] = (1.5, 2.5)
    connector_corner_radius: float = 6.0
    connector_track_spacing: float = 3.0
    arrow_length: float = 6.0
    arrow_width: float = 5.0
    connector_label_size: float = 7.5
    connector_label_width: float = 110.0
    connector_label_max_lines: int = 2
    connector_label_padding: float = 2.0


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour, 0 (black) to 1 (white)."""

    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def text_colour_on(fill: str, style: LayoutStyle) -> str:
    # 0.18 is where white and near-black text have about the same contrast.
    return style.text_on_dark_colour if luminance(fill) < 0.18 else style.text_colour


def shade(colour: str, factor: float) -> str:
    """The colour with each channel multiplied by ``factor`` (< 1 darkens)."""
    r, g, b = (min(255, max(0, round(c * factor))) for c in _rgb(colour))
    return f"#{r:02X}{g:02X}{b:02X}"
