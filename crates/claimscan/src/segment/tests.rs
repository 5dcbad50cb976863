//! Unit tests, one or more per numbered rule of the module doc.
use super::*;

fn split(text: &str) -> Vec<String> {
    let abbr = Abbreviations::new();
    segment(text, &abbr)
        .sentences
        .iter()
        .map(|s| s.span.of(text).to_string())
        .collect()
}

#[test]
fn abbreviations_and_initials_do_not_split() {
    assert_eq!(
        split("Dr. Alva Nyqvist met J. R. Hollis in the U.S. capital on Jan. 5. It rained."),
        vec![
            "Dr. Alva Nyqvist met J. R. Hollis in the U.S. capital on Jan. 5.",
            "It rained."
        ]
    );
}

#[test]
fn abbreviation_before_a_starter_ends_the_sentence() {
    assert_eq!(
        split("She moved to the U.S. The move was hard."),
        vec!["She moved to the U.S.", "The move was hard."]
    );
}

#[test]
fn quote_then_lowercase_cue_stays_together() {
    assert_eq!(
        split("\u{201c}Stop it now!\u{201d} she said. Then she left."),
        vec!["\u{201c}Stop it now!\u{201d} she said.", "Then she left."]
    );
}

#[test]
fn headline_is_its_own_sentence() {
    let text = "Port Workers Strike Over Pay\n\nThe strike began on Monday. It goes on.";
    let abbr = Abbreviations::new();
    let seg = segment(text, &abbr);
    assert_eq!(seg.sentences.len(), 3);
    assert!(seg.sentences[0].headline);
    assert!(!seg.sentences[1].headline);
    assert_eq!(seg.sentences[2].paragraph, 1);
}

#[test]
fn decimals_and_lists() {
    assert_eq!(
        split("Prices rose 3.5 percent. Next year:\n1. Wages\n2. Rents"),
        vec![
            "Prices rose 3.5 percent.",
            "Next year:",
            "1. Wages",
            "2. Rents"
        ]
    );
}

#[test]
fn pronoun_i_versus_initial() {
    assert_eq!(
        split("The winner was not you but I. Did Carla T. Moss see it?"),
        vec!["The winner was not you but I.", "Did Carla T. Moss see it?"]
    );
}

#[test]
fn time_before_a_day_or_a_time_zone_goes_on() {
    assert_eq!(
        split("Drivers will walk out at 5 p.m. Friday if no deal is reached.").len(),
        1
    );
    assert_eq!(
        split("Bids close at the 3 p.m. ET deadline, the board said.").len(),
        1
    );
    assert_eq!(split("The ferry left at 9 p.m. The crew stayed.").len(), 2);
}

#[test]
fn times_end_a_sentence_unless_fronted() {
    assert_eq!(
        split("By 7 a.m. Ms. Orr had left. The ferry sailed at 9 P.M. Mr. Ek stayed."),
        vec![
            "By 7 a.m. Ms. Orr had left.",
            "The ferry sailed at 9 P.M.",
            "Mr. Ek stayed."
        ]
    );
    assert_eq!(
        split("The call starts at 10 a.m. (local time) on Friday.").len(),
        1
    );
}

#[test]
fn inline_enumerations() {
    assert_eq!(
        split("1.) Buy bread 2.) Feed the cat 3.) Sleep"),
        vec!["1.) Buy bread", "2.) Feed the cat", "3.) Sleep"]
    );
    assert_eq!(
        split("a. Red paint. b. Blue paint."),
        vec!["a. Red paint.", "b. Blue paint."]
    );
    assert_eq!(
        split("• 4. Rinse • 5. Repeat"),
        vec!["• 4. Rinse", "• 5. Repeat"]
    );
    // Not a series: a lone number keeps its sentence.
    assert_eq!(split("1) Go home and rest 7) days.").len(), 1);
}

#[test]
fn ellipses() {
    // Unspaced before a capital: a new sentence; before lower case: none.
    assert_eq!(
        split("We waited... Nobody came. It was... odd."),
        vec!["We waited...", "Nobody came.", "It was... odd."]
    );
    // Spaced: an omission inside the sentence, or with a fourth dot, its end.
    assert_eq!(
        split("The report . . . We found gaps . . . . Then we left."),
        vec!["The report . . . We found gaps . . . .", "Then we left."]
    );
    // "word. . . ." closes the sentence at the first stop.
    assert_eq!(
        split("They argued. . . . Nobody won."),
        vec!["They argued.", ". . . Nobody won."]
    );
    // "[...]" is an omission mark.
    assert_eq!(split("\"Rain [...] fell [...]\" (Ames 12).").len(), 1);
}

#[test]
fn quotations_and_parentheses() {
    assert_eq!(
        split("\u{201c}We are done,\u{201d} she said. \u{201c}Next.\u{201d} He nodded."),
        vec![
            "\u{201c}We are done,\u{201d} she said.",
            "\u{201c}Next.\u{201d}",
            "He nodded."
        ]
    );
    assert_eq!(
        split("The mayor (She took office in May.) spoke first."),
        vec!["The mayor (She took office in May.) spoke first."]
    );
    assert_eq!(
        split("\"Is it over?\" asked Lee. It was."),
        vec!["\"Is it over?\" asked Lee.", "It was."]
    );
}

#[test]
fn citations_stay_with_their_sentence() {
    assert_eq!(
        split("The bridge opened in 1932. [4] Traffic doubled.[5][6] Tolls ended. [...]"),
        vec![
            "The bridge opened in 1932. [4]",
            "Traffic doubled.[5][6]",
            "Tolls ended. [...]"
        ]
    );
}

#[test]
fn urls_emails_and_missing_spaces() {
    assert_eq!(
        split("Mail ana.lind@example.org. Or see https://example.net/a.b.html. Thanks."),
        vec![
            "Mail ana.lind@example.org.",
            "Or see https://example.net/a.b.html.",
            "Thanks."
        ]
    );
    assert_eq!(
        split("It rained all day.Then it stopped.Mr. Vos left."),
        vec!["It rained all day.", "Then it stopped.", "Mr. Vos left."]
    );
    assert_eq!(split("Read it on Example.Com today.").len(), 1);
    assert_eq!(split("Open report_v2.Final.doc now.").len(), 1);
}

#[test]
fn lower_case_web_text() {
    assert_eq!(
        split("we got there late. the shop was shut. why did nobody call? no idea."),
        vec![
            "we got there late.",
            "the shop was shut.",
            "why did nobody call?",
            "no idea."
        ]
    );
    // After an abbreviation or a short unknown word, lower case continues the sentence.
    assert_eq!(split("Bring tools, paint etc. and some food.").len(), 1);
    assert_eq!(split("She works at Yahoo! in sales.").len(), 1);
}

#[test]
fn no_sentence_starts_with_continuing_punctuation() {
    assert_eq!(
        split("Great dinner. :) We will return!! ;-)"),
        vec!["Great dinner. :)", "We will return!! ;-)"]
    );
}

#[test]
fn all_caps_titles_and_numbers() {
    assert_eq!(
        split("REMARKS BY GEN. ANA SOTO ON NO. 5 ROAD. THE END."),
        vec!["REMARKS BY GEN. ANA SOTO ON NO. 5 ROAD.", "THE END."]
    );
    assert_eq!(
        split("It was built c. 1850 by Smith & Co. for them.").len(),
        1
    );
    assert_eq!(split("Try the locker at N°. 12.4. It is open.").len(), 2);
}

#[test]
fn numbers_money_and_dotted_abbreviations() {
    assert_eq!(
        split(
            "It cost $4.50 in the U.K. on Sept. 3. The U.S. Army paid. Ask Wells Inc. They know."
        ),
        vec![
            "It cost $4.50 in the U.K. on Sept. 3.",
            "The U.S. Army paid.",
            "Ask Wells Inc.",
            "They know."
        ]
    );
}

#[test]
fn email_structure() {
    assert_eq!(
        split("See you Friday. Best regards, Tove Lind"),
        vec!["See you Friday.", "Best regards,", "Tove Lind"]
    );
    assert_eq!(
        split("From Ola Berg <ola@example.com> Meeting moved to noon."),
        vec!["From Ola Berg <ola@example.com>", "Meeting moved to noon."]
    );
    // Inside a quotation a closing formula is not a signature.
    assert_eq!(split("\"Regards, Tom,\" the note ended.").len(), 1);
}

#[test]
fn lines_lists_and_markdown() {
    // A column of short unpunctuated lines is a list of items.
    assert_eq!(
        split("pricing\nteam calendar\nshared notes"),
        vec!["pricing", "team calendar", "shared notes"]
    );
    // Wrapped lines of one sentence are joined.
    assert_eq!(
        split("The council voted to close the old\nbridge for repairs in the spring."),
        vec!["The council voted to close the old\nbridge for repairs in the spring."]
    );
    assert_eq!(
        split("# Budget vote\n> Taxes rise.\n- First item\n- Second item"),
        vec![
            "# Budget vote",
            "> Taxes rise.",
            "- First item",
            "- Second item"
        ]
    );
}

#[test]
fn datelines_and_bylines() {
    let text = "Harbor Strike Ends\n\nBy Mia Holm\nOSLO (Wire) \u{2014} Dock workers went back on Monday. Talks \u{2014} long and bitter \u{2014} ended.";
    let abbr = Abbreviations::new();
    let seg = segment(text, &abbr);
    let got: Vec<&str> = seg.sentences.iter().map(|s| s.span.of(text)).collect();
    assert_eq!(
        got,
        vec![
            "Harbor Strike Ends",
            "By Mia Holm",
            "OSLO (Wire) \u{2014} Dock workers went back on Monday.",
            "Talks \u{2014} long and bitter \u{2014} ended."
        ]
    );
    assert!(seg.sentences[0].headline);
    assert!(!seg.sentences[2].headline);
    assert_eq!(seg.paragraphs.len(), 2);
    assert_eq!(
        split("LONDON, Jan. 5 \u{2014} Prices fell."),
        vec!["LONDON, Jan. 5 \u{2014} Prices fell."]
    );
}

/// Degenerate inputs segment into ordered, non-overlapping sentences. (Their speed is
/// measured by `cargo bench -p claimscan --bench segment`, not asserted here.)
#[test]
fn degenerate_input_segments_in_order() {
    let abbr = Abbreviations::new();
    for text in [
        "word ".repeat(200_000),
        ".".repeat(1_000_000),
        ". ".repeat(500_000),
        "a.".repeat(500_000),
        "1. ".repeat(300_000),
        "x\n".repeat(300_000),
    ] {
        let seg = segment(&text, &abbr);
        let mut last = 0;
        for s in &seg.sentences {
            assert!(s.span.start >= last);
            last = s.span.end;
        }
    }
}

#[test]
fn multibyte_text_never_panics() {
    let abbr = Abbreviations::new();
    let text = "Ärger – öfter. «Ja!» – ñ… Él dijo: ¿qué? 日本。終わり！ x, y > z<ä@ö> Ö";
    for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        segment(&text[i..], &abbr);
        segment(&text[..i], &abbr);
    }
}

#[test]
fn rule8_an_overlong_sentence_is_cut_after_commas() {
    let clause = "the harbour board said repairs may slow, ";
    let text = format!("Officials in Carrow said {}", clause.repeat(300));
    let pieces = split(&text);
    assert!(pieces.len() > 1, "a 12 KB run is cut");
    for p in &pieces {
        assert!(p.len() <= MAX_SENTENCE, "{} bytes", p.len());
    }
    for p in &pieces[..pieces.len() - 1] {
        assert!(
            p.ends_with(','),
            "cut after a comma: …{}",
            &p[p.len() - 20..]
        );
    }
    // Nothing is lost: the pieces are the text, in order.
    let joined: String = pieces.join(" ");
    assert_eq!(
        joined.split_whitespace().collect::<Vec<_>>(),
        text.split_whitespace().collect::<Vec<_>>()
    );
}

#[test]
fn rule8_without_commas_a_long_run_is_cut_at_spaces_then_anywhere() {
    let words = "harbour ".repeat(1_000);
    let pieces = split(&words);
    assert!(pieces.len() > 1 && pieces.iter().all(|p| p.len() <= MAX_SENTENCE));
    assert!(pieces.iter().all(|p| p.ends_with("harbour")));
    let one_word = "é".repeat(3_000);
    let pieces = split(&one_word);
    assert!(pieces.len() > 1 && pieces.iter().all(|p| p.len() <= MAX_SENTENCE));
    assert_eq!(pieces.concat(), one_word);
}

#[test]
fn rule8_sentences_under_the_limit_are_untouched() {
    let long = format!(
        "The council said {}the plan may fail.",
        "after long debate, ".repeat(80)
    );
    assert!(long.len() < MAX_SENTENCE);
    assert_eq!(split(&long), vec![long.clone()]);
}

#[test]
fn line_after_a_dash_credit_starts_a_sentence() {
    assert_eq!(
        split("\u{201c}Nobody wants it.\u{201d} \u{2015} Ana Ruiz\n\u{201c}The tax hurts us.\u{201d} \u{2015} Bo Chen"),
        vec![
            "\u{201c}Nobody wants it.\u{201d}",
            "\u{2015} Ana Ruiz",
            "\u{201c}The tax hurts us.\u{201d}",
            "\u{2015} Bo Chen"
        ]
    );
    // A dash inside running text is no credit: the wrapped line continues the sentence.
    assert_eq!(
        split("The plan \u{2014} a bold one\nwas approved on Monday."),
        vec!["The plan \u{2014} a bold one\nwas approved on Monday."]
    );
}

#[test]
fn capital_only_abbreviations() {
    // "Ill." is Illinois; "ill." is the adjective and ends its sentence.
    assert_eq!(
        split("The keeper said the elephant was ill. Dr Nandra ran the tests."),
        vec![
            "The keeper said the elephant was ill.",
            "Dr Nandra ran the tests."
        ]
    );
    assert_eq!(
        split("She moved to Springfield, Ill. and opened a bakery.").len(),
        1
    );
}
