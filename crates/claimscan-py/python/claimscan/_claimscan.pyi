# Type stubs for the native module. Report format v1.1 (docs/report-format.md), as dicts.
from typing import Iterable, List, Literal, Optional, Sequence, TypedDict

__version__: str

OffsetUnit = Literal["char", "utf16", "byte"]
Attribution = Literal["direct", "indirect", "mixed", "author"]
SourceKind = Literal["named", "pronoun", "description", "vague", "anonymous"]
Category = Literal["quantity", "prediction", "causation", "rule", "personal", "opinion", "other"]
EntityKind = Literal["person", "organization", "place", "other"]

class Options(TypedDict):
    offsets: OffsetUnit
    checkworthy_threshold: float
    author_claims: bool
    min_claim_words: int
    reasons: bool

class TextSpan(TypedDict):
    """A piece of the input: `text == input[start:end]` (with the default `offsets="char"`)."""

    start: int
    end: int
    text: str

class Sentence(TypedDict):
    start: int
    end: int
    paragraph: int
    headline: bool

class Source(TypedDict):
    text: str
    start: int
    end: int
    name: Optional[str]
    role: Optional[str]
    entity: Optional[str]
    kind: SourceKind
    vague: bool

HedgeType = Literal[
    "epistemic", "doxastic", "condition", "investigation", "prediction", "weasel", "approximator"
]
Certainty = Literal["certain", "probable", "possible", "conditional"]

class Hedge(TypedDict):
    """An uncertainty cue: a TextSpan with its type (format 1.1)."""

    start: int
    end: int
    text: str
    type: HedgeType

QuantityKind = Literal[
    "money", "percent", "count", "measure", "date", "duration", "ordinal", "range", "comparison"
]
Direction = Literal["more", "less", "up", "down", "most", "least", "same"]

class Quantity(TypedDict):
    """A quantity, date or comparison: a TextSpan with its normalised value (format 1.1)."""

    start: int
    end: int
    text: str
    kind: QuantityKind
    value: Optional[float]
    """The number, scaled ("1.8 million" is 1800000); a date's year; a relative date's offset."""
    unit: Optional[str]
    """An ISO 4217 code, "percent", a canonical unit, or the counted noun."""
    low: Optional[float]
    high: Optional[float]
    date: Optional[str]
    """A date's TIMEX-like normal form ("2024-03-05", "XXXX-01-05")."""
    relative: bool
    direction: Optional[Direction]

# "class" is a keyword, hence the functional form.
Cue = TypedDict(
    "Cue", {"text": str, "start": int, "end": int, "lemma": str, "class": str, "phrase": TextSpan}
)

class Claim(TypedDict):
    id: str
    text: str
    start: int
    end: int
    fragments: List[TextSpan]
    sentence: int
    attribution: Attribution
    source: Optional[Source]
    cue: Optional[Cue]
    channel: Optional[TextSpan]
    hedges: List[Hedge]
    condition: Optional[TextSpan]
    future: bool
    negated: bool
    certainty: Certainty
    checkworthiness: float
    checkworthy: bool
    category: Category
    statement: str
    reasons: List[str]
    quantities: List[Quantity]

class Entity(TypedDict):
    id: str
    name: str
    kind: EntityKind
    role: Optional[str]
    mentions: List[TextSpan]

class Report(TypedDict):
    schema: Literal["claimscan/1.1"]
    id: Optional[str]
    offsets: OffsetUnit
    sentences: List[Sentence]
    claims: List[Claim]
    entities: List[Entity]
    hedges: List[Hedge]
    quantities: List[Quantity]

class Extractor:
    """Build once, call many times. Bad options raise ValueError naming the option."""

    def __init__(
        self,
        *,
        offsets: OffsetUnit = "char",
        checkworthy_threshold: float = 0.5,
        author_claims: bool = True,
        min_claim_words: int = 3,
        reasons: bool = True,
    ) -> None: ...
    def extract(self, text: str, id: Optional[str] = None) -> Report:
        """The report for one text. A non-str raises TypeError; lone surrogates read as U+FFFD."""
    def extract_batch(
        self, texts: Iterable[str], ids: Optional[Sequence[Optional[str]]] = None
    ) -> List[Report]:
        """The reports for many texts, in order, extracted with the GIL released."""
    @property
    def options(self) -> Options: ...

def version() -> str: ...
def default_options() -> Options: ...
def explain(reasons: List[str]) -> List[str]: ...
