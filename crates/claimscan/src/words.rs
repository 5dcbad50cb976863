//! Closed word classes: grammar words used by several stages, each class listed once here.
//! Open classes (cues, hedges, titles, source nouns, addressees, channels, irregular pasts,
//! labels) are lexicon files read through [`crate::lexicon::Lexicons`].

/// Auxiliaries and adverbs that may stand between a source and its cue ("has previously said").
pub fn is_aux_or_adverb(w: &str) -> bool {
    is_auxiliary(w)
        || is_negated_auxiliary(w)
        || matches!(
            w,
            "also"
                | "previously"
                | "repeatedly"
                | "already"
                | "reportedly"
                | "publicly"
                | "privately"
                | "recently"
                | "later"
                | "earlier"
                | "then"
                | "once"
                | "twice"
                | "often"
                | "long"
                | "never"
                | "not"
                | "n't"
                | "just"
                | "still"
                | "further"
                | "again"
                | "separately"
                | "even"
                | "initially"
                | "first"
                | "quickly"
                | "bluntly"
                | "flatly"
                | "frankly"
                | "openly"
                | "ultimately"
                | "always"
                | "since"
                | "now"
                | "yet"
                | "too"
                | "overall"
                | "alone"
                | "together"
        )
        || is_ly_adverb(w)
}

/// A word of a verb group before a reporting verb: an auxiliary or adverb, a form of "be"
/// ("is expected", "was saying") or a negative contraction ("didn't", "isn't").
pub fn is_verb_group_word(w: &str) -> bool {
    is_aux_or_adverb(w) || is_be(w) || (w.len() > 3 && w.ends_with("n't"))
}

/// A contracted or negated "be" before a progressive ("isn't saying", "they're saying", "he's
/// claiming").
const BE_CONTRACTIONS: &[&str] = &[
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "'s",
    "'re",
    "they're",
    "we're",
    "you're",
    "he's",
    "she's",
    "they\u{2019}re",
    "we\u{2019}re",
    "you\u{2019}re",
    "he\u{2019}s",
    "she\u{2019}s",
];

/// A progressive reporting verb: "-ing" after a form of "be", adverbs or "not" between ("is
/// saying", "isn't saying", "were already warning"): a finite verb, not a participle.
pub fn is_progressive(toks: &[crate::tokens::Tok], c: usize) -> bool {
    if !toks[c].lower.ends_with("ing") {
        return false;
    }
    let mut p = c;
    while p > 0 && toks[p - 1].is_word() && is_aux_or_adverb(&toks[p - 1].lower) {
        p -= 1;
    }
    p > 0 && {
        let w = toks[p - 1].lower.as_str();
        is_be(w) && w != "being" || BE_CONTRACTIONS.contains(&w)
    }
}

/// A negative contraction of an auxiliary or modal: "haven't", "didn't", "won’t", "can't".
pub fn is_negated_auxiliary(w: &str) -> bool {
    if w == "cannot" {
        return true;
    }
    let Some(base) = w
        .strip_suffix("n't")
        .or_else(|| w.strip_suffix("n\u{2019}t"))
    else {
        return false;
    };
    matches!(base, "wo" | "ca" | "sha") || is_auxiliary(base)
}

/// Auxiliary and modal verbs.
pub fn is_auxiliary(w: &str) -> bool {
    is_modal_or_perfect(w) || matches!(w, "shall" | "did" | "does" | "do")
}

/// Modals and the perfect's "have": a verb phrase follows ("will rise", "has fallen").
pub fn is_modal_or_perfect(w: &str) -> bool {
    matches!(w, "has" | "have" | "had") || is_modal(w)
}

/// The modal verbs: "will", "would", "could", "can", "may", "might", "should", "must", "shall".
pub fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "shall"
    )
}

/// A token that makes a clause finite: a modal, "have" or "do", a negative contraction or a
/// clitic ("won't", "'ll").
pub fn is_finite_auxiliary(w: &str) -> bool {
    (is_auxiliary(w) && w != "shall")
        || matches!(
            w,
            "won't"
                | "can't"
                | "isn't"
                | "wasn't"
                | "didn't"
                | "doesn't"
                | "'s"
                | "'re"
                | "'ll"
                | "'d"
                | "aren't"
                | "weren't"
                | "shouldn't"
                | "wouldn't"
                | "couldn't"
                | "hasn't"
                | "haven't"
                | "hadn't"
                | "don't"
                | "mustn't"
                | "cannot"
        )
}

/// Contractions whose ending marks a finite verb ("she'll", "they're", "didn't").
pub const FINITE_CONTRACTION_ENDINGS: [&str; 7] = ["'ll", "'d", "'s", "'re", "'ve", "'m", "n't"];

/// A word longer than `min_len` ending in -s but not -ss: a plural noun or a third-person verb.
pub fn s_ending(w: &str, min_len: usize) -> bool {
    w.len() > min_len && w.ends_with('s') && !w.ends_with("ss")
}

/// An adverb in -ly ("publicly"), leaving out the nouns and names that end so.
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("ly")
        && !matches!(
            w,
            "family" | "italy" | "july" | "assembly" | "ally" | "supply" | "anomaly"
        )
}

/// Words that open a clause or a prepositional phrase, never a source ("that Phoenix …").
pub fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "of"
            | "to"
            | "after"
            | "before"
            | "during"
            | "if"
            | "when"
            | "while"
            | "as"
            | "because"
    )
}

/// Question words that open an embedded question ("asked how …").
pub fn is_wh_word(w: &str) -> bool {
    // "asked what's in the files": a contracted "is" after the wh-word.
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    matches!(
        w,
        "how" | "what" | "why" | "whether" | "where" | "who" | "when"
    )
}

/// Units of time and "ago"/"later", which make a time phrase ("two days later").
pub fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "days" | "weeks" | "months" | "years" | "hours" | "minutes" | "ago" | "later"
    )
}

/// Numerals and quantifiers that can be a clause's subject ("two were hurt", "many say").
pub fn is_quantifier_subject(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "both"
            | "many"
            | "some"
            | "all"
            | "few"
            | "several"
            | "most"
            | "others"
    )
}

/// Forms of "be".
pub fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am"
    )
}

/// A connective that a writer sets off by commas inside a clause ("The mayor, however,
/// said …"), as its lower-case words.
pub fn is_parenthetical_connective(words: &[&str]) -> bool {
    match words {
        [w] => matches!(
            *w,
            "however"
                | "meanwhile"
                | "though"
                | "too"
                | "also"
                | "instead"
                | "likewise"
                | "nonetheless"
                | "nevertheless"
                | "therefore"
                | "moreover"
                | "furthermore"
                | "indeed"
                | "similarly"
                | "separately"
                | "later"
                | "then"
                | "again"
                | "still"
                | "earlier"
                | "previously"
        ),
        ["for", "instance" | "example" | "now" | "years" | "decades" | "months" | "weeks"]
        | ["in", "turn" | "fact" | "particular" | "contrast" | "response" | "addition" | "return"]
        | ["of", "course"]
        | ["by", "contrast"]
        | ["as", "well"]
        | ["at", "times" | "first"]
        | ["in", "the", "meantime" | "end" | "past"]
        | ["on", "the", "other", "hand"]
        | ["at", "the", "same", "time"] => true,
        ["for", "his" | "her" | "its" | "their" | "our" | "my" | "your", "part"] => true,
        _ => false,
    }
}

/// Subject pronouns.
pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

/// Determiners, possessives and quantifiers that can open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "some"
            | "many"
            | "several"
            | "other"
            | "another"
            | "most"
            | "few"
            | "both"
            | "all"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "one"
            | "each"
            | "any"
            | "no"
            | "senior"
            | "top"
            | "former"
            | "more"
            | "dozens"
            | "hundreds"
            | "thousands"
    )
}

/// Words that end a noun phrase going leftwards: conjunctions, subordinators, relatives,
/// common verbs.
pub fn is_np_barrier(w: &str) -> bool {
    is_be(w)
        || is_auxiliary(w)
        || matches!(
            w,
            "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "because"
                | "while"
                | "when"
                | "if"
                | "as"
                | "although"
                | "though"
                | "whereas"
                | "since"
                | "but"
                | "or"
                | "so"
                | "than"
                | "where"
                | "after"
                | "before"
                | "until"
                | "unless"
                | "whether"
                | "not"
                | "to"
                | "what"
                | "how"
                | "why"
                | "there"
                | "here"
                | "by"
                | "also"
                | "then"
        )
}

/// Prepositions that can sit inside a noun phrase ("a spokeswoman for the ministry").
pub fn is_np_preposition(w: &str) -> bool {
    matches!(w, "of" | "for" | "at" | "from" | "with" | "in" | "on")
}

/// Words that open a leading adverbial and are dropped from the front of a source.
pub fn is_leading_filler(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "so"
            | "yet"
            | "also"
            | "however"
            | "meanwhile"
            | "still"
            | "now"
            | "then"
            | "later"
            | "earlier"
            | "instead"
            | "indeed"
            | "moreover"
            | "furthermore"
            | "separately"
            | "similarly"
            | "likewise"
            | "nevertheless"
            | "nonetheless"
            | "thus"
            | "hence"
            | "today"
            | "yesterday"
            | "overall"
            | "finally"
            | "ultimately"
    )
}

/// Leading prepositions of an adverbial before a subject ("On Monday, ...", "In Paris ...").
pub fn is_leading_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "since"
            | "for"
            | "with"
            | "by"
            | "from"
            | "under"
            | "amid"
            | "despite"
            | "following"
            | "last"
            | "this"
    )
}

/// Prepositions of place that open a sentence's adverbial ("Outside the arena, season-ticket
/// holder Ana Ruiz, 52, said").
pub fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "outside"
            | "inside"
            | "near"
            | "nearby"
            | "behind"
            | "across"
            | "beside"
            | "around"
            | "throughout"
            | "within"
            | "along"
            | "beyond"
    )
}

/// Time words that never head a source.
pub fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "evening"
            | "afternoon"
            | "time"
            | "day"
            | "weekend"
    )
}

/// Words that start a clause after a comma and end the content of a reported claim when the
/// clause is the writer's own ("…, though he did not name …").
pub fn is_contrast_clause_start(w: &str) -> bool {
    matches!(w, "though" | "although" | "whereas")
}

/// The party labels of `titles.txt` ("Conservative Callum Brandt"): a role before a name, but
/// alone after "the" an adjective ("the Liberal plan"), never a mention of a person.
pub fn is_party_label(w: &str) -> bool {
    matches!(
        w,
        "conservative"
            | "liberal"
            | "democrat"
            | "democratic"
            | "republican"
            | "tory"
            | "labour"
            | "ndp"
    )
}

/// Honorifics: part of how a name is written, not a role.
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr" | "sir" | "dame" | "messrs."
    )
}

/// Words for a team's people and play after a possessive ("City's captain", "City's equaliser").
pub fn is_team_member_word(w: &str) -> bool {
    matches!(
        w,
        "captain"
            | "coach"
            | "manager"
            | "striker"
            | "goalkeeper"
            | "keeper"
            | "midfielder"
            | "defender"
            | "winger"
            | "squad"
            | "players"
            | "fans"
            | "supporters"
            | "equaliser"
            | "equalizer"
            | "winner"
    )
}

/// A number or a multiple written as a word ("three", "twenty", "twice").
pub fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "fifteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "hundreds"
            | "thousand"
            | "thousands"
            | "million"
            | "millions"
            | "billion"
            | "billions"
            | "dozen"
            | "dozens"
            | "half"
            | "third"
            | "quarter"
            | "twice"
            | "double"
            | "triple"
    )
}

/// A month's name, lower-cased ("march"; not the abbreviations).
pub fn is_month_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Nouns that make a compound with a reporting word before them: "think tank", "report card",
/// "warning signs", "claims adjuster". The reporting word is then a noun, not a verb.
pub fn is_noun_compound_head(w: &str) -> bool {
    matches!(
        w,
        "tank"
            | "tanks"
            | "card"
            | "cards"
            | "sign"
            | "signs"
            | "label"
            | "labels"
            | "light"
            | "lights"
            | "shot"
            | "shots"
            | "adjuster"
            | "adjusters"
            | "desk"
            | "session"
            | "sessions"
            // "state media", "state television", "state officials", "the state utilities
            // commission": "state" before them is an adjective, not the verb.
            | "media"
            | "television"
            | "radio"
            | "news"
            | "officials"
            | "utilities"
            | "lawmakers"
            | "troopers"
            | "regulators"
    )
}

/// "Mary Lane, thank you, and good luck tomorrow.", "Thanks, Nell.", "Good evening.": a
/// sentence of thanks, greeting or farewell, with the names of those addressed and nothing
/// else ("Thanks to the levee, the town is dry." is a claim).
pub fn is_courtesy<'a>(toks: impl IntoIterator<Item = &'a crate::tokens::Tok>) -> bool {
    let ws: Vec<&crate::tokens::Tok> = toks.into_iter().filter(|t| t.is_word()).collect();
    // Most sentences are longer: no opener is looked for in them.
    if ws.len() > 14 {
        return false;
    }
    let opener = ws.windows(2).any(|w| {
        matches!(
            (w[0].lower.as_str(), w[1].lower.as_str()),
            ("thank", "you")
                | (
                    "good",
                    "luck" | "evening" | "morning" | "afternoon" | "night" | "bye"
                )
        )
    }) || ws.iter().enumerate().any(|(i, t)| {
        matches!(t.lower.as_str(), "thanks" | "goodbye" | "hello")
            && !ws.get(i + 1).is_some_and(|n| n.is("to"))
    });
    opener && ws.iter().all(|t| t.cap || is_courtesy_word(&t.lower))
}

/// The words a sentence of thanks or greeting is made of ("thank you for joining us").
fn is_courtesy_word(w: &str) -> bool {
    matches!(
        w,
        "thank"
            | "thanks"
            | "you"
            | "so"
            | "very"
            | "much"
            | "and"
            | "good"
            | "luck"
            | "evening"
            | "morning"
            | "afternoon"
            | "night"
            | "tonight"
            | "today"
            | "tomorrow"
            | "goodbye"
            | "bye"
            | "hello"
            | "for"
            | "joining"
            | "us"
            | "having"
            | "me"
            | "being"
            | "with"
            | "talking"
            | "speaking"
            | "your"
            | "time"
            | "again"
            | "all"
            | "everyone"
    )
}
