"""Word lists the event rules read: instrument nouns, action words and modality cues.

Every entry is a lower-case word form (no lemmatiser is needed). Multi-word cues are matched on
lower-cased sentence text. Keeping them here, apart from the rules, makes the rules explainable:
each event lists the cue words that fired.
"""

from __future__ import annotations

import re


def _forms(*stems: str) -> set[str]:
    out: set[str] = set()
    for s in stems:
        out.update(s.split("|"))
    return out


# instrument nouns (single tokens, lower case) -> instrument
INSTRUMENT_WORDS: dict[str, str] = {}
for w in _forms("tariff|tariffs|duty|duties|levy|levies|surcharge|surcharges|surtax|surtaxes"):
    INSTRUMENT_WORDS[w] = "tariff"
for w in _forms("sanction|sanctions|sanctioned"):
    INSTRUMENT_WORDS[w] = "sanction"
for w in _forms("quota|quotas"):
    INSTRUMENT_WORDS[w] = "import_restriction"  # a cap on what may be shipped in
for w in _forms("talks|negotiations|negotiation|meeting|meetings|summit|consultations|dialogue"):
    INSTRUMENT_WORDS[w] = "talks"
for w in _forms("agreement|agreements|deal|deals|truce|accord|pact|pacts|framework|frameworks|ceasefire|"
                 "détente|detente|memorandum|memorandums|memoranda|mou|mous|treaty|treaties"):
    INSTRUMENT_WORDS[w] = "agreement"
for w in _forms("ruling|rulings|verdict|judgment|judgement"):
    INSTRUMENT_WORDS[w] = "legal_ruling"
for w in _forms("probe|probes|investigation|investigations|countermeasures|countermeasure|inquiry|fees|fee"):
    INSTRUMENT_WORDS[w] = "other"

# multi-word instrument cues, matched on lower-cased text (longest first when they overlap)
INSTRUMENT_PHRASES: list[tuple[str, str]] = [
    ("national security review", "other"),
    ("national-security review", "other"),
    ("unreliable entity list", "entity_list"),
    ("entity list", "entity_list"),
    ("export control list", "entity_list"),
    ("trade blacklist", "entity_list"),
    ("blacklist", "entity_list"),
    ("blacklisted", "entity_list"),
    ("blacklists", "entity_list"),
    ("military end-user list", "entity_list"),
    ("end-user checks", "export_control"),
    ("end-use checks", "export_control"),
    ("export controls", "export_control"),
    ("export control", "export_control"),
    ("export restrictions", "export_control"),
    ("export restriction", "export_control"),
    ("export curbs", "export_control"),
    ("export ban", "export_control"),
    ("export bans", "export_control"),
    ("export licence", "export_control"),
    ("export license", "export_control"),
    ("export licences", "export_control"),
    ("export licenses", "export_control"),
    ("export licensing", "export_control"),
    ("export permits", "export_control"),
    ("licence requirement", "export_control"),
    ("license requirement", "export_control"),
    ("licensing requirement", "export_control"),
    ("foreign direct product rule", "export_control"),
    # named rules of 2025 wire copy: the rule extending the Entity List to affiliates owned 50% or more by listed
    # firms (annotated as a listing), and the AI chip export framework ("AI diffusion rule")
    ("affiliates rule", "entity_list"),
    ("affiliate rule", "entity_list"),
    ("ai diffusion rule", "export_control"),
    ("diffusion rule", "export_control"),
    ("export quota", "export_control"),
    ("export quotas", "export_control"),
    ("import ban", "import_restriction"),
    ("import bans", "import_restriction"),
    ("import restrictions", "import_restriction"),
    ("import curbs", "import_restriction"),
    ("investment restrictions", "investment_restriction"),
    ("outbound investment", "investment_restriction"),
    ("investment ban", "investment_restriction"),
    ("investment curbs", "investment_restriction"),
    ("investment screening", "investment_restriction"),
    ("phone call", "leader_call"),
    ("phone conversation", "leader_call"),
    ("telephone call", "leader_call"),
    ("telephone conversation", "leader_call"),
    ("video call", "leader_call"),
    ("spoke by phone", "leader_call"),
    ("spoke by telephone", "leader_call"),
    ("held a call", "leader_call"),
    ("world trade organization", "legal_ruling"),
    ("to the wto", "legal_ruling"),
    ("at the wto", "legal_ruling"),
    ("with the wto", "legal_ruling"),
    ("before the wto", "legal_ruling"),
    ("wto case", "legal_ruling"),
    ("wto complaint", "legal_ruling"),
    ("wto dispute", "legal_ruling"),
    ("wto challenge", "legal_ruling"),
    ("lawsuit", "legal_ruling"),
    ("legal challenge", "legal_ruling"),
    ("legal action", "legal_ruling"),
    ("whitelist", "export_control"),
    ("white list", "export_control"),
    ("list of trusted trading partners", "export_control"),
    ("list of preferred trading partners", "export_control"),
    ("trusted trading partners", "export_control"),
    ("licence requirements", "export_control"),
    ("license requirements", "export_control"),
    ("licensing requirements", "export_control"),
    ("temporary general license", "export_control"),
    ("temporary licence", "export_control"),
    ("temporary license", "export_control"),
    ("licence exemption", "export_control"),
    ("license exemption", "export_control"),
    ("licence exemptions", "export_control"),
    ("license exemptions", "export_control"),
    ("licence exception", "export_control"),
    ("license exception", "export_control"),
    ("licence exceptions", "export_control"),
    ("license exceptions", "export_control"),
    ("validated end-user", "export_control"),
    ("validated end user", "export_control"),
    ("validated end users", "export_control"),
    ("validated end-users", "export_control"),
    ("banning transactions", "sanction"),
    ("ban transactions", "sanction"),
    ("transactions with", "sanction"),
    ("asset freeze", "sanction"),
    ("stop using", "import_restriction"),
    ("stopped using", "import_restriction"),
    ("stop importing", "import_restriction"),
    ("stopped importing", "import_restriction"),
    ("stop buying", "import_restriction"),
    ("stop purchasing", "import_restriction"),
    ("halt purchases", "import_restriction"),
    ("suspend purchases", "import_restriction"),
    ("stopped buying", "import_restriction"),
    ("halted purchases", "import_restriction"),
    ("suspended purchases", "import_restriction"),
    ("critical information infrastructure", "import_restriction"),
    ("barred from buying shares", "investment_restriction"),
    ("investing in", "investment_restriction"),
    ("investments in", "investment_restriction"),
    ("american investment", "investment_restriction"),
    ("u.s. investment", "investment_restriction"),
    ("outbound investments", "investment_restriction"),
    ("cybersecurity review", "other"),
    ("security review", "other"),
    ("necessary measures", "other"),
    ("resolute measures", "other"),
    ("firm measures", "other"),
    ("forceful measures", "other"),
    ("strong measures", "other"),
    ("retaliatory measures", "other"),
    ("measures in response", "other"),
    ("list of unreliable entities", "entity_list"),
    ("unreliable entities list", "entity_list"),
    ("antitrust investigation", "other"),
    ("antitrust probe", "other"),
    ("anti-monopoly investigation", "other"),
    ("anti-monopoly probe", "other"),
    ("spoken by phone", "leader_call"),
    ("speak by phone", "leader_call"),
    ("talked by phone", "leader_call"),
    ("spoke by video", "leader_call"),
    ("talk by phone", "leader_call"),
    ("talked by telephone", "leader_call"),
    ("talk by telephone", "leader_call"),
    ("speak by telephone", "leader_call"),
    ("spoken by telephone", "leader_call"),
    ("spoke over the phone", "leader_call"),
    ("talked over the phone", "leader_call"),
    ("phone talks", "leader_call"),
    ("telephone talks", "leader_call"),
    ("video conference", "leader_call"),
    ("videoconference", "leader_call"),
    ("video-conference", "leader_call"),
    ("video link", "leader_call"),
    ("virtual meeting", "leader_call"),
    ("virtual summit", "leader_call"),
    ("measures of its own", "other"),
    ("countermeasures", "other"),
    ("fight back", "other"),
    ("respond in kind", "other"),
    ("digital services taxes", "other"),
    ("digital services tax", "other"),
    ("digital service taxes", "other"),
    ("digital service tax", "other"),
    ("digital taxes", "other"),
    ("digital tax", "other"),
    ("port fees", "other"),
    ("port fee", "other"),
    ("docking fees", "other"),
    ("import taxes", "tariff"),
    ("import tax", "tariff"),
    ("customs taxes", "tariff"),
    ("border taxes", "tariff"),
    ("border tax", "tariff"),
    ("safeguard measures", "tariff"),
    ("safeguard measure", "tariff"),
    ("sunset review", "other"),
    ("sunset reviews", "other"),
    ("expiry review", "other"),
    ("anti-circumvention", "other"),
    ("preferential trade status", "tariff"),
    ("preferential trade treatment", "tariff"),
    ("trade preferences", "tariff"),
    ("gsp benefits", "tariff"),
    ("gsp status", "tariff"),
    ("gsp program", "tariff"),
    ("gsp programme", "tariff"),
    ("duty-free entry", "tariff"),
    ("duty-free access", "tariff"),
    ("duty-free treatment", "tariff"),
    # the duty-free entry of low-value parcels: ending it applies the duty ("suspended the de minimis exemption")
    ("de minimis exemption", "tariff"),
    ("de minimis exemptions", "tariff"),
    ("de minimis treatment", "tariff"),
    ("de minimis rule", "tariff"),
    ("de minimis rules", "tariff"),
    ("de minimis loophole", "tariff"),
    ("de minimis provision", "tariff"),
    ("de minimis exception", "tariff"),
    ("de minimis threshold", "tariff"),
    ("de minimis waiver", "tariff"),
    ("anti-dumping duties", "tariff"),
    ("anti-dumping duty", "tariff"),
    ("antidumping duties", "tariff"),
    ("anti-subsidy duties", "tariff"),
    ("anti-subsidy duty", "tariff"),
    ("anti-dumping charge", "tariff"),
    ("anti-dumping charges", "tariff"),
    ("anti-subsidy charge", "tariff"),
    ("anti-subsidy charges", "tariff"),
    ("anti-dumping levy", "tariff"),
    ("anti-dumping levies", "tariff"),
    ("anti-subsidy levy", "tariff"),
    ("anti-subsidy levies", "tariff"),
    ("anti-dumping tariffs", "tariff"),
    ("freeze on any assets", "sanction"),
    ("freeze on the assets", "sanction"),
    ("froze the assets", "sanction"),
    ("freezing the assets", "sanction"),
    ("freeze the assets", "sanction"),
    ("assets frozen", "sanction"),
    ("pay deposits", "tariff"),
    ("lodge deposits", "tariff"),
    ("post deposits", "tariff"),
    ("provisional deposits", "tariff"),
    ("anti-dumping", "other"),
    ("antidumping", "other"),
    ("anti-subsidy", "other"),
    ("countervailing", "tariff"),
    ("currency manipulator", "other"),
    ("section 301 investigation", "other"),
    ("section 232 investigation", "other"),
    ("settled the dispute", "agreement"),
    ("settled their dispute", "agreement"),
    ("settled the trade dispute", "agreement"),
    ("settled the export dispute", "agreement"),
    ("settled their trade dispute", "agreement"),
    ("resolved the dispute", "agreement"),
    ("resolved their dispute", "agreement"),
    ("resolved the trade dispute", "agreement"),
    ("resolved their trade dispute", "agreement"),
    ("negotiating table", "talks"),
    ("trade talks", "talks"),
    ("trade discussions", "talks"),
    ("discussions on trade", "talks"),
    ("trade deal", "agreement"),
    ("put pen to paper", "agreement"),
    ("puts pen to paper", "agreement"),
    ("putting pen to paper", "agreement"),
    ("reached an understanding", "agreement"),
    ("trade agreement", "agreement"),
    ("phase one", "agreement"),
    ("phase 1", "agreement"),
]

# a trade-remedy case told with its kind ("a countervailing duty investigation", "a dumping complaint", "a
# safeguard petition"): a probe (instrument ``other``), read before the shorter phrases inside it; the words
# that must be in a sentence for it to be looked for
REMEDY_CASE = re.compile(r"(?<![\w-])(?:anti-?dumping|anti-subsidy|countervailing|dumping|safeguard|"
                         r"(?:anti-)?circumvention)\s+(?:duty\s+)?(?:investigations?|probes?|inquiry|complaints?|"
                         r"petitions?|cases?|review)(?![\w-])")
REMEDY_KEYS = ("dumping", "subsidy", "countervailing", "safeguard", "circumvention")

# words that turn "exports"/"sales"/"shipments"/"supply"/"purchases" into an instrument with an action
FLOW_EXPORT = _forms("exports|export|shipments|shipment|sales|supplying|selling|shipping|exporting")
FLOW_IMPORT = _forms("imports|purchases|buying|purchasing")
FLOW_ACTIONS: dict[str, str] = {}
for w in _forms("suspend|suspends|suspended|suspending|suspension|halt|halts|halted|halting|stop|stops|stopped|"
                "stopping|ban|bans|banned|banning|restrict|restricts|restricted|restricting|restriction|restrictions|"
                "curb|curbs|curbed|curbing|block|blocks|blocked|blocking|bar|bars|barred|barring|limit|limits|"
                "limited|limiting|prohibit|prohibits|prohibited|prohibiting|cut off|freeze|froze|frozen|choke|chokes|"
                "choked|choking|throttle|throttled|throttling|squeeze|squeezed|squeezing|strangle|strangling|cap|caps|capped|"
                "capping"):
    FLOW_ACTIONS[w] = "impose"
for w in _forms("resume|resumes|resumed|resuming|resumption|restart|restarts|restarted|restarting|restore|"
                "restores|restored|restoring|restoration|reopen|reopened"):
    FLOW_ACTIONS[w] = "resume"
for w in _forms("allow|allows|allowed|allowing|permit|permits|permitted|approve|approves|approved|approving|"
                "licensed|licenced"):
    FLOW_ACTIONS[w] = "ease"
# verbs of ending a trade flow, read before the flow ("will end imports of Russian coal", "agreed to phase out
# imports of gas", "wind down purchases"): the flow is stopped, a restriction imposed
FLOW_END = _forms("end|ends|ended|ending")
FLOW_END_PHRASES = _forms("phase out|phases out|phased out|phasing out|wind down|winds down|wound down|winding down")
# "a licence to export": the verb before the licence decides ("require" tightens, "grant" eases)
LICENCE_WORDS = _forms("license|licence|licenses|licences|permission|permit|approval")
LICENCE_VERBS = {**{w: "impose" for w in _forms("require|requires|required|requiring|need|needs|needed|"
                                                 "needing|obtain|seek|apply|hold|holds")},
                 **{w: "ease" for w in _forms("grant|grants|granted|granting|issue|issues|issued|issuing|"
                                               "approve|approves|approved|give|gave|given|receive|received|"
                                               "win|won|obtained|secured")},
                 **{w: "tighten" for w in _forms("deny|denies|denied|denying|revoke|revoked|revokes|"
                                                  "refuse|refused|withhold|withheld|held back|hold back")}}

# a licence noun standing alone ("will need licenses", "issued a temporary license") is an export
# control when a verb of requiring or granting governs it; who asks for one ("applied for licences")
# tells nothing about the control
STANDALONE_LICENCE = _forms("license|licence|licenses|licences|permits|permission")
STANDALONE_LICENCE_VERBS = {w: act for w, act in LICENCE_VERBS.items()
                            if w not in _forms("obtain|seek|apply|obtained")}
# the goods being traded: a licence governs an export when the sentence names goods or a trade verb
EXPORT_CONTEXT = _forms("export|exports|exporting|exporters|exporter|sell|sells|selling|sold|sales|ship|ships|"
                        "shipping|shipped|shipments|supply|supplying|supplied|supplier|suppliers|buy|buying|"
                        "deliver|delivering|transfer|transfers")
# "validated end-user" status is a relaxation: designated firms import without separate licences
END_USER_VERBS = _forms("designate|designated|designates|designating|named|granted|gave|approved|added|certified")
END_USER_PHRASES = ("validated end user", "validated end users", "validated end-user", "validated end-users")
# reliefs from a control: withdrawing one ("revoked the waiver", "ended the licence exemption", "stripped the
# plants of their validated end-user status") widens the control again
RELAXATION_NOUNS = _forms("waiver|waivers|exemption|exemptions|exception|exceptions|exclusion|exclusions|"
                          "carve-out|carve-outs|carveout|carveouts")
RELAXATION_PHRASES = set(END_USER_PHRASES) | _forms("licence exemption|license exemption|licence exemptions|"
                                                    "license exemptions|licence exception|license exception|"
                                                    "licence exceptions|license exceptions")
WITHDRAW_VERBS = _forms("end|ends|ended|ending|scrap|scraps|scrapped|scrapping|revoke|revokes|revoked|revoking|"
                        "revocation|withdraw|withdraws|withdrew|withdrawn|withdrawing|withdrawal|rescind|rescinds|"
                        "rescinded|rescinding|cancel|cancels|cancelled|canceled|cancelling|canceling|cancellation|"
                        "terminate|terminates|terminated|terminating|termination|strip|strips|stripped|stripping|"
                        "pull|pulls|pulled|pulling|remove|removes|removed|removing|removal|axe|axed|axes|"
                        "abolish|abolished|abolishes|repeal|repealed|repeals|kill|killed|yank|yanked|drop|dropped|"
                        "drops|dropping|lift|lifts|lifted|lifting")

# action words (single tokens) -> action
ACTION_WORDS: dict[str, str] = {}


def _act(action: str, forms: str) -> None:
    for w in forms.split("|"):
        if ACTION_WORDS.get(w, action) != action:
            # a word given two actions: the later one would silently win
            raise ValueError(f"lexicon: {w!r} is both {ACTION_WORDS[w]!r} and {action!r}")
        ACTION_WORDS[w] = action


_act("impose", "went ahead|go ahead|goes ahead|going ahead|proceeded|proceed|proceeds|proceeding|phase in|phased in|phasing in|""designate|designated|designates|designating|label|labelled|labeled|named|brand|branded|"
     "impose|imposes|imposed|imposing|imposition|slap|slaps|slapped|slapping|levy|levied|levying|"
     "introduce|introduces|introduced|introducing|introduction|unveils|unveiled|unveiling|adopt|adopts|"
     "adopted|enact|enacts|enacted|roll out|rolled out|implement|implements|implemented|implementing|"
     "hit|hits|hitting|handed|add|adds|added|adding|addition|place|places|placed|placing|put|puts|putting|ban|bans|"
     "banned|banning|restrict|restricts|restricted|restricting|require|requires|required|requiring|"
     "prohibit|prohibits|prohibited|prohibiting|bar|bars|barred|barring|charge|charges|charged|charging|"
     "collect|collects|collected|collecting|apply|applies|applied|applying|confirm|confirms|confirmed|confirming|"
     "approve|approves|approved|approving|"
     "retaliate|retaliated|retaliates|retaliating|retaliation|retaliatory|new|fresh|launched|launches|"
     "take effect|took effect|takes effect|went into effect|kicked in|kick in|came into force|entered into force")
# "set a 38% duty", "fixed a duty of": setting a measure imposes it (not "set to", "set out")
_act("impose", "set a|set an|setting a|setting an|fixed a|fixing a")
# headline verbs of laying on a duty ("clamps 30% duty on", "whacked a tariff on"), and a rate goods are
# made "subject to"
_act("impose", "clamp|clamps|clamped|clamping|whack|whacks|whacked|whacking|saddle|saddles|saddled|saddling|"
     "subject to")
# "Trump ordered a 30% tariff on ...": an order that sets a measure (not "ordered a review": anchors/actions
# read an inquiry ordered as opened)
_act("impose", "ordered|ordering")
_act("impose", "taken effect|gone into effect|come into effect|came into effect|taking effect|"
     "take hold|takes hold|took hold|taking hold")
_act("raise", "raise|raises|raised|raising|hike|hikes|hiked|hiking|increase|increases|increased|increasing|"
     "double|doubles|doubled|doubling|triple|tripled|triples|tripling|quadruple|quadrupled|quadruples|quadrupling|escalate|escalated|escalates|lift to|lifted to|boost|boosted|"
     "ratchet|ratcheted|jack|jacked|bump|bumps|bumped|bumping|upped|upping|hoist|hoists|hoisted|"
     "step up|steps up|stepped up|stepping up|higher|rise to|rises to|rose to|rise from|rises from|rose from|climb to|"
     "climbs to|climbed to|climb from|go to|goes to|went to|jump to|jumps to|jumped to")
_act("lower", "lower|lowers|lowered|lowering|cut|cuts|cutting|reduce|reduces|reduced|reducing|reduction|"
     "slash|slashes|slashed|slashing|halve|halved|trim|trimmed|lowered to|roll back|rolled back|rollback|"
     "fall to|falls to|fell to|falling to|drop to|drops to|dropped to|dropping to|decline to|declines to|"
     "declined to|come down to|comes down to|came down to|eased to|eases to|"
     "phase out|phases out|phased out|phasing out")
_act("tighten", "deny|denied|denies|denying|revoke licences|strikes|remove from|"
     "tighten|tightens|tightened|tightening|expand|expands|expanded|expanding|expansion|widen|widens|"
     "widened|widening|broaden|broadens|broadened|broadening|strengthen|strengthened|toughen|toughened|"
     "update|updated|close|closed|stricter|tougher|further")
_act("ease", "ease|eases|eased|easing|relax|relaxes|relaxed|relaxing|relaxation|loosen|loosens|loosened|"
     "loosening|lift|lifts|lifted|lifting|scrap|scraps|scrapped|scrapping|remove|removes|removed|removing|"
     "removal|grant|grants|granted|granting|drop|drops|dropped|dropping|waive|waived|waiver|waivers|exempt|exempted|"
     "exemption|exemptions|exclusion|exclusions|rescind|rescinded|revoke|revoked|revoking|withdraw|withdrew|"
     "withdrawn|end|ends|ended|ending|soften|softened|"
     "eliminate|eliminates|eliminated|eliminating|elimination|abolish|abolishes|abolished|abolishing|abolition|"
     "axe|axes|axed|axing|ditch|ditches|ditched|ditching|repeal|repeals|repealed|repealing|"
     "do away with|did away with|does away with")
_act("suspend", "suspend|suspends|suspended|suspending|suspension|pause|pauses|paused|pausing|freeze|froze|"
     "frozen|deferment|halt|halted|reprieve|moratorium|call off|calls off|called off|calling off|"
     "put on hold|on hold")
_act("defer", "defer|defers|deferred|deferring|delay|delays|delayed|delaying|postpone|postpones|postponed|"
     "postponing|postponement|push back|pushed back|hold off|holds off|held off|holding off|put off|puts off|"
     "putting off")
_act("extend", "extend|extends|extended|extending|extension|prolong|prolonged|renew|renewed|renewal")
_act("resume", "resume|resumes|resumed|resuming|resumption|restart|restarts|restarted|restarting|reinstate|reinstated|reinstates|restore|restored|"
     "reimpose|reimposed|reimposes|snap back|snapped back")
_act("threaten", "prepare|prepares|prepared|preparing|readied|readies|readying|ready|draw up|drew up|drawn up|"
     "threaten|threatens|threatened|threatening|threat|threats|warn|warns|warned|warning|weigh|"
     "weighs|weighing|mull|mulls|mulling|consider|considers|considering|vow|vows|vowed|pledge|pledged|"
     "mulled|contemplate|contemplating|eyeing|ultimatum|float|floats|floated|floating|dangle|dangles|dangled|"
     "dangling|moot|moots|mooted|mooting")
_act("announce", "announce|announces|announced|announcing|announcement|propose|proposes|proposed|proposing|"
     "proposal|put forward|puts forward|putting forward|tabled|tables|tabling|initiate|initiates|initiated|initiating|open|opens|opened|opening|launch|probe|"
     "file|filed|lodge|lodged|request|requested|investigate|investigates|investigated|investigating|begin|began|"
     "start|started|plan|plans|planned|unveil|recommend|recommends|recommended|recommending|recommendation")
_act("negotiate", "negotiate|negotiates|negotiated|negotiating|met|meet|meets|meeting|held|hold|holds|holding|"
     "talk|talked|discuss|discussed|discussing|resumed talks")
_act("agree", "agree|agrees|agreed|agreeing|reach|reached|reaches|reaching|strike|struck|striking|sign|signs|"
     "signed|signing|seal|sealed|clinch|clinched|conclude|concluded|finalise|finalised|finalize|finalized|"
     "formalize|formalized|formalise|formalised|formalizing|formalising|"
     "secured|secure|commit|committed|commitment|commitments|pledged to buy|deal|"
     "initial|initials|initialled|initialed|initialling|initialing|ink|inks|inked|inking|ratify|ratifies|ratified|"
     "ratifying|wrap up|wraps up|wrapped up|wrapping up|brokered|forged|hammered out|nailed down")
_CALL_VERBS = "call|called|calls|phoned"
_act("call", _CALL_VERBS + "|spoke|speak|speaks|dialed|dialled")
# verbs of phoning a person named right after them ("rang Erdogan", "phoned President Ramaphosa"): the call
# verbs but "spoke" and "dialed" (no person for object), with "phone", "telephone" and "ring", which are no
# call action words as they are nouns as often ("phone makers", "a smuggling ring")
PHONE_VERBS = _forms(_CALL_VERBS + "|phones|phone|telephoned|telephones|rang|rings|ring")
_act("rule", "rule|rules|ruled|ruling|struck down|strike down|strikes down|invalidate|invalidated|overturn|"
     "overturned|uphold|upheld|found|finds|decide|decided|authorize|authorized|authorise|authorised")

# verbs of a measure running out by itself ("the duties expired", "let the waiver lapse")
RUN_OUT = _forms("expire|expires|expired|expiring|lapse|lapses|lapsed|lapsing")

# phrasal acts whose particle closes the object ("let the duties lapse", "rolled the tariffs back", "put
# them on hold"): the verb, the particles, the action
PHRASAL_ACTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    **{v: (("back",), "lower") for v in ("roll", "rolls", "rolled", "rolling")},
    **{v: (("hold", "ice"), "suspend") for v in ("put", "puts", "putting", "placed")},
    **{v: (("aside",), "suspend") for v in ("set", "sets", "setting")},
    **{v: (("lapse", "expire", "run"), "ease") for v in ("let", "lets", "letting")},
    **{v: (("lapse", "expire"), "ease") for v in ("allowed", "allow", "allows", "allowing")},
}

# verbs of suing, which open a case by themselves ("sued the administration")
SUE_VERBS = _forms("sue|sues|sued|suing")
# verbs that open a legal case ("filed a lawsuit", "took its case to the WTO")
LEGAL_OPEN = _forms("take|takes|took|taking|bring|brings|brought|file|files|filed|filing|lodge|lodged|launch|"
                    "launched|start|started|open|opened|initiate|initiated|challenge|challenged|request|"
                    "requested|appeal|appealed|drag|drags|dragged|dragging|haul|hauls|hauled|hauling") | SUE_VERBS

# "announce" is also how new measures are introduced: "announced tariffs" = impose, announced
ANNOUNCE_VERBS = _forms("announce|announces|announced|announcing|unveil|unveils|unveiled|unveiling|declare|declared")

# which actions an instrument accepts; anything else is ignored for that instrument
ALLOWED_ACTIONS: dict[str, set[str]] = {
    "tariff": {"impose", "raise", "lower", "suspend", "resume", "defer", "extend", "threaten", "announce",
               "ease", "tighten"},
    "export_control": {"impose", "tighten", "ease", "suspend", "resume", "defer", "extend", "threaten",
                       "announce"},
    "import_restriction": {"impose", "tighten", "ease", "suspend", "resume", "defer", "extend", "threaten",
                           "announce"},
    "entity_list": {"impose", "tighten", "ease", "threaten", "announce", "extend", "suspend"},
    "sanction": {"impose", "tighten", "ease", "suspend", "resume", "threaten", "announce", "extend"},
    "investment_restriction": {"impose", "tighten", "ease", "threaten", "announce", "extend", "suspend"},
    "talks": {"negotiate", "resume", "announce", "suspend", "extend", "agree"},
    "agreement": {"agree", "extend", "suspend", "negotiate", "announce", "threaten"},
    "leader_call": {"call"},
    "legal_ruling": {"rule", "announce", "threaten", "suspend"},
    "other": {"impose", "announce", "raise", "lower", "suspend", "extend", "threaten", "ease", "tighten",
              "resume", "defer", "rule"},
}

# instrument phrases that carry their own verb, and its action ("banning transactions with")
PHRASE_ACTION = {"banning transactions": "impose", "ban transactions": "impose", "asset freeze": "impose",
                 "pay deposits": "impose", "lodge deposits": "impose", "post deposits": "impose",
                 "freeze on any assets": "impose", "freeze on the assets": "impose", "froze the assets": "impose",
                 "freezing the assets": "impose", "freeze the assets": "impose", "assets frozen": "impose",
                 "stop buying": "impose", "stop purchasing": "impose", "halt purchases": "impose",
                 "stop using": "impose", "stopped using": "impose", "stop importing": "impose",
                 "stopped importing": "impose",
                 "suspend purchases": "impose", "stopped buying": "impose", "halted purchases": "impose",
                 "suspended purchases": "impose", "barred from buying shares": "impose", "blacklisted": "impose",
                 "settled the dispute": "agree", "settled their dispute": "agree", "settled the trade dispute": "agree",
                 "settled the export dispute": "agree", "settled their trade dispute": "agree",
                 "resolved the dispute": "agree", "resolved their dispute": "agree",
                 "resolved the trade dispute": "agree", "resolved their trade dispute": "agree",
                 "spoken by phone": "call", "speak by phone": "call", "talked by phone": "call",
                 "spoke by video": "call", "talk by phone": "call", "talked by telephone": "call",
                 "talk by telephone": "call", "speak by telephone": "call", "spoken by telephone": "call",
                 "spoke over the phone": "call", "talked over the phone": "call",
                 "put pen to paper": "agree", "puts pen to paper": "agree", "putting pen to paper": "agree",
                 "reached an understanding": "agree"}

# unnamed retaliation ("would take necessary measures", "vowed to fight back"): a threat unless the
# text says it was carried out
COUNTERMEASURE_PHRASES = {"necessary measures", "resolute measures", "firm measures", "forceful measures",
                          "strong measures", "retaliatory measures", "measures in response", "measures of its own",
                          "countermeasures", "fight back", "respond in kind"}
TAKE_VERBS = _forms("take|takes|took|taken|taking|adopt|adopts|adopted")
FUTURE_MODALS = _forms("would|will|could|may|might|shall|vowed|vows|vow|pledged|threatened|threatens|warned|"
                       "warns|reserved|reserves|right|ready|prepared|poised|promised|promises|able")

# instruments that are events by themselves (no action word needed) and their default action
SELF_ACTION = {"talks": "negotiate", "leader_call": "call", "legal_ruling": "rule"}

# modality
HYPOTHETICAL = ["if ", "unless ", "whether ", "would ", "could ", "might ", "may ", "should ", "in exchange for",
                "in return for", "as long as", "provided that", "on condition", "in case"]
THREAT_CUES = _forms("threaten|threatens|threatened|threatening|threat|threats|warn|warns|warned|warning|"
                     "weigh|weighs|weighing|mull|mulls|mulling|consider|considers|considering|vow|vows|"
                     "vowed|ultimatum|could|would|might|may|possible|potential|contemplate|contemplating|eyeing|"
                     "float|floats|floated|floating|dangle|dangles|dangled|dangling|moot|moots|mooted|mooting")
# words of a formal proposal: a measure proposed, put forward or tabled is not yet decided ("proposed duties of
# up to 35%", "tabled a surtax on US dairy", "pitched a plan to cut tariffs", "put forward a proposal to")
PROPOSAL_CUES = _forms("propose|proposes|proposed|proposing|proposal|proposals|put forward|puts forward|putting forward|"
                       "tabled|tables|tabling|"
                       "pitched|pitches|pitching|suggested|suggests|suggesting")
DEMAND_CUES = _forms("wants|want|wanted|seeks|seek|sought|demand|demands|demanded|urge|urges|urged|"
                     "pressed|pressing|asks|asked|ask|calls for|called for|pushing for|push for|hopes|hoped|"
                     "pressure|pressures|pressuring|lobbying|lobbied")
# words for the whole of what a country sends ("everything coming in from the EU", "anything Mexico ships")
EVERYTHING_WORDS = ("everything", "anything", "whatever")
FUTURE_CUES = _forms("will|shall|plans|planned|planning|set|scheduled|due|intends|intend|expected|upcoming|"
                     "next|proposed")
NEGOTIATION_CUES = ["whether ", "discuss", "discussion", "negotiat", "bargain", "on the table", "talks on",
                    "talks about", "in talks", "seeking", "agenda", "focal point", "could be", "push for",
                    "pushing for"]
NEGATION = _forms("not|no|never|n't|without|neither|nor|denied|deny|denies|refused|rejected|ruled out|unable")
UNCHANGED_CUES = ["remain in place", "remains in place", "remain in effect", "remains in effect",
                  "stay in place", "stays in place", "unchanged", "will remain", "still in place", "remain at",
                  "remain exempt", "remains exempt", "stay exempt", "stays exempt", "still exempt", "stay at",
                  "stays at", "keep paying", "keeps paying", "continue to pay", "continues to pay", "continue paying",
                  "remain subject to", "remains subject to", "still subject to"]

# what a measure or a relief does not cover, told of a measure after it: "the exemption does not extend
# to the 25% tariff", "goods in transit are not covered by the duties", "is not subject to the levy"
SCOPE_DENIED = re.compile(r"\b(?:(?:does|do|did|will|would|could|shall)\s+not|doesn[’']t|don[’']t|didn[’']t|won[’']t)"
                          r"\s+(?:\w+\s+)?(?:extend|apply|reach|cover|include|affect|touch)\b|"
                          r"\b(?:is|are|was|were|be|been)\s+not\s+(?:\w+\s+)?(?:covered|included|affected|subject)\b|"
                          r"\b(?:isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\s+(?:covered|included|affected|subject)\b", re.I)

# shares and their moves
MOVE_UP = _forms("surge|surged|surges|surging|rose|rise|rises|rising|jump|jumped|jumps|jumping|gain|gained|"
                 "gains|gaining|climb|climbed|climbs|climbing|rally|rallied|rallies|rallying|soar|soared|soars|"
                 "soaring|advance|advanced|advances|added|up|higher|increase|increases|increased|spiked|spike|"
                 "leapt|leaped|leap|popped|jumping|outperformed|rebounded|rebound|recovered|boosted|lifted|"
                 "risen|soared")
MOVE_DOWN = _forms("fell|fall|falls|falling|drop|dropped|drops|dropping|slid|slide|slides|sliding|tumble|"
                   "tumbled|tumbles|tumbling|plunge|plunged|plunges|plunging|sank|sink|sinks|sinking|decline|"
                   "declined|declines|declining|lost|lose|loses|losing|slump|slumped|slumps|down|lower|shed|"
                   "sheds|retreated|retreat|skidded|dipped|dip|dips|tanked|sell-off|selloff|losses|"
                   "underperformed|weighed|hit|hammered|battered|sagged|eased|fallen|sunk|slipped|slips|"
                   "plummeted|plunged")
STOCK_CUES = _forms("shares|share|stock|stocks|equities|equity|traded|trading|nasdaq|nyse|investors|"
                    "market|markets|%|percent|cent|premarket|pre-market|session|index|indices|rally|sell-off")

# tariff preferences: withdrawing one raises the duties the goods pay, restoring one lowers them
PREFERENCE_PHRASES = {"generalized system of preferences", "generalised system of preferences",
                      "preferential trade status", "preferential trade treatment", "trade preferences",
                      "gsp benefits", "gsp status", "gsp program", "gsp programme", "duty-free entry",
                      "duty-free access", "duty-free treatment"}
PREFERENCE_ACTIONS = {"ease": "raise", "lower": "raise", "suspend": "raise", "tighten": "raise",
                      "resume": "lower", "extend": "lower", "impose": "lower"}
