//! Stage 8: sources resolved to entities. A named source is linked to the entity with that
//! name (`source:resolved:name`), a description to the person whose role it matches
//! (`source:resolved:role-description`), and "he", "she" or "it" to the last person or
//! organisation mentioned before it (`source:resolved:pronoun-last-mention`). Vague and
//! anonymous sources are marked (`source:vague:<head>`).

use crate::attribution::SourceHit;
use crate::entities::EntityDraft;
use crate::report::{EntityKind, SourceKind};
use crate::rules::{Reason, Rule};

/// The entity a source refers to, if any, and the reasons.
pub struct Resolution {
    pub entity: Option<usize>,
    pub reasons: Vec<Reason>,
}

/// Resolve `src` (found in `text`) against the document's entities.
pub fn source(text: &str, src: &SourceHit, ents: &[EntityDraft]) -> Resolution {
    let found = entity_of(text, src, ents);
    let mut reasons: Vec<Reason> = found.iter().map(|&(_, rule)| Reason::new(rule)).collect();
    if matches!(src.kind, SourceKind::Vague | SourceKind::Anonymous) {
        reasons.push(Reason::with(Rule::SourceVague, src.head.clone()));
    }
    Resolution {
        entity: found.map(|(i, _)| i),
        reasons,
    }
}

fn entity_of(text: &str, src: &SourceHit, ents: &[EntityDraft]) -> Option<(usize, Rule)> {
    match src.kind {
        SourceKind::Named => {
            let name = src.name.unwrap_or(src.span);
            ents.iter()
                .position(|e| e.mentions.iter().any(|m| m.overlaps(name)))
                .map(|i| (i, Rule::SourceResolvedName))
        }
        SourceKind::Description => ents
            .iter()
            .position(|e| {
                e.mentions
                    .iter()
                    .any(|m| src.span.contains(*m) && m.of(text).to_lowercase().starts_with("the "))
            })
            .map(|i| (i, Rule::SourceResolvedRole)),
        SourceKind::Pronoun => {
            let want = match src.head.as_str() {
                "he" | "she" => EntityKind::Person,
                "it" => EntityKind::Organization,
                _ => return None,
            };
            // The entity of that kind mentioned last before the pronoun.
            ents.iter()
                .enumerate()
                .filter(|(_, e)| e.kind == want)
                .filter_map(|(i, e)| {
                    e.mentions
                        .iter()
                        .filter(|m| m.end <= src.span.start)
                        .map(|m| m.end)
                        .max()
                        .map(|end| (end, i))
                })
                .max()
                .map(|(_, i)| (i, Rule::SourceResolvedPronoun))
        }
        _ => None,
    }
}
