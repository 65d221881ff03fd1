"""Customer names in charts: no empty boxes for emoji or tabs, Chinese kept, long names cut."""

import warnings

from app.services import chart_figures as cf


def test_labels_leave_out_what_no_chart_font_draws():
    cf.configure()
    assert cf._shorten("🚀\tRocket\nLtd 🇨🇳", 30) == "Rocket Ltd"
    assert cf._shorten("上海申澄进出口贸易有限公司", 30) == "上海申澄进出口贸易有限公司"
    assert cf._shorten("A" * 40, 22) == "A" * 21 + "…"


def test_aging_chart_with_hostile_names_draws_without_missing_glyphs():
    data = cf.AgingBars("CNY", ["not due", "1-30"], ["🚀 Rocket\tTrading", "华东 🙂 贸易"],
                        [[100_00, 50_00], [20_00, 0]], total_amounts=[120_00, 50_00])
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font.*")
        png = cf.figure_png(cf.aging_bars_figure(data), dpi=60)
    assert png.startswith(b"\x89PNG")
