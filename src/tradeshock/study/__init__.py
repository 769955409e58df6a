"""Event studies: abnormal returns around events and the tests people trust, vectorised.

>>> from tradeshock.study import EventStudy
>>> study = EventStudy(model="market", benchmark="SPY", estimation=(-250, -11), window=(-1, 1))
>>> result = study.fit(events, prices)          # doctest: +SKIP
>>> result.caar, result.car_tests["brown_warner_1985"].p_value   # doctest: +SKIP
"""

from tradeshock.study.calendar import TradingCalendar, map_event_days
from tradeshock.study.event_study import CONVENTIONS, EventStudy, as_price_source
from tradeshock.study.events import EventTable, read_events
from tradeshock.study.factors import FactorTable, read_factors
from tradeshock.study.models import MODELS, ModelSpec, get_model
from tradeshock.study.result import CarSummary, EventStudyResult
from tradeshock.study.returns import compute_returns
from tradeshock.study.testing import DAILY_TESTS, DailyTest, TestResult
from tradeshock.study.windows import Window

__all__ = [
    "CONVENTIONS",
    "DAILY_TESTS",
    "MODELS",
    "CarSummary",
    "DailyTest",
    "EventStudy",
    "EventStudyResult",
    "EventTable",
    "FactorTable",
    "ModelSpec",
    "TestResult",
    "TradingCalendar",
    "Window",
    "as_price_source",
    "compute_returns",
    "get_model",
    "map_event_days",
    "read_events",
    "read_factors",
]
