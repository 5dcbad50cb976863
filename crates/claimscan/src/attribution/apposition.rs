//! `attr:apposition` — a source with a description between commas before its cue.
//!
//! - "Jane Roe, a spokeswoman for the ministry, said …" (`source:apposition`);
//! - "The campaign chairman, Phil Lovas, said …" (`source:apposition-description-first`);
//! - "Mayor Lind, Phil Lovas, said" — a name after a capitalised description
//!   (`source:apposition-name`);
//! - "Marta Ruiz, 59, of Leeds, said …" (`source:name-with-additions`);
//! - "Several engineers, including Ms. Ortiz, warned …" (`source:group-with-members`);
//! - "Ida Harlow — co-author of a history of the port — said …": a description between dashes
//!   (`source:apposition-between-dashes`).

use super::cue::{cue_at, noun_form_without_that};
use super::found::{span_of, Ctx, SourceHit};
use super::noun_phrase::{
    classify, is_past_form, is_plural_possessive_mark, np_back, possessive_owner_end,
};
use crate::report::SourceKind;
use crate::rules::{Reason, Rule};
use crate::tokens::{Tok, TokKind};
use crate::words::{
    is_determiner, is_leading_filler, is_leading_preposition, is_noun_compound_head,
    is_np_preposition, is_place_preposition,
};

/// The source when a comma stands right before the cue (at `toks[j - 1]`).
pub(crate) fn source(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<(SourceHit, usize, Rule)> {
    // ", said …": nothing stands before the comma.
    if j < 2 {
        return None;
    }
    if let Some(found) = group_with_members(ctx, toks, j) {
        return Some(found);
    }
    // "…, speaking after the vote on Tuesday, said": no phrase ends at the comma; the additions
    // may still follow a name.
    let Some(app_start) = np_back(ctx, toks, j - 2) else {
        return name_with_additions(ctx, toks, j);
    };
    // "…, Tom Berg, president of the teachers' federation, said": a bare title and its "of"
    // phrase after the comma (the phrase found ends at the "of").
    let app_start = (app_start.saturating_sub(6)..app_start)
        .rev()
        .find(|&k| toks[k].is_punct(','))
        .filter(|&k| {
            k + 1 < app_start
                && !toks[app_start - 1].is_punct(',')
                && !toks[k + 1].cap
                && ctx.lex.is_title(&toks[k + 1].lower)
                && (k + 1..app_start)
                    .all(|i| toks[i].is_word() || is_plural_possessive_mark(toks, i))
        })
        .map_or(app_start, |k| k + 1);
    let art = &toks[app_start];
    // "The campaign chairman, Phil Lovas, said": the description comes first.
    // ("…, their union, the Corran Valley Teachers' Federation, announced": an organisation's
    // name after "the".)
    // (A description must stand before it: not "Jeff Rathke, the State Department
    // Spokesperson, said", where the name comes first.)
    let the_name = art.is("the")
        && toks
            .get(app_start + 1)
            .is_some_and(|t| t.is_word() && t.cap)
        && app_start >= 2
        && np_back(ctx, toks, app_start - 2).is_some_and(|d| is_determiner(&toks[d].lower));
    if let Some(found) = second_apposition(ctx, toks, app_start, j) {
        return Some(found);
    }
    if (art.cap || the_name) && app_start >= 2 && toks[app_start - 1].is_punct(',') {
        if let Some(found) = name_after_description(ctx, toks, app_start, j) {
            return Some(found);
        }
    }
    // ("…, Tom Berg, president of the teachers' federation, said": a bare title opens it too.)
    let bare_title = !art.cap && ctx.lex.is_title(&art.lower);
    if (art.is("a") || art.is("an") || art.is("the") || bare_title)
        && app_start >= 2
        && toks[app_start - 1].is_punct(',')
    {
        let name = np_back(ctx, toks, app_start - 2).and_then(|name_start| {
            Some((name_start, classify(ctx, toks, name_start, app_start - 1)?))
        });
        // "Duncan Ferrier, who owns Skerry Seafoods, the island's largest employer, said": a
        // name inside a relative clause is that clause's object, not the source.
        let in_relative = |name_start: usize| {
            (name_start.saturating_sub(8)..name_start)
                .rev()
                .find(|&k| toks[k].is_punct(','))
                .is_some_and(|k| {
                    toks.get(k + 1)
                        .is_some_and(|t| t.is("who") || t.is("whose") || t.is("which"))
                })
        };
        if let Some((name_start, mut name)) = name
            .filter(|(_, n)| n.kind == SourceKind::Named)
            .filter(|&(name_start, _)| !in_relative(name_start))
        {
            name.span = span_of(toks, name_start, j - 1);
            let mut ra = app_start;
            while ra < j - 1 && is_article_before_role(&toks[ra].lower) {
                ra += 1;
            }
            // (A title before the name stays its role against the person's past: "Trustee
            // Carl Obi, a former teacher,", and against the unit the person runs: "Insp. Ana
            // Ruiz, head of the fraud unit,".)
            if ra < j - 1
                && (name.role.is_none()
                    || !background(toks, app_start) && !heads_unit(toks, app_start))
            {
                name.role = Some(span_of(toks, ra, j - 1));
            }
            name.reasons.push(Reason::new(Rule::SourceApposition));
            return Some((name, name_start, Rule::AttrApposition));
        }
    }
    name_with_additions(ctx, toks, j)
}

/// "Ines Okafor, a fellow at the Halden Institute, a think tank in Rothmere, said", "Mia Berg, a
/// fellow at an institute in Varholm, the capital, said": a second description (at
/// `toks[app_start]`) describes the last word of the first one, which opens with "a" or "an"
/// after a comma. The name before the first description is the source and that description
/// its role; the organisation or place inside it is neither.
fn second_apposition(
    ctx: &Ctx,
    toks: &[Tok],
    app_start: usize,
    j: usize,
) -> Option<(SourceHit, usize, Rule)> {
    let art = &toks[app_start];
    if art.cap || !matches!(art.lower.as_str(), "a" | "an" | "the") || app_start < 4 {
        return None;
    }
    if !toks[app_start - 1].is_punct(',') {
        return None;
    }
    let d = np_back(ctx, toks, app_start - 2)?;
    if !(toks[d].is("a") || toks[d].is("an")) || toks[d].cap || d < 2 || !toks[d - 1].is_punct(',')
    {
        return None;
    }
    let name_start = np_back(ctx, toks, d - 2)?;
    let mut name = classify(ctx, toks, name_start, d - 1)?;
    // ("Ferrier, who owns a shop, a bakery, said": a relative clause's object is not the source.)
    if name.kind != SourceKind::Named || toks[name_start..d].iter().any(|t| t.quoted) {
        return None;
    }
    name.span = span_of(toks, name_start, j - 1);
    name.role = Some(span_of(toks, d + 1, app_start - 1));
    name.reasons.push(Reason::new(Rule::SourceApposition));
    Some((name, name_start, Rule::AttrApposition))
}

/// "who asked not to be named", "speaking on condition of anonymity", "who declined to be
/// identified", "who was not authorized to speak publicly": the words say the source's name is
/// withheld (the last, the reason wire copy gives for withholding it).
pub(crate) fn withholds_name(words: &[Tok]) -> bool {
    words
        .iter()
        .any(|t| t.is("anonymity") || t.is("anonymously"))
        || words.windows(3).any(|w| {
            (w[0].is("to") || w[0].is("not"))
                && w[1].is("be")
                && matches!(w[2].lower.as_str(), "named" | "identified")
                || w[0].is("not")
                    && matches!(
                        w[1].lower.as_str(),
                        "authorized" | "authorised" | "permitted" | "allowed"
                    )
                    && w[2].is("to")
        })
}

/// "a former teacher", "a retired nurse", "a longtime resident": a description of somebody's
/// past or background, not the office that a title before the name gives ("Const. Dee Roy, a
/// spokesperson for the force," takes the spokesperson).
fn background(toks: &[Tok], at: usize) -> bool {
    (toks[at].is("a") || toks[at].is("an"))
        && toks.get(at + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "former"
                    | "retired"
                    | "onetime"
                    | "one-time"
                    | "longtime"
                    | "long-time"
                    | "lifelong"
            )
        })
}

/// "head of the auto crime unit": a bare "head of" that says what a titled person runs; the
/// title before the name ("Insp.", "Sgt.") stays the role. Without one it is the role: "Tom
/// Reyes, head of research at Brannock Securities, said".
fn heads_unit(toks: &[Tok], at: usize) -> bool {
    toks[at].is("head") && toks.get(at + 1).is_some_and(|t| t.is("of"))
}

/// A determiner that opens a description but is no part of a role: "a", "the", "their" (not
/// "senior", "top" or "former": "a senior engineer" holds the role "senior engineer").
fn is_article_before_role(w: &str) -> bool {
    is_determiner(w) && !matches!(w, "senior" | "top" | "former")
}

/// "Several engineers, including Ms. Ortiz, warned": a group, then some of its members between
/// commas ("including", "among them", "such as"); the group is the source.
fn group_with_members(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<(SourceHit, usize, Rule)> {
    let open = (j.saturating_sub(10)..j - 1).rev().find(|&k| {
        toks[k].is_punct(',')
            && toks.get(k + 1).is_some_and(|t| {
                t.is("including")
                    || (t.is("among") && toks.get(k + 2).is_some_and(|n| n.is("them")))
                    || (t.is("such") && toks.get(k + 2).is_some_and(|n| n.is("as")))
            })
    })?;
    if toks[open + 1..j - 1].iter().any(|t| t.is_punct(',')) {
        return None;
    }
    let start = np_back(ctx, toks, open.checked_sub(1)?)?;
    let mut group = classify(ctx, toks, start, open)?;
    group.span = span_of(toks, start, j - 1);
    group
        .reasons
        .push(Reason::new(Rule::SourceGroupWithMembers));
    Some((group, start, Rule::AttrApposition))
}

/// ", Phil Lovas," after a description: the name between commas, the description its role.
fn name_after_description(
    ctx: &Ctx,
    toks: &[Tok],
    app_start: usize,
    j: usize,
) -> Option<(SourceHit, usize, Rule)> {
    let mut name = classify(ctx, toks, app_start, j - 1)?;
    if name.kind != SourceKind::Named {
        return None;
    }
    if let Some(desc_start) = np_back(ctx, toks, app_start - 2) {
        // "curator of prints at the Museum of Art, Halifax, said": a place after the object
        // of a preposition; the name is further left.
        // ("after his lawyer, Renata Voss, wrote": "after" opens a clause there.)
        if desc_start > 0
            && toks[desc_start - 1].is_word()
            && !toks[desc_start - 1].cap
            && (is_np_preposition(&toks[desc_start - 1].lower)
                || is_leading_preposition(&toks[desc_start - 1].lower))
            && !matches!(
                toks[desc_start - 1].lower.as_str(),
                "after" | "before" | "since" | "until" | "because" | "once" | "while" | "as"
            )
        {
            return None;
        }
        // ("Calloway's neighbour, Ruben Szabo, said": a possessive name opens it too, of up to
        // three words: "Ms. Solberg's press secretary, Daniel Mbeki, said".)
        let possessive = toks[desc_start].cap
            && !is_determiner(&toks[desc_start].lower)
            && possessive_owner_end(ctx.text, toks, desc_start, app_start - 1).is_some();
        if is_determiner(&toks[desc_start].lower) || possessive {
            name.role = Some(span_of(toks, desc_start, app_start - 1));
            name.span = span_of(toks, desc_start, j - 1);
            name.reasons
                .push(Reason::new(Rule::SourceAppositionDescriptionFirst));
            return Some((name, desc_start, Rule::AttrApposition));
        }
    }
    name.reasons.push(Reason::new(Rule::SourceAppositionName));
    Some((name, app_start, Rule::AttrApposition))
}

/// "Marta Ruiz, 59, of Leeds, said", "Ruiz, who watched …, said": the name opens the sentence
/// (or follows the quotation it is credited with: `“…,” Khaled Ali, an editor at the paper,
/// said`) and comma-separated additions follow it.
fn name_with_additions(ctx: &Ctx, toks: &[Tok], j: usize) -> Option<(SourceHit, usize, Rule)> {
    // A quoted title closes no quotation ("Ida Marsh, the author of “Salt Roads”, said").
    let after_quote = (0..j - 1)
        .rev()
        .find(|&q| {
            toks[q].kind == TokKind::QuoteClose && !closes_title(toks, q) && !closes_term(toks, q)
        })
        .map_or(0, |q| q + 1);
    // "22:30 — Jane Roe, who …, said": a timestamp or dateline before a dash opens the line.
    let after_dash = toks[..j - 1]
        .iter()
        .take(8)
        .position(|t| matches!(t.kind, TokKind::Punct('—' | '–')))
        .map_or(0, |d| d + 1);
    let mut b0 = after_quote.max(after_dash);
    let mut first_comma = b0 + toks[b0..j - 1].iter().position(|t| t.is_punct(','))?;
    // "After the game, Lucia Ferri, Italy coach, said": a short adverbial between commas opens
    // the sentence; the name follows it. Two more commas must come before the cue.
    // ("Speaking through an interpreter, Oksana Drevlyk, 44, said", "Midway through the
    // evening, …": a participle phrase or "midway" opens it too.)
    // ("At a town hall in Esker Falls on Tuesday, …": up to ten words.)
    while first_comma - b0 <= 10
        && toks[b0].cap
        && (is_leading_preposition(&toks[b0].lower)
            || is_place_preposition(&toks[b0].lower)
            || opens_with_participle_or_midway(toks, b0)
            || toks[b0..first_comma]
                .iter()
                .all(|t| is_leading_filler(&t.lower)))
        && toks[b0..first_comma].iter().all(|t| !t.quoted)
    {
        // (The next comma may be the one before the cue: "After the vote, Gov. Ana Ruiz
        // (D-Ohio), said".)
        let Some(next) = toks[first_comma + 1..j]
            .iter()
            .position(|t| t.is_punct(','))
        else {
            break;
        };
        b0 = first_comma + 1;
        first_comma += 1 + next;
    }
    let mut s0 = b0;
    while s0 < first_comma && is_leading_filler(&toks[s0].lower) {
        s0 += 1;
    }
    // ", a doctor, said": no name before the first comma.
    if s0 == first_comma {
        return None;
    }
    let additions = &toks[first_comma..j - 1];
    // A relative clause may hold a verb of saying ("who asked not to be named", "whom the
    // paper agreed not to name").
    // "Berg, 56, who has chaired …": after any of the commas; "Lane, a senator who has been
    // mentioned as a candidate, said": inside a description.
    let relative = additions
        .iter()
        .any(|t| t.is("who") || t.is("which") || t.is("whose") || t.is("whom"))
        // "Ortiz, asked about the cuts, said": a participle clause may hold a cue word.
        || additions.get(1).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && (t.lower.ends_with("ed") || ctx.lex.is_irregular_past(&t.lower))
        });
    // A short quoted title inside them is a name, not speech ("wearing “Vote Ames” pins",
    // "the author of “Salt Roads”").
    let mut titled = vec![false; j - first_comma];
    let mut k = first_comma;
    while k < j - 1 {
        if toks[k].kind == TokKind::QuoteOpen {
            if let Some(close) = super::content::quoted_title_end(toks, k).filter(|&e| e < j) {
                titled[k - first_comma..=close - first_comma].fill(true);
                k = close;
            }
        }
        k += 1;
    }
    // "Ward, citing “the pull of the race,” said": a quotation inside a participle or
    // relative clause describes the source.
    let participle = additions
        .get(1)
        .is_some_and(|t| t.is_word() && !t.cap && t.lower.len() > 4 && t.lower.ends_with("ing"));
    let clause_quote = |t: &Tok| {
        (relative || participle)
            && (t.quoted || matches!(t.kind, TokKind::QuoteOpen | TokKind::QuoteClose))
    };
    // ("the 7:10 sailing": a colon between digits is a clock time.)
    let digits = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.lower.bytes().all(|c| c.is_ascii_digit()) && t.is_word())
    };
    let clock = |k: usize| toks[k].is_punct(':') && k > 0 && digits(k - 1) && digits(k + 1);
    let plain = additions.len() <= 24
        && (first_comma..j - 1).all(|k| {
            let t = &toks[k];
            titled[k - first_comma]
                || clock(k)
                || clause_quote(t)
                || !t.quoted
                    && !matches!(
                        t.kind,
                        TokKind::QuoteOpen | TokKind::QuoteClose | TokKind::Punct(';' | ':')
                    )
                    && (relative
                        || participle && k == first_comma + 1
                        || !is_verb_cue(ctx, toks, k)
                        || super::relative::describes_word(ctx.lex, toks, k))
        });
    // "Rep. Ana Ruiz (R-Ohio), …": a parenthesis after the name is no part of it.
    let name_end = if toks[first_comma - 1].is_punct(')') {
        toks[s0..first_comma]
            .iter()
            .rposition(|t| t.is_punct('('))
            .map_or(first_comma, |p| s0 + p)
    } else {
        first_comma
    };
    // "Senate leader Ana Berg and House Speaker Tim Moor, both Republicans, said": two titled
    // names take more words.
    // So does a name with its affiliation ("Economist Leo Hart of the University of Westmarch,
    // who …, said"): capitalised words after "of" or "at".
    let affiliation = (s0 + 2..name_end).find(|&k| toks[k].is("of") || toks[k].is("at"));
    let affiliated = affiliation.is_some_and(|p| {
        toks[p + 1..name_end]
            .iter()
            .all(|t| t.is_word() && (t.cap || t.is("the") || t.is("of") || t.is("and")))
    });
    // So does a group with its phrase ("Two people with knowledge of the talks, who …, said"),
    // or a source noun with a participle or adjective and its phrase ("A senior official
    // involved in the talks, who …, said", "A report commissioned by the council, which …,
    // found").
    let group_phrase = (s0..name_end).any(|k| source_noun_with_phrase(ctx, toks, k, name_end));
    // ("A briefing note prepared for deputy minister Ana Ruiz in June, …": a document's
    // participle phrase may hold a title, a name and a date.)
    let participle_phrase = (s0..name_end).any(|k| {
        source_noun_with_phrase(ctx, toks, k, name_end)
            && toks
                .get(k + 1)
                .is_some_and(|t| is_past_form(ctx.lex, &t.lower))
    });
    let max_name = if participle_phrase {
        12
    } else if affiliated || group_phrase || toks[s0..name_end].iter().any(|t| t.is("and")) {
        10
    } else {
        6
    };
    if !(plain && name_end > s0 && name_end - s0 <= max_name) {
        return None;
    }
    // "Her neighbour, Owen Pritchard, 38, said": a description first, then the name between
    // commas, then more additions.
    if let Some(found) = description_then_name(ctx, toks, s0, first_comma, j) {
        return Some(found);
    }
    let mut name = classify(ctx, toks, s0, name_end)?;
    if name.kind == SourceKind::Pronoun {
        return None;
    }
    // A relative or participle clause describes the source but is no part of its mention:
    // "Brenne, who has run the dam since 2011, said", "A spokesman, speaking after the
    // verdict, said".
    // So is a channel or time phrase ("Ana Ruiz, in remarks to a radio station, said").
    let clause = relative
        || additions.get(1).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && ((t.lower.len() > 4 && t.lower.ends_with("ing"))
                    || matches!(t.lower.as_str(), "in" | "on" | "at" | "during" | "after"))
        });
    // The additions end at the comma before the cue, or take the closing mark of a title
    // whose marks hold that comma.
    let end = if toks[j - 1].kind == TokKind::QuoteClose {
        j
    } else {
        j - 1
    };
    name.span = span_of(toks, s0, if clause { first_comma } else { end });
    let rs = first_comma + 1;
    let re = toks[rs.min(j - 1)..j - 1]
        .iter()
        .position(|t| t.is_punct(','))
        .map_or(end, |p| rs + p);
    let re = if re == j - 2 && end == j { j } else { re };
    // A title before the name stays its role against a description of the person's past
    // ("Trustee Noreen Balogun, a former teacher, said"; "Coun. Ted Ames, the board's chair,"
    // takes the chair), and "one of the four who voted no" names a group she belongs to, not
    // a role.
    let one_of = toks[rs].is("one") && toks.get(rs + 1).is_some_and(|t| t.is("of"));
    if re > rs
        && (name.role.is_none() || !background(toks, rs) && !heads_unit(toks, rs))
        && !one_of
        && (is_determiner(&toks[rs].lower) || ctx.lex.is_title(&toks[rs].lower))
    {
        let mut r0 = rs;
        while r0 < re && is_article_before_role(&toks[r0].lower) {
            r0 += 1;
        }
        if r0 < re {
            name.role = Some(span_of(toks, r0, re));
        }
    }
    name.reasons
        .push(Reason::new(Rule::SourceNameWithAdditions));
    // "The flat's owner, who asked not to be named, said": a description whose name the
    // paper withholds is an anonymous source, as "a neighbour" is.
    if name.kind == SourceKind::Description && withholds_name(additions) {
        name.kind = SourceKind::Anonymous;
        name.reasons.push(Reason::new(Rule::SourceNameWithheld));
    }
    Some((name, s0, Rule::AttrApposition))
}

/// "people with knowledge of", "official involved in", "aide close to", "report commissioned
/// by": a lowercase source noun at `toks[k]`, then a preposition, right after it or after one
/// lowercase participle or adjective, before `end`.
fn source_noun_with_phrase(ctx: &Ctx, toks: &[Tok], k: usize, end: usize) -> bool {
    let noun = &toks[k];
    if !noun.is_word() || noun.cap || ctx.lex.source_noun(&noun.lower).is_none() {
        return false;
    }
    let modifier = |t: &Tok| t.is_word() && !t.cap && !t.quoted && !ctx.lex.is_cue_word(&t.lower);
    (k + 1..end.min(k + 3)).any(|p| {
        let w = &toks[p].lower;
        (p == k + 1 || modifier(&toks[k + 1]))
            && (is_np_preposition(w)
                || w == "to" && ctx.lex.is_to_head(&toks[p - 1].lower)
                || w == "by" && p == k + 2 && is_past_form(ctx.lex, &toks[k + 1].lower))
    })
}

/// "Speaking through an interpreter, …", "Midway through the evening, …": an opening
/// participle phrase, or "midway", at `toks[b0]`.
fn opens_with_participle_or_midway(toks: &[Tok], b0: usize) -> bool {
    toks[b0].is("midway")
        || b0 == 0
            && toks[b0].lower.len() > 5
            && toks[b0].lower.ends_with("ing")
            && toks.get(b0 + 1).is_some_and(|t| t.is_word() && !t.cap)
            // ("Housing lawyer Priya Nandakumar, …" is a title and a name.)
            && toks[b0 + 1..]
                .iter()
                .take_while(|t| !t.is_punct(','))
                .all(|t| !t.cap)
}

/// Does the source at `toks[a]` follow a short opening adverbial and its comma ("Speaking
/// through an interpreter, Oksana Drevlyk, 44, said …", "After the vote, Ana Ruiz, …")?
pub(crate) fn after_opening_adverbial(toks: &[Tok], a: usize) -> bool {
    (3..=12).contains(&a)
        && toks[a - 1].is_punct(',')
        && toks[0].cap
        && toks[..a - 1].iter().all(|t| t.is_word() && !t.quoted)
        && (is_leading_preposition(&toks[0].lower)
            || is_place_preposition(&toks[0].lower)
            || opens_with_participle_or_midway(toks, 0))
}

/// "Her neighbour, Owen Pritchard, 38, said", "A second witness, Ana Ruiz, of Leeds, said": a
/// description opening with a determiner or a possessive before the first comma, a name
/// between the first two commas, more additions before the cue. The name is the source, the
/// description its role.
fn description_then_name(
    ctx: &Ctx,
    toks: &[Tok],
    s0: usize,
    first_comma: usize,
    j: usize,
) -> Option<(SourceHit, usize, Rule)> {
    let opener = &toks[s0].lower;
    // ("Calloway's neighbour, Ruben Szabo, said": a possessive name opens it too; "Ms. Solberg's
    // press secretary, Daniel Mbeki, said", "Ann Cole's aide": a name of two or three words.)
    let owner_end = possessive_owner_end(ctx.text, toks, s0, first_comma)
        .filter(|_| toks[s0].cap && !is_determiner(opener));
    let possessive = owner_end.is_some();
    let determined = is_determiner(opener)
        || possessive
        || matches!(
            opener.as_str(),
            "her" | "his" | "their" | "its" | "our" | "my"
        );
    if !determined || first_comma - s0 > 6 || first_comma + 2 >= j {
        return None;
    }
    // The description is lowercase words after its opener ("Her next-door neighbour").
    // ("The local MP, Ana Ruiz, said": a title in capitals is part of it.)
    let words_from = owner_end.unwrap_or(s0) + 1;
    if toks[words_from..first_comma]
        .iter()
        .any(|t| !t.is_word() || t.cap && !ctx.lex.is_title(&t.lower) || t.quoted)
    {
        return None;
    }
    let n0 = first_comma + 1;
    // (The name may run to the comma before the cue: "A second witness, former trustee Ahmed
    // Rasul, told".)
    let second = n0
        + toks[n0..j - 1]
            .iter()
            .position(|t| t.is_punct(','))
            .unwrap_or(j - 1 - n0);
    // ("Constable Mei Tanaka of the Harbour police": an affiliation takes more words.)
    let max = if toks[n0..second].iter().any(|t| t.is("of")) {
        10
    } else {
        6
    };
    if second == n0 || second - n0 > max {
        return None;
    }
    let mut name = classify(ctx, toks, n0, second)?;
    // "Constable Mei Tanaka of the Harbour police": the name before its affiliation.
    if name.kind != SourceKind::Named {
        let of = (n0 + 2..second).find(|&k| toks[k].is("of"))?;
        name = classify(ctx, toks, n0, of)?;
    }
    if name.kind != SourceKind::Named {
        return None;
    }
    let mut r0 = s0;
    while r0 < first_comma && is_article_before_role(&toks[r0].lower) {
        r0 += 1;
    }
    if r0 < first_comma && name.role.is_none() && !partitive_of(toks, s0, first_comma) {
        name.role = Some(span_of(toks, r0, first_comma));
    }
    name.span = span_of(toks, s0, j - 1);
    name.reasons
        .push(Reason::new(Rule::SourceAppositionDescriptionFirst));
    Some((name, s0, Rule::AttrApposition))
}

/// "One of them, Dan Mook, 58, said", "Another of the tenants, Ana Ruiz, said": a description
/// (`toks[s0..end]`) that only picks the person out of a group ("one of", "another of", "two
/// of") is no role.
fn partitive_of(toks: &[Tok], s0: usize, end: usize) -> bool {
    s0 + 1 < end
        && matches!(
            toks[s0].lower.as_str(),
            "one" | "another" | "some" | "two" | "three"
        )
        && toks[s0 + 1].is("of")
}

/// Does the mark at `toks[close]` close a term of one to three words quoted inside narration
/// (`which has a “buy” rating`, `who rates the shares “hold,”`): a lowercase word before the
/// opening mark, only words inside (and a comma at the end)? No quotation is credited there.
fn closes_term(toks: &[Tok], close: usize) -> bool {
    let Some(open) = (close.saturating_sub(6)..close)
        .rev()
        .find(|&k| toks[k].kind == TokKind::QuoteOpen)
    else {
        return false;
    };
    let inner = &toks[open + 1..close];
    let inner = match inner.split_last() {
        Some((last, rest)) if last.is_punct(',') => rest,
        _ => inner,
    };
    open > 0
        && toks[open - 1].is_word()
        && !toks[open - 1].cap
        && (1..=3).contains(&inner.len())
        && inner.iter().all(|t| t.is_word())
}

/// Is `toks[k]` a verb cue inside the additions? A present form that is a noun as often
/// ("in remarks to a radio station", "one of the states suing") is not.
fn is_verb_cue(ctx: &Ctx, toks: &[Tok], k: usize) -> bool {
    let Some((entry, after)) = cue_at(ctx.lex, std::slice::from_ref(&toks[k]), 0, false) else {
        return false;
    };
    !(noun_form_without_that(ctx.lex, toks, k, k + after, &entry)
        || toks
            .get(k + 1)
            .is_some_and(|n| is_noun_compound_head(&n.lower))
        // "a creative writing professor": an -ing word before a title is its modifier.
        || toks[k].lower.ends_with("ing")
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && !n.cap && ctx.lex.is_title(&n.lower))
        || k.checked_sub(1)
            .is_some_and(|p| is_determiner(&toks[p].lower) || toks[p].is("in")))
}

/// "Ida Harlow — co-author of a history of the port, now out of print — said": a description
/// between two dashes right before the cue (at `toks[j - 1]`). The source is the phrase before
/// the first dash; the description is its role when it opens with a title or determiner.
pub(crate) fn between_dashes(
    ctx: &Ctx,
    toks: &[Tok],
    j: usize,
) -> Option<(SourceHit, usize, Rule)> {
    // A spaced hyphen stands for a dash in plain-text copy ("The three scholars - A, B and
    // C - agreed").
    let is_dash = |t: &Tok| matches!(t.kind, TokKind::Punct('\u{2014}' | '\u{2013}' | '-'));
    if j < 4 || !is_dash(&toks[j - 1]) {
        return None;
    }
    let open = (j.saturating_sub(32)..j - 1)
        .rev()
        .find(|&k| is_dash(&toks[k]))?;
    if open == 0
        || open + 1 >= j - 1
        || toks[open + 1..j - 1].iter().any(|t| {
            t.quoted
                || matches!(
                    t.kind,
                    TokKind::QuoteOpen | TokKind::QuoteClose | TokKind::Punct(';' | ':' | '.')
                )
        })
    {
        return None;
    }
    let start = np_back(ctx, toks, open - 1)?;
    let mut name = classify(ctx, toks, start, open)?;
    if name.kind == SourceKind::Pronoun {
        return None;
    }
    // "The mayor — even as she says … — has promised": a clause between the dashes, not a
    // description; the source is the phrase before them.
    if [
        "even", "as", "and", "but", "or", "if", "when", "while", "because", "although", "though",
        "so",
    ]
    .contains(&toks[open + 1].lower.as_str())
    {
        return Some((name, start, Rule::AttrSourceCueContent));
    }
    let (rs, re) = (open + 1, j - 1);
    let re = toks[rs..re]
        .iter()
        .position(|t| t.is_punct(','))
        .map_or(re, |p| rs + p);
    if name.role.is_none() && (is_determiner(&toks[rs].lower) || ctx.lex.is_title(&toks[rs].lower))
    {
        let mut r0 = rs;
        while r0 < re && is_article_before_role(&toks[r0].lower) {
            r0 += 1;
        }
        if r0 < re {
            name.role = Some(span_of(toks, r0, re));
        }
    }
    name.span = span_of(toks, start, j - 1);
    name.reasons
        .push(Reason::new(Rule::SourceAppositionBetweenDashes));
    Some((name, start, Rule::AttrApposition))
}

/// Does the closing mark at `toks[close]` end a short quoted title (see
/// `content::quoted_title_end`)?
pub(crate) fn closes_title(toks: &[Tok], close: usize) -> bool {
    (close.saturating_sub(10)..close)
        .rev()
        .find(|&k| toks[k].kind == TokKind::QuoteOpen)
        .is_some_and(|open| super::content::quoted_title_end(toks, open) == Some(close))
}

/// Does the quotation closing at `toks[close]` stand inside a participle or relative clause
/// that opens after a comma (", citing “…,”", ", who called it “…,”")?
pub(crate) fn quotation_in_clause(toks: &[Tok], close: usize) -> bool {
    let Some(open) = (close.saturating_sub(40)..close)
        .rev()
        .find(|&k| toks[k].kind == TokKind::QuoteOpen)
    else {
        return false;
    };
    let Some(comma) = (open.saturating_sub(8)..open)
        .rev()
        .find(|&k| toks[k].is_punct(','))
    else {
        return false;
    };
    toks.get(comma + 1).is_some_and(|t| {
        t.is_word() && !t.cap && (t.is("who") || t.lower.len() > 4 && t.lower.ends_with("ing"))
    }) && toks[comma + 1..open].iter().all(|t| t.is_word())
}
