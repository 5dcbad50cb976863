//! Stage 8: sources resolved to entities. A named source is linked to the entity with that
//! name (`source:resolved:name`), a description to the person whose role it matches
//! (`source:resolved:role-description`), and "he", "she" or "it" to the last person or
//! organisation mentioned before it (`source:resolved:pronoun-last-mention`); "he" skips a
//! person the text calls "she" and the other way round (an honorific, or "said she" after a name,
//! unless the first name goes with the other gender: a reported clause may be about someone
//! else), and, where the text says nothing, a person whose first name usually goes with the other
//! gender (`first_names.txt`; `source:resolved:first-name-gender` when that decides). Vague and anonymous
//! sources are marked (`source:vague:<head>`). "She said" right after an unnamed person's
//! report ("One engineer, who asked not to be named, said …") refers to that person when nobody
//! was named since (`source:resolved:pronoun-unnamed`): the claim stays unnamed and vague.

use crate::attribution::SourceHit;
use crate::entities::EntityDraft;
use crate::lexicon::{Lexicons, NameGender, SourceNounKind};
use crate::report::{EntityKind, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;

/// The entity a source refers to, if any, and the reasons.
pub struct Resolution {
    pub entity: Option<usize>,
    pub reasons: Vec<Reason>,
    /// The source read as a group is a person's surname (`source:known-surname`): it is named.
    pub named: bool,
    /// A pronoun that refers to an unnamed person's report before it: the source is anonymous.
    pub unnamed: bool,
    /// A description in the lede that the story names later ("A Carrow woman says …";
    /// `source:resolved:lede-description`): no longer vague, a description of that person.
    pub named_later: bool,
}

/// The document's entity mentions sorted for the three look-ups of [`source`], so that a claim
/// resolves in O(log m) (plus the mentions inside its source) instead of scanning every
/// mention of every entity.
pub struct Resolver {
    /// Every mention as (span, entity), sorted by span.
    by_start: Vec<(Span, usize)>,
    /// `reach[k]`: the furthest end among `by_start[..=k]`.
    reach: Vec<usize>,
    /// The mentions of people, then of organisations, as (end, entity), sorted.
    people: Vec<(usize, usize)>,
    orgs: Vec<(usize, usize)>,
    /// Each entity's kind.
    kinds: Vec<EntityKind>,
    /// Each entity's gender, as far as the text tells it, else as its first name suggests.
    genders: Vec<Gender>,
    /// The first name a person's gender was read from, where the text itself said nothing.
    gender_names: Vec<Option<String>>,
    /// Each organisation's name in lower case (empty for other kinds).
    org_names: Vec<String>,
    /// Where the sources that are one unnamed person end ("One engineer …", "a nurse"), sorted.
    unnamed: Vec<usize>,
    /// The vague and anonymous sources ("A senior official", "Two diplomats"), as (span, head
    /// noun), sorted: "the official" after "A senior official said" is that unnamed official.
    /// The flag marks one unnamed person ("a person familiar with the talks", "A city
    /// employee"), whom "the person" or "the employee" after it takes whatever the noun.
    unnamed_heads: Vec<(Span, String, bool)>,
    /// The reports whose source is a named organisation or person, as (source end, entity,
    /// channel), sorted: "the statement" and "the agency" look back at who spoke.
    reports: Vec<(usize, usize, Option<Span>)>,
    /// Whether an entity took a surname mention by its honorific from another person with the
    /// surname (`entity:mention:honorific-gender`).
    by_honorific: Vec<bool>,
    /// The transcript turns ("MARY LANE: …") and interview answers ("A: …"), as (the whole
    /// line, its speaker's entity), in text order.
    turns: Vec<(Span, Option<usize>)>,
    /// The quotations inside those turns, in text order: an "I" there is whoever is quoted.
    turn_quotes: Vec<Span>,
    /// Where the headline, the deck and the lede end ([`Resolver::with_lede`]): before it, "A
    /// Carrow woman says" may refer to the person the story names next ([`lede_description`]).
    lede_end: usize,
    /// Each sentence's start and paragraph, in text order.
    paragraphs: Vec<(usize, usize)>,
    /// Each person's role words in lower case, with the words its titles also answer to
    /// ("Const.": "constable", "officer"); empty for other kinds and people with no role.
    role_words: Vec<Vec<String>>,
    /// Where each entity is first named: its first mention that holds the last word of its
    /// name ("Ortega", not "the researcher"); `usize::MAX` if none does.
    first_named: Vec<usize>,
    /// The sources that open with "the", as (start, head noun), sorted: "The official, who
    /// was not authorized to speak, said …" keeps the official of the lede unnamed.
    definite_heads: Vec<(usize, String)>,
}

/// What the text says of a person's gender: an honorific at a mention ("Mr. Ruiz", "Ms
/// Hale"), or the first personal pronoun after a mention in its sentence, before any other
/// person is mentioned ("Lydia Sorensen said she …", "Tully, who ran the fund with his
/// brother"). Mentions that disagree leave it unknown.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    Unknown,
    Male,
    Female,
}

/// How many of the mentions before a description or a pronoun are weighed for it.
const ORG_WINDOW: usize = 64;

/// How far back (in bytes) "the statement" and "the agency" look for the report they refer to.
const DOCUMENT_REACH: usize = 1500;

/// How many words after a mention are read for a pronoun.
const PRONOUN_REACH: usize = 12;

fn honorific_gender(w: &str) -> Gender {
    match w.trim_end_matches('.').to_ascii_lowercase().as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" => Gender::Male,
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "sister" | "mother" => {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

fn pronoun_gender(w: &str) -> Gender {
    let w = w.trim_matches(|c: char| !c.is_alphabetic());
    match w {
        "he" | "him" | "his" | "himself" | "He" | "His" => Gender::Male,
        "she" | "her" | "hers" | "herself" | "She" | "Her" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// How much a mention's gender evidence weighs ([`mention_gender`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Evidence {
    /// An honorific ("Ms Hale") or a possessive right after the name ("Sorensen, her voice
    /// low"): it outweighs the first name.
    Strong,
    /// A pronoun inside what the person reported ("Lydia Sorensen said she …", "Premier Avery
    /// Chiasson said her government …", "Kayla Brunet said he was fine"): usually the speaker,
    /// but a reported clause may be about anyone, so against the first name it decides nothing.
    Reported,
    /// "He" or "She" opening the next sentence: it comes after the first name.
    Weak,
}

/// The gender evidence of the mention `m` of a person: the honorific before or at its start,
/// else the first pronoun in the words after it, up to the sentence's end, `PRONOUN_REACH`
/// words or `next_person` (where another person's mention starts), else the pronoun that opens
/// the next sentence ([`next_sentence_gender`]).
fn mention_gender(
    text: &str,
    m: Span,
    next_person: usize,
    prev_person: usize,
    other_name: &dyn Fn(&str) -> bool,
) -> (Gender, Evidence) {
    let before = text[..m.start].trim_end();
    let prev_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let first_word = m.of(text).split_whitespace().next().unwrap_or("");
    for w in [first_word, prev_word] {
        let g = honorific_gender(w);
        if g != Gender::Unknown {
            return (g, Evidence::Strong);
        }
    }
    let stop = next_person.max(m.end).min(text.len());
    let after = text.get(m.end..stop).unwrap_or("");
    let mut prev: [&str; 2] = ["", ""];
    // Whether a verb of saying or telling came since the mention ("told the crowd that …").
    let mut reporting = false;
    for (n, w) in after.split_whitespace().take(PRONOUN_REACH).enumerate() {
        let g = pronoun_gender(w);
        if g != Gender::Unknown {
            // Only where the pronoun can be nobody else: the subject of what the person said
            // ("said she", "says that he"), or a possessive right after the name ("Tully and
            // his brother", "Sorensen, her voice low").
            // ("Ravi Menon, whose daughter plays on Lacroix's team, said he …": after another
            // person's name in the sentence, a comma between the mention and the verb puts
            // the mention inside that person's description.)
            let inside_description = || {
                let start = sentence_start(text, m.start);
                // (`w` is a slice of `after`: its offset there.)
                let at = w.as_ptr() as usize - after.as_ptr() as usize;
                prev_person > start && after[..at].contains(',')
            };
            // "said she", "said her government", "told the crowd that her government": the
            // subject or a possessive opening what the person reported. (Words between the
            // verb and "that" only when nobody else is named earlier in the sentence: in "When
            // Oyelaran staged it, the critic Adrian Pell wrote in the Review that she had …",
            // "she" is Oyelaran.)
            let nobody_before = || prev_person <= sentence_start(text, m.start);
            let opens_report = says(prev[1])
                || prev[1] == "that" && (says(prev[0]) || reporting && nobody_before());
            let reported =
                matches!(w, "he" | "she" | "his" | "her") && opens_report && !inside_description();
            // "Tully told her" is an object, and in "… that Velic had his full support" the
            // possessive is another's: after a word, "his" or "her" counts only after a comma
            // or "and" ("Sorensen, her voice low", "Tully and his brother").
            let possessive =
                matches!(w, "his" | "her") && (n == 0 || n == 1 && matches!(prev[1], "," | "and"));
            return if possessive {
                (g, Evidence::Strong)
            } else if reported {
                (g, Evidence::Reported)
            } else {
                (Gender::Unknown, Evidence::Weak)
            };
        }
        if w.ends_with(['.', '?', '!', '\u{201d}', '"']) || w.contains('\n') {
            break;
        }
        reporting |= says(w) || tells(w);
        prev = [prev[1], w];
    }
    (
        next_sentence_gender(text, m, stop, prev_person, other_name),
        Evidence::Weak,
    )
}

/// How far (in bytes) a sentence is read back or on from a mention for gender evidence.
const SENTENCE_REACH: usize = 1000;

/// Where the sentence around `pos` starts: after the last sentence end or line break before it,
/// read back at most `SENTENCE_REACH` bytes (then the window's start).
fn sentence_start(text: &str, pos: usize) -> usize {
    let mut lo = pos.saturating_sub(SENTENCE_REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    text[lo..pos]
        .rfind(['\n', '.', '?', '!'])
        .map_or(lo, |i| lo + i + 1)
}

/// "Aurel Tremblay-Nakoda's snowmobile reaches the first set. He kills the engine": the
/// next sentence opens with "He", "She", "His" or "Her", and the mention's sentence names
/// nobody else (no other person's mention from its start to that pronoun; `prev_person`: where
/// the last other person's mention before `m` ends).
fn next_sentence_gender(
    text: &str,
    m: Span,
    stop: usize,
    prev_person: usize,
    other_name: &dyn Fn(&str) -> bool,
) -> Gender {
    let b = text.as_bytes();
    let mut i = m.end;
    // (A sentence is read up to `SENTENCE_REACH` bytes on: a text of one long sentence stays
    // linear.)
    let stop = stop.min(m.end + SENTENCE_REACH);
    let end = loop {
        if i >= stop {
            return Gender::Unknown;
        }
        match b[i] {
            b'\n' => break i,
            b'.' | b'?' | b'!' => {
                let rest = &text[i + 1..];
                let after = rest.trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
                if after.starts_with([' ', '\n']) {
                    break text.len() - after.len();
                }
            }
            _ => {}
        }
        i += 1;
    };
    let rest = text[end..].trim_start();
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if text.len() - rest.len() + word.len() > stop {
        return Gender::Unknown;
    }
    let g = match word {
        "He" | "His" => Gender::Male,
        "She" | "Her" => Gender::Female,
        _ => return Gender::Unknown,
    };
    let start = sentence_start(text, m.start);
    // Another person before it in the sentence, even one the entity stage did not link
    // ("Marchetti was asked … by a reporter, Felix Abara. She said"), or the agent of a passive.
    let before = &text[start..m.start];
    if prev_person > start
        || before.trim_end().ends_with(" by")
        || before
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .any(|w| !w.is_empty() && other_name(w))
    {
        return Gender::Unknown;
    }
    g
}

/// "Pressed on Fenn's remarks, he said …", "Asked about Ruiz's offer, she said …": where the
/// subject pronoun `src` ("he", "she") follows the comma of a phrase that opens its sentence
/// with a participle of questioning or answering and its preposition ([`opens_fronted_topic`]),
/// the phrase (up to the comma): a person named inside it is what the subject was asked about,
/// not the subject.
fn fronted_topic(text: &str, src: &SourceHit) -> Option<Span> {
    if src.kind != SourceKind::Pronoun || !matches!(src.head.as_str(), "he" | "she") {
        return None;
    }
    let comma = text[..src.span.start].strip_suffix(", ")?.len();
    let start = sentence_start(text, comma);
    let phrase = &text[start..comma];
    let start = start + (phrase.len() - phrase.trim_start().len());
    let phrase = &text[start..comma];
    (opens_fronted_topic(phrase)
        && phrase.len() <= 240
        && !phrase.contains(['"', '\u{201c}', '\u{201d}', ';']))
    .then(|| Span::new(start, comma))
}

/// "Pressed on …", "Asked about …", "Questioned over …", "Responding to …": a participle of
/// being questioned or of answering and the preposition (or question word) after it, opening
/// `phrase`. Its subject is the subject of the clause after it; what it names is the topic.
fn opens_fronted_topic(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let (Some(verb), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let questioned = matches!(
        verb,
        "Asked"
            | "Pressed"
            | "Questioned"
            | "Quizzed"
            | "Challenged"
            | "Grilled"
            | "Confronted"
            | "Queried"
            | "Probed"
    ) && matches!(
        next,
        "about" | "on" | "over" | "regarding" | "whether" | "why" | "how" | "what" | "if"
    );
    let answering = matches!(verb, "Responding" | "Replying" | "Reacting") && next == "to";
    questioned || answering
}

/// A verb after which a subject pronoun is the speaker's own ("Ruiz said she …").
fn says(w: &str) -> bool {
    matches!(
        w.trim_end_matches(','),
        "said"
            | "says"
            | "added"
            | "adds"
            | "believes"
            | "believed"
            | "thinks"
            | "thought"
            | "testified"
            | "recalled"
            | "recalls"
            | "insisted"
            | "admitted"
            | "acknowledged"
            | "argued"
            | "wrote"
            | "explained"
            | "hopes"
            | "hoped"
    )
}

/// A verb of telling, whose object comes before "that" ("Chiasson told a packed hall that
/// her government …"): a pronoun after that "that" opens what the subject reported.
fn tells(w: &str) -> bool {
    matches!(
        w.trim_end_matches(','),
        "told" | "tells" | "assured" | "assures" | "reminded" | "reminds" | "promised" | "promises"
    )
}

impl Resolver {
    /// `quoted`: the insides of the text's quotations, sorted; a person named only inside a
    /// quotation ("“My customers are in Japan,” she said") is no antecedent of "she".
    pub fn new(
        text: &str,
        ents: &[EntityDraft],
        found: &[crate::attribution::Found],
        quoted: &[Span],
        lex: &Lexicons,
    ) -> Resolver {
        // (Not a source inside another report's content: "…, that a follow-up inspection finds
        // …, she said".) The founds are sorted by content start; a few neighbours suffice.
        let nested = |i: usize, span: Span| {
            (i.saturating_sub(4)..found.len().min(i + 5))
                .any(|j| j != i && found[j].content().contains(span))
        };
        let mut unnamed: Vec<usize> = found
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.source.as_ref().map(|s| (i, s)))
            .filter(|(i, s)| s.kind == SourceKind::Anonymous && !nested(*i, s.span))
            .map(|(_, s)| s.span.end)
            .collect();
        crate::sort::sort(&mut unnamed);
        let mut unnamed_heads: Vec<(Span, String, bool)> = found
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.source.as_ref().map(|s| (i, s)))
            .filter(|(i, s)| {
                matches!(s.kind, SourceKind::Anonymous | SourceKind::Vague) && !nested(*i, s.span)
            })
            .map(|(_, s)| {
                let one = s.kind == SourceKind::Anonymous;
                (s.span, s.head.as_str().to_string(), one)
            })
            .collect();
        crate::sort::sort(&mut unnamed_heads);
        unnamed_heads.dedup_by_key(|u| u.0);
        let mut definite_heads: Vec<(usize, String)> = found
            .iter()
            .filter_map(|f| f.source.as_ref())
            .filter(|s| s.kind != SourceKind::Named && opens_with_the(s.span.of(text)))
            .map(|s| (s.span.start, s.head.as_str().to_string()))
            .collect();
        crate::sort::sort(&mut definite_heads);
        let mut by_start: Vec<(Span, usize)> = ents
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (*m, i)))
            .collect();
        crate::sort::sort(&mut by_start);
        let reach = by_start
            .iter()
            .scan(0, |r, (m, _)| {
                *r = m.end.max(*r);
                Some(*r)
            })
            .collect();
        let ends_of = |kind: EntityKind| {
            let mut v: Vec<(usize, usize)> = ents
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == kind)
                .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.end, i)))
                .collect();
            crate::sort::sort(&mut v);
            v
        };
        let inside_quote = |m: Span| {
            let k = quoted.partition_point(|q| q.start <= m.start);
            quoted[k.saturating_sub(4)..k].iter().any(|q| q.contains(m))
        };
        let mut people = ends_of(EntityKind::Person);
        people.retain(|&(end, i)| {
            !ents[i]
                .mentions
                .iter()
                .filter(|m| m.end == end)
                .all(|&m| inside_quote(m))
        });
        // "Ravi Menon, whose daughter plays on Lacroix's team, said …": a person named inside
        // the description of another, named just before it in the sentence, is no antecedent
        // of a later "he" or "she".
        let described = described_mentions(text, ents, &by_start);
        people.retain(|p| described.binary_search(p).is_err());
        // "Asked whether Maroush would take over, she paused.": a person named inside the
        // question put to someone is what was asked about, not who answers.
        let mut asked: Vec<Span> = found
            .iter()
            .filter(|f| f.reasons.iter().any(|r| r.rule == Rule::AttrAskedUnstated))
            .map(|f| f.content())
            .collect();
        crate::sort::sort(&mut asked);
        if !asked.is_empty() {
            people.retain(|&(end, _)| {
                let k = asked.partition_point(|a| a.start < end);
                k == 0 || !(asked[k - 1].start < end && end <= asked[k - 1].end)
            });
        }
        // "Pressed on Fenn's remarks, he said …": a person named in the opening phrase is what
        // the speaker was asked about, no antecedent of "he" there or after.
        let mut topics: Vec<Span> = found
            .iter()
            .filter_map(|f| f.source.as_ref())
            .filter_map(|s| fronted_topic(text, s))
            .collect();
        crate::sort::sort(&mut topics);
        if !topics.is_empty() {
            people.retain(|&(end, _)| {
                let k = topics.partition_point(|t| t.start < end);
                k == 0 || !(topics[k - 1].start < end && end <= topics[k - 1].end)
            });
        }
        let (genders, gender_names) = genders(text, ents, &by_start, lex);
        // "Pool to close, board says" over "the Elmvale School Board": a headline's lowercase
        // noun for the body (`entity:mention:headline-body`) refers to it but does not name it,
        // so it is no antecedent of "it" and does not count toward the organisation the
        // article names most.
        let mut orgs = ends_of(EntityKind::Organization);
        orgs.retain(|&(end, i)| {
            ents[i]
                .mentions
                .iter()
                .filter(|m| m.end == end)
                .any(|m| !m.of(text).starts_with(char::is_lowercase))
        });
        let mut r = Resolver {
            by_start,
            reach,
            people,
            orgs,
            kinds: ents.iter().map(|e| e.kind).collect(),
            genders,
            gender_names,
            org_names: ents
                .iter()
                .map(|e| {
                    if e.kind == EntityKind::Organization {
                        crate::case::lower_str(&e.name)
                    } else {
                        String::new()
                    }
                })
                .collect(),
            unnamed,
            unnamed_heads,
            reports: Vec::new(),
            by_honorific: ents
                .iter()
                .map(|e| {
                    e.reasons
                        .iter()
                        .any(|x| x.rule == Rule::EntityHonorificGender)
                })
                .collect(),
            turns: Vec::new(),
            turn_quotes: Vec::new(),
            lede_end: 0,
            paragraphs: Vec::new(),
            role_words: ents
                .iter()
                .map(|e| match (&e.role, e.kind) {
                    (Some(role), EntityKind::Person) => role_words(role, lex),
                    _ => Vec::new(),
                })
                .collect(),
            first_named: ents.iter().map(|e| first_named(text, e)).collect(),
            definite_heads,
        };
        let line_of = |pos: usize| {
            let start = text[..pos].rfind('\n').map_or(0, |k| k + 1);
            let end = text[pos..].find('\n').map_or(text.len(), |k| pos + k);
            Span::new(start, end)
        };
        // The turns as found, and (so that a turn left with no claim, a question, still counts)
        // every line that opens with a person's name in capitals and a colon ("NELL ASHDOWN:",
        // "ANCHOR (NINA SOLBERG):").
        let mut turns: Vec<(Span, Option<usize>)> = found
            .iter()
            .filter(|f| {
                f.reasons
                    .iter()
                    .any(|x| matches!(x.rule, Rule::AttrSpeakerLabel | Rule::AttrInterviewAnswer))
            })
            .filter_map(|f| {
                let s = f.source.as_ref()?;
                let i = r
                    .overlapping(s.name.unwrap_or(s.span))
                    .filter(|&i| r.kinds[i] == EntityKind::Person);
                Some((line_of(f.covered.start), i))
            })
            .collect();
        for &(m, i) in &r.by_start {
            if r.kinds[i] != EntityKind::Person {
                continue;
            }
            let line = line_of(m.start);
            let lead = text[line.start..m.start].trim();
            let after = &text[m.end..];
            let label = ((lead.is_empty() || matches!(lead, "\"" | "\u{201c}"))
                && after.starts_with(':'))
                || (lead.ends_with('(') && after.starts_with("):"));
            if label && !m.of(text).chars().any(char::is_lowercase) {
                turns.push((line, Some(i)));
            }
        }
        crate::sort::sort_by_key(&mut turns, |t| (t.0.start, t.1.is_none()));
        turns.dedup_by_key(|t| t.0.start);
        r.turn_quotes = quoted
            .iter()
            .copied()
            .filter(|q| {
                let k = turns.partition_point(|t| t.0.start <= q.start);
                k > 0 && turns[k - 1].0.contains(*q)
            })
            .collect();
        r.turns = turns;
        let mut reports: Vec<(usize, usize, Option<Span>)> = found
            .iter()
            .filter_map(|f| {
                let s = f.source.as_ref().filter(|s| s.kind == SourceKind::Named)?;
                let i = r.overlapping(s.name.unwrap_or(s.span))?;
                Some((s.span.end, i, f.channel))
            })
            .collect();
        crate::sort::sort_by_key(&mut reports, |x| x.0);
        r.reports = reports;
        r
    }

    /// "The note, obtained by The Canadian Press, estimates … It warns …": the newsroom (the
    /// article's own outlet, `house`, or an outlet spoken to or that obtained the papers) is no
    /// antecedent of "it" or "the company" (`attribution::is_newsroom_mention`).
    pub fn without_newsroom(mut self, text: &str, lex: &Lexicons, house: &[String]) -> Resolver {
        let mut newsroom: Vec<(usize, usize)> = self
            .by_start
            .iter()
            .filter(|&&(m, i)| {
                self.kinds[i] == EntityKind::Organization
                    && crate::attribution::is_newsroom_mention(text, lex, m, house)
            })
            .map(|&(m, i)| (m.end, i))
            .collect();
        if newsroom.is_empty() {
            return self;
        }
        crate::sort::sort(&mut newsroom);
        self.orgs.retain(|x| newsroom.binary_search(x).is_err());
        self
    }

    /// The headline, the deck and the lede: up to the end of the first paragraph with a
    /// sentence of eight words or more outside the headline lines (a byline and a dateline are
    /// shorter), and, where a headline line (a byline, a time stamp) follows that paragraph, it
    /// was the deck: up to the end of the next such paragraph too. "Loomlane says hackers
    /// stole data ¶ The company blames a test server. A researcher says she warned it. ¶ Dana
    /// Whitcomb / 4:12 PM ¶ Loomlane said Tuesday …": the lede ends after "Loomlane said …".
    pub fn with_lede(mut self, text: &str, sentences: &[crate::segment::Sentence]) -> Resolver {
        self.paragraphs = sentences
            .iter()
            .map(|s| (s.span.start, s.paragraph))
            .collect();
        let body = |s: &crate::segment::Sentence| {
            !s.headline && s.span.of(text).split_whitespace().count() >= 8
        };
        let paragraph_end = |p: usize| {
            sentences
                .iter()
                .filter(|s| s.paragraph == p)
                .map(|s| s.span.end)
                .max()
                .unwrap_or(0)
        };
        let Some(first) = sentences.iter().position(body) else {
            return self;
        };
        let p = sentences[first].paragraph;
        self.lede_end = paragraph_end(p);
        let next = sentences[first..].iter().find(|s| s.paragraph > p);
        if next.is_some_and(|s| s.headline) {
            if let Some(lede) = sentences[first..]
                .iter()
                .find(|s| s.paragraph > p && body(s))
            {
                self.lede_end = paragraph_end(lede.paragraph);
            }
        }
        self
    }

    /// The paragraph that holds `pos`.
    fn paragraph_at(&self, pos: usize) -> usize {
        let k = self.paragraphs.partition_point(|&(start, _)| start <= pos);
        k.checked_sub(1).map_or(0, |k| self.paragraphs[k].1)
    }

    /// "A researcher says …" in the lede, and later "Security researcher Ana Ortega told …": the
    /// one person whose role holds `head` (or a word its title answers to), if the text names
    /// that person first after `pos` and nobody else has the role.
    fn role_named_later(&self, head: &str, pos: usize) -> Option<usize> {
        let mut holders =
            (0..self.kinds.len()).filter(|&i| self.role_words[i].iter().any(|w| w == head));
        match (holders.next(), holders.next()) {
            (Some(i), None) if self.first_named[i] >= pos && self.first_named[i] != usize::MAX => {
                Some(i)
            }
            _ => None,
        }
    }

    /// The person the text names first after `pos` (not named before it), if that is within
    /// the two paragraphs after the one holding `pos`: "A Carrow woman says … ¶ Jo Park, 27,
    /// found …". None where a source after `pos` is "the" and `head` ("The woman, who asked
    /// not to be named, said …"): the story goes on calling that person by the noun.
    fn next_person_named(&self, head: &str, pos: usize) -> Option<usize> {
        let k = self.definite_heads.partition_point(|d| d.0 < pos);
        if self.definite_heads[k..].iter().any(|d| d.1 == head) {
            return None;
        }
        let k = self.people.partition_point(|&(end, _)| end <= pos);
        let &(end, i) = self.people[k..]
            .iter()
            .find(|&&(_, i)| self.first_named[i] >= pos && self.first_named[i] != usize::MAX)?;
        (self.paragraph_at(end) <= self.paragraph_at(pos) + 2).then_some(i)
    }

    /// "Nurses voted to strike, their union says. ¶ The Carrow Nurses Union says …": the one
    /// organisation whose name holds `head` (for "union", also a union local: "Unifor Local
    /// 444"), if the text names it first after `pos` and names no other such organisation.
    fn organisation_named_later(&self, head: &str, pos: usize) -> Option<usize> {
        let holds = |i: usize| {
            self.kinds[i] == EntityKind::Organization
                && self.org_names[i]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| {
                        w == head
                            || w.strip_suffix('s') == Some(head)
                            || head == "union" && w == "local"
                    })
        };
        let mut named = (0..self.kinds.len()).filter(|&i| holds(i));
        match (named.next(), named.next()) {
            (Some(i), None) if self.first_named[i] >= pos && self.first_named[i] != usize::MAX => {
                Some(i)
            }
            _ => None,
        }
    }

    /// "“…,” the statement said." after "Harlow Transit said in a statement that …": the
    /// entity of the last report before `pos` (and at most `DOCUMENT_REACH` bytes back) whose
    /// channel holds `noun`.
    fn document(&self, text: &str, noun: &str, pos: usize) -> Option<usize> {
        self.reports_before(pos)
            .find(|(_, _, channel)| {
                channel.is_some_and(|c| {
                    c.of(text)
                        .split(|ch: char| !ch.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case(noun))
                })
            })
            .map(|&(_, i, _)| i)
    }

    /// The organisation that was the source of the last report before `pos`, at most
    /// `DOCUMENT_REACH` bytes back.
    fn last_speaking_organisation(&self, pos: usize) -> Option<usize> {
        self.reports_before(pos)
            .find(|&&(_, i, _)| self.kinds[i] == EntityKind::Organization)
            .map(|&(_, i, _)| i)
    }

    /// "Fairlie said Valcourt had been right, but she warned …": "he" or "she" opening a clause
    /// joined by "but", "and" or "yet" to a report in the same sentence is that report's named
    /// speaker (when the pronoun fits), not the person last mentioned inside what was reported.
    fn coordinated_speaker(&self, text: &str, src: &SourceHit) -> Option<usize> {
        let gender = match src.head.as_str() {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return None,
        };
        let pos = src.span.start;
        let before = text[..pos].trim_end_matches(' ');
        let joined = ["but", "and", "yet"].iter().any(|c| {
            before
                .strip_suffix(c)
                .is_some_and(|b| b.ends_with(", ") || b.ends_with(' '))
        });
        if !joined {
            return None;
        }
        let &(end, i, _) = self.reports_before(pos).next()?;
        let between = &text[end..pos];
        (self.kinds[i] == EntityKind::Person
            && (self.genders[i] == gender || self.genders[i] == Gender::Unknown)
            && between.len() <= 400
            && !between.contains(['.', '!', '?', ';', '\n', '"', '\u{201c}', '\u{201d}']))
        .then_some(i)
    }

    /// The reports that end before `pos`, latest first, at most `DOCUMENT_REACH` bytes back.
    fn reports_before(&self, pos: usize) -> impl Iterator<Item = &(usize, usize, Option<Span>)> {
        let k = self.reports.partition_point(|&(end, _, _)| end <= pos);
        self.reports[..k]
            .iter()
            .rev()
            .take_while(move |&&(end, _, _)| pos - end <= DOCUMENT_REACH)
    }

    /// The first entity with a mention overlapping `name`.
    fn overlapping(&self, name: Span) -> Option<usize> {
        let mut k = self.by_start.partition_point(|(m, _)| m.start < name.end);
        let mut best = None;
        while k > 0 && self.reach[k - 1] > name.start {
            k -= 1;
            let (m, i) = self.by_start[k];
            if m.overlaps(name) && best.is_none_or(|b| i < b) {
                best = Some(i);
            }
        }
        best
    }

    /// The first entity with a mention inside `span` that reads "the …".
    fn described(&self, text: &str, span: Span) -> Option<usize> {
        let from = self.by_start.partition_point(|(m, _)| m.start < span.start);
        self.by_start[from..]
            .iter()
            .take_while(|(m, _)| m.start <= span.end)
            // (A headline's bare title, "…, reeve says", is the mention itself.)
            .filter(|(m, _)| span.contains(*m) && (opens_with_the(m.of(text)) || *m == span))
            .map(|&(_, i)| i)
            .min()
    }

    /// "…, she said." after an unnamed person's report, with no person named since the report
    /// and the report at most 600 bytes back.
    fn unnamed_before(&self, pos: usize) -> bool {
        let k = self.unnamed.partition_point(|&end| end <= pos);
        let Some(&anon) = k.checked_sub(1).map(|k| &self.unnamed[k]) else {
            return false;
        };
        let p = self.people.partition_point(|&(end, _)| end <= pos);
        let person = p.checked_sub(1).map_or(0, |p| self.people[p].0);
        anon > person && pos - anon <= 600
    }

    /// "A senior official said … ¶ “…,” the official said.": whether an unnamed source with
    /// the head noun `head` ("official") reported at most `DOCUMENT_REACH` bytes before `pos`,
    /// with nobody named with that role since (the caller found no such person).
    /// With `person_only`, only one unnamed person counts ("A city employee, who asked not to
    /// be named, said …" before "the employee").
    fn unnamed_with_head(&self, head: &str, pos: usize, person_only: bool) -> bool {
        let k = self.unnamed_heads.partition_point(|u| u.0.end <= pos);
        self.unnamed_heads[..k]
            .iter()
            .rev()
            .take_while(|u| pos - u.0.end <= DOCUMENT_REACH)
            .any(|u| u.1 == head && (u.2 || !person_only))
    }

    /// "Three nurses said the ward was cold. They said …": whether the sentence before the
    /// one that `they` (at `pos`) opens starts with a vague group's report, or with a counted
    /// group of unnamed people ("Three support workers spoke to the paper …",
    /// [`opens_with_counted_group`]).
    fn group_before(&self, text: &str, pos: usize) -> bool {
        let this = sentence_start(text, pos);
        if !text[this..pos]
            .trim()
            .trim_start_matches(['"', '\u{201c}'])
            .is_empty()
        {
            return false;
        }
        let Some(prev_end) = this.checked_sub(1) else {
            return false;
        };
        let prev = sentence_start(text, prev_end);
        let lead = text[prev..this].len() - text[prev..this].trim_start().len();
        let opening = prev + lead;
        let k = self.unnamed_heads.partition_point(|u| u.0.start < opening);
        let reported = self
            .unnamed_heads
            .get(k)
            .is_some_and(|u| u.0.start == opening && s_plural(&u.1));
        reported || opens_with_counted_group(&text[opening..this])
    }

    /// The transcript turn around `pos` (its index in `turns`), outside any quotation in it.
    fn turn_at(&self, pos: usize) -> Option<usize> {
        let k = self.turns.partition_point(|t| t.0.start <= pos);
        let t = k.checked_sub(1)?;
        let q = self.turn_quotes.partition_point(|q| q.start <= pos);
        let quoted = q > 0 && self.turn_quotes[q - 1].end > pos;
        (self.turns[t].0.end > pos && !quoted).then_some(t)
    }

    /// "MARY LANE: … I told her I would take it.": the speaker of the turn around `pos`.
    fn turn_speaker(&self, pos: usize) -> Option<usize> {
        self.turn_at(pos).and_then(|t| self.turns[t].1)
    }

    /// "NELL: Has anyone called you? ¶ DECLAN: A woman phoned. She said …": in a turn, "he" or
    /// "she" is neither the speaker nor the one spoken to (the speaker of the turn before),
    /// who would be "I" and "you".
    fn turn_parties(&self, pos: usize) -> [Option<usize>; 2] {
        let Some(t) = self.turn_at(pos) else {
            return [None, None];
        };
        [
            self.turns[t].1,
            t.checked_sub(1).and_then(|p| self.turns[p].1),
        ]
    }

    /// The person mentioned last before `pos` whose gender the text does not contradict, other
    /// than `skip` and the parties of the transcript turn around `pos` ([`Self::turn_parties`]).
    fn last_person_except(&self, pos: usize, gender: Gender, skip: Option<usize>) -> Option<usize> {
        let k = self.people.partition_point(|&(end, _)| end <= pos);
        let parties = self.turn_parties(pos);
        // The latest mentions only, so that a long text resolves in bounded time per claim.
        self.people[k.saturating_sub(ORG_WINDOW)..k]
            .iter()
            .rev()
            .map(|&(_, i)| i)
            .filter(|&i| Some(i) != skip && !parties.contains(&Some(i)))
            .find(|&i| self.genders[i] == Gender::Unknown || self.genders[i] == gender)
    }

    /// The text of the last person's mention inside the opening phrase before the pronoun
    /// `src` ("Fenn" in "Pressed on Fenn's remarks, he said"; [`fronted_topic`]), if it names
    /// one: the person the pronoun skipped.
    fn fronted_topic<'t>(&self, text: &'t str, src: &SourceHit) -> Option<&'t str> {
        let phrase = fronted_topic(text, src)?;
        let upto = self.by_start.partition_point(|(m, _)| m.start < phrase.end);
        self.by_start[..upto]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start >= phrase.start)
            .find(|&&(m, i)| self.kinds[i] == EntityKind::Person && phrase.contains(m))
            .map(|(m, _)| m.of(text))
    }

    /// The person one of whose mentions ends at `end`.
    fn person_ending_at(&self, end: usize) -> Option<usize> {
        let k = self.people.partition_point(|&(e, _)| e < end);
        self.people
            .get(k)
            .filter(|&&(e, _)| e == end)
            .map(|&(_, i)| i)
    }

    /// The first name that made "he" or "she" at `pos` skip a person mentioned after `chosen`
    /// (the person mentioned last before `pos`, when only the first name gave a gender).
    fn skipped_by_first_name(&self, pos: usize, chosen: usize) -> Option<&str> {
        let k = self.people.partition_point(|&(end, _)| end <= pos);
        let &(_, last) = self.people[..k].last()?;
        (last != chosen)
            .then(|| self.gender_names[last].as_deref())
            .flatten()
    }

    /// The organisation a definite description of one refers to ("the agency", "the club"):
    /// the last one mentioned before `pos` whose name holds the head noun ("the agency" after
    /// the Regional Health Protection Agency); else, for a noun any organisation may be called
    /// by ("company", "agency", "club"), the one mentioned most often before `pos`, at least
    /// twice unless it is the only one (the latest of those).
    fn organisation(&self, head: &str, generic: bool, pos: usize) -> Option<usize> {
        let k = self.orgs.partition_point(|&(end, _)| end <= pos);
        // The latest mentions only, so that a long text resolves in bounded time per claim.
        let before = &self.orgs[k.saturating_sub(ORG_WINDOW)..k];
        let holds_head = |i: usize| {
            self.org_names[i]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == head || w.strip_suffix('s') == Some(head))
        };
        if let Some(&(_, i)) = before.iter().rev().find(|&&(_, i)| holds_head(i)) {
            return Some(i);
        }
        if !generic {
            return None;
        }
        let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (entity, mentions, last end)
                                                                 // "the firm", "the company": a business, never a party or a public body named before
                                                                 // it ("Conservative Party spokesperson …. A Halcyon Research poll …, the firm said").
        let business = is_business_noun(head);
        for &(end, i) in before {
            if business && names_public_body(&self.org_names[i]) {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == i) {
                Some(c) => {
                    c.1 += 1;
                    c.2 = end;
                }
                None => counts.push((i, 1, end)),
            }
        }
        // Named twice at least, or the only one named: one passing mention among others (a
        // regulator a filing went to, an analyst's firm) is not what the article is about.
        let only = counts.len() == 1;
        counts
            .iter()
            .filter(|&&(_, n, _)| n >= 2 || only)
            .max_by_key(|&&(_, n, last)| (n, last))
            .map(|&(i, _, _)| i)
            // "The National Weather Service said … ¶ “…,” the agency said.": the organisation
            // that spoke last.
            .or_else(|| self.last_speaking_organisation(pos))
            .filter(|&i| !(business && names_public_body(&self.org_names[i])))
    }

    /// The entity in `list` (sorted (end, entity)) mentioned last before `pos`; of two ending
    /// there, the later entity.
    fn last_before(list: &[(usize, usize)], pos: usize) -> Option<usize> {
        let k = list.partition_point(|&(end, _)| end <= pos);
        k.checked_sub(1).map(|k| list[k].1)
    }
}

/// Resolve `src` (found in `text`) against the document's entities.
pub fn source(text: &str, src: &SourceHit, ents: &Resolver, lex: &Lexicons) -> Resolution {
    if let Some(i) = known_surname(text, src, ents) {
        return Resolution {
            entity: Some(i),
            reasons: vec![
                Reason::new(Rule::SourceKnownSurname),
                Reason::new(Rule::SourceResolvedName),
            ],
            named: true,
            unnamed: false,
            named_later: false,
        };
    }
    // "One engineer, who asked not to be named, said … ¶ “…,” she said.": the unnamed person.
    if src.kind == SourceKind::Pronoun
        && matches!(src.head.as_str(), "he" | "she")
        && ents.unnamed_before(src.span.start)
    {
        return Resolution {
            entity: None,
            reasons: vec![
                Reason::new(Rule::SourceResolvedPronounUnnamed),
                Reason::with(Rule::SourceVague, src.head.clone()),
            ],
            named: false,
            unnamed: true,
            named_later: false,
        };
    }
    let found = entity_of(text, src, ents)
        .or_else(|| organisation_of(text, src, ents, lex))
        .or_else(|| document_of(text, src, ents));
    // "A Carrow woman says … ¶ Jo Park, 27, found …": a description the story names later.
    let found = found.or_else(|| lede_description(text, src, ents, lex));
    let named_later = matches!(found, Some((_, Rule::SourceResolvedLedeDescription)));
    if found.is_none() {
        if let Some(rule) = unnamed_antecedent(text, src, ents, lex) {
            return Resolution {
                entity: None,
                reasons: vec![
                    Reason::new(rule),
                    Reason::with(Rule::SourceVague, src.head.clone()),
                ],
                named: false,
                unnamed: true,
                named_later: false,
            };
        }
    }
    let mut reasons: Vec<Reason> = found.iter().map(|&(_, rule)| Reason::new(rule)).collect();
    // "Mr. Kalmanek said" after Dorota and Tomas Kalmanek: the honorific chose the person.
    if let Some((i, Rule::SourceResolvedName)) = found {
        let mut words = src.span.of(text).split_whitespace();
        let honorific = words.next().unwrap_or("");
        if ents.by_honorific[i]
            && words.count() == 1
            && crate::words::is_honorific(&crate::case::lower_str(honorific))
        {
            reasons.push(Reason::new(Rule::EntityHonorificGender));
        }
    }
    if let Some((_, Rule::SourceResolvedPronoun)) = found {
        if let Some(person) = ents.fronted_topic(text, src) {
            reasons.push(Reason::with(
                Rule::SourceSkipsFrontedTopic,
                person.to_string(),
            ));
        }
    }
    if let Some((i, Rule::SourceResolvedPronoun)) = found {
        if matches!(src.head.as_str(), "he" | "his" | "she" | "her") {
            if let Some(name) = ents.skipped_by_first_name(src.span.start, i) {
                reasons.push(Reason::with(Rule::SourceFirstNameGender, name.to_string()));
            }
        }
    }
    if matches!(src.kind, SourceKind::Vague | SourceKind::Anonymous) && !named_later {
        reasons.push(Reason::with(Rule::SourceVague, src.head.clone()));
    }
    Resolution {
        entity: found.map(|(i, _)| i),
        reasons,
        named: false,
        unnamed: false,
        named_later,
    }
}

/// "A Carrow woman says she lost $900 … ¶ Jo Park, 27, found the ad …", "A researcher says she
/// warned the firm. ¶ … Security researcher Ana Ortega told …", "Nurses voted to strike, their
/// union says. ¶ The Carrow Nurses Union says …": in the headline, the deck or the lede
/// ([`Resolver::with_lede`]), a short indefinite or possessive description (at most six words,
/// no comma) refers to whom the story names after it, when its head noun picks out one
/// (`source:resolved:lede-description`):
/// - a noun of bodies ("union", "association"): the one organisation named after it whose name
///   holds the noun;
/// - a role ("researcher", "lawyer"): the one person named after it whose role holds the noun,
///   when nobody else has that role;
/// - after "a"/"an", "woman", "man" and their kin: the next person named, within two
///   paragraphs, who has no role (a private person, not an official) and whom neither the
///   text nor the first name gives the other gender;
/// - after "a"/"an", "official": the next person named, within two paragraphs, who has a
///   title ("a senior official said … ¶ … Deputy Governor Ann Varga told …");
/// - neither of the last two where a later source is "the" and the noun ("The official, who
///   was not authorized to speak publicly, said …"): that person stays unnamed.
///
/// Never in the body: there, "a resident said" stays an unnamed resident.
fn lede_description(
    text: &str,
    src: &SourceHit,
    r: &Resolver,
    lex: &Lexicons,
) -> Option<(usize, Rule)> {
    if src.span.start >= r.lede_end
        || !matches!(
            src.kind,
            SourceKind::Vague | SourceKind::Anonymous | SourceKind::Description
        )
    {
        return None;
    }
    let phrase = src.span.of(text);
    let first = crate::case::lower_str(phrase.split_whitespace().next()?);
    let indefinite = matches!(first.as_str(), "a" | "an");
    let possessive = matches!(first.as_str(), "their" | "his" | "her" | "its");
    if !(indefinite || possessive)
        || phrase.split_whitespace().count() > 6
        || phrase.contains([',', '(', ';', ':', '"', '\u{201c}', '\u{201d}'])
    {
        return None;
    }
    let head = src.head.as_str();
    let pos = src.span.end;
    let found = if lex.source_noun(head) == Some(SourceNounKind::Group)
        || lex.is_org_word(head)
        || lex.is_org_descriptor(head)
    {
        r.organisation_named_later(head, pos)
    } else if let Some(gender) = gender_noun(head) {
        r.next_person_named(head, pos).filter(|&i| {
            indefinite
                && matches!(r.genders[i], g if g == gender || g == Gender::Unknown)
                && r.role_words[i].is_empty()
        })
    } else if head == "official" {
        r.role_named_later(head, pos).or_else(|| {
            r.next_person_named(head, pos)
                .filter(|&i| indefinite && !r.role_words[i].is_empty())
        })
    } else if lex.source_noun(head) == Some(SourceNounKind::Role) || lex.is_title(head) {
        r.role_named_later(head, pos)
    } else {
        None
    };
    found.map(|i| (i, Rule::SourceResolvedLedeDescription))
}

/// The gender a noun for a private person gives ("woman", "mother", "man", "father").
fn gender_noun(w: &str) -> Option<Gender> {
    match w {
        "woman" | "girl" | "mother" | "mom" | "mum" | "grandmother" | "widow" | "daughter"
        | "wife" => Some(Gender::Female),
        "man" | "boy" | "father" | "dad" | "grandfather" | "widower" | "son" | "husband" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// A role's words in lower case ("Deputy Governor": "deputy", "governor"), with the words its
/// titles also answer to (`title_aliases.txt`: "Const.": "constable", "officer").
fn role_words(role: &str, lex: &Lexicons) -> Vec<String> {
    let lower = crate::case::lower_str(role);
    let mut words: Vec<String> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    for k in 0..words.len() {
        for a in lex.title_aliases(&words[k]) {
            if !words.iter().any(|w| w == a) {
                words.push(a.to_string());
            }
        }
    }
    words
}

/// Where `e` is first named: its first mention that holds the last word of its name ("Ortega"
/// in "Security researcher Maribel Ortega"; not "the researcher" or "chief" in a headline).
fn first_named(text: &str, e: &EntityDraft) -> usize {
    let Some(last) = e.name.split_whitespace().last() else {
        return usize::MAX;
    };
    e.mentions
        .iter()
        .filter(|m| m.of(text).split_whitespace().any(|w| w == last))
        .map(|m| m.start)
        .min()
        .unwrap_or(usize::MAX)
}

/// The unnamed source that a definite description or "they" refers back to, which no named
/// entity took: "the official" after "A senior official said …" (a person's role or a source
/// noun that is the head of an unnamed source before it; any noun that heads one unnamed
/// person before it: "the employee" after "A city employee, who asked not to be named, said
/// …"; `source:resolved:description-unnamed`),
/// and a sentence's opening "They" after a sentence that opens with an unnamed group ("Three
/// nurses said …. They said …"; `source:resolved:pronoun-unnamed`). The source stays unnamed.
fn unnamed_antecedent(text: &str, src: &SourceHit, r: &Resolver, lex: &Lexicons) -> Option<Rule> {
    let words = src.span.of(text).split_whitespace().count();
    let pos = src.span.start;
    match src.kind {
        // ("The employee said" after "A city employee, who asked not to be named, said": any
        // noun for one unnamed person, not only a role's.)
        SourceKind::Description
            if opens_with_the(src.span.of(text))
                && words <= 3
                && r.unnamed_with_head(
                    &src.head,
                    pos,
                    lex.source_noun(&src.head) != Some(SourceNounKind::Role)
                        && !lex.is_title(&src.head),
                ) =>
        {
            Some(Rule::SourceResolvedDescriptionUnnamed)
        }
        SourceKind::Pronoun if src.head == "they" && r.group_before(text, pos) => {
            Some(Rule::SourceResolvedPronounUnnamed)
        }
        _ => None,
    }
}

/// A plural head noun ("diplomats", "workers", "people").
fn s_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
        || w == "people"
        || w.len() > 4 && w.ends_with("men")
}

/// "Three support workers spoke to …", "Several nurses, who asked not to be named, …": a
/// sentence that opens with a count (a number, "several", "a few") and up to three lower-case
/// words ending in a plural noun: a group of unnamed people.
fn opens_with_counted_group(sentence: &str) -> bool {
    let mut words = sentence
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', ';', ':']));
    let Some(first) = words.next() else {
        return false;
    };
    let count = crate::words::is_number_word(&first.to_ascii_lowercase())
        || first.chars().all(|c| c.is_ascii_digit())
        || first == "Several"
        || first == "A" && sentence.split_whitespace().nth(1) == Some("few");
    if !count || first == "One" {
        return false;
    }
    let rest: Vec<&str> = words.skip(usize::from(first == "A")).take(5).collect();
    let lower = |w: &&str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    // The plural noun, after at most two lower-case modifiers ("personal support workers"),
    // not a unit of time ("Two years ago").
    let Some(j) = (0..rest.len().min(3)).find(|&j| s_plural(rest[j]) || rest[j] == "people") else {
        return false;
    };
    rest[..=j].iter().all(lower)
        && !crate::words::is_time_unit(rest[j])
        // The group is the subject: a verb or a comma follows it, not "ago" or "of".
        && rest
            .get(j + 1)
            .is_some_and(|n| lower(n) && !matches!(*n, "ago" | "of" | "later" | "earlier"))
}

/// "Greaves said …" after "Paula Greaves": a single capitalised word that the attribution
/// stage read as a plural group ("Engineers warned") but that the entity stage linked to a
/// person named in the document.
fn known_surname(text: &str, src: &SourceHit, r: &Resolver) -> Option<usize> {
    let word = src.span.of(text);
    let one_capitalised_word =
        word.starts_with(|c: char| c.is_uppercase()) && word.chars().all(char::is_alphabetic);
    if src.kind != SourceKind::Vague
        || !one_capitalised_word
        || !src
            .reasons
            .iter()
            .any(|x| x.rule == Rule::SourcePluralGroup)
    {
        return None;
    }
    r.overlapping(src.span)
        .filter(|&i| r.kinds[i] == EntityKind::Person)
}

fn entity_of(text: &str, src: &SourceHit, r: &Resolver) -> Option<(usize, Rule)> {
    match src.kind {
        SourceKind::Named => r
            .overlapping(src.name.unwrap_or(src.span))
            .map(|i| (i, Rule::SourceResolvedName)),
        // ("…; student union calls …" in a headline: an organisation's mention too, by
        // `entity:mention:headline-body`.)
        SourceKind::Description => r.described(text, src.span).map(|i| {
            let org = r.kinds[i] == EntityKind::Organization;
            (
                i,
                if org {
                    Rule::SourceResolvedOrganisation
                } else {
                    Rule::SourceResolvedRole
                },
            )
        }),
        SourceKind::Pronoun => {
            if src.head == "i" {
                return r
                    .turn_speaker(src.span.start)
                    .map(|i| (i, Rule::SourceResolvedTurnSpeaker));
            }
            // "his claim that …", "her assurance that …", "its warning that …".
            // "The minister, she said, had told …", "Tully, he told the jury, made mistakes":
            // a credit inside a clause is never its subject's, named right before the comma.
            if let Some(i) = r.coordinated_speaker(text, src) {
                return Some((i, Rule::SourceResolvedPronounSpeaker));
            }
            let subject = text[..src.span.start]
                .strip_suffix(", ")
                .and_then(|b| r.person_ending_at(b.len()));
            let found = match src.head.as_str() {
                "he" | "his" => r.last_person_except(src.span.start, Gender::Male, subject),
                "she" | "her" => r.last_person_except(src.span.start, Gender::Female, subject),
                "it" | "its" => Resolver::last_before(&r.orgs, src.span.start),
                _ => return None,
            };
            found.map(|i| (i, Rule::SourceResolvedPronoun))
        }
        _ => None,
    }
}

/// The person mentions, as (end, entity) sorted, inside the description of another person
/// named before them in the sentence: after that person's name and a comma, with no sentence
/// end and no "and" between ("Ravi Menon, whose daughter plays on Lacroix's team"; not "Ruiz,
/// Lee and Park").
fn described_mentions(
    text: &str,
    ents: &[EntityDraft],
    by_start: &[(Span, usize)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut last: Option<(Span, usize)> = None;
    for &(m, i) in by_start {
        if ents[i].kind != EntityKind::Person {
            continue;
        }
        if let Some((p, j)) = last {
            let between = text.get(p.end..m.start).unwrap_or("");
            if j != i
                && between.starts_with(',')
                // (A description opens in lower case: ", whose …", ", a …", ", president of
                // …"; not "Asked whether she would return to Carrow Point, Holloway said".)
                && between[1..].trim_start().starts_with(|c: char| c.is_lowercase())
                && between.len() < 120
                && !between.contains(['.', '?', '!', '\n', '"', '\u{201c}', '\u{201d}'])
                && !between.contains(" and ")
            {
                out.push((m.end, i));
                // (The described person stays the one a later description hangs on.)
                continue;
            }
        }
        last = Some((m, i));
    }
    crate::sort::sort(&mut out);
    out
}

/// Each entity's gender from its mentions' evidence (`mention_gender`): the one they agree on;
/// where they say nothing or disagree, the gender its first name usually goes with
/// (`first_names.txt`, [`first_name`]), with that name; unknown for other kinds and the rest.
fn genders(
    text: &str,
    ents: &[EntityDraft],
    by_start: &[(Span, usize)],
    lex: &Lexicons,
) -> (Vec<Gender>, Vec<Option<String>>) {
    let mut out = vec![Gender::Unknown; ents.len()];
    let mut names = vec![None; ents.len()];
    let mut seen = vec![[false; 6]; ents.len()];
    // The next mention of another person ends the search for a pronoun: one pass from the
    // end keeps the nearest person mention after each, and the nearest of another entity.
    let mut next_other = vec![text.len(); by_start.len()];
    // (start, entity) of the nearest person mention after, and of the nearest of another entity.
    let mut near: Option<(usize, usize)> = None;
    let mut other: Option<(usize, usize)> = None;
    for (k, &(m, i)) in by_start.iter().enumerate().rev() {
        next_other[k] = match near {
            Some((start, j)) if j != i => start,
            _ => other.map_or(text.len(), |(start, _)| start),
        };
        if ents[i].kind == EntityKind::Person {
            if near.is_some_and(|(_, j)| j != i) {
                other = near;
            }
            near = Some((m.start, i));
        }
    }
    // The words of people's names, each with the people whose name has it.
    let mut name_words: crate::lexicon::WordMap<&str, Vec<usize>> = Default::default();
    for (j, e) in ents.iter().enumerate() {
        if e.kind == EntityKind::Person {
            for w in e.name.split_whitespace() {
                name_words.get_or_insert_with(w, Vec::new).push(j);
            }
        }
    }
    // Where the last mention of another person before each mention ends.
    let mut prev_other = vec![0; by_start.len()];
    let (mut last, mut last_other): (Option<(usize, usize)>, usize) = (None, 0);
    for (k, &(m, i)) in by_start.iter().enumerate() {
        if ents[i].kind != EntityKind::Person {
            continue;
        }
        if let Some((end, j)) = last {
            if j != i {
                last_other = last_other.max(end);
            }
        }
        prev_other[k] = last_other;
        last = Some((m.end, i));
    }
    for (k, &(m, i)) in by_start.iter().enumerate() {
        if ents[i].kind != EntityKind::Person {
            continue;
        }
        // A word of another person's name (not a word of this one's).
        let other_name = |w: &str| {
            name_words
                .get(w)
                .is_some_and(|js| js.iter().any(|&j| j != i))
                && !ents[i].name.split_whitespace().any(|p| p == w)
        };
        // Strong evidence (an honorific, "Sorensen, her voice low") in slots 0–1, reported
        // ("said she") in 2–3, weak ("He" opening the next sentence) in 4–5.
        let (g, evidence) = mention_gender(text, m, next_other[k], prev_other[k], &other_name);
        let slot = match evidence {
            Evidence::Strong => 0,
            Evidence::Reported => 2,
            Evidence::Weak => 4,
        };
        match g {
            Gender::Male => seen[i][slot] = true,
            Gender::Female => seen[i][slot + 1] = true,
            Gender::Unknown => {}
        }
    }
    let one = |male: bool, female: bool| match (male, female) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    };
    for (i, s) in seen.iter().enumerate() {
        if ents[i].kind != EntityKind::Person {
            continue;
        }
        // The text's strong evidence; then a pronoun in what the person reported, unless the
        // first name goes with the other gender ("Kayla Brunet said he was fine" is most likely
        // about someone else, and "Premier Avery Chiasson said her government" is about her:
        // where they disagree, only the weak evidence decides); then the first name; then the
        // text's weak evidence.
        // ("Mira, 9, said": a first name standing alone for a person is hers too.)
        let lone = ents[i]
            .reasons
            .iter()
            .any(|r| r.rule == Rule::EntityLoneFirstName);
        let by_name = || {
            first_name(&ents[i].name, lex)
                .or_else(|| {
                    lone.then(|| {
                        lex.first_name_gender(&ents[i].name)
                            .map(|g| (&*ents[i].name, g))
                    })
                    .flatten()
                })
                .map(|(n, g)| {
                    let g = match g {
                        NameGender::Female => Gender::Female,
                        NameGender::Male => Gender::Male,
                    };
                    (g, Some(n.to_string()))
                })
        };
        let found = if let Some(g) = one(s[0], s[1]) {
            Some((g, None))
        } else if s[0] && s[1] {
            by_name()
        } else {
            let weak = one(s[4], s[5]).map(|g| (g, None));
            match (one(s[2], s[3]), by_name()) {
                (Some(g), Some((named, _))) if g != named => weak,
                (Some(g), _) => Some((g, None)),
                (None, Some(named)) => Some(named),
                (None, None) => weak,
            }
        };
        if let Some((g, n)) = found {
            out[i] = g;
            names[i] = n;
        }
    }
    (out, names)
}

/// The first name of a person's `name` and the gender the lexicon gives it: the first word
/// after honorifics and titles ("Dr.", "Harbourmaster"), with a surname after it (a name of one
/// word may be a surname: "Morgan said"); a hyphenated first name by its first part
/// ("Mary-Ellen").
fn first_name<'a>(name: &'a str, lex: &Lexicons) -> Option<(&'a str, NameGender)> {
    let mut words = name.split_whitespace().skip_while(|w| {
        honorific_gender(w) != Gender::Unknown
            || lex.is_title(&crate::case::lower_str(w.trim_end_matches('.')))
    });
    let first = words.next()?.trim_end_matches([',', '.']);
    words.next()?;
    lex.first_name_gender(first)
        .or_else(|| {
            first
                .split_once('-')
                .and_then(|(a, _)| lex.first_name_gender(a))
        })
        .map(|g| (first, g))
}

/// "the agency", "the club", "the frozen-meal maker": a short definite description headed by a
/// noun of organisations (a `group` source noun or a descriptor of organisations) refers to an
/// organisation named before it ([`Resolver::organisation`]): one whose name holds the noun,
/// or, for a noun any organisation may go by ([`is_generic_org_noun`]), the one the article
/// names most. "The health ministry" is no university named before it.
fn organisation_of(
    text: &str,
    src: &SourceHit,
    r: &Resolver,
    lex: &Lexicons,
) -> Option<(usize, Rule)> {
    if src.kind != SourceKind::Description {
        return None;
    }
    let words = src.span.of(text).split_whitespace().count();
    let definite = opens_with_the(src.span.of(text));
    if !definite || words > 3 {
        return None;
    }
    let head = src.head.as_str();
    // ("the manufacturer", "the miner", "the operator": a noun any organisation of its trade
    // goes by is one, whether or not a lexicon lists it.)
    let org_noun = lex.source_noun(head) == Some(SourceNounKind::Group)
        || lex.is_org_descriptor(head)
        || is_generic_org_noun(head);
    r.organisation(head, org_noun && is_generic_org_noun(head), src.span.start)
        .map(|i| (i, Rule::SourceResolvedOrganisation))
}

/// "the statement", "the post", "the release": a definite description of a document refers to
/// the source said before it to have made one ("said in a statement").
fn document_of(text: &str, src: &SourceHit, r: &Resolver) -> Option<(usize, Rule)> {
    let definite = opens_with_the(src.span.of(text));
    let document = matches!(
        src.head.as_str(),
        "statement"
            | "release"
            | "post"
            | "notice"
            | "letter"
            | "bulletin"
            | "advisory"
            | "email"
            | "e-mail"
            | "memo"
            | "message"
            | "tweet"
            | "update"
    );
    if src.kind != SourceKind::Description
        || !definite
        || !document
        || src.span.of(text).split_whitespace().count() > 3
    {
        return None;
    }
    r.document(text, src.head.as_str(), src.span.start)
        .map(|i| (i, Rule::SourceResolvedDocument))
}

/// A noun for a business ("the firm", "the company", "the retailer"), or for one by its trade
/// on second reference ("the automaker", "the miner", "the steelmaker"): it does not refer to
/// a party, a government body or a union.
fn is_business_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "business"
            | "retailer"
            | "maker"
            | "automaker"
            | "carmaker"
            | "steelmaker"
            | "drugmaker"
            | "chipmaker"
            | "manufacturer"
            | "producer"
            | "miner"
            | "grocer"
            | "distributor"
            | "supplier"
            | "chain"
            | "carrier"
            | "airline"
            | "startup"
            | "insurer"
            | "lender"
            | "developer"
    )
}

/// An organisation's name (lower case) whose last word makes it a party, a government body or
/// a union ("conservative party", "ministry of health", "city council"), not a business.
fn names_public_body(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("");
    name.starts_with("ministry ")
        || name.starts_with("department ")
        || matches!(
            last,
            "party"
                | "ministry"
                | "department"
                | "government"
                | "council"
                | "parliament"
                | "senate"
                | "assembly"
                | "commission"
                | "union"
                | "police"
        )
}

/// A noun any organisation may go by, whatever its name ("the company" for Kessler Logistics,
/// "the club" for Dunmore Athletic); not an institution of its own kind ("the ministry", "the
/// police", "the court").
fn is_generic_org_noun(w: &str) -> bool {
    is_business_noun(w)
        || matches!(
            w,
            "group"
                | "organisation"
                | "organization"
                | "club"
                | "team"
                | "agency"
                | "charity"
                | "operator"
                | "utility"
        )
}

/// Does `words` open with "the " (any case)?
fn opens_with_the(words: &str) -> bool {
    words
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("the "))
}
