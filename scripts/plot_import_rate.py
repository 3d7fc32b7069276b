#!/usr/bin/env python3
"""Import rate over time, as an SVG, from a timestamped `scrm archive import` progress log.

Input: lines `EPOCH_SECONDS progress: P% of file, N imported, ...` (what
`scripts/bench-archive-scale.sh` records: the importer's own progress lines, each prefixed with
the time it was read). Output: a CSV of (seconds, imported, rate over the interval) on stdout's
side file and an SVG line chart of the rate (messages a second, per interval between progress
lines) against the messages imported so far, with the first and last tenth's averages marked.

Python standard library only (no plotting package on an intranet box).

    python3 scripts/plot_import_rate.py progress.log docs/import-rate-10m.svg [TITLE]
"""

import math
import re
import sys

PROGRESS = re.compile(r"^(\d+(?:\.\d+)?) progress: [\d.]+% of file, (\d+) imported")
WIDTH, HEIGHT = 760, 380
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 40, 50


def read_points(path):
    points = []
    with open(path, encoding="utf-8") as log:
        for line in log:
            match = PROGRESS.match(line.strip())
            if match:
                points.append((float(match.group(1)), int(match.group(2))))
    return points


def intervals(points):
    """(imported at the end of the interval, msg/s over it) for each pair of lines."""
    rates = []
    for (t0, n0), (t1, n1) in zip(points, points[1:]):
        if t1 > t0 and n1 >= n0:
            rates.append((n1, (n1 - n0) / (t1 - t0)))
    return rates


def average_rate(points, first, last):
    (t0, n0), (t1, n1) = points[first], points[last]
    return (n1 - n0) / (t1 - t0) if t1 > t0 else 0.0


def svg(rates, points, title):
    max_n = max(n for n, _ in rates)
    # Round the axis up to whole 10k msg/s, so the five ticks are round numbers.
    max_rate = math.ceil(max(rate for _, rate in rates) * 1.05 / 10_000) * 10_000
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(n):
        return LEFT + plot_w * n / max_n

    def y(rate):
        return TOP + plot_h * (1 - rate / max_rate)

    tenth = max(1, len(points) // 10)
    start = average_rate(points, 0, tenth)
    end = average_rate(points, len(points) - 1 - tenth, len(points) - 1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{WIDTH / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" stroke="black"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}" stroke="black"/>',
    ]
    for step in range(6):
        rate = max_rate * step / 5
        out.append(
            f'<text x="{LEFT - 6}" y="{y(rate) + 4:.1f}" text-anchor="end">{rate / 1000:.0f}k</text>'
        )
        out.append(
            f'<line x1="{LEFT}" y1="{y(rate):.1f}" x2="{LEFT + plot_w}" y2="{y(rate):.1f}" stroke="#ddd"/>'
        )
        n = max_n * step / 5
        out.append(
            f'<text x="{x(n):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">{n / 1e6:.1f}M</text>'
        )
    out.append(
        f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 10}" text-anchor="middle">messages archived</text>'
    )
    out.append(
        f'<text x="16" y="{TOP + plot_h / 2}" transform="rotate(-90 16 {TOP + plot_h / 2})" '
        'text-anchor="middle">msg/s (between progress lines)</text>'
    )
    line = " ".join(f"{x(n):.1f},{y(rate):.1f}" for n, rate in rates)
    out.append(f'<polyline points="{line}" fill="none" stroke="#1f77b4" stroke-width="1.5"/>')
    for label, rate, color in (("first tenth", start, "#2ca02c"), ("last tenth", end, "#d62728")):
        out.append(
            f'<line x1="{LEFT}" y1="{y(rate):.1f}" x2="{LEFT + plot_w}" y2="{y(rate):.1f}" '
            f'stroke="{color}" stroke-dasharray="4 3"/>'
        )
        out.append(
            f'<text x="{LEFT + plot_w - 4}" y="{y(rate) - 4:.1f}" text-anchor="end" fill="{color}">'
            f"{label}: {rate:,.0f} msg/s</text>"
        )
    out.append("</svg>")
    return "\n".join(out) + "\n", start, end


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: plot_import_rate.py PROGRESS_LOG OUT.svg [TITLE]")
    points = read_points(sys.argv[1])
    rates = intervals(points)
    if len(rates) < 2:
        sys.exit(f"{sys.argv[1]}: fewer than three progress lines")
    title = sys.argv[3] if len(sys.argv) > 3 else "scrm archive import: rate over the run"
    chart, start, end = svg(rates, points, title)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(chart)
    with open(sys.argv[2].rsplit(".", 1)[0] + ".csv", "w", encoding="utf-8") as out:
        out.write("imported,msg_per_s\n")
        for n, rate in rates:
            out.write(f"{n},{rate:.0f}\n")
    print(
        f"{len(rates)} intervals; first tenth {start:,.0f} msg/s, last tenth {end:,.0f} msg/s "
        f"({(end / start - 1) * 100:+.0f} %)"
    )


if __name__ == "__main__":
    main()
