//! A news outlet as the addressee of "told": "told CBC News that …", "…," she told the
//! newspaper.", "told Reuters they …". The outlet spoken to is where it was said: the
//! claim's channel, as "said in an interview with CBC News" is.

use crate::lexicon::{Lexicons, OutletKind};
use crate::tokens::Tok;

/// Whether the words `ws` (the whole addressee of a "told"-like cue) name a news outlet (the
/// last word in `outlets.txt`): "CBC News" and "the Daily Courier" (capitalised names ending in
/// a title word), "the local newspaper" (a common noun after a determiner), "Reuters" and "the
/// BBC" (a name alone). Not "the Post Office" (the last word decides), "the press" (people, not
/// an outlet) or "Mary Post".
pub(crate) fn is_outlet(lex: &Lexicons, ws: &[Tok]) -> bool {
    let Some(last) = ws.last() else {
        return false;
    };
    if ws.len() > 5 || ws.iter().any(|t| !t.is_word() || t.quoted) {
        return false;
    }
    let the = ws[0].is("the");
    let body = if the { &ws[1..] } else { ws };
    match lex.outlet_kind(&last.lower) {
        // "told the newspaper", "told a regional broadcaster".
        Some(OutletKind::Common) => {
            !last.cap
                && ws.len() >= 2
                && crate::words::is_determiner(&ws[0].lower)
                && ws.iter().all(|t| !t.cap)
        }
        // "told the Times", "told the Daily Courier" (not "Mary Post").
        Some(OutletKind::Title) => last.cap && the && body.iter().all(|t| t.cap),
        // "told CBC News", "told Kelvara Radio", "told the state TV".
        Some(OutletKind::Broadcast) => last.cap && body.len() >= 2 && body.iter().all(|t| t.cap),
        // "told Reuters", "told the BBC".
        Some(OutletKind::Name) => last.cap && body.len() == 1,
        None => false,
    }
}
