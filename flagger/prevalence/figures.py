"""PNG figures of a suppressed analysis: a forest plot of prevalence and a co-occurrence heatmap.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no global
backend switch, no display needed). Sizes are fixed so reports lay out the same
every time: see ``FOREST_SIZE`` and ``HEATMAP_SIZE`` (pixels, width x height).
Withheld cells are drawn as withheld, never as values.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from flagger.prevalence.analysis import ALL, Analysis, PairRow, PrevalenceRow

DPI = 100
FOREST_SIZE = (1000, 900)
HEATMAP_SIZE = (1000, 900)
APPARENT_COLOUR = "#1f4e79"
CORRECTED_COLOUR = "#c55a11"
WITHHELD_COLOUR = "#d9d9d9"
FIGURE_FILES = {"forest": "prevalence_forest.png", "heatmap": "cooccurrence_heatmap.png"}


def write_figures(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Draw both figures of a suppressed analysis into *out_dir*; return the paths."""
    if not analysis.suppressed:
        raise ValueError("refusing to draw an analysis that has not been through suppression.withhold")
    out_dir.mkdir(parents=True, exist_ok=True)
    forest = out_dir / FIGURE_FILES["forest"]
    heatmap = out_dir / FIGURE_FILES["heatmap"]
    _save(forest_plot(analysis), forest)
    _save(cooccurrence_heatmap(analysis), heatmap)
    return [forest, heatmap]


def _figure(size: tuple[int, int]) -> Figure:
    fig = Figure(figsize=(size[0] / DPI, size[1] / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Figure, path: Path) -> None:
    fig.savefig(path, dpi=DPI, format="png")


def forest_plot(analysis: Analysis) -> Figure:
    """Apparent prevalence with its interval and, where available, the corrected one, per outcome."""
    rows = [r for r in analysis.rows if r.by == ALL]
    fig = _figure(FOREST_SIZE)
    fig.subplots_adjust(left=0.30, right=0.97, top=0.90, bottom=0.08)
    ax = fig.add_subplot()
    y = np.arange(len(rows))[::-1].astype(float)
    for yi, row in zip(y, rows, strict=True):
        _forest_row(ax, yi, row)
    ax.set_yticks(y, [_forest_label(r, analysis.settings.min_cell) for r in rows], fontsize=8)
    ax.set_xlim(-0.02, 1.02)  # room for points at 0% and 100%
    ax.set_ylim(-1, len(rows))
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    ax.set_xlabel(f"share of notes ({analysis.settings.level:.0%} interval)")
    ax.grid(axis="x", color="#eeeeee")
    ax.plot([], [], "o", color=APPARENT_COLOUR, label=f"apparent ({analysis.settings.ci})")
    ax.plot([], [], "D", color=CORRECTED_COLOUR, label="corrected (Rogan-Gladen, Lang-Reiczigel)")
    ax.legend(loc="lower right", fontsize=8)
    fig.suptitle(f"Screening indicators in {analysis.notes} notes (not confirmed trafficking)", fontsize=11)
    return fig


def _forest_row(ax: Axes, y: float, row: PrevalenceRow) -> None:
    _interval(ax, y + 0.15, row.proportion, row.ci_low, row.ci_high, "o", APPARENT_COLOUR)
    _interval(ax, y - 0.15, row.corrected, row.corrected_low, row.corrected_high, "D", CORRECTED_COLOUR)


def _interval(ax: Axes, y: float, estimate: float | None, low: float | None, high: float | None,
              marker: str, colour: str) -> None:
    """A point and its interval drawn separately: a Lang-Reiczigel interval need not contain the point."""
    if estimate is None or low is None or high is None:
        return
    ax.hlines(y, low, high, color=colour, linewidth=1.5)
    ax.plot([estimate], [y], marker, color=colour, markersize=4)


def _forest_label(row: PrevalenceRow, min_cell: int) -> str:
    if "present" in row.withheld:
        return f"{row.label}  [withheld: small cell, < {min_cell}]"
    return f"{row.label}  ({row.present}/{row.notes})"


def cooccurrence_heatmap(analysis: Analysis) -> Figure:
    """Phi between every pair of indicators; withheld pairs grey and marked, undefined pairs blank."""
    ids = [r.outcome for r in analysis.rows if r.by == ALL and r.kind == "indicator"]
    matrix, withheld = _phi_matrix(ids, analysis.pairs)
    fig = _figure(HEATMAP_SIZE)
    fig.subplots_adjust(left=0.20, right=0.97, top=0.94, bottom=0.20)
    ax = fig.add_subplot()
    ax.imshow(np.where(withheld, 1.0, np.nan), cmap="Greys", vmin=0, vmax=4)
    image = ax.imshow(np.ma.masked_invalid(matrix), cmap="RdBu_r", vmin=-1, vmax=1)
    labels = [analysis.labels.get(i, i) for i in ids]
    ax.set_xticks(range(len(ids)), labels, rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(ids)), labels, fontsize=7)
    _annotate(ax, matrix, withheld)
    fig.colorbar(image, ax=ax, shrink=0.7, label="phi (0 = independent)")
    fig.suptitle(f"Indicator co-occurrence in {analysis.notes} notes "
                 f"(grey x: withheld, a cell < {analysis.settings.min_cell})", fontsize=10)
    return fig


def _phi_matrix(ids: list[str], pairs: list[PairRow]) -> tuple[np.ndarray, np.ndarray]:
    index = {k: i for i, k in enumerate(ids)}
    matrix = np.full((len(ids), len(ids)), np.nan)
    withheld = np.zeros((len(ids), len(ids)), dtype=bool)
    for p in pairs:
        a, b = index[p.a], index[p.b]
        if p.withheld:
            withheld[a, b] = withheld[b, a] = True
        elif p.phi is not None:
            matrix[a, b] = matrix[b, a] = p.phi
    return matrix, withheld


def _annotate(ax: Axes, matrix: np.ndarray, withheld: np.ndarray) -> None:
    for (i, j), value in np.ndenumerate(matrix):
        if withheld[i, j]:
            ax.text(j, i, "x", ha="center", va="center", fontsize=6, color="#7f7f7f")
        elif not math.isnan(value):
            ax.text(j, i, f"{round(value, 2) + 0.0:.2f}".replace("0.", "."), ha="center", va="center",
                    fontsize=5, color="white" if abs(value) > 0.5 else "black")
