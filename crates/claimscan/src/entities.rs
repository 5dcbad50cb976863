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
use crate::lexicon::{Lexicons, NameGender, WordMap, WordSet};
use crate::report::{EntityKind, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;
use crate::tokens::{Tok, TokKind};
use crate::words::{
    is_determiner, is_honorific, is_np_barrier, is_np_preposition, is_team_member_word,
};

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
    let l = crate::case::lower_str(w);
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
    /// The first entity with each lowercased name.
    by_name: WordMap<String, usize>,
    /// The first person with each lowercased last name word.
    by_surname: WordMap<String, usize>,
}

fn norm_name(s: &str) -> String {
    lower_joined(join_words(s))
}

/// The words of `s` joined by single spaces, in one string.
fn join_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A name whose words are joined by single spaces, lowercased (in place when ASCII).
fn lower_joined(mut joined: String) -> String {
    if joined.is_ascii() {
        joined.make_ascii_lowercase();
        joined
    } else {
        crate::case::lower_str(&joined)
    }
}

/// The last word of a lowercased name.
fn last_word(lower: &str) -> &str {
    lower.rsplit(' ').next().unwrap_or(lower)
}

impl Builder<'_> {
    /// Set entity `i`'s kind, indexing its last name when it becomes a person.
    fn set_kind(&mut self, i: usize, kind: EntityKind) {
        self.list[i].kind = kind;
        if kind == EntityKind::Person {
            let surname = last_word(&crate::case::lower_str(&self.list[i].name)).to_string();
            let first = self.by_surname.get_or_insert_with(surname, || i);
            *first = (*first).min(i);
        }
    }

    fn add(&mut self, span: Span, kind: EntityKind, role: Option<String>, reason: Rule) -> usize {
        let name = join_words(span.of(self.text));
        // `norm_name(&name)`: the name's words are joined already.
        let key = lower_joined(name.clone());
        if let Some(i) = self.by_name.get(&key).copied() {
            let e = &mut self.list[i];
            // Duplicates are removed once at the end (a check here was linear per mention).
            e.mentions.push(span);
            // "PAUL EKWUEME:" (a transcript label), then "Paul Ekwueme": the name as written.
            if !e.name.chars().any(char::is_lowercase) && name.chars().any(char::is_lowercase) {
                e.name = name;
            }
            if e.role.is_none() {
                e.role = role;
            }
            if e.kind == EntityKind::Other && kind != EntityKind::Other {
                self.set_kind(i, kind);
            }
            return i;
        }
        let i = self.list.len();
        self.by_name.get_or_insert_with(key, || i);
        self.list.push(EntityDraft {
            name,
            kind: EntityKind::Other,
            role,
            mentions: vec![span],
            reasons: vec![Reason::new(reason)],
        });
        self.set_kind(i, kind);
        i
    }

    /// A known entity that a single capitalised word refers to (a surname, an acronym).
    fn known(&self, word: &str) -> Option<usize> {
        let w = crate::case::lower_str(word);
        let by_name = self.by_name.get(&w).copied();
        let by_surname = self.by_surname.get(&w).copied();
        by_name.into_iter().chain(by_surname).min()
    }
}

/// Find the entities of a document.
pub fn find(doc: &Document, found: &[Found], lex: &Lexicons) -> Vec<EntityDraft> {
    let (text, sentences, toks) = (doc.text, &doc.sentences, &doc.toks);
    let mut b = Builder {
        text,
        list: Vec::new(),
        by_name: WordMap::default(),
        by_surname: WordMap::default(),
    };
    // 0. Nicknames: 'Teodor "Quill" Marchetti' is Teodor Marchetti, and "Quill" names him.
    for ts in toks.iter() {
        nicknames(&mut b, ts, lex);
    }
    // 1. Named sources.
    for f in found {
        let Some(src) = &f.source else { continue };
        if src.kind != SourceKind::Named {
            continue;
        }
        let Some(name) = src.name else { continue };
        let n = name.of(text);
        let lower = crate::case::lower_str(n);
        let role = src.role.map(|r| r.of(text).to_string());
        let org_role = role
            .as_deref()
            .is_some_and(|r| is_organisation_role(r, lex));
        let kind = classify_name(n, lex).unwrap_or(if org_role {
            EntityKind::Organization
        } else {
            EntityKind::Person
        });
        if kind == EntityKind::Person && b.known(&lower).is_some() && !n.contains(' ') {
            let i = b.known(&lower).expect("checked");
            if b.list[i].kind == EntityKind::Person {
                b.list[i].mentions.push(name);
                // "Ms. Vrabec said …", later "Ms. Vrabec, a dental hygienist, said …": the
                // later description is the role the first mention lacked.
                if b.list[i].role.is_none() {
                    b.list[i].role = role;
                }
                continue;
            }
        }
        let i = b.add(name, kind, role, Rule::EntitySource);
        // "Fair Pay Now said …", later "Fair Pay Now, an advocacy group, said …": the
        // description makes the name an organisation after all.
        if org_role && b.list[i].kind == EntityKind::Person {
            b.list[i].kind = EntityKind::Organization;
        }
        if org_role && b.list[i].kind == EntityKind::Organization {
            add_reason_once(&mut b.list[i], Rule::EntityOrgRole);
        }
    }
    // 2–4. Capitalised runs, body sentences first, then headlines with known names only.
    let mut pending: Vec<(Span, bool)> = Vec::new();
    // Single capitalised words of the body that open a clause and name nobody known yet.
    let mut unknown_singles: Vec<Span> = Vec::new();
    // Every single capitalised word of the body that names nobody known yet.
    let mut other_singles: Vec<Span> = Vec::new();
    // Single capitalised words inside quotations.
    let mut quoted_singles: Vec<Span> = Vec::new();
    for pass_headline in [false, true] {
        for (si, s) in sentences.iter().enumerate() {
            if s.headline != pass_headline {
                continue;
            }
            let ts = &toks[si];
            let mut i = 0;
            while i < ts.len() {
                if !(ts[i].is_word() && ts[i].cap) || is_first_person_i(&ts[i].lower) {
                    i += 1;
                    continue;
                }
                // "Immigration, Refugees and Citizenship Canada": one body, commas and all.
                if let Some((a, j)) = listed_name_end(lex, ts, i) {
                    let span = Span::new(ts[a].span.start, bare(text, &ts[j - 1]).end);
                    b.add(span, EntityKind::Organization, None, Rule::EntityListedName);
                    i = j;
                    continue;
                }
                let mut j = i + 1;
                while j < ts.len() {
                    if ts[j].is_word() && ts[j].cap && !is_first_person_i(&ts[j].lower)
                        || crate::attribution::is_plural_possessive_mark(ts, j)
                    {
                        j += 1;
                    } else if (ts[j].is("of") || ts[j].is("for") || ts[j].is("and"))
                        && ts.get(j + 1).is_some_and(|n| n.is_word() && n.cap)
                        && j > i
                    {
                        j += 2;
                    } else if ts[j].is("of")
                        && ts.get(j + 1).is_some_and(|n| n.is("the"))
                        && ts.get(j + 2).is_some_and(|n| n.is_word() && n.cap)
                        && lex.is_title(&ts[j - 1].lower)
                    {
                        // "Justice of the Peace Ana Lee", "Minister of the Environment …".
                        j += 3;
                    } else {
                        break;
                    }
                }
                // "Published November 17, 2026", "Last Updated: 2 hours ago": the stamp of a
                // publication line names nobody ("Published November" is no person).
                if crate::segment::is_publication_word(&ts[i].lower)
                    && crate::segment::is_publication_line(
                        &text[ts[0].span.start..ts[ts.len() - 1].span.end],
                    )
                {
                    i = j;
                    continue;
                }
                let at_start = i == 0 || !ts[i - 1].is_word();
                let pending_before = pending.len();
                // The novel "Low Tide", the film "Salt Road": a title, no person or place.
                if j - i >= 2
                    && i > 0
                    && ts[i - 1].kind == TokKind::QuoteOpen
                    && ts.get(j).is_some_and(|t| t.kind == TokKind::QuoteClose)
                {
                    let span = Span::new(ts[i].span.start, ts[j - 1].span.end);
                    b.add(span, EntityKind::Other, None, Rule::EntityQuotedTitle);
                    i = j;
                    continue;
                }
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
                for &(p, _) in &pending[pending_before..] {
                    if ts[i..j].iter().any(|t| t.span.start == p.start && t.quoted) {
                        quoted_singles.push(p);
                    }
                }
                i = j;
            }
        }
        // Single words left undecided: surnames and acronyms already known; in the body, the
        // rest may be first names (`first_name_subjects`).
        for (span, opens) in pending.drain(..) {
            let w = span.of(text);
            if let Some(k) = b.known(w) {
                b.list[k].mentions.push(span);
            } else if !pass_headline {
                if opens {
                    unknown_singles.push(span);
                }
                other_singles.push(span);
            }
        }
    }
    merge_surnames(&mut b);
    honorific_surnames(&mut b, text, lex);
    merge_short_names(&mut b);
    first_name_subjects(&mut b, text, &unknown_singles);
    other_singles.retain(|m| !quoted_singles.contains(m));
    org_short_names(&mut b, text, &other_singles);
    lone_first_names(&mut b, text, lex, &other_singles);
    teams(&mut b);
    not_people(&mut b);
    org_leading_names(&mut b);
    organisation_appositions(&mut b, lex);
    apposition_roles(&mut b, text, toks, lex);
    role_mentions(&mut b, text, sentences, toks, lex);
    headline_body_mentions(&mut b, sentences, toks, lex);
    for e in &mut b.list {
        if e.kind == EntityKind::Person {
            for m in &mut e.mentions {
                *m = with_honorific(text, *m);
            }
        }
        crate::sort::sort(&mut e.mentions);
        e.mentions.dedup();
    }
    drop_nested(&mut b.list);
    merge_leading_the(&mut b.list);
    // "The Tempest", "The Globe": a name that opens with "The" is a title or a body, never a
    // person ("she" does not resolve to it).
    for e in &mut b.list {
        if e.kind == EntityKind::Person && e.name.starts_with("The ") {
            e.kind = EntityKind::Other;
        }
    }
    // "I" is the speaker's pronoun, never a name ("“I said so at half-time,” …").
    b.list.retain(|e| e.name != "I");
    crate::sort::sort_by_key(&mut b.list, |e| {
        e.mentions.first().map_or(usize::MAX, |m| m.start)
    });
    b.list
}

/// "J.P.", "N.S.", "P.E.I.": single letters, each followed by a full stop.
fn is_dotted_initials(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() >= 4
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|c| c[0].is_ascii_alphabetic() && c[1] == b'.')
}

/// "I", "I'm", "I've": the speaker's pronoun, capitalised but no name, so no part of a run of
/// capitalised words ("Mostly I'm tired" names nobody "Mostly I'm").
fn is_first_person_i(w: &str) -> bool {
    w == "i" || w.starts_with("i'") || w.starts_with("i\u{2019}")
}

/// "Ms. Vasko", "Mr. Whitby", "Dr. Okafor": a surname mention takes the honorific written
/// before it, as the text calls the person (a full name keeps its own span).
fn with_honorific(text: &str, m: Span) -> Span {
    if m.of(text).contains(' ') {
        return m;
    }
    let before = &text[..m.start];
    let Some(space) = before.strip_suffix(' ') else {
        return m;
    };
    let word = space
        .rsplit([' ', '\n', '(', '"', '\u{201c}'])
        .next()
        .unwrap_or("");
    if crate::words::is_honorific(&crate::case::lower_str(word))
        && word.starts_with(char::is_uppercase)
    {
        Span::new(m.start - 1 - word.len(), m.end)
    } else {
        m
    }
}

/// 'Teodor "Quill" Marchetti', 'Ines "Lanternfish" Abernathy': one or two given names, a
/// nickname of one or two capitalised words in quotation marks, and a surname. The person is
/// named without the nickname, and the nickname alone ("said Quill") is a further mention.
fn nicknames(b: &mut Builder, ts: &[Tok], lex: &Lexicons) {
    let cap_word = |t: &Tok| t.is_word() && t.cap && !lex.is_title(&t.lower);
    for k in 1..ts.len() {
        if ts[k].kind != TokKind::QuoteOpen || !cap_word(&ts[k - 1]) || ts[k - 1].quoted {
            continue;
        }
        let Some(close) = (k + 2..ts.len().min(k + 4)).find(|&c| ts[c].kind == TokKind::QuoteClose)
        else {
            continue;
        };
        if !ts[k + 1..close].iter().all(cap_word) {
            continue;
        }
        let Some(last) = ts.get(close + 1).filter(|t| cap_word(t) && !t.quoted) else {
            continue;
        };
        let mut a = k - 1;
        if a > 0 && cap_word(&ts[a - 1]) && !ts[a - 1].quoted && k - a < 2 {
            a -= 1;
        }
        let given = Span::new(ts[a].span.start, ts[k - 1].span.end);
        let name = format!("{} {}", join_words(given.of(b.text)), last.span.of(b.text));
        let whole = Span::new(ts[a].span.start, last.span.end);
        let nick = Span::new(ts[k + 1].span.start, ts[close - 1].span.end);
        let key = lower_joined(name.clone());
        if b.by_name.get(&key).is_some() {
            continue;
        }
        let i = b.list.len();
        b.by_name.get_or_insert_with(key, || i);
        b.by_name
            .get_or_insert_with(lower_joined(join_words(nick.of(b.text))), || i);
        b.list.push(EntityDraft {
            name,
            kind: EntityKind::Other,
            role: None,
            mentions: vec![whole, nick],
            reasons: vec![Reason::new(Rule::EntityNickname)],
        });
        b.set_kind(i, EntityKind::Person);
    }
}

/// "The Canadian Press" (a byline) and "the Canadian Press" (in the body, where "the" is in
/// lower case and no part of the run): one name with and without its leading "The" is one
/// entity, kept under the name without it; its kind is the one that is not `Other`.
fn merge_leading_the(list: &mut Vec<EntityDraft>) {
    let mut gone = vec![false; list.len()];
    for k in 0..list.len() {
        let Some(rest) = list[k].name.strip_prefix("The ") else {
            continue;
        };
        let rest = norm_name(rest);
        let Some(j) =
            (0..list.len()).find(|&j| j != k && !gone[j] && norm_name(&list[j].name) == rest)
        else {
            continue;
        };
        // ("The Hague" and a person "Hague" are not one.)
        if list[j].kind == EntityKind::Person {
            continue;
        }
        let moved = std::mem::take(&mut list[k].mentions);
        if list[j].kind == EntityKind::Other {
            list[j].kind = list[k].kind;
        }
        list[j].mentions.extend(moved);
        crate::sort::sort(&mut list[j].mentions);
        list[j].mentions.dedup();
        gone[k] = true;
    }
    let mut k = 0;
    list.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// An entity every mention of which lies inside a longer mention of another ("Protection
/// Agency" inside "Regional Health Protection Agency", "Thermal Medicine" inside "Journal of
/// Thermal Medicine") is a piece of that name, not an entity: it is dropped.
fn drop_nested(list: &mut Vec<EntityDraft>) {
    let mut all: Vec<(usize, usize, usize)> = list
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
        .collect();
    crate::sort::sort(&mut all);
    // A name is at most a few dozen bytes: only mentions that start shortly before are looked at.
    const NAME_REACH: usize = 160;
    let inside_another = |&(start, end, i): &(usize, usize, usize)| {
        let k = all.partition_point(|&(s, _, _)| s <= start);
        all[..k]
            .iter()
            .rev()
            .take_while(|&&(s, _, _)| s + NAME_REACH >= start)
            .any(|&(s, e, j)| j != i && s <= start && e >= end && e - s > end - start)
    };
    let mut nested = vec![true; list.len()];
    for m in &all {
        if !inside_another(m) {
            nested[m.2] = false;
        }
    }
    if nested.iter().any(|&n| n) {
        let mut k = 0;
        list.retain(|_| {
            k += 1;
            !nested[k - 1]
        });
    }
}

fn classify_name(name: &str, lex: &Lexicons) -> Option<EntityKind> {
    // "Canada's Department of Finance": an owner in the possessive before an organisation.
    if let Some((owner, rest)) = name.split_once(' ') {
        if (owner.ends_with("'s") || owner.ends_with("\u{2019}s"))
            && rest.contains(' ')
            && classify_name(rest, lex) == Some(EntityKind::Organization)
        {
            return Some(EntityKind::Organization);
        }
    }
    let lower = norm_name(name);
    if lex.is_place(&lower) {
        return Some(EntityKind::Place);
    }
    if lex.is_organization(&lower) {
        return Some(EntityKind::Organization);
    }
    // Two letters or more, all capitals (counted without collecting them).
    let (mut letters, mut capitals) = (0usize, true);
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        capitals &= c.is_uppercase();
    }
    // "J.P.", "A.J.": initials with a full stop after each letter, in no lexicon, are part of
    // a person's name or a province's abbreviation, no organisation.
    if (2..=3).contains(&letters) && capitals && is_dotted_initials(name) {
        return Some(EntityKind::Other);
    }
    if letters >= 2 && capitals && !name.contains(' ') && !lex.is_not_organization(&lower) {
        return Some(EntityKind::Organization);
    }
    let last = lower.rsplit(' ').next().unwrap_or("");
    if name.contains(' ') && lex.is_org_word(last) {
        return Some(EntityKind::Organization);
    }
    // "Kansas City", "Orange County": a place, never a person ("she" does not resolve to it).
    if name.contains(' ') && !lower.contains(" of ") && lex.is_place_word(last) {
        return Some(EntityKind::Place);
    }
    // "Bank of Canada", "Arden Federation of Labour", "Rural Municipality of Ashcombe": an
    // organisation's head word before "of".
    if let Some((before, _)) = lower.split_once(" of ") {
        if before
            .rsplit(' ')
            .next()
            .is_some_and(|f| lex.is_org_word(f))
        {
            return Some(EntityKind::Organization);
        }
    }
    // "Transport Canada", "Fisheries and Oceans Canada", "Hockey Canada": a common word before
    // a country's or province's name is a body of it; not a first name ("Michelle Canada")
    // nor a direction ("West Vancouver", "New Brunswick").
    if let Some((first_word, rest)) = lower.split_once(' ') {
        // (Nor a word that opens a place's name: "Port Alberni", "Fort McMurray".)
        let direction = matches!(
            first_word,
            "north"
                | "south"
                | "east"
                | "west"
                | "new"
                | "upper"
                | "lower"
                | "greater"
                | "central"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "northwestern"
                | "northeastern"
                | "southwestern"
                | "southeastern"
                | "old"
                | "great"
                | "little"
                | "port"
                | "fort"
                | "mount"
                | "lake"
                | "saint"
                | "st."
                | "cape"
                | "point"
                | "san"
                | "santa"
                | "los"
                | "las"
                | "el"
                | "la"
                | "le"
        );
        if lex.is_place(last)
            && !rest.is_empty()
            && !direction
            && lex.first_name_gender(first_word).is_none()
            && !lex.is_place(first_word)
        {
            return Some(EntityKind::Organization);
        }
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
        // "Thousands of Canadians": after the starter, "of" opens no name.
        while i < j && !ts[i].cap {
            i += 1;
        }
        if i >= j {
            return;
        }
    }
    let (pieces, role_words) = title_pieces(text, ts, i, j, lex);
    let pieces = split_person_of_org(text, ts, pieces, lex);
    let pieces = split_possessive_owner(text, ts, pieces, lex);
    let pieces = split_company_of_place(ts, pieces, lex);
    let pieces = split_coordinated_names(text, ts, pieces, lex);
    for &(mut a, e) in &pieces {
        // "Canada's Department of Finance": the owner in the possessive is no part of the
        // organisation's name.
        if e - a >= 3
            && crate::attribution::is_possessive(text, &ts[a])
            && lex.is_org_word(&ts[a + 1].lower)
        {
            a += 1;
        }
        let first = &ts[a];
        let last = &ts[e - 1];
        let span = Span::new(first.span.start, bare(text, last).end);
        let name = span.of(text);
        let titled = role_words.is_some_and(|r| r.1 == a);
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
        // "WATCH | …", "RELATED: …", "BREAKING: …": a label before its bar or colon names
        // nothing.
        // (At a line's start too: "8:30 a.m.⏎CORRECTION: …" in a live blog.)
        let line_start = a == 0
            || text[..first.span.start]
                .trim_end_matches([' ', '\t'])
                .ends_with('\n');
        if line_start
            && ts
                .get(e)
                .is_some_and(|t| matches!(t.kind, TokKind::Punct(':' | '|')))
            && lex.label_of_phrase(name).is_some()
        {
            continue;
        }
        // "Her third novel, Quiet Water, was panned", "the album Blue Harbour": the title of a
        // work, no person or place ("she" never refers to it).
        if is_work_title(text, ts, a, e, lex) {
            b.add(span, EntityKind::Other, None, Rule::EntityWorkTitle);
            continue;
        }
        if let Some(kind) = classify_name(name, lex) {
            if lex.is_not_organization(&crate::case::lower_str(name)) {
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
            b.set_kind(idx, EntityKind::Person);
            continue;
        }
        if prev_word.is_some_and(|p| lex.is_org_descriptor(&p.lower)) {
            let idx = b.add(
                span,
                EntityKind::Organization,
                None,
                Rule::EntityOrgDescriptor,
            );
            // "according to the data firm Ledgerline": a source's name typed a person by its
            // shape is the organisation its descriptor says.
            let e = &mut b.list[idx];
            if e.kind == EntityKind::Person && e.role.is_none() && !e.name.contains(' ') {
                e.kind = EntityKind::Organization;
                add_reason_once(e, Rule::EntityOrgDescriptor);
            }
            continue;
        }
        // "the member for Harrow Point", "the MLA for Kelowna West": after a role and "for", a
        // riding or a place, never a person.
        let riding = a >= 2
            && prev_word.is_some_and(|p| p.is("for"))
            && (ts[a - 2].is("member")
                || !ts[a - 2].cap && lex.is_title(&ts[a - 2].lower)
                || ts[a - 2].is_acronym(text) && lex.is_title(&ts[a - 2].lower));
        if riding && e - a >= 1 {
            b.add(span, EntityKind::Place, None, Rule::EntityLexiconOrShape);
            continue;
        }
        // "buses on Marsh Lane", "a house along Ridge Park": after a preposition of place, a
        // name ending in a street word is a place (these words are surnames too: "Diane Lane").
        let street_word = matches!(
            last.lower.as_str(),
            "lane" | "hill" | "park" | "bridge" | "drive" | "way" | "row" | "green" | "walk"
        );
        if e - a >= 2
            && street_word
            && prev_word.is_some_and(|p| {
                matches!(
                    p.lower.as_str(),
                    "on" | "along"
                        | "off"
                        | "near"
                        | "nearby"
                        | "down"
                        | "up"
                        | "onto"
                        | "via"
                        | "across"
                        | "at"
                        | "in"
                        | "from"
                        | "to"
                        | "outside"
                        | "through"
                )
            })
        {
            b.add(span, EntityKind::Place, None, Rule::EntityLexiconOrShape);
            continue;
        }
        // "spoke in Ashby Mills", "a farm near Kelso Wells", "Hunters Mills, Ont.": a name ending
        // in a word that is both a surname and a place's ("Mills", "Wells", "Brooks") is a
        // place after a preposition of place or before a comma and a province or state; not
        // when it opens with a known first name ("in John Mills's view"). A landform's word
        // ("a cottage at Saltney Head") counts only after a preposition of position: "to" and
        // "from" take people too ("according to Kofi Marsh", "a letter from Ama Head").
        let landform = is_surname_landform_word(&last.lower);
        if e - a >= 2
            && (landform || is_surname_place_word(&last.lower))
            && lex.first_name_gender(&first.lower).is_none()
            && (prev_word.is_some_and(|p| {
                matches!(
                    p.lower.as_str(),
                    "in" | "near" | "outside" | "around" | "at" | "through"
                ) || !landform && matches!(p.lower.as_str(), "from" | "to" | "toward" | "towards")
            }) || ts.get(e).is_some_and(|t| t.is_punct(','))
                && ts.get(e + 1).is_some_and(|t| {
                    t.is_word() && (lex.is_place(&t.lower) || is_province_abbreviation(&t.lower))
                }))
        {
            let idx = b.add(span, EntityKind::Place, None, Rule::EntityPlaceContext);
            // "Saltney Head looks out on the estuary", later "a cottage at Saltney Head": a
            // name typed a person by its shape alone before is the place after all.
            let shape_only = b.list[idx].reasons.first().map(|r| r.rule)
                == Some(Rule::EntityPersonNameShape)
                && b.list[idx].role.is_none();
            if b.list[idx].kind == EntityKind::Person && shape_only {
                b.list[idx].kind = EntityKind::Place;
            }
            add_reason_once(&mut b.list[idx], Rule::EntityPlaceContext);
            continue;
        }
        let n = e - a;
        if n == 1 {
            let next_lower = ts.get(e).is_some_and(|t| t.is_word() && !t.cap);
            // ("Italian fans", "Kenyan runners"; but "Marchetti was asked", "Mbeki may leave":
            // the surname of a person named before.)
            if is_demonym(name) && next_lower && b.known(name).is_none() {
                continue;
            }
            pending.push((span, at_start && a == i));
            continue;
        }
        // "the Eastgate and Millrace branches", "the Harlow Creek crossing": names before a
        // common noun after "the" modify it; they are no person.
        let modifier = prev_word.is_some_and(|p| p.is("the"))
            && ts
                .get(e)
                .is_some_and(|t| t.is_word() && !t.cap && t.lower.len() > 2);
        // ("Kieran Lusk, 27, pleaded …", "The accused, Tavish Lusk, was …": a first word shaped
        // like a nationality's is a first name when the text says the name is a person's.)
        let nationality = at_start && a == i && is_demonym(first.span.of(text));
        let evidence = nationality && person_evidence(text, ts, a, e, lex);
        // ("would have X-rays Saturday", "Tickets for Sunday": a weekday ends no personal name.)
        let weekday = is_weekday(&last.lower);
        // ("We award Two Pinocchios", "Three Lions": a number word opens no personal name.)
        let counted = crate::words::is_number_word(&first.lower);
        if (2..=3).contains(&n)
            && !modifier
            && !weekday
            && !counted
            && (!nationality || evidence)
            && ts[a..e]
                .iter()
                .all(|t| !t.is_acronym(text) && t.span.of(text).chars().any(char::is_lowercase))
        {
            let role = lowercase_role_before(text, ts, a, lex);
            let idx = b.add(span, EntityKind::Person, role, Rule::EntityPersonNameShape);
            if evidence {
                add_reason_once(&mut b.list[idx], Rule::EntityPersonEvidence);
            }
            // "Ann Roy and Ben Tate spoke": one of two names joined by "and".
            let joined = ts.get(e).is_some_and(|t| t.is("and"))
                && pieces.iter().any(|p| p.0 == e + 1)
                || a > 0 && ts[a - 1].is("and") && pieces.iter().any(|p| p.1 + 1 == a);
            if joined {
                add_reason_once(&mut b.list[idx], Rule::EntityCoordinatedNames);
            }
            continue;
        }
        if n > 1 {
            b.add(span, EntityKind::Other, None, Rule::EntityOtherPhrase);
        }
    }
}

/// Nouns for a creative work whose title may follow them ("her third novel, Quiet Water,",
/// "the album Blue Harbour").
fn is_work_noun(w: &str) -> bool {
    matches!(
        w,
        "novel"
            | "novella"
            | "book"
            | "memoir"
            | "biography"
            | "autobiography"
            | "collection"
            | "anthology"
            | "album"
            | "single"
            | "song"
            | "film"
            | "movie"
            | "documentary"
            | "play"
            | "musical"
            | "opera"
            | "poem"
            | "podcast"
            | "painting"
            | "thriller"
            | "sequel"
            | "debut"
    )
}

/// Whether the capitalised words `ts[a..e]` (one to three) name a work by their place after a
/// noun for one: right after it ("her novel Quiet Water", "the film Salt Road") or between
/// commas after it ("Her third novel, Quiet Water, was panned"). The noun must stand in a
/// noun phrase that opens with a determiner or a possessive ("her", "the", "Lee's"); in the
/// comma form that phrase is governed by no preposition ("In her book, Ann Lee argues …" names
/// the author) and the commas close after the name ("The book, Ann Lee says, …" reports);
/// without the commas the name opens with no known first name ("the book Ann Lee wrote").
fn is_work_title(text: &str, ts: &[Tok], a: usize, e: usize, lex: &Lexicons) -> bool {
    if !(1..=3).contains(&(e - a)) || a == 0 {
        return false;
    }
    let comma = ts[a - 1].is_punct(',');
    // ("the book Ann Lee wrote": without the commas, a known first name opens a relative
    // clause's subject.)
    if !comma && lex.first_name_gender(&ts[a].lower).is_some() {
        return false;
    }
    let noun = if comma { a.checked_sub(2) } else { Some(a - 1) };
    let Some(noun) = noun.filter(|&k| ts[k].is_word() && !ts[k].cap && is_work_noun(&ts[k].lower))
    else {
        return false;
    };
    if comma
        && !ts
            .get(e)
            .is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ')')))
    {
        return false;
    }
    // Back over at most three modifiers ("third", "new", "best-selling") to the determiner.
    let Some(det) = (noun.saturating_sub(4)..noun)
        .rev()
        .find(|&k| is_determiner(&ts[k].lower) || crate::attribution::is_possessive(text, &ts[k]))
    else {
        return false;
    };
    if ts[det + 1..noun].iter().any(|t| !t.is_word() || t.cap) {
        return false;
    }
    // (Only the comma form: "a scene in the film Salt Road" names the film.)
    !comma
        || !det.checked_sub(1).is_some_and(|p| {
            matches!(
                ts[p].lower.as_str(),
                "in" | "on"
                    | "at"
                    | "of"
                    | "from"
                    | "with"
                    | "about"
                    | "into"
                    | "for"
                    | "after"
                    | "before"
                    | "through"
                    | "throughout"
                    | "by"
                    | "like"
                    | "unlike"
                    | "during"
                    | "since"
                    | "to"
            )
        })
}

/// Whether the text says the name `ts[a..e]` (whose first word is shaped like a nationality's,
/// "Kieran", "Brian", "Tavish") is a person's: its first word is a known first name, an age
/// follows it between commas ("Kieran Lusk, 27, pleaded guilty"), or it stands between commas
/// after a short description that opens with an article or a possessive ("The accused, Kieran
/// Lusk, was sentenced"; "Italian fans", "Nigerian Chika Obi" say none of this).
fn person_evidence(text: &str, ts: &[Tok], a: usize, e: usize, lex: &Lexicons) -> bool {
    if lex.first_name_gender(&ts[a].lower).is_some() {
        return true;
    }
    let comma = |k: usize| ts.get(k).is_some_and(|t| t.is_punct(','));
    let age = comma(e)
        && ts.get(e + 1).is_some_and(|t| {
            let w = t.span.of(text);
            t.is_word() && (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit())
        })
        && comma(e + 2);
    if age {
        return true;
    }
    // "The accused, NAME,": the description runs from the clause's start to the comma.
    if a < 3 || !comma(a - 1) || !comma(e) {
        return false;
    }
    let start = (0..a - 1)
        .rev()
        .find(|&k| !ts[k].is_word())
        .map_or(0, |k| k + 1);
    let words = &ts[start..a - 1];
    (2..=4).contains(&words.len())
        && (is_determiner(&words[0].lower) || crate::attribution::is_possessive(text, &words[0]))
        && words[1..].iter().all(|t| !t.cap && !t.quoted)
}

/// "Leila said" after "Leila Nazari", "Brightvale" after "Brightvale Devices": a single word
/// that is the first word of exactly one longer person's or organisation's name (and no
/// surname, which `merge_surnames` took) is a further mention of it.
fn merge_short_names(b: &mut Builder) {
    let mut firsts: WordMap<String, Option<usize>> = WordMap::default();
    for (i, f) in b.list.iter().enumerate() {
        if !matches!(f.kind, EntityKind::Person | EntityKind::Organization) {
            continue;
        }
        let Some((first, _)) = f.name.split_once(' ') else {
            continue;
        };
        let key = crate::case::lower_str(first);
        let slot = firsts.get_or_insert_with(key, || Some(i));
        if *slot != Some(i) {
            *slot = None; // two names open with it: ambiguous
        }
    }
    let mut merged = vec![false; b.list.len()];
    for (k, gone) in merged.iter_mut().enumerate() {
        let e = &b.list[k];
        if e.name.contains(' ') || e.kind == EntityKind::Place {
            continue;
        }
        let Some(&Some(full)) = firsts.get(&crate::case::lower_str(&e.name)) else {
            continue;
        };
        // A person's first name stands for a person, an organisation's first word for it.
        if full == k || e.kind == EntityKind::Organization && b.list[full].kind != e.kind {
            continue;
        }
        let moved = std::mem::take(&mut b.list[k].mentions);
        b.list[full].mentions.extend(moved);
        add_reason_once(&mut b.list[full], Rule::EntityShortName);
        *gone = true;
    }
    let mut k = 0;
    b.list.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
}

/// "Rory Tesch … ¶ Rory, 21, was quieter about it.": a single capitalised word that opens a
/// clause as its subject (at the sentence's start or after a comma, and followed by a comma
/// or a word in lower case that is no determiner, pronoun or preposition) and is the first
/// word of exactly one person's full name, named before it, is a further mention of that
/// person, as a surname alone would be; a first name that speaks ("Rory said") is one already.
/// ("Mark the date", "Will they agree?", "Will voters agree?": a common word followed by an
/// object or a subject, or a modal, is no subject.)
fn first_name_subjects(b: &mut Builder, text: &str, singles: &[Span]) {
    if singles.is_empty() {
        return;
    }
    // Each first word of a longer name: the one person whose name opens with it and where
    // that person is first named; `None` when two names (or an organisation's) open with it.
    let firsts = first_words_of_names(b, text, EntityKind::Person);
    for &m in singles {
        let lower = crate::case::lower_str(m.of(text));
        let Some(&Some((i, named_at))) = firsts.get(&lower) else {
            continue;
        };
        // ("Will voters agree?", "May rents rise?": a modal opening a question.)
        if m.start <= named_at || crate::words::is_auxiliary(&lower) || !stands_as_subject(text, m)
        {
            continue;
        }
        let e = &mut b.list[i];
        e.mentions.push(m);
        add_reason_once(e, Rule::EntityFirstNameSubject);
    }
}

/// The first word of each person's or organisation's longer name ("Rory" of "Rory Bell"), with
/// the one entity of `kind` whose name opens with it and where it is first named in full;
/// `None` when two names open with it, or when the one name is of the other kind.
fn first_words_of_names(
    b: &Builder,
    text: &str,
    kind: EntityKind,
) -> WordMap<String, Option<(usize, usize)>> {
    let mut firsts: WordMap<String, Option<(usize, usize)>> = WordMap::default();
    for (i, f) in b.list.iter().enumerate() {
        if !matches!(f.kind, EntityKind::Person | EntityKind::Organization) {
            continue;
        }
        let Some((first, _)) = f.name.split_once(' ') else {
            continue;
        };
        let full = f
            .mentions
            .iter()
            .filter(|m| m.of(text).contains(' '))
            .map(|m| m.start)
            .min();
        let entry = (f.kind == kind).then_some(full).flatten().map(|at| (i, at));
        let slot = firsts.get_or_insert_with(crate::case::lower_str(first), || entry);
        if slot.map(|s| s.0) != entry.map(|e| e.0) {
            *slot = None;
        }
    }
    firsts
}

/// Whether the single word at `m` (which opens its clause) is followed as a subject is: by a
/// comma ("Rory, 21, was …") or a word in lower case that is no determiner, pronoun or
/// preposition ("Rory was", "Rory fired"); not by a possessive, an object or the sentence's
/// end ("Mark the date", "Will they agree?", "Rory's shot").
fn stands_as_subject(text: &str, m: Span) -> bool {
    let rest = &text[m.end..];
    if rest.starts_with(", ") {
        return true;
    }
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    let lower = word.starts_with(|c: char| c.is_lowercase());
    lower
        && !is_determiner(word)
        && !crate::words::is_subject_pronoun(word)
        && !matches!(word, "me" | "him" | "us" | "them" | "you")
        && !crate::words::is_clause_opener(word)
        && !is_np_preposition(word)
}

/// "Brightvale closed the plant", "She said Brightvale ignored her" after "Brightvale Devices
/// Inc.": a single capitalised word (no demonym, no known name) that is the first word of
/// exactly one organisation's longer name, named before it, is a further mention of it wherever
/// it stands (outside quotations, where a speaker's word may name the town the company is
/// named after); at a clause's start only as its subject ("Brightvale said", not "Northern
/// Lights" after "Northern Gateway Ltd.").
fn org_short_names(b: &mut Builder, text: &str, singles: &[Span]) {
    if singles.is_empty() {
        return;
    }
    // Each first word of a longer name: the one organisation whose name opens with it and
    // where it is first named in full; `None` when two names open with it.
    let firsts = first_words_of_names(b, text, EntityKind::Organization);
    for &m in singles {
        let word = m.of(text);
        let lower = crate::case::lower_str(word);
        let Some(&Some((i, named_at))) = firsts.get(&lower) else {
            continue;
        };
        let opens = text[..m.start]
            .trim_end_matches([' ', '\t', '"', '\u{201c}'])
            .chars()
            .last()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | ';'));
        if m.start <= named_at
            || is_demonym(word)
            || crate::words::is_auxiliary(&lower)
            || opens && !stands_as_subject(text, m)
        {
            continue;
        }
        let e = &mut b.list[i];
        e.mentions.push(m);
        add_reason_once(e, Rule::EntityOrgShortName);
    }
}

/// Words for a relative or a child before a first name that names them ("her daughter
/// Mira", "a girl named Mira").
fn is_relative_word(w: &str) -> bool {
    matches!(
        w,
        "daughter"
            | "son"
            | "granddaughter"
            | "grandson"
            | "niece"
            | "nephew"
            | "sister"
            | "brother"
            | "wife"
            | "husband"
            | "mother"
            | "father"
            | "girlfriend"
            | "boyfriend"
            | "stepdaughter"
            | "stepson"
            | "cousin"
            | "named"
    )
}

/// "Mira, 9, said …", "Mira, a Grade 10 student, started a petition", "her daughter Mira": a
/// known first name standing alone, for a person the text names no other way (no full name opens
/// with it), is a person when an age or a description follows it between commas or a word for
/// a relative comes right before it; its other lone mentions are hers. ("Grace, a charity,"
/// still reads as a person: the first-name list decides.)
fn lone_first_names(b: &mut Builder, text: &str, lex: &Lexicons, singles: &[Span]) {
    let mut names: Vec<String> = Vec::new();
    for &m in singles {
        let word = m.of(text);
        if lex.first_name_gender(word).is_none() || b.known(word).is_some() {
            continue;
        }
        let lower = crate::case::lower_str(word);
        // ("Evan, 24," after "Evan Tesch": a further mention of him, not a second person.)
        let opens_a_name = b.list.iter().any(|e| {
            e.name
                .split_once(' ')
                .is_some_and(|(first, _)| first.eq_ignore_ascii_case(word))
        });
        if opens_a_name || names.contains(&lower) || crate::words::is_auxiliary(&lower) {
            continue;
        }
        let after = &text[m.end..];
        // ", 9," or ", a student": an age or a description between commas.
        let described = after.strip_prefix(", ").is_some_and(|rest| {
            let next: &str = rest
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            next.starts_with(|c: char| c.is_ascii_digit())
                && next.len() <= 3
                && rest[next.len()..].starts_with(',')
                || matches!(next, "a" | "an")
        });
        let before: &str = text[..m.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let relative = is_relative_word(before);
        // ("In August, a 61-year-old man …", "Since June, a crew has …": after a preposition,
        // a month's name, no person.)
        let object = is_time_preposition(&crate::case::lower_str(before));
        if described && !object || relative {
            names.push(lower);
        }
    }
    if names.is_empty() {
        return;
    }
    // The name's first standing becomes the entity; every lone mention of it joins.
    for &m in singles {
        let lower = crate::case::lower_str(m.of(text));
        if names.contains(&lower) {
            b.add(m, EntityKind::Person, None, Rule::EntityLoneFirstName);
        }
    }
}

/// Words before a time in the calendar ("in August", "since June", "until May"), which a
/// first name that is a month's name never follows as a person.
fn is_time_preposition(w: &str) -> bool {
    is_np_preposition(w)
        || matches!(
            w,
            "since" | "until" | "till" | "by" | "during" | "before" | "after" | "last" | "next"
        )
}

/// "Immigration, Refugees and Citizenship Canada", "Innovation, Science and Economic
/// Development Canada", "the Ministry of Children, Community and Social Services": where the
/// name that starts at `ts[i]` ends (with where it starts, after a leading "The"), when it is
/// one body named by a list: single capitalised words with commas (no place, organisation or
/// first name among them), then capitalised words with one "and", ending in a country's or
/// province's name, or after an organisational word and "of". ("Toronto, Montreal and
/// Vancouver", "Apple, Google and Microsoft Corp." are lists.)
pub(crate) fn listed_name_end(lex: &Lexicons, ts: &[Tok], i: usize) -> Option<(usize, usize)> {
    let word = |k: usize| ts.get(k).is_some_and(|t| t.is_word() && t.cap && !t.quoted);
    let start = if ts[i].is("the") { i + 1 } else { i };
    let of_head = word(start)
        && lex.is_org_word(&ts[start].lower)
        && ts.get(start + 1).is_some_and(|t| t.is("of"));
    let first = if of_head { start + 2 } else { start };
    let mut k = first;
    let mut pieces = 0;
    while word(k)
        && ts.get(k + 1).is_some_and(|t| t.is_punct(','))
        && word(k + 2)
        && !lex.is_place(&ts[k].lower)
        && !lex.is_organization(&ts[k].lower)
        && lex.first_name_gender(&ts[k].lower).is_none()
    {
        k += 2;
        pieces += 1;
    }
    if pieces == 0 {
        return None;
    }
    let mut e = k;
    let mut and = false;
    while e < ts.len() {
        if word(e) && !ts[e].is("and") {
            e += 1;
        } else if ts[e].is("and") && !and && e > k && word(e + 1) {
            and = true;
            e += 1;
        } else {
            break;
        }
    }
    if !and || ts[e - 1].is("and") {
        return None;
    }
    // ("Halifax, Moncton and Atlantic Canada": a region of the country ends a list of places.)
    let region = matches!(
        ts[e - 2].lower.as_str(),
        "atlantic"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "rural"
            | "coastal"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north"
            | "south"
            | "east"
            | "west"
    );
    let place_end = e - k >= 4
        && !region
        && lex.is_place(&ts[e - 1].lower)
        && !lex.is_place(&ts[first].lower)
        && !lex.is_place(&ts[k].lower);
    (place_end || of_head && e - k >= 3).then_some((start, e))
}

/// The start of a listed name (`listed_name_end`) whose part after its last comma runs from
/// `toks[j]` to `toks[end]`: "Refugees and Citizenship Canada" after "Immigration, ".
pub(crate) fn listed_name_start(
    lex: &Lexicons,
    toks: &[Tok],
    j: usize,
    end: usize,
) -> Option<usize> {
    let word = |k: usize| toks[k].is_word() && toks[k].cap && !toks[k].quoted;
    let mut s = j;
    while s >= 2 && toks[s - 1].is_punct(',') && word(s - 2) {
        s -= 2;
    }
    if s == j {
        return None;
    }
    if s >= 2 && toks[s - 1].is("of") && word(s - 2) && lex.is_org_word(&toks[s - 2].lower) {
        s -= 2;
    }
    if s > 0 && word(s - 1) && !is_determiner(&toks[s - 1].lower) {
        return None;
    }
    let (a, e) = listed_name_end(lex, toks, s)?;
    (a == s && e == end + 1).then_some(s)
}

/// Words after a company's name in the possessive that say it is one ("Northline's
/// vice-president", "Harlow's shareholders").
fn is_company_possession(w: &str) -> bool {
    matches!(
        w,
        "ceo"
            | "vice-president"
            | "shareholders"
            | "shares"
            | "stock"
            | "customers"
            | "employees"
            | "stores"
            | "subsidiary"
            | "headquarters"
            | "plant"
            | "factory"
            | "revenue"
            | "profit"
            | "profits"
            | "board"
            | "users"
            | "app"
            | "servers"
            | "software"
            | "founder"
            | "co-founder"
            | "bug"
    )
}

/// Nouns after a company's name used as a modifier ("a Loomlane employee", "the Harlow app"):
/// its staff, its customers and its products, which no person has in that way.
fn is_company_member(w: &str) -> bool {
    matches!(
        w,
        "employee"
            | "employees"
            | "engineer"
            | "engineers"
            | "customer"
            | "customers"
            | "user"
            | "users"
            | "shareholder"
            | "shareholders"
            | "app"
            | "store"
            | "stores"
    )
}

/// The word after a name in the possessive ("Northline's vice-president" → "vice-president"),
/// given the text right after the name.
fn possessed_word(rest: &str) -> Option<&str> {
    let rest = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("\u{2019}s "))?;
    let end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The noun that a name modifies between an article and it ("a Loomlane employee" →
/// "employee"), in lower case, given the name's mention.
fn modified_member(text: &str, m: Span) -> Option<String> {
    let before = text[..m.start].strip_suffix(' ')?;
    let article = before.rsplit([' ', '\n']).next()?;
    if !matches!(crate::case::lower_str(article).as_str(), "a" | "an" | "the") {
        return None;
    }
    let rest = text[m.end..].strip_prefix(' ')?;
    let end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    let w = &rest[..end];
    (!w.is_empty() && w.chars().all(char::is_lowercase)).then(|| w.to_string())
}

/// The days of the week, in lower case ("saturday").
fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Words that end both surnames and places' names ("Ashby Mills" and "Hayley Mills", "Kelso
/// Wells", "Ashby Brooks"), so that only the words around the name tell a place.
fn is_surname_place_word(w: &str) -> bool {
    matches!(
        w,
        "mills" | "wells" | "brooks" | "banks" | "woods" | "fields" | "hills" | "rivers"
    )
}

/// Landforms' words that end places' names and are surnames too ("Saltney Head" and "Edith
/// Head", "Ashby Heath" and "Edward Heath", "Ashby Marsh", "Eliot Ness"): like
/// [`is_surname_place_word`], only the words around the name tell a place.
fn is_surname_landform_word(w: &str) -> bool {
    matches!(
        w,
        "head"
            | "heath"
            | "marsh"
            | "fell"
            | "downs"
            | "ness"
            | "dale"
            | "glen"
            | "cross"
            | "common"
            | "moss"
            | "end"
            | "firth"
            | "vale"
            | "knoll"
    )
}

/// A Canadian province's or territory's short form after a place's name ("Ont.", "Que.",
/// "B.C.", "N.S."), in lower case, with or without its full stops.
fn is_province_abbreviation(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.').replace('.', "").as_str(),
        "ont"
            | "que"
            | "man"
            | "sask"
            | "alta"
            | "bc"
            | "ns"
            | "nb"
            | "nl"
            | "pei"
            | "nfld"
            | "yt"
            | "nwt"
            | "nu"
    )
}

/// Words that open a place's name ("Port Aldous", "St. Aubry", "West Africa", "New
/// Brunswick", "Porto Ferra", "San Lorenzo").
fn is_place_prefix(w: &str) -> bool {
    matches!(
        w,
        "st."
            | "ste."
            | "new"
            | "porto"
            | "puerto"
            | "san"
            | "santa"
            | "nova"
            | "port"
            | "fort"
            | "mount"
            | "mt."
            | "lake"
            | "cape"
            | "little"
            | "west"
            | "east"
            | "north"
            | "south"
            | "upper"
            | "lower"
    )
}

/// A person by its shape only that the text treats as none: "the Foxes won", "the Crown
/// said" (a person is never "the Ruiz"), a name that opens as a place's does, a plural
/// acronym ("SUVs"), or a company by what it has or who works for it ("a Northline engineer").
/// "She said" then never refers to it.
fn not_people(b: &mut Builder) {
    let text = b.text;
    for e in &mut b.list {
        if e.kind != EntityKind::Person || e.role.is_some() {
            continue;
        }
        let first = e.name.split(' ').next().unwrap_or("");
        let place = e.name.contains(' ') && is_place_prefix(&crate::case::lower_str(first));
        let acronym_plural = !e.name.contains(' ')
            && e.name.len() >= 3
            && e.name.ends_with('s')
            && e.name[..e.name.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase());
        let the_body = e.mentions.iter().any(|m| {
            let before = text[..m.start].trim_end_matches(' ');
            let after_the = before
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let rest = &text[m.end..];
            let next: String = rest
                .trim_start_matches(' ')
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            // ("the Trudeau government": a name before a noun qualifies it.)
            let ends = rest.starts_with([',', '.', ';', ':', '\'', '\u{2019}'])
                || next.ends_with("ed")
                || matches!(
                    next.as_str(),
                    "said"
                        | "says"
                        | "won"
                        | "lost"
                        | "beat"
                        | "had"
                        | "has"
                        | "have"
                        | "will"
                        | "would"
                        | "were"
                        | "are"
                        | "is"
                        | "was"
                );
            after_the && (ends || m.of(text).ends_with('s'))
        });
        // ("Loomlane's customers", "a Loomlane employee", "the Loomlane app".)
        let company = !e.name.contains(' ')
            && e.mentions.iter().any(|m| {
                possessed_word(&text[m.end..])
                    .is_some_and(|w| is_company_possession(&crate::case::lower_str(w)))
                    || modified_member(text, *m).is_some_and(|w| is_company_member(&w))
            });
        let kind = if place {
            EntityKind::Place
        } else if company || the_body {
            EntityKind::Organization
        } else if acronym_plural {
            EntityKind::Other
        } else {
            continue;
        };
        e.kind = kind;
        e.reasons.push(Reason::new(Rule::EntityNotPerson));
    }
}

/// "Ardent Harvest's chief executive" beside "Ardent Harvest Equipment Ltd.": a name taken
/// for a person by its shape alone (no role, never a speaker) whose words open exactly one
/// organisation's longer name is a short form of that organisation, and its mentions are the
/// organisation's.
fn org_leading_names(b: &mut Builder) {
    let mut gone = vec![false; b.list.len()];
    for k in 0..b.list.len() {
        let e = &b.list[k];
        let by_shape = e.reasons.first().map(|r| r.rule) == Some(Rule::EntityPersonNameShape);
        if e.kind != EntityKind::Person || e.role.is_some() || !by_shape || !e.name.contains(' ') {
            continue;
        }
        let prefix = format!("{} ", norm_name(&e.name));
        let mut orgs = (0..b.list.len()).filter(|&j| {
            !gone[j]
                && b.list[j].kind == EntityKind::Organization
                && norm_name(&b.list[j].name).starts_with(&prefix)
        });
        let (Some(org), None) = (orgs.next(), orgs.next()) else {
            continue;
        };
        let moved = std::mem::take(&mut b.list[k].mentions);
        b.list[org].mentions.extend(moved);
        add_reason_once(&mut b.list[org], Rule::EntityOrgLeadingWords);
        gone[k] = true;
    }
    let mut k = 0;
    b.list.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// "Stronger Frontier, a super PAC backing the mayor, plans …", "Which Way, a campaign group,
/// …": a name shaped like a person's that a description between commas (after "a" or "an")
/// calls a body ([`is_organisation_role`]) is an organisation, though it never speaks.
fn organisation_appositions(b: &mut Builder, lex: &Lexicons) {
    let text = b.text;
    for e in &mut b.list {
        if e.kind != EntityKind::Person {
            continue;
        }
        let org = e.mentions.iter().any(|m| {
            let Some(rest) = text[m.end..].strip_prefix(", ") else {
                return false;
            };
            let Some(desc) = ["a ", "an "].iter().find_map(|art| rest.strip_prefix(art)) else {
                return false;
            };
            // (Closed by a comma: "According to Ruiz, the agency had told …" is no apposition.)
            desc.find([',', '.', ';', ':', '\n', '(', '\u{2014}'])
                .filter(|&end| desc[end..].starts_with(','))
                .is_some_and(|end| {
                    desc[..end].split_whitespace().count() <= 8
                        && is_organisation_role(&desc[..end], lex)
                })
        });
        if org {
            e.kind = EntityKind::Organization;
            add_reason_once(e, Rule::EntityOrgRole);
        }
    }
}

/// A description whose head noun names a body, not a person: "an advocacy group that
/// campaigned for the rule", "a super PAC backing the mayor", "a policy think tank", "a
/// coalition of unions" (the head is the last word before a relative word, a preposition or a
/// participle; "a lawyer at the firm" and "the union's president" are people's roles).
fn is_organisation_role(role: &str, lex: &Lexicons) -> bool {
    let words: Vec<String> = role
        .split_whitespace()
        .map(|w| crate::case::lower_str(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
        .collect();
    let org_noun = |k: usize| {
        let w = words[k].as_str();
        lex.is_org_descriptor(w)
            || lex.source_noun(w) == Some(crate::lexicon::SourceNounKind::Group)
            || w == "tank" && k >= 1 && words[k - 1] == "think"
    };
    // The phrase ends at a preposition, a relative word or a participle ("a coalition of
    // unions", "a group backing the mayor"); its head is its last word ("a paralegal
    // representing the company" is a person).
    let end = (1..words.len())
        .find(|&k| {
            let w = words[k].as_str();
            is_np_preposition(w)
                || matches!(
                    w,
                    "that" | "which" | "who" | "whose" | "and" | "or" | "to" | "by"
                )
                || w.len() > 5 && (w.ends_with("ing") || w.ends_with("ed"))
        })
        .unwrap_or(words.len());
    end >= 1 && org_noun(end - 1)
}

/// "Harbour City won the cup", "Harbour City's captain": a place name that wins, beats or has a
/// captain is a team, an organisation.
fn teams(b: &mut Builder) {
    let text = b.text;
    for e in &mut b.list {
        if e.kind != EntityKind::Place {
            continue;
        }
        let team = e.mentions.iter().any(|m| {
            let rest = &text[m.end..];
            if let Some(word) = possessed_word(rest) {
                is_team_member_word(word)
            } else {
                let word: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                matches!(
                    word.as_str(),
                    "won" | "beat" | "drew" | "defeated" | "thrashed"
                )
            }
        });
        if team {
            e.kind = EntityKind::Organization;
            e.reasons.push(Reason::new(Rule::EntityOrgTeam));
        }
    }
}

/// A range of token indices, `start..end`.
type TokRange = (usize, usize);

/// "Central bank governor Petra Lindqvist": a title in lower case right before a name, with
/// up to three words before it that qualify it, is the person's role. A coordinator or a verb
/// in the past ends the qualifiers: "walked in alone and beat goaltender Cody Roe" gives
/// "goaltender".
fn lowercase_role_before(text: &str, ts: &[Tok], a: usize, lex: &Lexicons) -> Option<String> {
    let title = a
        .checked_sub(1)
        .filter(|&t| ts[t].is_word() && !ts[t].cap && lex.is_title(&ts[t].lower))?;
    let mut start = title;
    while start > 0 && title - start < 3 {
        let p = &ts[start - 1];
        if !p.is_word()
            || is_determiner(&p.lower)
            || is_np_barrier(&p.lower)
            || is_np_preposition(&p.lower)
            || p.lower.ends_with("ly")
            || matches!(p.lower.as_str(), "and" | "or" | "but")
            || lex.is_irregular_past(&p.lower)
        {
            break;
        }
        start -= 1;
    }
    Some(
        Span::new(ts[start].span.start, ts[title].span.end)
            .of(text)
            .to_string(),
    )
}

/// "Samuel Oduya of Carrow University": a person's name (two or three capitalised words, none
/// of them organisational) and the organisation after "of" are two entities.
fn split_person_of_org(
    text: &str,
    ts: &[Tok],
    pieces: Vec<TokRange>,
    lex: &Lexicons,
) -> Vec<TokRange> {
    split_at_joiner(ts, pieces, "of", |a, o, e| {
        let name = &ts[a..o];
        let org = Span::new(ts[o + 1].span.start, bare(text, &ts[e - 1]).end).of(text);
        // "Ana Reyes of Pinecrest": after a two- or three-word name, a place of one or two
        // words (when the whole run is no known name: "United States of America").
        let whole = Span::new(ts[a].span.start, bare(text, &ts[e - 1]).end).of(text);
        let place = match classify_name(org, lex) {
            Some(EntityKind::Place) => true,
            None => name.len() >= 2 && e - o - 1 <= 2,
            _ => false,
        };
        name.len() <= 3
            && name.iter().all(|t| {
                !t.is_acronym(text) && !lex.is_org_word(&t.lower) && !lex.is_title(&t.lower)
            })
            && (classify_name(org, lex) == Some(EntityKind::Organization)
                || place && classify_name(whole, lex).is_none())
    })
}

/// Split each piece `(a, e)` at its first `joiner` word ("of", "and") after its second word,
/// into `(a, k)` and `(k + 1, e)`, where `split(a, k, e)` holds; other pieces stay whole.
fn split_at_joiner(
    ts: &[Tok],
    pieces: Vec<TokRange>,
    joiner: &str,
    mut split: impl FnMut(usize, usize, usize) -> bool,
) -> Vec<TokRange> {
    let mut out = Vec::with_capacity(pieces.len());
    for (a, e) in pieces {
        let at = (a + 2..e.saturating_sub(1))
            .find(|&k| ts[k].is(joiner))
            .filter(|&k| split(a, k, e));
        match at {
            Some(k) => {
                out.push((a, k));
                out.push((k + 1, e));
            }
            None => out.push((a, e)),
        }
    }
    out
}

/// "Ostravia's Katarina Movchan", "President Anton Vires's National Renewal Party", "British
/// Columbia's Ministry of Health": a word in the possessive inside a capitalised run ends the
/// owner's name, and what it owns is a name of its own: after a one-word owner, a personal
/// name (`owner_before_person_name`); after an owner of two or three words, a name of two
/// words or more.
fn split_possessive_owner(
    text: &str,
    ts: &[Tok],
    pieces: Vec<TokRange>,
    lex: &Lexicons,
) -> Vec<TokRange> {
    let mut out = Vec::with_capacity(pieces.len());
    for (a, e) in pieces {
        let k = (a..e.saturating_sub(1)).find(|&k| crate::attribution::is_possessive(text, &ts[k]));
        let split = k.filter(|&k| {
            if k == a {
                crate::attribution::owner_before_person_name(text, lex, ts, a, e)
            } else {
                // ("Little Lantern Children's Trust", "the Northfield Women's Health Centre":
                // a plural's possessive belongs to the name.)
                let plural = ["children", "women", "men", "people", "folk"]
                    .iter()
                    .any(|p| bare(text, &ts[k]).of(text).eq_ignore_ascii_case(p));
                k - a <= 2
                    && e - k > 2
                    && !plural
                    && ts[a..=k]
                        .iter()
                        .all(|t| t.is_word() && t.cap && !lex.is_org_word(&t.lower))
                    && ts[k + 1..e].iter().all(|t| t.is_word() && t.cap)
            }
        });
        match split {
            Some(k) => {
                out.push((a, k + 1));
                out.push((k + 1, e));
            }
            None => out.push((a, e)),
        }
    }
    out
}

/// A company's legal suffix ("Ltd", "Inc.", "plc"): the end of its name.
fn is_company_suffix(w: &str) -> bool {
    matches!(
        w,
        "ltd" | "ltd." | "limited" | "inc" | "inc." | "llc" | "plc" | "corp" | "corp." | "gmbh"
    )
}

/// "Pipwell Ltd of Dunmere", "Harlan Inc. of Ohio": a company's legal suffix ends its name;
/// "of" and the place after it say where it is, and the place is a name of its own.
fn split_company_of_place(ts: &[Tok], pieces: Vec<TokRange>, lex: &Lexicons) -> Vec<TokRange> {
    let mut out = Vec::with_capacity(pieces.len());
    for (a, e) in pieces {
        let of = (a + 1..e.saturating_sub(1))
            .find(|&k| ts[k].is("of") && is_company_suffix(&ts[k - 1].lower));
        match of {
            Some(o) if (o + 1..e).all(|k| !lex.is_org_word(&ts[k].lower)) => {
                out.push((a, o));
                out.push((o + 1, e));
            }
            _ => out.push((a, e)),
        }
    }
    out
}

/// Whether `ts[a..e]` is shaped as one personal name: two or three capitalised words with
/// letters in lower case, none of them a title, an honorific, an acronym, a known place or a
/// word that names organisations or places ("Ann Roy", "Owen Beaulne"; not "Lake District").
fn personal_name_shape(text: &str, ts: &[Tok], a: usize, e: usize, lex: &Lexicons) -> bool {
    (2..=3).contains(&(e - a))
        && ts[a..e].iter().all(|t| {
            t.is_word()
                && t.cap
                && !t.is_acronym(text)
                && t.span.of(text).chars().any(char::is_lowercase)
                && !lex.is_title(&t.lower)
                && !is_honorific(&t.lower)
                && !lex.is_org_word(&t.lower)
                && !lex.is_place_word(&t.lower)
                && !lex.is_place(&t.lower)
        })
}

/// "Owen Beaulne and Deklan Moyer scored", "goals by Ann Roy and Ben Tate": two personal names
/// joined by "and" (each of two or three words, at least one opening with a known first
/// name, and the whole no known name) are two people, each its own piece; "Johnson and
/// Johnson", "Procter and Gamble" (one word a side) stay one name.
fn split_coordinated_names(
    text: &str,
    ts: &[Tok],
    pieces: Vec<TokRange>,
    lex: &Lexicons,
) -> Vec<TokRange> {
    split_at_joiner(ts, pieces, "and", |a, k, e| {
        let whole = Span::new(ts[a].span.start, bare(text, &ts[e - 1]).end).of(text);
        personal_name_shape(text, ts, a, k, lex)
            && personal_name_shape(text, ts, k + 1, e, lex)
            && (lex.first_name_gender(&ts[a].lower).is_some()
                || lex.first_name_gender(&ts[k + 1].lower).is_some())
            && classify_name(whole, lex).is_none()
    })
}

/// Split the capitalised run `ts[i..j]` at title words and honorifics ("NATO Secretary General
/// Mark Rutte"): the pieces between them, and the span of the title words (with the piece
/// that owns them) as the role.
fn title_pieces(
    text: &str,
    ts: &[Tok],
    i: usize,
    j: usize,
    lex: &Lexicons,
) -> (Vec<TokRange>, Option<TokRange>) {
    let mut pieces: Vec<TokRange> = Vec::new();
    let mut role_words: Option<TokRange> = None;
    let mut start = i;
    for (k, t) in ts.iter().enumerate().take(j).skip(i) {
        // "the Dene Lake First Nation": a title word before an organisation's head word is
        // part of its name.
        // "the Ministry of Health", "the Department of Finance": a title word after "of" that
        // follows an organisation's head word is the rest of its name ("Minister of Health
        // Ana Ruiz" keeps its title).
        // So is one before a place's head word ("Jonah Whitcombe of Elder Falls").
        // ("Chief Medical Officer Ana Ruiz", "Chief Financial Officer …": an organisational word
        // between two title words qualifies the title; it heads no organisation.)
        let title_after = k + 2 < j && lex.is_title(&ts[k + 2].lower);
        let in_org_name = k + 1 < j
            && (lex.is_org_word(&ts[k + 1].lower) && !title_after
                || k > i && ts[k - 1].is("of") && lex.is_place_word(&ts[k + 1].lower))
            || k >= i + 2 && ts[k - 1].is("of") && lex.is_org_word(&ts[k - 2].lower)
            // "the Landlord and Tenant Board": a title word joined by "and" to the words before
            // the organisation's head word.
            || k + 2 < j
                && ts[k + 1].is("and")
                && (k + 2..j).any(|m| lex.is_org_word(&ts[m].lower));
        // ("Dean Hollis": a title that is a first name before a surname is no title.)
        let first_name = crate::attribution::first_name_not_title(text, lex, ts, k, j);
        // ("Saltney Head", "Gorran Head": a landform word that is also a title, last in a run
        // after another capitalised word, ends a place's name; a title comes before a name.)
        let landform_end = k + 1 == j && k > i && is_surname_landform_word(&t.lower);
        if (lex.is_title(&t.lower) || is_honorific(&t.lower))
            && !in_org_name
            && !first_name
            && !landform_end
        {
            // "Mayor Priya Valdane and Premier Tom Gallivan": "and" before a title ends one
            // titled name and opens the next; the new title is a role of its own.
            let coordinated = k > start && ts[k - 1].is("and");
            if start < k {
                pieces.push((start, if coordinated { k - 1 } else { k }));
            }
            if coordinated {
                role_words = None;
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
    // "Director of Education Paulette Ostrander", "Chief of Police Tom Reyes": a title with
    // "of" and what it is the title of; the last two words are the name.
    if let Some((rs, re)) = role_words {
        let the = usize::from(ts.get(re + 1).is_some_and(|t| t.is("the")));
        if re < j && ts[re].is("of") && j >= re + 4 + the && re == start {
            role_words = Some((rs, j - 2));
            pieces.retain(|p| p.1 <= rs);
            pieces.push((j - 2, j));
            return (pieces, role_words);
        }
    }
    if start < j {
        pieces.push((start, j));
    }
    // "MP for Halverton-North": a name never opens with a lower-case word ("for").
    for p in &mut pieces {
        while p.0 < p.1 && !ts[p.0].cap {
            p.0 += 1;
        }
    }
    pieces.retain(|p| p.0 < p.1);
    (pieces, role_words)
}

/// "Rutte" after "Mark Rutte": fold single-word people into the first full name (in list
/// order) that ends with that word.
fn merge_surnames(b: &mut Builder) {
    // Of two people with the surname ("Zara Okafor … her mother, Adaeze Okafor"), the surname
    // alone stands for the one the text named first.
    let first_at = |f: &EntityDraft| {
        f.mentions
            .iter()
            .map(|m| m.start)
            .min()
            .unwrap_or(usize::MAX)
    };
    // "Jordan Pike … Pike said": a two-word name of unknown kind (its first word a place) whose
    // last word names a person alone elsewhere is that person.
    let single: WordSet<String> = b
        .list
        .iter()
        .filter(|f| f.kind == EntityKind::Person && !f.name.contains(' '))
        .map(|f| crate::case::lower_str(&f.name))
        .collect();
    for f in &mut b.list {
        if f.kind == EntityKind::Other
            && f.name.split(' ').count() == 2
            && f.name
                .split(' ')
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
            && single.contains(last_word(&crate::case::lower_str(&f.name)))
        {
            f.kind = EntityKind::Person;
            f.reasons.push(Reason::new(Rule::EntityPersonNameShape));
        }
    }
    let mut full_by_surname: WordMap<String, usize> = WordMap::default();
    for (i, f) in b.list.iter().enumerate() {
        if f.kind == EntityKind::Person && f.name.contains(' ') {
            let w = last_word(&crate::case::lower_str(&f.name)).to_string();
            let slot = full_by_surname.get_or_insert_with(w, || i);
            if first_at(f) < first_at(&b.list[*slot]) {
                *slot = i;
            }
        }
    }
    let mut merged = vec![false; b.list.len()];
    for (k, gone) in merged.iter_mut().enumerate() {
        let e = &b.list[k];
        if e.kind != EntityKind::Person || e.name.contains(' ') {
            continue;
        }
        let Some(&full) = full_by_surname.get(&crate::case::lower_str(&e.name)) else {
            continue;
        };
        let moved = std::mem::take(&mut b.list[k].mentions);
        let role = b.list[k].role.take();
        b.list[full].mentions.extend(moved);
        if b.list[full].role.is_none() {
            b.list[full].role = role;
        }
        *gone = true;
    }
    let mut k = 0;
    b.list.retain(|_| {
        k += 1;
        !merged[k - 1]
    });
}

/// The sex an honorific says ("Mr." male; "Mrs.", "Ms.", "Miss" female), by the word written
/// right before the single-word mention `m`.
fn honorific_sex(text: &str, m: Span) -> Option<NameGender> {
    let word = text[..m.start]
        .strip_suffix(' ')?
        .rsplit([' ', '\n', '(', '"', '\u{201c}'])
        .next()?;
    match crate::case::lower_str(word).trim_end_matches('.') {
        "mr" => Some(NameGender::Male),
        "mrs" | "ms" | "miss" => Some(NameGender::Female),
        _ => None,
    }
}

/// "Dorota Kalmanek … her son, Tomas Kalmanek … Mr. Kalmanek said": of people who share a
/// surname, a surname mention after "Mr." or "Mrs." belongs to the one of that sex. A person's
/// sex is its first name's (`first_names.txt`), else what its first honorific mention says.
/// A mention moves only when the person holding it is of the other sex and exactly one other
/// person with the surname may be of this one.
fn honorific_surnames(b: &mut Builder, text: &str, lex: &Lexicons) {
    let people: Vec<usize> = (0..b.list.len())
        .filter(|&i| b.list[i].kind == EntityKind::Person && b.list[i].name.contains(' '))
        .collect();
    if people.len() < 2 {
        return;
    }
    let sex = |e: &EntityDraft| {
        let first = e.name.split(' ').next().unwrap_or("");
        lex.first_name_gender(first).or_else(|| {
            let mut single: Vec<Span> = e
                .mentions
                .iter()
                .copied()
                .filter(|m| !m.of(text).contains(' '))
                .collect();
            crate::sort::sort(&mut single);
            single.iter().find_map(|&m| honorific_sex(text, m))
        })
    };
    let sexes: Vec<Option<NameGender>> = people.iter().map(|&i| sex(&b.list[i])).collect();
    // The people by surname (indices into `people`), built once: the search stays linear.
    let surnames: Vec<String> = people
        .iter()
        .map(|&i| last_word(&crate::case::lower_str(&b.list[i].name)).to_string())
        .collect();
    let mut by_surname: WordMap<&str, Vec<usize>> = WordMap::default();
    for (p, name) in surnames.iter().enumerate() {
        by_surname
            .get_or_insert_with(name.as_str(), Vec::new)
            .push(p);
    }
    let mut moves: Vec<(usize, usize, Span)> = Vec::new();
    for (p, &i) in people.iter().enumerate() {
        let Some(own) = sexes[p] else { continue };
        // The one other person with the surname who may be of the other sex.
        let mut others = by_surname
            .get(surnames[p].as_str())
            .into_iter()
            .flatten()
            .filter(|&&q| q != p && sexes[q] != Some(own));
        let (Some(&q), None) = (others.next(), others.next()) else {
            continue;
        };
        for &m in &b.list[i].mentions {
            let said = honorific_sex(text, m).filter(|&g| g != own);
            if said.is_some_and(|g| sexes[q].is_none_or(|h| h == g)) && !m.of(text).contains(' ') {
                moves.push((i, people[q], m));
            }
        }
    }
    for (from, to, m) in moves {
        b.list[from].mentions.retain(|&x| x != m);
        b.list[to].mentions.push(m);
        add_reason_once(&mut b.list[to], Rule::EntityHonorificGender);
    }
}

/// Give `e` the reason `rule` unless it has it already.
fn add_reason_once(e: &mut EntityDraft, rule: Rule) {
    if !e.reasons.iter().any(|r| r.rule == rule) {
        e.reasons.push(Reason::new(rule));
    }
}

fn role_key(s: &str) -> Vec<String> {
    crate::case::lower_str(s)
        .replace(['-', '\u{2010}', '\u{2011}'], " ")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// "Malcolm Tierney, the federation's president, read …", "a home-care nurse, Emeka Dusabe,
/// climbs …": where no report gave a person a role, a description between commas right after
/// or right before a full-name mention, opening with an article, a possessive or a title and
/// holding a title word, is the role (its article dropped).
fn apposition_roles(b: &mut Builder, text: &str, toks: &[Vec<Tok>], lex: &Lexicons) {
    let mut starts: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, entity)
    for (k, e) in b.list.iter().enumerate() {
        if e.kind == EntityKind::Person && e.role.is_none() && e.name.contains(' ') {
            starts.extend(
                e.mentions
                    .iter()
                    .filter(|m| m.of(text).contains(' '))
                    .map(|m| (m.start, m.end, k)),
            );
        }
    }
    if starts.is_empty() {
        return;
    }
    crate::sort::sort(&mut starts);
    // A description of at most eight words: "the federation's president", "an art historian
    // at Carrow University", "Northpoint's vice-president".
    let description = |ts: &[Tok], a: usize, z: usize| -> Option<Span> {
        if a >= z || z - a > 8 {
            return None;
        }
        let first = &ts[a];
        // ("press secretary to the minister", "senior adviser to the mayor": a bare title may
        // open with a word before its title word.)
        let bare_title = ts[a..z.min(a + 3)]
            .iter()
            .take_while(|t| !t.cap && !is_np_preposition(&t.lower))
            .any(|t| lex.is_title(&t.lower));
        let opens = first.is("a")
            || first.is("an")
            || first.is("the")
            || crate::attribution::is_possessive(text, first)
            || !first.cap && bare_title;
        let words = ts[a..z].iter().all(|t| t.is_word() && !t.quoted);
        let titled = ts[a..z].iter().any(|t| !t.cap && lex.is_title(&t.lower));
        let a = if first.is("a") || first.is("an") || first.is("the") {
            a + 1
        } else {
            a
        };
        (opens && words && titled && a < z).then(|| Span::new(ts[a].span.start, ts[z - 1].span.end))
    };
    let mut roles: Vec<(usize, Span)> = Vec::new();
    let mut mentions: Vec<(usize, Span)> = Vec::new();
    for ts in toks {
        for (i, t) in ts.iter().enumerate() {
            let k = starts.partition_point(|&(s, _, _)| s < t.span.start);
            let Some(&(_, end, e)) = starts.get(k).filter(|&&(s, _, _)| s == t.span.start) else {
                continue;
            };
            // (Each scan is bounded: a description is at most eight words, so one long sentence
            // of names stays linear.)
            let Some(j) = ts[i..]
                .iter()
                .take(16)
                .position(|x| x.span.end == end)
                .map(|p| i + p)
            else {
                continue;
            };
            let comma = |k: usize| ts.get(k).is_some_and(|x| x.is_punct(','));
            // After: "NAME, DESCRIPTION," (or its sentence's end). "Jo Park, a geologist at
            // Tarn College who has mapped the fault for years, spoke …": a relative clause after
            // the description, up to the closing comma, is left out of it.
            let after = comma(j + 1)
                .then(|| {
                    let lim = ts.len().min(j + 12);
                    let z = (j + 2..lim)
                        .find(|&k| !ts[k].is_word() || ts[k].quoted)
                        .unwrap_or(lim);
                    let relative = (j + 3..z)
                        .find(|&k| matches!(ts[k].lower.as_str(), "who" | "whose"))
                        .filter(|&r| {
                            ts[r..ts.len().min(r + 40)]
                                .iter()
                                .find(|x| !x.is_word() || x.quoted)
                                .is_some_and(|x| x.is_punct(','))
                        });
                    if let Some(r) = relative {
                        return description(ts, j + 2, r);
                    }
                    (comma(z) || z == ts.len() || ts[z].is_punct('.'))
                        .then(|| description(ts, j + 2, z))
                        .flatten()
                })
                .flatten();
            // Before: "DESCRIPTION, NAME," at the sentence's start or after a comma.
            let before = (i >= 2 && comma(i - 1) && comma(j + 1))
                .then(|| {
                    let lo = i.saturating_sub(12);
                    let a = (lo..i - 1)
                        .rev()
                        .find(|&k| !ts[k].is_word())
                        .map_or(lo, |k| k + 1);
                    (a == 0 || comma(a - 1))
                        .then(|| {
                            description(ts, clause_object_start(text, ts, a, i - 1, lex), i - 1)
                        })
                        .flatten()
                })
                .flatten();
            if let Some(role) = after.or(before) {
                roles.push((e, role));
            }
            // "Dalmeria's ambassador, Tobias Renn, spoke … and accused …": a description in the
            // possessive before the name names the person too (the source of a later verb).
            if let Some(d) = before.filter(|d| {
                after.is_none()
                    && ts[..i]
                        .iter()
                        .find(|t| t.span.start == d.start)
                        .is_some_and(|t| crate::attribution::is_possessive(text, t))
            }) {
                mentions.push((e, d));
            }
        }
    }
    for (e, d) in mentions {
        let m = &mut b.list[e];
        m.mentions.push(d);
        add_reason_once(m, Rule::EntityAppositionRole);
    }
    for (e, role) in roles {
        let d = &mut b.list[e];
        if d.role.is_none() {
            d.role = Some(role.of(text).to_string());
            d.reasons.push(Reason::new(Rule::EntityAppositionRole));
        }
    }
}

/// "The release quoted the agency's director, Ann Lee, …": a sentence that opens with a clause
/// whose verb in the past takes the description as its object. The description starts at the
/// object's article or possessive after that verb (`ts[a..z]` is the run before the name's
/// comma); with no such verb, at `a`.
fn clause_object_start(text: &str, ts: &[Tok], a: usize, z: usize, lex: &Lexicons) -> usize {
    (a + 1..z.saturating_sub(1))
        .find(|&k| {
            let v = &ts[k];
            let o = &ts[k + 1];
            !v.cap
                && (v.lower.ends_with("ed") || lex.is_irregular_past(&v.lower))
                && (o.is("the")
                    || o.is("a")
                    || o.is("an")
                    || crate::attribution::is_possessive(text, o))
        })
        .map_or(a, |k| k + 1)
}

/// A role's words and, after them, the words its titles also answer to ("Justice": "judge",
/// "Const.": "constable", "officer"; `title_aliases.txt`).
fn with_aliases(mut words: Vec<String>, lex: &Lexicons) -> Vec<String> {
    let n = words.len();
    for k in 0..n {
        for a in lex.title_aliases(&words[k]) {
            if !words.iter().any(|w| w == a) {
                words.push(a.to_string());
            }
        }
    }
    words
}

/// "the secretary-general" refers to the person whose role contains those words (or a word
/// its title answers to: "the judge" for "Justice Helena Marchbank").
fn role_mentions(
    b: &mut Builder,
    text: &str,
    sentences: &[crate::segment::Sentence],
    toks: &[Vec<Tok>],
    lex: &Lexicons,
) {
    // Each person's role words, and the people whose role holds each word.
    let roles: Vec<Option<Vec<String>>> = b
        .list
        .iter()
        .map(|e| {
            (e.kind == EntityKind::Person)
                .then(|| e.role.as_deref().map(|r| with_aliases(role_key(r), lex)))
                .flatten()
        })
        .collect();
    let mut by_word: WordMap<&str, Vec<usize>> = WordMap::default();
    for (k, rk) in roles.iter().enumerate() {
        for w in rk.iter().flatten() {
            let people = by_word.get_or_insert_with(w.as_str(), Vec::new);
            if people.last() != Some(&k) {
                people.push(k);
            }
        }
    }
    let mut seen: WordSet<(usize, Span)> = b
        .list
        .iter()
        .enumerate()
        .flat_map(|(k, e)| e.mentions.iter().map(move |m| (k, *m)))
        .collect();
    // The lede: the first sentence outside the headline of eight words or more (a dateline
    // and a byline are shorter).
    let lede = sentences
        .iter()
        .zip(toks)
        .position(|(s, ts)| !s.headline && ts.iter().filter(|t| t.is_word()).count() >= 8);
    for (si, ts) in toks.iter().enumerate() {
        let headline = sentences.get(si).is_some_and(|s| s.headline);
        let in_lede = lede == Some(si);
        for i in 0..ts.len() {
            // "…, reeve says" in a headline: a bare title after its comma (or its semicolon,
            // "…; forecaster urges …") names the person with that role as "the reeve" does.
            let bare =
                headline && !ts[i].cap && lex.is_title(&ts[i].lower) && after_headline_break(ts, i);
            // "Lawyer says …", "Celebrity Chef Says …": a headline that opens with a title
            // (after up to two capitalised words of title case) and a verb of saying; "…, their
            // lawyer says" in the headline or the lede: a possessive pronoun before the title.
            // Either names the one person the story gives that role, as "the lawyer" does.
            let opening = headline && i == 0 && ts[i].is_word() && !ts[i].quoted;
            let their = (headline || in_lede)
                && matches!(ts[i].lower.as_str(), "their" | "his" | "her" | "its");
            if !ts[i].is("the") && !bare && !opening && !their {
                continue;
            }
            let mut j = if bare || opening { i } else { i + 1 };
            if opening {
                while j < i + 2
                    && ts.get(j).is_some_and(|t| {
                        t.is_word() && t.cap && !t.quoted && !lex.is_title(&t.lower)
                    })
                {
                    j += 1;
                }
            }
            // "the park's superintendent", "the city's transportation chair": a possessive,
            // up to two words, then the title words.
            let mut modifiers = 0;
            if !bare
                && ts.get(j).is_some_and(|t| {
                    t.is_word() && !t.quoted && crate::attribution::is_possessive(text, t)
                })
            {
                let m = (0..=2).find(|&m| {
                    ts.get(j + 1 + m)
                        .is_some_and(|t| t.is_word() && lex.is_title(&t.lower))
                        && ts[j + 1..j + 1 + m].iter().all(|w| {
                            w.is_word() && !w.cap && !w.quoted && !lex.is_cue_word(&w.lower)
                        })
                });
                if let Some(m) = m {
                    j += 1;
                    modifiers = m;
                }
            }
            let first_word = j;
            let possessive = !opening && first_word > i + 1;
            j += modifiers;
            while j < ts.len()
                && ts[j].is_word()
                && (lex.is_title(&ts[j].lower) || ts[j].lower.split('-').all(|p| lex.is_title(p)))
            {
                j += 1;
            }
            // (A capitalised word after the title is a name, unless it is the verb of saying
            // in a title-case headline: "Chef Says".)
            let says_next = ts
                .get(j)
                .is_some_and(|t| t.is_word() && !t.quoted && lex.is_cue_word(&t.lower));
            if j == first_word
                || ts
                    .get(j)
                    .is_some_and(|t| t.is_word() && t.cap && !(headline && says_next))
                || (opening || their) && !says_next
            {
                continue;
            }
            // (With a possessive, only as the source of a verb of saying: "…, the park's
            // superintendent said".)
            if possessive
                && !ts
                    .get(j)
                    .is_some_and(|t| t.is_word() && !t.cap && lex.is_cue_word(&t.lower))
            {
                continue;
            }
            let words = role_key(Span::new(ts[first_word].span.start, ts[j - 1].span.end).of(text));
            if words.iter().all(|w| crate::words::is_party_label(w)) {
                continue;
            }
            let Some(first) = words.first() else { continue };
            // Only a person mentioned before the description: "the captain" after "Captain
            // Nolan Reed scored" is Reed even when "Mariners captain Tom Wells" comes later.
            // The headline's "…, reeve says" and the lede's "The mayor of Dunhollow says …"
            // name who the story names next.
            let here = if headline || in_lede {
                text.len()
            } else {
                ts[i].span.start
            };
            let mut candidates = by_word
                .get(first.as_str())
                .into_iter()
                .flatten()
                .filter(|&&k| {
                    roles[k]
                        .as_ref()
                        .is_some_and(|rk| rk.windows(words.len()).any(|w| w == words.as_slice()))
                        && b.list[k].mentions.iter().any(|m| m.start < here)
                });
            let (Some(&only), None) = (candidates.next(), candidates.next()) else {
                continue;
            };
            // ("the company's president" is not the union's: a possessive in both must agree.)
            if possessive {
                let owner = crate::case::lower_str(ts[i + 1].span.of(text));
                let role = b.list[only].role.as_deref().map(crate::case::lower_str);
                if role.is_some_and(|r| {
                    (r.contains("'s") || r.contains('\u{2019}')) && !r.contains(owner.as_str())
                }) {
                    continue;
                }
            }
            let span = Span::new(ts[i].span.start, ts[j - 1].span.end);
            if seen.insert((only, span)) {
                let e = &mut b.list[only];
                e.mentions.push(span);
                e.reasons.push(Reason::new(Rule::EntityRoleMention));
            }
        }
    }
}

/// "Strike 'will not put patients at risk', says trust": a verb of saying at `ts[i]`, then one
/// to three words that end the headline; where those words end.
fn inverted_credit(lex: &Lexicons, ts: &[Tok], i: usize) -> Option<usize> {
    let cue = &ts[i];
    if !cue.is_word() || cue.cap || cue.quoted || !lex.is_cue_word(&cue.lower) {
        return None;
    }
    let e = (i + 1..ts.len())
        .find(|&k| !ts[k].is_word())
        .unwrap_or(ts.len());
    let words = e - i - 1;
    ((1..=3).contains(&words) && ts[e..].iter().all(|t| !t.is_word() && !t.quoted)).then_some(e)
}

/// Does `ts[i]` open a headline's clause after a comma or a semicolon ("…, reeve says",
/// "… mill jobs 'within weeks,' owner warns", "Library cuts hours; student union calls …")?
fn after_headline_break(ts: &[Tok], i: usize) -> bool {
    i > 0
        && (ts[i - 1].is_punct(',')
            || ts[i - 1].is_punct(';')
            || i > 1 && ts[i - 1].kind == TokKind::QuoteClose && ts[i - 2].is_punct(','))
}

/// "Library cuts hours; student union calls move "a tax"" over a body naming "the Harwood
/// Students' Union": in a headline, a bare lowercase noun for a body (a `group` source noun or
/// a word that ends organisations' names, up to three words, no determiner) that opens the
/// headline's clause after a comma or semicolon and comes right before a verb of saying is a
/// further mention of the one organisation whose name ends in that noun and holds its other
/// words ("student" in "Students'").
fn headline_body_mentions(
    b: &mut Builder,
    sentences: &[crate::segment::Sentence],
    toks: &[Vec<Tok>],
    lex: &Lexicons,
) {
    // Each organisation's name words, in lower case.
    let orgs: Vec<(usize, Vec<String>)> = b
        .list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization)
        .map(|(k, e)| {
            let words = crate::case::lower_str(&e.name)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            (k, words)
        })
        .collect();
    if orgs.is_empty() {
        return;
    }
    for (si, ts) in toks.iter().enumerate() {
        if !sentences.get(si).is_some_and(|s| s.headline) {
            continue;
        }
        for i in 0..ts.len() {
            if !after_headline_break(ts, i) {
                continue;
            }
            // The phrase runs to the first verb of saying, at most three words on; or, after
            // the verb ("…, says trust"), to the headline's end.
            let (st, c) = if let Some(c) = (i + 1..ts.len().min(i + 4))
                .find(|&c| ts[c].is_word() && !ts[c].cap && lex.is_cue_word(&ts[c].lower))
            {
                (i, c)
            } else if let Some(e) = inverted_credit(lex, ts, i) {
                (i + 1, e)
            } else {
                continue;
            };
            let phrase = &ts[st..c];
            let plain = phrase.iter().all(|t| {
                t.is_word()
                    && !t.quoted
                    && !t.cap
                    && !is_determiner(&t.lower)
                    && !lex.is_cue_word(&t.lower)
            });
            let head = &ts[c - 1].lower;
            let body = lex.source_noun(head) == Some(crate::lexicon::SourceNounKind::Group)
                || lex.is_org_word(head);
            if !plain || !body {
                continue;
            }
            // ("student" is "Students" in the name.)
            let in_name = |words: &[String], w: &str| {
                words
                    .iter()
                    .any(|n| n == w || n.strip_suffix('s') == Some(w))
            };
            let mut candidates = orgs.iter().filter(|(_, words)| {
                words.last().is_some_and(|l| l == head.as_str())
                    && phrase[..phrase.len() - 1]
                        .iter()
                        .all(|t| in_name(words, &t.lower))
            });
            let (Some(&(only, _)), None) = (candidates.next(), candidates.next()) else {
                continue;
            };
            let span = Span::new(ts[st].span.start, ts[c - 1].span.end);
            let e = &mut b.list[only];
            if !e.mentions.contains(&span) {
                e.mentions.push(span);
                e.reasons.push(Reason::new(Rule::EntityHeadlineBodyMention));
            }
        }
    }
}
