// Report format v1.1 as the WASM module returns it: plain objects, `null` for absent values.
// Hand-written to mirror crates/claimscan/src/report.rs; `scripts/test-pkg.sh` type-checks real
// output against these declarations with `tsc`, so a drift fails the build.

/** The unit of every `start`/`end` in a report. */
export type PositionEncoding = "utf16" | "utf8" | "codepoint";

/** Options for `new Extractor(options)`. Every field is optional; unknown fields throw. */
export interface Options {
  /** Unit of every `start`/`end`. Default `"utf16"`: `text.slice(start, end)` in JavaScript. */
  positionEncoding?: PositionEncoding;
  /** Claims scoring at least this are flagged `checkworthy`. In [0, 1]. Default 0.5. */
  checkworthyThreshold?: number;
  /** Report claims in the writer's own voice, not only attributed ones. Default true. */
  authorClaims?: boolean;
  /** Author claims with fewer words than this are left out. Integer, at most 1000. Default 3. */
  minClaimWords?: number;
  /** Give each claim its `reasons`; `false` leaves them empty and extracts faster. Default true. */
  reasons?: boolean;
}

/** The unit named in a report: `utf16` (default), `byte` (UTF-8) or `char` (code points). */
export type OffsetUnit = "char" | "utf16" | "byte";

/** A piece of the input: `text` is the input cut at `start..end`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A sentence of the input. */
export interface Sentence {
  start: number;
  end: number;
  /** Index (0-based) of the paragraph that holds the sentence. */
  paragraph: number;
  /** A headline or heading: a line that stands alone with no final punctuation. */
  headline: boolean;
}

/** How a claim is reported. */
export type Attribution = "direct" | "indirect" | "mixed" | "author";

/** What kind of uncertainty a hedge marks (format 1.1). */
export type HedgeType =
  | "epistemic"
  | "doxastic"
  | "condition"
  | "investigation"
  | "prediction"
  | "weasel"
  | "approximator";

/** An uncertainty cue: a span of the input with its type. */
export interface Hedge extends TextSpan {
  type: HedgeType;
}

/** How sure a claim is worded, from most to least sure (format 1.1). */
export type Certainty = "certain" | "probable" | "possible" | "conditional";

/** What kind of words name the source. */
export type SourceKind = "named" | "pronoun" | "description" | "vague" | "anonymous";

/** Who makes a claim. */
export interface Source {
  text: string;
  start: number;
  end: number;
  /** The resolved name of the person or organisation, when known. */
  name: string | null;
  /** The role or title given for the source. */
  role: string | null;
  /** The id of the entity the source resolves to. */
  entity: string | null;
  kind: SourceKind;
  /** The source is unnamed or collective. */
  vague: boolean;
}

/** The reporting word(s): "said", "according to", "warned". */
export interface Cue {
  text: string;
  start: number;
  end: number;
  /** The lexicon lemma ("warn"). */
  lemma: string;
  /** The stance class from the cue lexicon ("neutral", "warning", ...). */
  class: string;
  /** The whole reporting phrase around the cue: "has previously warned", "did not say",
   * "said in a statement:" (format 1.1). */
  phrase: TextSpan;
}

/** The claim category used by check-worthiness. */
export type Category =
  | "quantity"
  | "prediction"
  | "causation"
  | "rule"
  | "personal"
  | "opinion"
  | "other";

/** One claim. */
export interface Claim {
  id: string;
  /** The content; the hull of `fragments` when it is discontinuous. */
  text: string;
  start: number;
  end: number;
  fragments: TextSpan[];
  /** Index of the sentence where the claim starts. */
  sentence: number;
  attribution: Attribution;
  source: Source | null;
  cue: Cue | null;
  /** Where it was said ("in an interview with ..."). */
  channel: TextSpan | null;
  /** The uncertainty cues that modify the claim, typed. */
  hedges: Hedge[];
  condition: TextSpan | null;
  future: boolean;
  negated: boolean;
  /** How sure the claim is worded; the `certainty:` reasons say why. */
  certainty: Certainty;
  checkworthiness: number;
  checkworthy: boolean;
  category: Category;
  /** A standalone sentence that states the claim with its source. */
  statement: string;
  /** Every rule and lexicon entry that shaped this claim, in pipeline order. */
  reasons: string[];
  /** The quantities, dates and comparisons inside the claim's fragments (format 1.1). */
  quantities: Quantity[];
}

/** What a quantity is (format 1.1). */
export type QuantityKind =
  | "money" | "percent" | "count" | "measure" | "date" | "duration" | "ordinal" | "range" | "comparison";

/** Which way a comparison points (format 1.1). */
export type Direction = "more" | "less" | "up" | "down" | "most" | "least" | "same";

/** A quantity, date or comparison with its normalised value (format 1.1). */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  /** The number, scaled ("1.8 million" is 1800000); a date's year; a relative date's offset. */
  value: number | null;
  /** An ISO 4217 code, "percent", a canonical unit, or the counted noun. */
  unit: string | null;
  /** A range's ends. */
  low: number | null;
  high: number | null;
  /** A date's TIMEX-like normal form ("2024-03-05", "XXXX-01-05"). */
  date: string | null;
  /** A date with no year written ("last year", "Jan. 5"). */
  relative: boolean;
  direction: Direction | null;
}

/** What kind of thing an entity is. */
export type EntityKind = "person" | "organization" | "place" | "other";

/** A person, organisation or place with every mention of it. */
export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  role: string | null;
  mentions: TextSpan[];
}

/** The whole result for one document (report format v1.1). */
export interface Report {
  /** Always `"claimscan/1.1"`. */
  schema: "claimscan/1.1";
  /** The caller's document id, echoed. */
  id: string | null;
  offsets: OffsetUnit;
  sentences: Sentence[];
  claims: Claim[];
  entities: Entity[];
  /** Every uncertainty cue in the document, inside claims or not, typed. */
  hedges: Hedge[];
  /** Every quantity, date and comparison in the document (format 1.1). */
  quantities: Quantity[];
}
