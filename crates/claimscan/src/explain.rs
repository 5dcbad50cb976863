//! Readable sentences for a claim's reason codes, for every face (the page's "Why?", the CLI's
//! text format, the WebAssembly module and the Python package).
//!
//! A claim's `reasons` are codes with their arguments (`cue:lexicon:cues:warn(warning)`,
//! `score:has-a-quantity '$40 million' +1.3`). [`readable`] turns them into sentences a
//! journalist can read: a rule with an argument worth reading (a hedge word, a cue's stance,
//! a source noun, a certainty step) gets a sentence of its own; every other rule is described
//! by its [`Rule::describe`] words; the `score:` lines are summarised into one sentence with
//! the largest weights each way. An unknown code is shown in a generic form rather than
//! dropped. Presentation only: nothing here changes a claim.

use crate::rules::Rule;

/// One readable sentence per reason (score lines summarised into one), in pipeline order.
pub fn readable(reasons: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut weights: Vec<(String, f64)> = Vec::new();
    let mut category = None;
    for code in reasons {
        if let Some(rest) = code.strip_prefix("score:") {
            if let Some(c) = rest
                .strip_prefix("category-rule ")
                .or_else(|| rest.strip_prefix("category "))
            {
                category = Some(c.to_string());
            } else if let Some((label, w)) = score_term(rest) {
                weights.push((label, w));
            }
            continue;
        }
        let line = sentence(code);
        if !out.contains(&line) {
            out.push(line);
        }
    }
    if let Some(line) = score_summary(&weights, category.as_deref()) {
        out.push(line);
    }
    out
}

fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// `word(detail)` → (`word`, `detail`).
fn split_paren(s: &str) -> (&str, Option<&str>) {
    match s.split_once('(') {
        Some((w, d)) => (w, Some(d.trim_end_matches(')'))),
        None => (s, None),
    }
}

fn sentence(code: &str) -> String {
    let parts: Vec<&str> = code.splitn(2, ':').collect();
    let (stage, rule) = match parts.as_slice() {
        [stage, rule] => (*stage, *rule),
        _ => return fallback(code),
    };
    match (stage, rule) {
        ("attr", "source-cue-content") => "The source and a reporting verb come first, then what they said (“X said that …”).".into(),
        ("attr", "content-source-cue") => "What was said comes first, then the source and the reporting verb (“…, the utility said”).".into(),
        ("attr", "content-cue-source") => "What was said comes first, then the reporting verb and the source (“…, said X”).".into(),
        ("attr", "according-to") => "The source is named with “according to”.".into(),
        ("attr", "colon") => "The source introduces the words with a colon (“X: ‘…’”).".into(),
        ("attr", "speaker-label") => "A transcript line: the speaker's name comes before a colon.".into(),
        ("attr", "relative") => "The source is who “who” or “which” refers to.".into(),
        ("attr", "apposition") => "The source is a name followed by a description between commas.".into(),
        ("attr", "participle") => "“…, saying/adding …” continues the previous source's words.".into(),
        ("attr", "coordinated-verb") => "“… and said …”: the subject of the first verb is the source.".into(),
        ("attr", "passive-it") => "“It was reported that …”: the text gives no source.".into(),
        ("attr", "dash-credit") => "The quotation is credited with a dash (“— Name”).".into(),
        ("attr", "cue-sentence-after-quotation") => "A short “X said.” sentence after the quotation names who said it.".into(),
        ("attr", "continued-quotation") => "The quotation continues one that the same source started earlier.".into(),
        ("content", r) => match r {
            "that-clause" => "What was said is the clause after “that”.".into(),
            "bare-clause" => "What was said is a clause without “that”.".into(),
            "quotation" => "What was said is the quotation.".into(),
            "wh-clause" => "What was said is a “whether/how/why …” clause.".into(),
            "infinitive" | "infinitive-after-addressee" => "What was said is a “to …” phrase (“warned councils to prepare”).".into(),
            "framing-verb-phrase" => "The claim includes the framing verb (“described it as …”).".into(),
            "demand" => "The claim is a demand (“called for …”).".into(),
            _ => fallback(code),
        },
        ("channel", _) => "The text says where it was said (“in an interview with …”, “in a statement”).".into(),
        ("attribution", r) => match r {
            "direct:all-quoted" => "All of it is inside quotation marks: a direct quote.".into(),
            "mixed:partly-quoted" => "Some of its words are quoted: a partial quote.".into(),
            "indirect:no-quotation-marks" => "No quotation marks: reported speech.".into(),
            "direct:transcript-line" => "A transcript line counts as a direct quote.".into(),
            _ => fallback(code),
        },
        ("source", r) => source_sentence(r),
        ("claim", r) => {
            if r == "author:sentence" {
                "Nobody is quoted or cited: the writer states this.".into()
            } else if r == "author:clause-outside-attribution" {
                "The writer's own words around a reported claim.".into()
            } else if let Some(w) = r.strip_prefix("joiner-dropped:") {
                format!("The joining word {} was left out of the claim.", quoted(w))
            } else {
                fallback(code)
            }
        }
        ("hedge", r) => {
            let entry = r.rsplit(':').next().unwrap_or(r);
            let (word, kind) = split_paren(entry);
            match kind {
                Some(k) => format!(
                    "{} makes it less certain ({} {k} hedge).",
                    quoted(word),
                    if k.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
                ),
                None if r.starts_with("vague-source:") => format!(
                    "The source ({}) is a vague group, which makes it less certain.",
                    quoted(word)
                ),
                None => fallback(code),
            }
        }
        ("condition", r) => match r {
            "inversion" => "It depends on a condition (“should …”, “were …”).".into(),
            w => format!("It depends on a condition ({} …).", quoted(w)),
        },
        ("future", w) => format!("It is about the future ({}).", quoted(&w.replace('-', " "))),
        ("negation", w) => format!("It is negated ({}).", quoted(w)),
        ("certainty", r) => certainty_sentence(r),
        ("cue", r) => {
            let entry = r
                .strip_prefix("lexicon:cues:")
                .unwrap_or_else(|| r.rsplit(':').next().unwrap_or(r));
            let (lemma, class) = split_paren(entry);
            let verb = match lemma {
                ":" => "a colon".to_string(),
                "-" | "\u{2013}" | "\u{2014}" | "\u{2015}" => "a dash".to_string(),
                l => quoted(l),
            };
            match class {
                Some(c) if c != "neutral" => {
                    format!("The reporting verb {verb} carries a stance: {c}.")
                }
                _ if !lemma.starts_with(|c: char| c.is_alphabetic()) => {
                    format!("The words are introduced by {verb}.")
                }
                _ => format!("The reporting verb is {verb}."),
            }
        }
        _ => fallback(code),
    }
}

/// A `certainty:` step: `cue:may=possible`, `stance:class:belief=probable`, `level:possible`.
fn certainty_sentence(rule: &str) -> String {
    let (step, arg) = rule.split_once(':').unwrap_or((rule, ""));
    let (what, level) = arg.rsplit_once('=').unwrap_or((arg, ""));
    match step {
        "level" => format!("Certainty: {what}."),
        "cue" => format!("{} makes it at most {level}.", quoted(what)),
        "negated-cue" => format!("{} is negated: at most {level}.", quoted(what)),
        "stance" => {
            let name = what.split_once(':').map_or(what, |(_, n)| n);
            format!("The reporting verb's stance ({name}) makes it at most {level}.")
        }
        "condition" => "It holds only under a condition: conditional.".into(),
        _ => fallback(&format!("certainty:{rule}")),
    }
}

fn source_sentence(rule: &str) -> String {
    if let Some(w) = rule.strip_prefix("pronoun:") {
        let w = if w == "i" { "I" } else { w };
        return format!("The source is the pronoun {}.", quoted(w));
    }
    if let Some(entry) = rule.strip_prefix("lexicon:source_nouns:") {
        let (word, class) = entry.split_once('=').unwrap_or((entry, ""));
        return match class {
            "vague" => format!(
                "{} names an unspecified group: a vague source.",
                quoted(word)
            ),
            "anonymous" => format!(
                "{} hides who the source is: an anonymous source.",
                quoted(word)
            ),
            "" => format!("{} is a known word for a source.", quoted(word)),
            c => format!("{} is a known word for a source ({c}).", quoted(word)),
        };
    }
    if let Some(w) = rule.strip_prefix("plural-group:") {
        return format!(
            "An unnamed group ({}) is the source: a vague source.",
            quoted(w)
        );
    }
    if let Some(how) = rule.strip_prefix("resolved:") {
        return match how {
            "name" => "The name was linked to the person named in full earlier.".into(),
            "pronoun-last-mention" => "The pronoun was linked to the last person mentioned.".into(),
            "role-description" => "The description was linked to the person with that role.".into(),
            "lede-description" => {
                "The description at the top of the story was linked to whom it names after it."
                    .into()
            }
            other => format!(
                "The source was linked to a person named earlier ({}).",
                humanise(other)
            ),
        };
    }
    if let Some(why) = rule.strip_prefix("vague:") {
        return format!(
            "The source is vague or anonymous ({}).",
            quoted(&why.replace(['-', '_'], " "))
        );
    }
    if rule.starts_with("apposition") || rule == "name-with-additions" {
        return "The words between commas describe the source.".into();
    }
    match rule {
        "named" => "The source is named.".into(),
        "title-before-name" => "The title before the name is the source's role.".into(),
        "description" => "The source is a description (“the company”), not a name.".into(),
        "speaker-label" => "The speaker label names the source.".into(),
        "unstated" => "The text states no source.".into(),
        other => fallback(&format!("source:{other}")),
    }
}

/// A code with no sentence of its own: its rule's description ([`Rule::describe`]), with the
/// argument after it in quotation marks; a code of no known rule in a generic form.
fn fallback(code: &str) -> String {
    match rule_of(code) {
        Some((rule, arg)) => {
            let words = rule.describe();
            let mut chars = words.chars();
            let mut out = match chars.next() {
                Some(first) => crate::case::upper(first).collect::<String>() + chars.as_str(),
                None => String::new(),
            };
            let arg = arg.trim_matches(|c: char| c == ':' || c == ' ' || c == '\'');
            if !arg.is_empty() {
                out.push_str(&format!(" ({})", quoted(arg)));
            }
            out.push('.');
            out
        }
        None => humanise(code),
    }
}

/// The rule whose code opens `code` (the longest, ending where the code or its argument
/// ends), and the argument after it.
fn rule_of(code: &str) -> Option<(Rule, &str)> {
    Rule::ALL
        .iter()
        .filter_map(|&r| {
            let rest = code.strip_prefix(r.as_str())?;
            let boundary = rest.is_empty() || rest.starts_with([':', ' ', '\'', '(']);
            boundary.then_some((r, rest))
        })
        .max_by_key(|(r, _)| r.as_str().len())
}

/// A code of no known rule: `stage:rule-name:x` → "Stage: rule name: x."
fn humanise(code: &str) -> String {
    let s = code.replace('-', " ").replace(':', ": ").replace('_', " ");
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => format!(
            "{}{}.",
            crate::case::upper(first).collect::<String>(),
            chars.as_str()
        ),
        None => String::new(),
    }
}

/// A `score:` line's readable cue and weight: `number '40' +1.339` → ("the number 40", 1.339).
fn score_term(rest: &str) -> Option<(String, f64)> {
    let (label, weight) = rest.rsplit_once(' ')?;
    let weight = crate::decimal::parse_f64(weight)?;
    if label == "bias" {
        return None;
    }
    // The named questions of the score: `has-a-quantity '$40, million'`, `names(2)`,
    // `who-stands-behind named`, `more(4)`.
    let question = |name: &str, what: &str| {
        label
            .strip_prefix(name)
            .map(|v| v.trim().trim_matches('\''))
            .map(|v| {
                if v.is_empty() {
                    what.to_string()
                } else {
                    format!("{what} ({})", quoted(v))
                }
            })
    };
    let named_question = question("has-a-quantity", "a quantity")
        .or_else(|| question("comparison", "a comparison"))
        .or_else(|| question("time-reference", "a time reference"))
        .or_else(|| question("causal", "a cause"))
        .or_else(|| question("rule-or-law", "a rule or law"))
        .or_else(|| question("prediction", "a prediction"))
        .or_else(|| question("personal", "personal experience"))
        .or_else(|| question("opinion", "opinion wording"))
        .or_else(|| question("hedged-or-conditional", "hedged or conditional wording"))
        .or_else(|| question("not-a-statement", "not being a statement"))
        .or_else(|| question("wording", "wording typical of check-worthy claims"));
    if let Some(l) = named_question {
        return Some((l, weight));
    }
    let label = if let Some(n) = label.strip_prefix("names(") {
        // `names(2)` or `names(2, 5)`: named entities, then capitalised words.
        match n.trim_end_matches(')').split_once(", ") {
            Some(("1", caps)) => {
                format!("1 named person, organisation or place and {caps} capitalised words")
            }
            Some((entities, caps)) => format!(
                "{entities} named people, organisations or places and {caps} capitalised words"
            ),
            None => format!(
                "{} named people, organisations or places",
                n.trim_end_matches(')')
            ),
        }
    } else if let Some(n) = label.strip_prefix("length(") {
        format!("its length ({} words)", n.trim_end_matches(')'))
    } else if let Some(n) = label.strip_prefix("more(") {
        match n.trim_end_matches(')') {
            "1" => "1 other question".to_string(),
            n => format!("{n} other questions"),
        }
    } else if let Some(w) = label.strip_prefix("who-stands-behind ") {
        match w {
            "named" => "a named source".to_string(),
            "vague" => "a vague source".to_string(),
            "writer" | "author" | "the-writer" => "being the writer's own claim".to_string(),
            "described" => "a source described, not named".to_string(),
            other => format!("who stands behind it ({other})"),
        }
    } else if let Some(w) = label.strip_prefix("lexicon:checkworthy:") {
        quoted(w)
    } else if let Some(n) = label.strip_prefix("number ") {
        format!("the number {}", n.trim_matches('\''))
    } else if let Some(w) = label.strip_prefix("number-word ") {
        quoted(w.trim_matches('\''))
    } else if let Some(w) = label.strip_prefix("first-word ") {
        format!("starting with {}", quoted(w.trim_matches('\'')))
    } else if let Some(n) = label.strip_prefix("words(") {
        format!("its length ({} words)", n.trim_end_matches(')'))
    } else if let Some(n) = label.strip_prefix("named-entities(") {
        format!("{} named entities", n.trim_end_matches(')'))
    } else if let Some(n) = label.strip_prefix("capitalized-words(") {
        format!("{} capitalised words", n.trim_end_matches(')'))
    } else if let Some(y) = label.strip_prefix("year ") {
        format!("the year {}", y.trim_matches('\''))
    } else if let Some(e) = label.strip_prefix("ending ") {
        match e.split_once(' ') {
            Some((ending, word)) => {
                format!("the ending {ending} ({})", quoted(word.trim_matches('\'')))
            }
            None => format!("the ending {e}"),
        }
    } else {
        match label {
            "money-sign" => "a currency sign".to_string(),
            "named-source" => "a named source".to_string(),
            "vague-source" => "a vague source".to_string(),
            "hedged" => "a hedge".to_string(),
            "future" => "being about the future".to_string(),
            "attributed" => "being attributed to someone".to_string(),
            "question" => "being a question".to_string(),
            other => other.replace(['-', '_'], " "),
        }
    };
    Some((label, weight))
}

fn score_summary(weights: &[(String, f64)], category: Option<&str>) -> Option<String> {
    if weights.is_empty() && category.is_none() {
        return None;
    }
    let mut up: Vec<&(String, f64)> = weights.iter().filter(|(_, w)| *w > 0.0).collect();
    let mut down: Vec<&(String, f64)> = weights.iter().filter(|(_, w)| *w < 0.0).collect();
    crate::sort::sort_by(&mut up, |a, b| b.1.total_cmp(&a.1));
    crate::sort::sort_by(&mut down, |a, b| a.1.total_cmp(&b.1));
    let list = |v: &[&(String, f64)], n: usize| -> String {
        v.iter()
            .take(n)
            .map(|(l, w)| format!("{l} ({w:+.2})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    if !up.is_empty() {
        parts.push(format!("raised most by {}", list(&up, 3)));
    }
    if !down.is_empty() {
        parts.push(format!("lowered most by {}", list(&down, 2)));
    }
    let mut line = String::from("Check-worthiness");
    if parts.is_empty() {
        line.push_str(": no cue fired");
    } else {
        line.push_str(": ");
        line.push_str(&parts.join("; "));
    }
    if let Some(c) = category {
        line.push_str(&format!(". Category: {c}"));
    }
    line.push('.');
    Some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn known_codes_read_as_sentences() {
        let r = readable(&codes(&[
            "attr:according-to",
            "source:lexicon:source_nouns:analysts=vague",
            "hedge:lexicon:hedges:may(epistemic)",
            "cue:lexicon:cues:warn(warning)",
            "condition:if",
        ]));
        assert_eq!(r[0], "The source is named with “according to”.");
        assert!(r[1].contains("“analysts”") && r[1].contains("vague"));
        assert!(r[2].starts_with("“may” makes it less certain"));
        assert!(r[3].contains("“warn”") && r[3].contains("warning"));
        assert!(r[4].contains("“if”"));
        assert!(r.iter().all(|l| !l.contains("lexicon:")));
    }

    #[test]
    fn score_lines_are_summarised_in_one_sentence() {
        let r = readable(&codes(&[
            "score:bias -1.5",
            "score:number '40' +1.339",
            "score:lexicon:checkworthy:million +0.877",
            "score:words(12) -0.2",
            "score:ending -ed 'admitted' +0.01",
            "score:category quantity",
        ]));
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0],
            "Check-worthiness: raised most by the number 40 (+1.34), “million” (+0.88), \
             the ending -ed (“admitted”) (+0.01); \
             lowered most by its length (12 words) (-0.20). Category: quantity."
        );
    }

    #[test]
    fn named_score_questions_read_as_words() {
        let r = readable(&codes(&[
            "score:bias -0.786",
            "score:has-a-quantity '$40, million' +3.199",
            "score:time-reference '1990, last year' +1.189",
            "score:opinion 'worst' -0.474",
            "score:more(4) +1.029",
            "score:category-rule causation (because)",
        ]));
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0],
            "Check-worthiness: raised most by a quantity (“$40, million”) (+3.20), \
             a time reference (“1990, last year”) (+1.19), 4 other questions (+1.03); \
             lowered most by opinion wording (“worst”) (-0.47). Category: causation (because)."
        );
    }

    #[test]
    fn unknown_codes_are_kept_readable() {
        assert_eq!(
            readable(&codes(&["newstage:some-rule"])),
            vec!["Newstage: some rule."]
        );
    }

    #[test]
    fn every_rule_reads_as_its_description() {
        for &rule in Rule::ALL {
            let code = rule.as_str().to_string();
            let line = &readable(std::slice::from_ref(&code));
            if rule.as_str().starts_with("score:") {
                continue;
            }
            assert_eq!(line.len(), 1, "{code}");
            assert!(
                line[0] != humanise(&code) && line[0].ends_with('.'),
                "{code}: {}",
                line[0]
            );
        }
        let r = readable(&codes(&["attr:announced-plan", "attr:passive-raising"]));
        assert!(
            r[0].starts_with("A verb of announcing with a plan"),
            "{}",
            r[0]
        );
        assert!(r[1].contains("what is reported is the subject"), "{}", r[1]);
    }

    #[test]
    fn a_rule_keeps_its_argument() {
        assert_eq!(
            rule_of("source:vague:operative").map(|(r, a)| (r.as_str(), a)),
            Some(("source:vague", ":operative"))
        );
        assert_eq!(rule_of("attr:colonial"), None);
    }
}
