//! Stage 7: entities — people, organisations and places, with all their mentions.
//!
//! Evidence, strongest first (each recorded in the entity's reasons):
//! 1. a named source of an attribution, with its title ("NATO Secretary General Mark Rutte");
//! 2. the `places` and `organizations` lexicons, all-capital acronyms, organisational words
//!    ("Ministry", "Party", "Times") and descriptors before a name ("the newspaper Bild");
//! 3. a title or honorific before a capitalised name;
//! 4. the shape of a personal name: two or three capitalised words inside a sentence.
//!
//! Headlines are in title case, so there only known names count. A surname alone ("Rutte")
//! and a definite description matching a person's role ("the secretary-general") are further
//! mentions of the person; pronoun sources resolve to the last person mentioned before them.

use crate::attribution::Found;
use crate::document::Document;
use crate::lexicon::Lexicons;
use crate::report::{EntityKind, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{is_determiner, is_honorific};

/// An entity with its mentions (normalised byte spans).
#[derive(Clone, Debug)]
pub struct EntityDraft {
    pub name: String,
    pub kind: EntityKind,
    pub role: Option<String>,
    pub mentions: Vec<Span>,
    pub reasons: Vec<Reason>,
}

fn is_demonym(w: &str) -> bool {
    let l = w.to_lowercase();
    (l.ends_with("an")
        || l.ends_with("ese")
        || l.ends_with("ish")
        || l.ends_with("ic")
        || l.ends_with("i"))
        && l.len() > 4
}

/// The text of a token without a possessive `'s`.
fn bare(text: &str, t: &Tok) -> Span {
    let s = t.span.of(text);
    for suffix in ["'s", "\u{2019}s"] {
        if s.len() > suffix.len() + 1 && s.ends_with(suffix) {
            return Span::new(t.span.start, t.span.end - suffix.len());
        }
    }
    if s.ends_with('\'') || s.ends_with('\u{2019}') {
        return Span::new(
            t.span.start,
            t.span.end - s.chars().last().map_or(0, char::len_utf8),
        );
    }
    t.span
}

struct Builder<'a> {
    text: &'a str,
    list: Vec<EntityDraft>,
}

fn norm_name(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Builder<'_> {
    fn find(&self, name: &str) -> Option<usize> {
        let n = norm_name(name);
        self.list.iter().position(|e| norm_name(&e.name) == n)
    }

    fn add(&mut self, span: Span, kind: EntityKind, role: Option<String>, reason: Rule) -> usize {
        let name = span
            .of(self.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(i) = self.find(&name) {
            let e = &mut self.list[i];
            if !e.mentions.contains(&span) {
                e.mentions.push(span);
            }
            if e.role.is_none() {
                e.role = role;
            }
            if e.kind == EntityKind::Other && kind != EntityKind::Other {
                e.kind = kind;
            }
            return i;
        }
        self.list.push(EntityDraft {
            name,
            kind,
            role,
            mentions: vec![span],
            reasons: vec![Reason::new(reason)],
        });
        self.list.len() - 1
    }

    /// A known entity that a single capitalised word refers to (a surname, an acronym).
    fn known(&self, word: &str) -> Option<usize> {
        let w = word.to_lowercase();
        self.list.iter().position(|e| {
            let n = e.name.to_lowercase();
            n == w || (e.kind == EntityKind::Person && n.rsplit(' ').next() == Some(w.as_str()))
        })
    }
}

/// Find the entities of a document.
pub fn find(doc: &Document, found: &[Found], lex: &Lexicons) -> Vec<EntityDraft> {
    let (text, sentences, toks) = (doc.text, &doc.sentences, &doc.toks);
    let mut b = Builder {
        text,
        list: Vec::new(),
    };
    // 1. Named sources.
    for f in found {
        let Some(src) = &f.source else { continue };
        if src.kind != SourceKind::Named {
            continue;
        }
        let Some(name) = src.name else { continue };
        let n = name.of(text);
        let lower = n.to_lowercase();
        let kind = classify_name(n, lex).unwrap_or(EntityKind::Person);
        let role = src.role.map(|r| r.of(text).to_string());
        if kind == EntityKind::Person && b.known(&lower).is_some() && !n.contains(' ') {
            let i = b.known(&lower).expect("checked");
            if b.list[i].kind == EntityKind::Person {
                b.list[i].mentions.push(name);
                continue;
            }
        }
        b.add(name, kind, role, Rule::EntitySource);
    }
    // 2–4. Capitalised runs, body sentences first, then headlines with known names only.
    let mut pending: Vec<(Span, bool)> = Vec::new();
    for pass_headline in [false, true] {
        for (si, s) in sentences.iter().enumerate() {
            if s.headline != pass_headline {
                continue;
            }
            let ts = &toks[si];
            let mut i = 0;
            while i < ts.len() {
                if !(ts[i].is_word() && ts[i].cap) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < ts.len() {
                    if ts[j].is_word() && ts[j].cap {
                        j += 1;
                    } else if (ts[j].is("of") || ts[j].is("for") || ts[j].is("and"))
                        && ts.get(j + 1).is_some_and(|n| n.is_word() && n.cap)
                        && j > i
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                let at_start = i == 0 || !ts[i - 1].is_word();
                run(
                    &mut b,
                    text,
                    ts,
                    i,
                    j,
                    at_start,
                    pass_headline,
                    lex,
                    &mut pending,
                );
                i = j;
            }
        }
        // Single words left undecided: surnames and acronyms already known.
        for (span, _) in pending.drain(..) {
            let w = span.of(text);
            if let Some(k) = b.known(w) {
                if !b.list[k].mentions.contains(&span) {
                    b.list[k].mentions.push(span);
                }
            }
        }
    }
    merge_surnames(&mut b);
    role_mentions(&mut b, text, toks, lex);
    for e in &mut b.list {
        e.mentions.sort();
        e.mentions.dedup();
    }
    b.list
        .sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.start));
    b.list
}

fn classify_name(name: &str, lex: &Lexicons) -> Option<EntityKind> {
    let lower = norm_name(name);
    if lex.is_place(&lower) {
        return Some(EntityKind::Place);
    }
    if lex.is_organization(&lower) {
        return Some(EntityKind::Organization);
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && !name.contains(' ')
        && !lex.is_not_organization(&lower)
    {
        return Some(EntityKind::Organization);
    }
    let last = lower.rsplit(' ').next().unwrap_or("");
    if name.contains(' ') && lex.is_org_word(last) {
        return Some(EntityKind::Organization);
    }
    if lower.split(' ').next().is_some_and(|f| lex.is_org_word(f)) && lower.contains(" of ") {
        return Some(EntityKind::Organization);
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn run(
    b: &mut Builder,
    text: &str,
    ts: &[Tok],
    mut i: usize,
    j: usize,
    at_start: bool,
    headline: bool,
    lex: &Lexicons,
    pending: &mut Vec<(Span, bool)>,
) {
    if at_start && lex.abbr.is_starter(ts[i].span.of(text)) {
        i += 1;
    }
    let (pieces, role_words) = title_pieces(ts, i, j, lex);
    for (pi, &(a, e)) in pieces.iter().enumerate() {
        let first = &ts[a];
        let last = &ts[e - 1];
        let span = Span::new(first.span.start, bare(text, last).end);
        let name = span.of(text);
        let titled = role_words.is_some_and(|r| r.1 == a) && pi == pieces.len() - 1;
        let prev_word = a.checked_sub(1).map(|p| &ts[p]);
        // A dateline: capitals opening a paragraph, then a dash ("PORT ELLEN — …").
        let dateline = at_start
            && a == i
            && i == 0
            && ts[a..e]
                .iter()
                .all(|t| t.is_acronym(text) || t.span.of(text).len() <= 2)
            && ts
                .get(e)
                .is_some_and(|t| matches!(t.kind, TokKind::Punct('—' | '–' | '(' | ',')));
        if dateline && !headline {
            b.add(span, EntityKind::Place, None, Rule::EntityPlaceDateline);
            continue;
        }
        if let Some(kind) = classify_name(name, lex) {
            if lex.is_not_organization(&name.to_lowercase()) {
                continue;
            }
            b.add(span, kind, None, Rule::EntityLexiconOrShape);
            continue;
        }
        // Acronym at the front of a longer run ("NATO Secretary"): already split off above
        // only when followed by a title; handle an acronym piece inside a larger run too.
        if headline {
            pending.push((span, at_start && a == i));
            continue;
        }
        if titled {
            let role = role_words.and_then(|r| {
                let mut rs = r.0;
                while rs < r.1 && is_determiner(&ts[rs].lower) {
                    rs += 1;
                }
                (rs < r.1).then(|| {
                    Span::new(ts[rs].span.start, ts[r.1 - 1].span.end)
                        .of(text)
                        .to_string()
                })
            });
            let honorific_only =
                role_words.is_some_and(|r| r.1 - r.0 == 1 && is_honorific(&ts[r.0].lower));
            let idx = b.add(
                span,
                EntityKind::Person,
                if honorific_only { None } else { role },
                Rule::EntityPersonTitle,
            );
            b.list[idx].kind = EntityKind::Person;
            continue;
        }
        if prev_word.is_some_and(|p| lex.is_org_descriptor(&p.lower)) {
            b.add(
                span,
                EntityKind::Organization,
                None,
                Rule::EntityOrgDescriptor,
            );
            continue;
        }
        let n = e - a;
        if n == 1 {
            let next_lower = ts.get(e).is_some_and(|t| t.is_word() && !t.cap);
            if is_demonym(name) && next_lower {
                continue;
            }
            pending.push((span, at_start && a == i));
            continue;
        }
        if (2..=3).contains(&n)
            && !(at_start && a == i && is_demonym(first.span.of(text)))
            && ts[a..e]
                .iter()
                .all(|t| !t.is_acronym(text) && t.span.of(text).chars().any(char::is_lowercase))
        {
            b.add(span, EntityKind::Person, None, Rule::EntityPersonNameShape);
            continue;
        }
        if n > 1 {
            b.add(span, EntityKind::Other, None, Rule::EntityOtherPhrase);
        }
    }
}

/// A range of token indices, `start..end`.
type TokRange = (usize, usize);

/// Split the capitalised run `ts[i..j]` at title words and honorifics ("NATO Secretary General
/// Mark Rutte"): the pieces between them, and the span of the title words (with the piece
/// that owns them) as the role.
fn title_pieces(
    ts: &[Tok],
    i: usize,
    j: usize,
    lex: &Lexicons,
) -> (Vec<TokRange>, Option<TokRange>) {
    let mut pieces: Vec<TokRange> = Vec::new();
    let mut role_words: Option<TokRange> = None;
    let mut start = i;
    for (k, t) in ts.iter().enumerate().take(j).skip(i) {
        if lex.is_title(&t.lower) || is_honorific(&t.lower) {
            if start < k {
                pieces.push((start, k));
            }
            let rs = role_words.map_or(
                if pieces.last().is_some_and(|p| p.1 == k) {
                    pieces.last().expect("checked").0
                } else {
                    k
                },
                |r| r.0,
            );
            role_words = Some((rs, k + 1));
            start = k + 1;
        }
    }
    if start < j {
        pieces.push((start, j));
    }
    (pieces, role_words)
}

/// "Rutte" after "Mark Rutte": fold single-word people into the full name.
fn merge_surnames(b: &mut Builder) {
    let mut k = 0;
    while k < b.list.len() {
        let e = &b.list[k];
        if e.kind == EntityKind::Person && !e.name.contains(' ') {
            let w = e.name.to_lowercase();
            if let Some(full) = b.list.iter().position(|f| {
                f.kind == EntityKind::Person
                    && f.name.contains(' ')
                    && f.name.to_lowercase().rsplit(' ').next() == Some(w.as_str())
            }) {
                let moved = b.list.remove(k);
                let full = if full > k { full - 1 } else { full };
                b.list[full].mentions.extend(moved.mentions);
                if b.list[full].role.is_none() {
                    b.list[full].role = moved.role;
                }
                continue;
            }
        }
        k += 1;
    }
}

fn role_key(s: &str) -> Vec<String> {
    s.to_lowercase()
        .replace(['-', '\u{2010}', '\u{2011}'], " ")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// "the secretary-general" refers to the person whose role contains those words.
fn role_mentions(b: &mut Builder, text: &str, toks: &[Vec<Tok>], lex: &Lexicons) {
    for ts in toks {
        for i in 0..ts.len() {
            if !ts[i].is("the") {
                continue;
            }
            let mut j = i + 1;
            while j < ts.len()
                && ts[j].is_word()
                && (lex.is_title(&ts[j].lower) || ts[j].lower.split('-').all(|p| lex.is_title(p)))
            {
                j += 1;
            }
            if j == i + 1 || ts.get(j).is_some_and(|t| t.is_word() && t.cap) {
                continue;
            }
            let words = role_key(Span::new(ts[i + 1].span.start, ts[j - 1].span.end).of(text));
            let candidates: Vec<usize> = b
                .list
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.kind == EntityKind::Person
                        && e.role.as_ref().is_some_and(|r| {
                            let rk = role_key(r);
                            rk.windows(words.len()).any(|w| w == words.as_slice())
                        })
                })
                .map(|(k, _)| k)
                .collect();
            if candidates.len() == 1 {
                let span = Span::new(ts[i].span.start, ts[j - 1].span.end);
                let e = &mut b.list[candidates[0]];
                if !e.mentions.contains(&span) {
                    e.mentions.push(span);
                    e.reasons.push(Reason::new(Rule::EntityRoleMention));
                }
            }
        }
    }
}
