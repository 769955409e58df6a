"""Trade-policy events from a parsed article, by explainable rules.

For every sentence:

1. find *anchors*: instrument words and phrases ("tariffs", "export controls", "Entity List",
   "talks", "phone call"), and verb + trade-flow pairs that are instruments with their own action
   ("suspend exports", "resume the export of", "halt purchases");
2. give each anchor one action: its own, else the nearest action word on its left within the
   clause, else on its right ("the tariffs imposed on ...", "the agreement reached ...");
3. fill the frame: actor and target from countries, capitals used as governments, ministries and
   officials around it; goods; the rate next to the instrument; the date in the sentence (relative
   dates resolved against the publication date and a running reference date); status from
   modality (conditionals are ``proposed``, warnings ``threatened``, open questions in talks
   ``under_negotiation``);
4. read across sentences (:mod:`tradeshock.extract.coref`): the goods or companies listed with
   their rates after a measure are events of their own with its actor, target and date; a purchase
   commitment with several amounts is one event per amount, dated by the deal that contains it;
5. merge restatements of the same event across the article, preferring body text over headlines.

Every event lists the cue words that fired (``Event.why``).
"""

from tradeshock.extract.events.common import DEESCALATION, ESCALATION, FACT_STATUS, SYMMETRIC
from tradeshock.extract.events.extract import extract_events
from tradeshock.extract.events.finish import EXTRACTOR_VERSION
from tradeshock.extract.events.goods import BASE_SUBJECTS, base_subject
from tradeshock.extract.events.records import Anchor, Draft, Party

__all__ = [
    "BASE_SUBJECTS",
    "DEESCALATION",
    "ESCALATION",
    "EXTRACTOR_VERSION",
    "FACT_STATUS",
    "SYMMETRIC",
    "Anchor",
    "Draft",
    "Party",
    "base_subject",
    "extract_events",
]
