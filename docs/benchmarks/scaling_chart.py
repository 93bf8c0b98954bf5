#!/usr/bin/env python3
"""Draws docs/images/scaling.svg from docs/benchmarks/scaling.csv (written by the benchmarks' `scale` command).

Two panels side by side: wall time and peak memory against the number of mentees, one line per strategy, both axes
logarithmic (a straight line of slope 1 is linear growth). Standard library only:

    python3 docs/benchmarks/scaling_chart.py [scaling.csv] [scaling.svg]
"""
import csv
import math
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "scaling.csv")
TARGET = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "images", "scaling.svg")

COLOURS = ["#1b6ca8", "#d1495b", "#3f8f29", "#8a5a9e", "#e07b00", "#555555"]
PANEL_W, PANEL_H, MARGIN_L, MARGIN_B, MARGIN_T, GAP = 420, 300, 64, 48, 40, 70


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    series = {}
    for row in rows:
        series.setdefault(row["strategy"], []).append(
            (int(row["mentees"]), float(row["total_ms"]) / 1000.0, float(row["peak_resident_delta_mb"])))
    for points in series.values():
        points.sort()
    return series


def log_ticks(low, high):
    ticks, value = [], 10 ** math.floor(math.log10(low))
    while value <= high * 1.0001:
        for step in (1, 2, 5):
            tick = value * step
            if low / 1.0001 <= tick <= high * 1.0001:
                ticks.append(tick)
        value *= 10
    return ticks


def label(value):
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


def panel(out, x0, title, unit, series, index):
    xs = [p[0] for points in series.values() for p in points]
    ys = [max(p[index], 1e-3) for points in series.values() for p in points]
    x_lo, x_hi = min(xs) / 1.15, max(xs) * 1.15
    y_lo, y_hi = min(ys) / 1.5, max(ys) * 1.5

    def px(x):
        return x0 + MARGIN_L + (math.log(x) - math.log(x_lo)) / (math.log(x_hi) - math.log(x_lo)) * PANEL_W

    def py(y):
        return MARGIN_T + PANEL_H - (math.log(max(y, 1e-3)) - math.log(y_lo)) / (math.log(y_hi) - math.log(y_lo)) * PANEL_H

    out.append(f'<text x="{x0 + MARGIN_L + PANEL_W / 2}" y="22" text-anchor="middle" font-weight="bold">{escape(title)}</text>')
    out.append(f'<rect x="{x0 + MARGIN_L}" y="{MARGIN_T}" width="{PANEL_W}" height="{PANEL_H}" fill="none" stroke="#999"/>')
    for tick in sorted(set(xs)):
        out.append(f'<line x1="{px(tick):.1f}" y1="{MARGIN_T}" x2="{px(tick):.1f}" y2="{MARGIN_T + PANEL_H}" stroke="#eee"/>')
        out.append(f'<text x="{px(tick):.1f}" y="{MARGIN_T + PANEL_H + 16}" text-anchor="middle" font-size="11">{label(tick)}</text>')
    for tick in log_ticks(y_lo, y_hi):
        out.append(f'<line x1="{x0 + MARGIN_L}" y1="{py(tick):.1f}" x2="{x0 + MARGIN_L + PANEL_W}" y2="{py(tick):.1f}" stroke="#eee"/>')
        out.append(f'<text x="{x0 + MARGIN_L - 6}" y="{py(tick) + 4:.1f}" text-anchor="end" font-size="11">{label(tick)}</text>')
    out.append(f'<text x="{x0 + MARGIN_L + PANEL_W / 2}" y="{MARGIN_T + PANEL_H + 36}" text-anchor="middle" font-size="12">mentees (mentors = mentees / 5)</text>')
    out.append(f'<text transform="translate({x0 + 16},{MARGIN_T + PANEL_H / 2}) rotate(-90)" text-anchor="middle" font-size="12">{escape(unit)}</text>')
    for colour, (name, points) in zip(COLOURS, series.items()):
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(p[0]):.1f},{py(p[index]):.1f}" for i, p in enumerate(points))
        out.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for p in points:
            out.append(f'<circle cx="{px(p[0]):.1f}" cy="{py(p[index]):.1f}" r="3" fill="{colour}"/>')


def main():
    series = read(SOURCE)
    width = 2 * (MARGIN_L + PANEL_W) + GAP
    height = MARGIN_T + PANEL_H + MARGIN_B + 24 * ((len(series) + 2) // 3) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    panel(out, 0, "Wall time, end to end (log–log)", "seconds", series, 1)
    panel(out, MARGIN_L + PANEL_W + GAP, "Peak memory above baseline (log–log)", "MB", series, 2)
    legend_y = MARGIN_T + PANEL_H + MARGIN_B + 8
    for i, (colour, name) in enumerate(zip(COLOURS, series)):
        x = MARGIN_L + (i % 3) * 260
        y = legend_y + (i // 3) * 24
        out.append(f'<line x1="{x}" y1="{y}" x2="{x + 24}" y2="{y}" stroke="{colour}" stroke-width="3"/>')
        out.append(f'<text x="{x + 30}" y="{y + 4}">{escape(name)}</text>')
    out.append("</svg>")
    os.makedirs(os.path.dirname(os.path.abspath(TARGET)), exist_ok=True)
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"Wrote {TARGET} from {SOURCE}.")


if __name__ == "__main__":
    main()
