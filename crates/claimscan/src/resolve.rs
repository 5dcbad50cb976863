//! Stage 8: sources resolved to entities. A named source is linked to the entity with that
//! name (`source:resolved:name`), a description to the person whose role it matches
//! (`source:resolved:role-description`), and "he", "she" or "it" to the last person or
//! organisation mentioned before it (`source:resolved:pronoun-last-mention`). Vague and
//! anonymous sources are marked (`source:vague:<head>`).

use crate::attribution::SourceHit;
use crate::entities::EntityDraft;
use crate::report::{EntityKind, SourceKind};
use crate::rules::{Reason, Rule};
use crate::span::Span;

/// The entity a source refers to, if any, and the reasons.
pub struct Resolution {
    pub entity: Option<usize>,
    pub reasons: Vec<Reason>,
    /// The source read as a group is a person's surname (`source:known-surname`): it is named.
    pub named: bool,
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
}

impl Resolver {
    pub fn new(ents: &[EntityDraft]) -> Resolver {
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
        Resolver {
            by_start,
            reach,
            people: ends_of(EntityKind::Person),
            orgs: ends_of(EntityKind::Organization),
            kinds: ents.iter().map(|e| e.kind).collect(),
        }
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
            .filter(|(m, _)| {
                span.contains(*m)
                    && m.of(text)
                        .get(..4)
                        .is_some_and(|w| w.eq_ignore_ascii_case("the "))
            })
            .map(|&(_, i)| i)
            .min()
    }

    /// The entity in `list` (sorted (end, entity)) mentioned last before `pos`; of two ending
    /// there, the later entity.
    fn last_before(list: &[(usize, usize)], pos: usize) -> Option<usize> {
        let k = list.partition_point(|&(end, _)| end <= pos);
        k.checked_sub(1).map(|k| list[k].1)
    }
}

/// Resolve `src` (found in `text`) against the document's entities.
pub fn source(text: &str, src: &SourceHit, ents: &Resolver) -> Resolution {
    if let Some(i) = known_surname(text, src, ents) {
        return Resolution {
            entity: Some(i),
            reasons: vec![
                Reason::new(Rule::SourceKnownSurname),
                Reason::new(Rule::SourceResolvedName),
            ],
            named: true,
        };
    }
    let found = entity_of(text, src, ents);
    let mut reasons: Vec<Reason> = found.iter().map(|&(_, rule)| Reason::new(rule)).collect();
    if matches!(src.kind, SourceKind::Vague | SourceKind::Anonymous) {
        reasons.push(Reason::with(Rule::SourceVague, src.head.clone()));
    }
    Resolution {
        entity: found.map(|(i, _)| i),
        reasons,
        named: false,
    }
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
        SourceKind::Description => r
            .described(text, src.span)
            .map(|i| (i, Rule::SourceResolvedRole)),
        SourceKind::Pronoun => {
            let list = match src.head.as_str() {
                // "his claim that …", "her assurance that …", "its warning that …".
                "he" | "she" | "his" | "her" => &r.people,
                "it" | "its" => &r.orgs,
                _ => return None,
            };
            Resolver::last_before(list, src.span.start).map(|i| (i, Rule::SourceResolvedPronoun))
        }
        _ => None,
    }
}
