//! Small closed word classes used by several stages. Open classes (cues, hedges, titles,
//! source nouns) are lexicon files; these are grammar words.

/// Auxiliaries and adverbs that may stand between a source and its cue ("has previously said").
pub fn is_aux_or_adverb(w: &str) -> bool {
    is_auxiliary(w)
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
                | "has been"
                | "always"
                | "since"
                | "now"
                | "yet"
                | "too"
        )
        || (w.len() >= 6
            && w.ends_with("ly")
            && !matches!(
                w,
                "family" | "italy" | "july" | "assembly" | "ally" | "supply" | "anomaly"
            ))
}

/// Auxiliary and modal verbs.
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "shall"
            | "did"
            | "does"
            | "do"
    )
}

/// Forms of "be".
pub fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am"
    )
}

/// Subject pronouns.
pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

/// Object pronouns and common addressees of "tell".
pub fn is_object_word(w: &str) -> bool {
    matches!(
        w,
        "him"
            | "her"
            | "them"
            | "us"
            | "me"
            | "you"
            | "reporters"
            | "journalists"
            | "lawmakers"
            | "supporters"
            | "listeners"
            | "viewers"
            | "readers"
            | "colleagues"
            | "congress"
            | "parliament"
            | "senators"
            | "investors"
            | "staff"
            | "employees"
            | "voters"
            | "delegates"
            | "members"
            | "officials"
            | "students"
    )
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

/// Nouns of a channel: where or how something was said.
pub fn is_channel_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "statement"
            | "speech"
            | "conference"
            | "briefing"
            | "letter"
            | "post"
            | "tweet"
            | "broadcast"
            | "article"
            | "op-ed"
            | "testimony"
            | "hearing"
            | "email"
            | "memo"
            | "report"
            | "remarks"
            | "address"
            | "podcast"
            | "video"
            | "message"
            | "column"
            | "essay"
            | "book"
            | "filing"
            | "appearance"
            | "call"
            | "rally"
            | "debate"
            | "event"
            | "meeting"
            | "summit"
            | "session"
            | "show"
            | "program"
            | "programme"
            | "episode"
            | "radio"
            | "television"
    )
}

/// Words that start a clause after a comma and end the content of a reported claim when the
/// clause is the writer's own ("…, though he did not name …").
pub fn is_contrast_clause_start(w: &str) -> bool {
    matches!(w, "though" | "although" | "whereas" | "even though")
}

/// Common irregular past-tense verbs: a finite verb without an -ed ending.
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "hurt"
            | "cut"
            | "put"
            | "set"
            | "made"
            | "took"
            | "gave"
            | "went"
            | "came"
            | "got"
            | "saw"
            | "knew"
            | "thought"
            | "found"
            | "left"
            | "lost"
            | "won"
            | "held"
            | "kept"
            | "paid"
            | "ran"
            | "met"
            | "sold"
            | "spent"
            | "built"
            | "fell"
            | "rose"
            | "led"
            | "told"
            | "said"
            | "began"
            | "became"
            | "brought"
            | "bought"
            | "caught"
            | "chose"
            | "drove"
            | "fought"
            | "felt"
            | "grew"
            | "hit"
            | "let"
            | "meant"
            | "sent"
            | "shut"
            | "spoke"
            | "stood"
            | "struck"
            | "taught"
            | "understood"
            | "wrote"
            | "broke"
            | "forgot"
            | "hid"
            | "quit"
            | "rang"
            | "sank"
            | "shot"
            | "slept"
            | "split"
            | "spread"
            | "stole"
            | "swore"
            | "threw"
            | "woke"
            | "wore"
            | "bore"
            | "beat"
            | "bet"
            | "bid"
            | "dealt"
            | "drew"
            | "fled"
            | "flew"
            | "froze"
            | "lay"
            | "lent"
            | "lit"
            | "sought"
            | "sat"
            | "sold off"
            | "wept"
            | "withdrew"
            | "overtook"
            | "undertook"
            | "upheld"
    )
}

/// Honorifics: part of how a name is written, not a role.
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr" | "sir" | "dame" | "messrs."
    )
}

/// Labels of a picture credit ("Photo: …", "Credit: …").
pub fn is_credit_label(w: &str) -> bool {
    matches!(
        w,
        "photo"
            | "photograph"
            | "photos"
            | "picture"
            | "image"
            | "credit"
            | "illustration"
            | "video"
            | "graphic"
    )
}
