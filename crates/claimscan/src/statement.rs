//! Stage 9: a standalone statement for each claim, readable without the article:
//! "Mark Rutte warned that any further Russian aggression would be ‘fatal’ for Moscow."

use crate::attribution::ACCORDING_TO;
use crate::lexicon::CueClass;
use crate::report::Attribution;

/// What a statement is built from.
pub struct Parts<'a> {
    pub attribution: Attribution,
    /// The resolved name, or the source's own words.
    pub source: Option<&'a str>,
    /// The cue's lemma and past tense.
    pub cue_lemma: Option<&'a str>,
    pub cue_past: Option<&'a str>,
    pub cue_class: Option<CueClass>,
    /// The content is the cue's object, not a clause ("accused the board of hiding the audit",
    /// "expected the bank to raise rates"): no "that" before it.
    pub object: bool,
    /// The content is a question clause ("how long the repairs would take", "whether …"): no
    /// "that" before it.
    pub wh: bool,
    /// The reporting phrase when it is negated ("did not say", "would not say"): the statement
    /// keeps it, so that it does not turn a refusal into a report.
    pub negated_phrase: Option<&'a str>,
    /// The content fragments' texts.
    pub fragments: Vec<&'a str>,
    /// Words that may start a sentence without being names ("The", "This").
    pub is_starter: &'a dyn Fn(&str) -> bool,
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            // One string of its final size (an uppercase form is at most a few characters).
            let mut out = String::with_capacity(s.len() + 8);
            out.extend(crate::case::upper(f));
            out.push_str(c.as_str());
            out
        }
        None => String::new(),
    }
}

fn lower_first_if_common(s: &str, is_starter: &dyn Fn(&str) -> bool) -> String {
    let first = s.split_whitespace().next().unwrap_or("");
    if is_starter(first) && first != "I" {
        let mut c = s.chars();
        match c.next() {
            Some(f) => {
                let mut out = String::with_capacity(s.len() + 8);
                out.extend(crate::case::lower(f));
                out.push_str(c.as_str());
                out
            }
            None => String::new(),
        }
    } else {
        s.to_string()
    }
}

/// `s` with its first character uppercased, in place when it is ASCII (the same string as
/// [`upper_first`] gives).
fn upper_first_owned(mut s: String) -> String {
    match s.as_bytes().first() {
        None => s,
        Some(b) if b.is_ascii() => {
            s[..1].make_ascii_uppercase();
            s
        }
        Some(_) => upper_first(&s),
    }
}

/// `s` trimmed at its end and closed with a full stop unless it ends with one (or another
/// stop), inside a closing quotation mark or not; a comma before a closing mark becomes a
/// full stop. Done in place.
fn end_with_stop(mut s: String) -> String {
    let t = s.trim_end();
    let len = t.len();
    let last = t.chars().last();
    let closing = matches!(last, Some('"' | '\u{201d}' | '\u{2019}' | '\''));
    let body = t.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'']);
    let stop =
        !(body.ends_with(['.', '!', '?', '…']) || closing && body.ends_with(['.', '!', '?', ',']));
    let comma = (closing && body.ends_with(',')).then(|| body.len() - 1);
    s.truncate(len);
    if stop {
        s.push('.');
    } else if let Some(cut) = comma {
        // “We are ready,” → “We are ready.”
        s.replace_range(cut..cut + 1, ".");
    }
    s
}

/// Build the statement.
pub fn build(p: &Parts) -> String {
    // The fragments' words joined by single spaces, in one string.
    let mut content = String::with_capacity(p.fragments.iter().map(|f| f.len() + 1).sum());
    for w in p.fragments.iter().flat_map(|f| f.split_whitespace()) {
        if !content.is_empty() {
            content.push(' ');
        }
        content.push_str(w);
    }
    let kept = content.trim_end_matches([',', ';', ':']).len();
    content.truncate(kept);
    if p.attribution == Attribution::Author {
        return end_with_stop(upper_first_owned(content));
    }
    let body = lower_first_if_common(&content, p.is_starter);
    let src = p
        .source
        .map(|s| upper_first(&lower_first_if_common(s, p.is_starter)));
    let past = p.cue_past.unwrap_or("said");
    // A quotation is "said" or "asked", whatever verb framed it ("told: …" reads badly
    // without its addressee).
    let quote_verb = match p.cue_lemma {
        Some("ask") => "asked",
        Some("tell") | Some(":") | Some("dash") | None => "said",
        _ => past,
    };
    let s = match (src, p.cue_lemma) {
        (Some(_), Some(ACCORDING_TO)) => concat(&[
            "According to ",
            &lower_first_if_common(p.source.unwrap_or_default(), p.is_starter),
            ", ",
            &body,
        ]),
        (Some(src), _) if p.cue_class == Some(CueClass::Framing) => concat(&[&src, " ", &body]),
        // "The department did not say how long the repairs would take."
        (Some(src), _) if p.negated_phrase.is_some() && p.attribution != Attribution::Direct => {
            let phrase = p.negated_phrase.unwrap_or(past);
            if p.wh || body.starts_with("to ") || p.object {
                concat(&[&src, " ", phrase, " ", &body])
            } else {
                concat(&[&src, " ", phrase, " that ", &body])
            }
        }
        (Some(src), _) if p.attribution == Attribution::Direct => {
            concat(&[&src, " ", quote_verb, ": ", &content])
        }
        (Some(src), Some(":")) => concat(&[&src, " said: ", &content]),
        (Some(src), _)
            if body.starts_with("to ")
                || p.object
                || p.wh
                || matches!(
                    p.cue_class,
                    Some(CueClass::Evaluation | CueClass::Intention)
                ) =>
        {
            concat(&[&src, " ", past, " ", &body])
        }
        // "told that …" needs its addressee; without it the statement says "said".
        (Some(src), Some("tell")) => concat(&[&src, " said that ", &body]),
        (Some(src), _) => concat(&[&src, " ", past, " that ", &body]),
        (None, _) if p.attribution == Attribution::Direct => {
            concat(&["An unnamed speaker said: ", &content])
        }
        // "The mayor is said to have approved …" (a passive with an infinitive).
        (None, _) if p.fragments.len() == 2 && p.fragments[1].trim_start().starts_with("to ") => {
            format!(
                "{} was {past} {}",
                upper_first(p.fragments[0].trim()),
                p.fragments[1].trim()
            )
        }
        // "It was asked whether the depot would close." (attr:asked-unstated)
        (None, Some("ask")) => concat(&["It was ", past, " ", &body]),
        (None, _) => concat(&["It was ", past, " that ", &body]),
    };
    end_with_stop(s)
}

/// `parts` joined in one string, with room for the full stop [`end_with_stop`] may add
/// (what `format!` gave, without its formatter and regrowth).
fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() + 1);
    for p in parts {
        s.push_str(p);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements() {
        let starter = |w: &str| matches!(w, "The" | "This");
        let p = Parts {
            attribution: Attribution::Mixed,
            source: Some("Jane Roe"),
            cue_lemma: Some("warn"),
            cue_past: Some("warned"),
            cue_class: Some(CueClass::Warning),
            object: false,
            wh: false,
            negated_phrase: None,
            fragments: vec!["the bridge would be \u{2018}unsafe\u{2019} by winter"],
            is_starter: &starter,
        };
        assert_eq!(
            build(&p),
            "Jane Roe warned that the bridge would be \u{2018}unsafe\u{2019} by winter."
        );
        let p = Parts {
            attribution: Attribution::Direct,
            fragments: vec!["\u{201c}We are ready,\u{201d}"],
            ..p
        };
        assert_eq!(build(&p), "Jane Roe warned: \u{201c}We are ready.\u{201d}");
        let p = Parts {
            attribution: Attribution::Indirect,
            cue_lemma: Some("accuse"),
            cue_past: Some("accused"),
            cue_class: Some(CueClass::Accusation),
            object: true,
            fragments: vec!["the board of hiding the audit"],
            ..p
        };
        assert_eq!(build(&p), "Jane Roe accused the board of hiding the audit.");
        let p = Parts {
            cue_lemma: Some("say"),
            cue_past: Some("said"),
            cue_class: Some(CueClass::Neutral),
            object: false,
            wh: true,
            negated_phrase: Some("did not say"),
            fragments: vec!["how long the repairs would take"],
            ..p
        };
        assert_eq!(
            build(&p),
            "Jane Roe did not say how long the repairs would take."
        );
        let p = Parts {
            cue_lemma: Some("ask"),
            cue_past: Some("asked"),
            cue_class: Some(CueClass::Question),
            negated_phrase: None,
            fragments: vec!["whether the season is over"],
            ..p
        };
        assert_eq!(build(&p), "Jane Roe asked whether the season is over.");
    }
}
