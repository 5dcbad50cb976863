//! Lexicons are plain data files under `src/lexicons/`, compiled into the binary.
//!
//! Format: one entry per line, fields separated by `|`, surrounding spaces trimmed. Lines that
//! start with `#` are the header and comments. Each file's header says what it holds and how
//! its entries were chosen. `tests::lexicons_are_sorted_and_unique` keeps every file sorted by
//! its first field and free of duplicates.
//!
//! [`Lexicons`] compiles every word list once, in `Extractor::new`; the stages look words up
//! through it and never compile a list of their own.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::segment::Abbreviations;

/// A lexicon file: its name (for reasons) and its text.
pub struct LexiconFile {
    pub name: &'static str,
    pub text: &'static str,
    /// How many `|`-separated fields each entry has.
    pub fields: usize,
}

/// Test builds embed the file as written; other builds the copy without its comment lines that
/// `build.rs` writes (the header is for people; [`LexiconFile::entries`] skips it anyway).
#[cfg(test)]
macro_rules! lexicon_text {
    ($name:literal) => {
        include_str!(concat!("lexicons/", $name, ".txt"))
    };
}
#[cfg(not(test))]
macro_rules! lexicon_text {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicons/", $name, ".txt"))
    };
}

macro_rules! lexicon {
    ($name:literal, $fields:expr) => {
        LexiconFile {
            name: $name,
            text: lexicon_text!($name),
            fields: $fields,
        }
    };
}

pub const ABBREVIATIONS: LexiconFile = lexicon!("abbreviations", 2);
pub const CUES: LexiconFile = lexicon!("cues", 4);
pub const HEDGES: LexiconFile = lexicon!("hedges", 3);
pub const CUE_CERTAINTY: LexiconFile = lexicon!("cue_certainty", 2);
pub const TITLES: LexiconFile = lexicon!("titles", 1);
pub const SOURCE_NOUNS: LexiconFile = lexicon!("source_nouns", 2);
pub const PLACES: LexiconFile = lexicon!("places", 1);
pub const ORGANIZATIONS: LexiconFile = lexicon!("organizations", 1);
pub const SENTENCE_STARTERS: LexiconFile = lexicon!("sentence_starters", 1);
pub const CHECKWORTHY: LexiconFile = lexicon!("checkworthy", 3);
pub const CHECKWORTHY_QUESTIONS: LexiconFile = lexicon!("checkworthy_questions", 2);
// The quantity recogniser's word lists (quantities/lexicons.rs builds its patterns from them).
pub const QUANTITY_NUMBER_WORDS: LexiconFile = lexicon!("quantity_number_words", 3);
pub const QUANTITY_FRACTIONS: LexiconFile = lexicon!("quantity_fractions", 2);
pub const QUANTITY_CURRENCIES: LexiconFile = lexicon!("quantity_currencies", 4);
pub const QUANTITY_UNITS: LexiconFile = lexicon!("quantity_units", 3);
pub const QUANTITY_CALENDAR: LexiconFile = lexicon!("quantity_calendar", 3);
pub const QUANTITY_COMPARISONS: LexiconFile = lexicon!("quantity_comparisons", 3);
pub const QUANTITY_COUNT_WORDS: LexiconFile = lexicon!("quantity_count_words", 2);
pub const CUE_FRAMES: LexiconFile = lexicon!("cue_frames", 2);
pub const ADDRESSEES: LexiconFile = lexicon!("addressees", 1);
pub const CHANNELS: LexiconFile = lexicon!("channels", 1);
pub const OUTLETS: LexiconFile = lexicon!("outlets", 2);
pub const IRREGULAR_PASTS: LexiconFile = lexicon!("irregular_pasts", 1);
pub const LABELS: LexiconFile = lexicon!("labels", 2);
pub const SOURCE_HEADS: LexiconFile = lexicon!("source_heads", 2);
pub const ORG_WORDS: LexiconFile = lexicon!("org_words", 1);
pub const NOT_ORGANIZATIONS: LexiconFile = lexicon!("not_organizations", 1);
pub const ORG_DESCRIPTORS: LexiconFile = lexicon!("org_descriptors", 1);
pub const PLACE_WORDS: LexiconFile = lexicon!("place_words", 1);
pub const FIRST_NAMES: LexiconFile = lexicon!("first_names", 2);
pub const TITLE_ALIASES: LexiconFile = lexicon!("title_aliases", 2);

/// Every lexicon, for the tests and for documentation.
pub const ALL: &[LexiconFile] = &[
    ABBREVIATIONS,
    CUES,
    HEDGES,
    CUE_CERTAINTY,
    TITLES,
    SOURCE_NOUNS,
    PLACES,
    ORGANIZATIONS,
    SENTENCE_STARTERS,
    CHECKWORTHY,
    CHECKWORTHY_QUESTIONS,
    QUANTITY_NUMBER_WORDS,
    QUANTITY_FRACTIONS,
    QUANTITY_CURRENCIES,
    QUANTITY_UNITS,
    QUANTITY_CALENDAR,
    QUANTITY_COMPARISONS,
    QUANTITY_COUNT_WORDS,
    CUE_FRAMES,
    ADDRESSEES,
    CHANNELS,
    OUTLETS,
    IRREGULAR_PASTS,
    LABELS,
    SOURCE_HEADS,
    ORG_WORDS,
    NOT_ORGANIZATIONS,
    ORG_DESCRIPTORS,
    PLACE_WORDS,
    FIRST_NAMES,
    TITLE_ALIASES,
];

impl LexiconFile {
    /// The entries, each split into its fields.
    pub fn entries(&self) -> impl Iterator<Item = Vec<&'static str>> + '_ {
        self.text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('|').map(str::trim).collect())
    }

    /// Panic unless the file has a header and its entries have the right number of non-empty
    /// fields, sorted by their first field (ignoring case) with no repeats. Every lexicon's
    /// test calls this.
    #[cfg(test)]
    #[allow(clippy::disallowed_methods)] // test code: the standard library's lowercase
    pub(crate) fn assert_well_formed(&self) {
        assert!(
            self.text.lines().next().is_some_and(|l| l.starts_with('#')),
            "{}: needs a header",
            self.name
        );
        let mut prev: Option<String> = None;
        for entry in self.entries() {
            assert_eq!(
                entry.len(),
                self.fields,
                "{}: entry {entry:?} has the wrong number of fields",
                self.name
            );
            assert!(
                entry.iter().all(|f| !f.is_empty()),
                "{}: empty field in {entry:?}",
                self.name
            );
            let key = entry[0].to_lowercase();
            if let Some(p) = &prev {
                assert!(
                    p < &key,
                    "{}: {key:?} is out of order or repeated (after {p:?})",
                    self.name
                );
            }
            prev = Some(key);
        }
    }

    /// The first field of every entry.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries().map(|e| e[0])
    }
}

/// The stance class of a reporting cue (`cues.txt`, second field).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    Neutral,
    Assertive,
    Warning,
    Disclosure,
    Belief,
    Denial,
    Commitment,
    Accusation,
    Question,
    Evidence,
    Framing,
    Intention,
    Evaluation,
}

impl CueClass {
    /// Every class with its name in the lexicon and the report.
    pub const ALL: [(CueClass, &'static str); 13] = [
        (CueClass::Neutral, "neutral"),
        (CueClass::Assertive, "assertive"),
        (CueClass::Warning, "warning"),
        (CueClass::Disclosure, "disclosure"),
        (CueClass::Belief, "belief"),
        (CueClass::Denial, "denial"),
        (CueClass::Commitment, "commitment"),
        (CueClass::Accusation, "accusation"),
        (CueClass::Question, "question"),
        (CueClass::Evidence, "evidence"),
        (CueClass::Framing, "framing"),
        (CueClass::Intention, "intention"),
        (CueClass::Evaluation, "evaluation"),
    ];

    /// The class's name, as in the lexicon and the report.
    pub fn as_str(self) -> &'static str {
        CueClass::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("neutral", |(_, s)| s)
    }

    fn parse(s: &str) -> Option<CueClass> {
        CueClass::ALL.iter().find(|(_, n)| *n == s).map(|(c, _)| *c)
    }
}

/// How a cue's content can follow it (`cue_frames.txt`), as a set of flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Frames(u16);

impl Frames {
    pub const ADDRESSEE: Frames = Frames(1);
    pub const OBJECT: Frames = Frames(1 << 1);
    pub const ADDRESSEE_INFINITIVE: Frames = Frames(1 << 2);
    pub const ADDRESSEE_IN_CONTENT: Frames = Frames(1 << 3);
    pub const ADDRESSEE_TAIL: Frames = Frames(1 << 4);
    pub const DEMAND: Frames = Frames(1 << 5);
    pub const NAMES_OBJECT: Frames = Frames(1 << 6);
    pub const NEEDS_THAT: Frames = Frames(1 << 7);
    pub const NOUN_FORM: Frames = Frames(1 << 8);
    pub const AFTER_QUOTE: Frames = Frames(1 << 9);
    pub const ADJECTIVE: Frames = Frames(1 << 10);
    pub const PAST_BARE_CLAUSE: Frames = Frames(1 << 11);
    pub const OBJECT_CONTENT: Frames = Frames(1 << 12);
    pub const AS_OBJECT: Frames = Frames(1 << 13);
    pub const QUOTED_INFINITIVE: Frames = Frames(1 << 14);

    const NAMES: [(Frames, &'static str); 15] = [
        (Frames::ADDRESSEE, "addressee"),
        (Frames::OBJECT, "object"),
        (Frames::ADDRESSEE_INFINITIVE, "addressee-infinitive"),
        (Frames::ADDRESSEE_IN_CONTENT, "addressee-in-content"),
        (Frames::ADDRESSEE_TAIL, "addressee-tail"),
        (Frames::DEMAND, "demand"),
        (Frames::NAMES_OBJECT, "names-object"),
        (Frames::NEEDS_THAT, "needs-that"),
        (Frames::NOUN_FORM, "noun-form"),
        (Frames::AFTER_QUOTE, "after-quote"),
        (Frames::ADJECTIVE, "adjective"),
        (Frames::PAST_BARE_CLAUSE, "past-bare-clause"),
        (Frames::OBJECT_CONTENT, "object-content"),
        (Frames::AS_OBJECT, "as-object"),
        (Frames::QUOTED_INFINITIVE, "quoted-infinitive"),
    ];

    /// True when every flag of `other` is set.
    pub fn has(self, other: Frames) -> bool {
        self.0 & other.0 == other.0
    }

    /// These frames without the flags of `other`.
    pub fn without(self, other: Frames) -> Frames {
        Frames(self.0 & !other.0)
    }

    fn parse(list: &str) -> Frames {
        let mut f = Frames::default();
        for name in list.split(',').map(str::trim) {
            let (flag, _) = Frames::NAMES
                .iter()
                .find(|(_, n)| *n == name)
                .unwrap_or_else(|| panic!("cue_frames.txt: unknown frame {name:?}"));
            f.0 |= flag.0;
        }
        f
    }
}

/// A cue lexicon entry, for one of its word forms.
#[derive(Clone, Copy, Debug)]
pub struct CueEntry {
    pub lemma: &'static str,
    pub class: CueClass,
    pub past: &'static str,
    /// The words after the verb of a phrasal cue ("out" in "point out", "it clear" in "make it
    /// clear").
    pub particle: Option<&'static str>,
    pub frames: Frames,
}

/// The kind of a source noun (`source_nouns.txt`, second field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceNounKind {
    Vague,
    Anonymous,
    Role,
    Group,
    Document,
}

impl SourceNounKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceNounKind::Vague => "vague",
            SourceNounKind::Anonymous => "anonymous",
            SourceNounKind::Role => "role",
            SourceNounKind::Group => "group",
            SourceNounKind::Document => "document",
        }
    }

    fn parse(s: &str) -> Option<SourceNounKind> {
        [
            SourceNounKind::Vague,
            SourceNounKind::Anonymous,
            SourceNounKind::Role,
            SourceNounKind::Group,
            SourceNounKind::Document,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// How a word names a news outlet (`outlets.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutletKind {
    /// A lowercase noun after a determiner ("told the newspaper").
    Common,
    /// A capitalised word ending a newspaper's name, after "the" ("told the Daily Courier").
    Title,
    /// A capitalised word ending a broadcaster's name ("told CBC News", "Kelvara Radio").
    Broadcast,
    /// An outlet known by its name alone ("told Reuters").
    Name,
}

/// A label before a colon that introduces no speech (`labels.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelKind {
    /// A picture or media credit ("Photo:").
    Credit,
    /// An editorial label ("Correction:").
    Note,
    /// A link to another story or page ("READ MORE:", "WATCH |"): its line is no claim.
    Link,
    /// Another label of a news site, whose line may carry news ("BREAKING:").
    Web,
    /// A section label of a market or sports report ("BONDS:").
    Section,
}

/// The one kind of hash table under [`WordMap`] and [`WordSet`]: a key's place in a list.
type Table<K> = HashMap<K, u32, BuildHasherDefault<WordHasher>>;

/// A map keyed by words (of a lexicon or of a text), hashed with [`WordHasher`]: a table from
/// each key to its value's place in a list. The standard map's code (hashbrown's insert,
/// look-up and growth) is compiled once per key and value type, about 2.5 KB of the npm
/// module's wasm each, for more than 20 types; this way once per key type.
pub struct WordMap<K, V> {
    table: Table<K>,
    values: Vec<V>,
}

impl<K, V> Default for WordMap<K, V> {
    fn default() -> Self {
        WordMap {
            table: Table::default(),
            values: Vec::new(),
        }
    }
}

impl<K: Hash + Eq, V> WordMap<K, V> {
    /// The value of `k`, as `HashMap::get`.
    #[inline]
    pub fn get<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.table.get(k).map(|&i| &self.values[i as usize])
    }

    /// The value of `k` to change, as `HashMap::get_mut`.
    pub fn get_mut<Q: Hash + Eq + ?Sized>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.table.get(k).map(|&i| &mut self.values[i as usize])
    }

    /// The stored key equal to `k` and its value, as `HashMap::get_key_value`.
    pub fn get_key_value<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        self.table
            .get_key_value(k)
            .map(|(k, &i)| (k, &self.values[i as usize]))
    }

    /// Whether `k` has a value.
    #[inline]
    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.table.contains_key(k)
    }

    /// Set the value of `k`, returning its old one, as `HashMap::insert`.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        let next = self.values.len() as u32;
        let i = *self.table.entry(k).or_insert(next);
        if i == next {
            self.values.push(v);
            None
        } else {
            Some(std::mem::replace(&mut self.values[i as usize], v))
        }
    }

    /// The value of `k` to change, made by `make` if it has none
    /// (`entry(k).or_insert_with(make)`).
    pub fn get_or_insert_with(&mut self, k: K, make: impl FnOnce() -> V) -> &mut V {
        let next = self.values.len() as u32;
        let i = *self.table.entry(k).or_insert(next);
        if i == next {
            self.values.push(make());
        }
        &mut self.values[i as usize]
    }

    /// The keys, in the table's order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.table.keys()
    }

    /// The keys and their values, in the table's order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.table
            .iter()
            .map(|(k, &i)| (k, &self.values[i as usize]))
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether no key has a value.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

impl<K: Clone, V: Clone> Clone for WordMap<K, V> {
    fn clone(&self) -> Self {
        WordMap {
            table: self.table.clone(),
            values: self.values.clone(),
        }
    }
}

impl<K: Hash + Eq + std::fmt::Debug, V: std::fmt::Debug> std::fmt::Debug for WordMap<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for WordMap<K, V> {
    /// A later value of a key replaces an earlier one, as for `HashMap`.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = WordMap::default();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

/// A set of words, hashed with [`WordHasher`]: the table of a [`WordMap`] (its code shared
/// with the maps of the same key type).
pub struct WordSet<K>(Table<K>);

impl<K> Default for WordSet<K> {
    fn default() -> Self {
        WordSet(Table::default())
    }
}

impl<K: Hash + Eq> WordSet<K> {
    /// Add `k`; true if it was not there, as `HashSet::insert`.
    pub fn insert(&mut self, k: K) -> bool {
        let n = self.0.len();
        self.0.entry(k).or_insert(0);
        self.0.len() > n
    }

    /// Whether `k` is in the set.
    #[inline]
    pub fn contains<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.0.contains_key(k)
    }

    /// The member equal to `k`, as `HashSet::get`.
    #[inline]
    pub fn get<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> Option<&K>
    where
        K: Borrow<Q>,
    {
        self.0.get_key_value(k).map(|(k, _)| k)
    }

    /// The members, in the table's order.
    pub fn iter(&self) -> impl Iterator<Item = &K> {
        self.0.keys()
    }

    /// How many members.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Empty the set, keeping its memory.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<K: Clone> Clone for WordSet<K> {
    fn clone(&self) -> Self {
        WordSet(self.0.clone())
    }
}

impl<K: Hash + Eq + std::fmt::Debug> std::fmt::Debug for WordSet<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<K: Hash + Eq> FromIterator<K> for WordSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut s = WordSet::default();
        s.extend(iter);
        s
    }
}

impl<K: Hash + Eq> Extend<K> for WordSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k);
        }
    }
}

/// FxHash (rotate, xor, multiply, a word at a time): the keys are short words and the maps are
/// only looked up, never iterated into the output, so a simple multiplicative hash does;
/// SipHash, the default, took a tenth of the quantity stage's time and much of tokenizing.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Every word lexicon, compiled once.
pub struct Lexicons {
    /// Abbreviations and sentence starters (segmentation, tokens, statements).
    pub abbr: Abbreviations,
    cues: WordMap<&'static str, Vec<CueEntry>>,
    titles: WordSet<&'static str>,
    source_nouns: WordMap<&'static str, SourceNounKind>,
    organizations: WordSet<String>,
    places: WordSet<String>,
    addressees: WordSet<&'static str>,
    channels: WordSet<&'static str>,
    outlets: WordMap<&'static str, OutletKind>,
    irregular_pasts: WordSet<&'static str>,
    labels: WordMap<&'static str, LabelKind>,
    source_heads: WordMap<&'static str, &'static str>,
    org_words: WordSet<&'static str>,
    not_organizations: WordSet<&'static str>,
    org_descriptors: WordSet<&'static str>,
    place_words: WordSet<&'static str>,
    first_names: WordMap<&'static str, NameGender>,
    title_aliases: WordMap<&'static str, &'static str>,
}

/// The gender a first name usually goes with (`first_names.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    Female,
    Male,
}

fn lowercase_keys(file: &LexiconFile) -> WordSet<String> {
    file.keys().map(crate::case::lower_str).collect()
}

impl Lexicons {
    pub fn new() -> Lexicons {
        let frames: WordMap<&str, Frames> = CUE_FRAMES
            .entries()
            .map(|e| (e[0], Frames::parse(e[1])))
            .collect();
        let mut cues: WordMap<&'static str, Vec<CueEntry>> = WordMap::default();
        for e in CUES.entries() {
            let class = CueClass::parse(e[1])
                .unwrap_or_else(|| panic!("cues.txt: unknown class {:?}", e[1]));
            for form in e[3].split(',').map(str::trim) {
                let (first, particle) = match form.split_once(' ') {
                    Some((first, rest)) => (first, Some(rest)),
                    None => (form, None),
                };
                cues.get_or_insert_with(first, Vec::new).push(CueEntry {
                    lemma: e[0],
                    class,
                    past: e[2],
                    particle,
                    frames: frames.get(e[0]).copied().unwrap_or_default(),
                });
            }
        }
        Lexicons {
            abbr: Abbreviations::new(),
            cues,
            titles: TITLES.keys().collect(),
            source_nouns: SOURCE_NOUNS
                .entries()
                .map(|e| {
                    let kind = SourceNounKind::parse(e[1])
                        .unwrap_or_else(|| panic!("source_nouns.txt: unknown kind {:?}", e[1]));
                    (e[0], kind)
                })
                .collect(),
            organizations: lowercase_keys(&ORGANIZATIONS),
            places: lowercase_keys(&PLACES),
            addressees: ADDRESSEES.keys().collect(),
            channels: CHANNELS.keys().collect(),
            outlets: OUTLETS
                .entries()
                .map(|e| {
                    let kind = match e[1] {
                        "common" => OutletKind::Common,
                        "title" => OutletKind::Title,
                        "broadcast" => OutletKind::Broadcast,
                        "name" => OutletKind::Name,
                        k => panic!("outlets.txt: unknown kind {k:?}"),
                    };
                    (e[0], kind)
                })
                .collect(),
            irregular_pasts: IRREGULAR_PASTS.keys().collect(),
            labels: LABELS
                .entries()
                .map(|e| {
                    let kind = match e[1] {
                        "credit" => LabelKind::Credit,
                        "web" => LabelKind::Web,
                        "link" => LabelKind::Link,
                        "section" => LabelKind::Section,
                        _ => LabelKind::Note,
                    };
                    (e[0], kind)
                })
                .collect(),
            source_heads: SOURCE_HEADS.entries().map(|e| (e[0], e[1])).collect(),
            org_words: ORG_WORDS.keys().collect(),
            not_organizations: NOT_ORGANIZATIONS.keys().collect(),
            org_descriptors: ORG_DESCRIPTORS.keys().collect(),
            place_words: PLACE_WORDS.keys().collect(),
            title_aliases: TITLE_ALIASES.entries().map(|e| (e[0], e[1])).collect(),
            first_names: FIRST_NAMES
                .entries()
                .map(|e| {
                    let g = if e[1] == "f" {
                        NameGender::Female
                    } else {
                        NameGender::Male
                    };
                    (e[0], g)
                })
                .collect(),
        }
    }

    /// The gender the first name `w` (any case) usually goes with, if the lexicon gives one.
    pub fn first_name_gender(&self, w: &str) -> Option<NameGender> {
        if !w.is_ascii() || w.len() > 24 {
            return None;
        }
        let mut buf = [0u8; 24];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b)
            .ok()
            .and_then(|l| self.first_names.get(l).copied())
    }

    /// The cue entries whose form starts with `w` (lowercase).
    pub fn cue_entries(&self, w: &str) -> Option<&[CueEntry]> {
        self.cues.get(w).map(Vec::as_slice)
    }

    /// Is `w` (lowercase) the first word of a form of some cue?
    pub fn is_cue_word(&self, w: &str) -> bool {
        self.cues.contains_key(w)
    }

    /// Is `w` (lowercase) a title word? "co-chair", "co-founder": a title with "co-";
    /// "vice-president": titles joined by hyphens.
    pub fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w)
            || w.strip_prefix("co-")
                .is_some_and(|rest| self.titles.contains(rest))
            // "vice-president", "secretary-treasurer": every part a title.
            || w.contains('-') && w.split('-').all(|p| self.titles.contains(p))
    }

    /// The source-noun kind of `w` (lowercase), if any.
    pub fn source_noun(&self, w: &str) -> Option<SourceNounKind> {
        self.source_nouns.get(w).copied()
    }

    /// Is the (lowercased) name a known organisation?
    pub fn is_organization(&self, lower: &str) -> bool {
        self.organizations.contains(lower)
    }

    /// Is the (lowercased) name a known place?
    pub fn is_place(&self, lower: &str) -> bool {
        self.places.contains(lower)
    }

    /// An object pronoun or common addressee ("him", "reporters").
    pub fn is_addressee(&self, w: &str) -> bool {
        self.addressees.contains(w)
    }

    /// The last word of a place name ("city" in "Kansas City"; `place_words.txt`).
    pub fn is_place_word(&self, w: &str) -> bool {
        self.place_words.contains(w)
    }

    /// How the (lowercased) word names a news outlet, if it does ("newspaper", "times",
    /// "reuters"; `outlets.txt`).
    pub fn outlet_kind(&self, w: &str) -> Option<OutletKind> {
        self.outlets.get(w).copied()
    }

    /// A channel noun ("statement", "interview").
    pub fn is_channel(&self, w: &str) -> bool {
        self.channels.contains(w)
    }

    /// An irregular past-tense verb ("cut", "told").
    pub fn is_irregular_past(&self, w: &str) -> bool {
        self.irregular_pasts.contains(w)
    }

    /// A label (a word or a phrase, lowercase) that introduces no speech, with its kind.
    pub fn label(&self, w: &str) -> Option<LabelKind> {
        self.labels.get(w).copied()
    }

    /// The kind of the label written as `text` (any case and spacing), if it is one.
    pub fn label_of_phrase(&self, text: &str) -> Option<LabelKind> {
        let phrase = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let phrase = crate::case::lower_str(&phrase).replace('\u{2019}', "'");
        self.labels.get(phrase.as_str()).copied()
    }

    /// Is the text before a colon (as written) a label rather than a speaker?
    pub fn is_label_phrase(&self, text: &str) -> bool {
        let phrase = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let phrase = crate::case::lower_str(&phrase).replace('\u{2019}', "'");
        self.labels.contains_key(phrase.as_str())
    }

    /// A word followed by "to" inside a source phrase ("close to", "adviser to").
    pub fn is_to_head(&self, w: &str) -> bool {
        self.source_heads
            .get(w)
            .is_some_and(|k| k.split(',').any(|k| k.trim() == "to-head"))
    }

    /// A word that follows the head of a source ("familiar", "briefed").
    pub fn is_source_postmodifier(&self, w: &str) -> bool {
        self.source_heads
            .get(w)
            .is_some_and(|k| k.split(',').any(|k| k.trim() == "postmodifier"))
    }

    /// An organisational word ("ministry", "party").
    pub fn is_org_word(&self, w: &str) -> bool {
        self.org_words.contains(w)
    }

    /// A capitalised abbreviation that names no organisation ("gdp").
    pub fn is_not_organization(&self, w: &str) -> bool {
        self.not_organizations.contains(w)
    }

    /// A descriptor before an organisation's name ("newspaper").
    pub fn is_org_descriptor(&self, w: &str) -> bool {
        self.org_descriptors.contains(w)
    }

    /// The description words a title also answers to ("justice": "judge"; `title_aliases.txt`),
    /// `w` in lower case.
    pub fn title_aliases(&self, w: &str) -> impl Iterator<Item = &'static str> {
        let aliases: &'static str = self.title_aliases.get(w).copied().unwrap_or("");
        aliases.split_whitespace()
    }
}

impl Default for Lexicons {
    fn default() -> Self {
        Lexicons::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_compile() {
        let lex = Lexicons::new();
        assert!(lex.is_cue_word("said"));
        assert!(lex
            .cue_entries("told")
            .is_some_and(|e| e[0].frames.has(Frames::ADDRESSEE)));
        assert_eq!(lex.source_noun("analysts"), Some(SourceNounKind::Vague));
        assert_eq!(lex.label("photo"), Some(LabelKind::Credit));
        // Every frame names a lemma of the cue lexicon.
        for e in CUE_FRAMES.entries() {
            assert!(
                CUES.keys().any(|k| k == e[0]),
                "cue_frames.txt: {} is no cue",
                e[0]
            );
        }
    }

    #[test]
    fn lexicons_are_sorted_and_unique() {
        for lex in ALL {
            lex.assert_well_formed();
        }
    }
}
