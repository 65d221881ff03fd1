"""The demo company carries credit data for a share of its customers, and scores end to end."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import text

from app.services import credit
from app.services.demo import generate_demo
from app.storage.db import Database

AS_OF = date(2026, 11, 23)


def test_demo_has_credit_data_and_every_customer_scores(tmp_path):
    with Database.open(tmp_path / "demo.db", create=True) as db:
        generate_demo(db, customers=60, invoices=900, as_of=AS_OF)
        with db.engine.connect() as conn:
            n_fin = conn.execute(text("SELECT COUNT(*) FROM customer_financials")).scalar()
            n_rat = conn.execute(text("SELECT COUNT(*) FROM external_rating")).scalar()
            assert n_fin == 12 and n_rat == 9        # ids ≡ 1 (mod 5), ids ≡ 3 (mod 7)
            rows = credit.evaluate(conn, AS_OF)
            assert len(rows) == 60 and set(Counter(r.grade for r in rows)) <= set("ABCD")
            flags = Counter(f for r in rows for f in r.score.flags)
            assert flags["no_financials"] == 48 and flags["stale_financials"] == 2   # 16 and 17 months old
        with db.session() as s:
            r = credit.rescore(s, AS_OF, apply=True)
        assert r.customers == 60 and len(r.grade_changes) == 60
