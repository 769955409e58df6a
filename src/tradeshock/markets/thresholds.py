"""The numbers that turn measured returns into verdicts on an article's market claims.

They are kept in this one place and documented in ``docs/claims.md`` (a test checks that every
one of them is there), so a reader can disagree with them openly.

* ``FLAT``: a close-to-close move smaller than this (in absolute value) is "flat": it neither
  supports nor contradicts a stated direction (``partly_supported``).
* ``STRONG_DAILY``: words such as "surged", "soared", "sharply", "plunged", "tumbled" promise at
  least this move in a day; a smaller move in the right direction is ``partly_supported``.
* ``MAGNITUDE_ABS`` / ``MAGNITUDE_REL``: a stated size ("fell 5%") is supported when the measured
  size is within max(ABS, REL x stated) of it.
* ``APPROX_BELOW``: "nearly 18%" / "almost 18%" is supported by a measured size between
  18% - max(APPROX_BELOW, MAGNITUDE_REL x 18%) and 18% + MAGNITUDE_ABS / 2; above that the
  article understates the move, below it overstates it (both ``partly_supported``).
* ``RECOVERY_GAP``: "almost recovered to the high" is supported when the close is below the
  high by less than this fraction; at or above the high the recovery is complete (a
  ``partly_supported`` understatement); further below, the claim is ``contradicted``.
* ``CONTRADICT_MARGIN``: a move in the opposite direction larger than this contradicts the claim.
"""

from __future__ import annotations

FLAT = 0.001
STRONG_DAILY = 0.02
MAGNITUDE_ABS = 0.005
MAGNITUDE_REL = 0.10
APPROX_BELOW = 0.02
RECOVERY_GAP = 0.05
CONTRADICT_MARGIN = 0.001

#: every threshold above by lower-case name, built from the module's upper-case numbers so none is left out
ALL = {name.lower(): value for name, value in dict(globals()).items()
       if name.isupper() and isinstance(value, float)}
