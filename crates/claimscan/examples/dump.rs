//! Print the report for a file (or stdin) as a compact, readable listing: a debugging aid.
use std::io::Read;

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(p) => text = std::fs::read_to_string(p).expect("readable UTF-8 file"),
        None => {
            std::io::stdin()
                .read_to_string(&mut text)
                .expect("UTF-8 stdin");
        }
    }
    let ex = claimscan::Extractor::new(claimscan::Options::default()).expect("default options");
    let r = ex.extract(&text);
    for c in &r.claims {
        println!(
            "{} [{:?}] s{} {:.2} {:?} | {}",
            c.id, c.attribution, c.sentence, c.checkworthiness, c.category, c.text
        );
        if let Some(s) = &c.source {
            println!(
                "    source: {:?} name={:?} role={:?} kind={:?} entity={:?}",
                s.text, s.name, s.role, s.kind, s.entity
            );
        }
        if let Some(q) = &c.cue {
            println!("    cue: {:?} ({})", q.text, q.lemma);
        }
        if let Some(q) = &c.channel {
            println!("    channel: {:?}", q.text);
        }
        if let Some(q) = &c.condition {
            println!("    condition: {:?}", q.text);
        }
        if !c.hedges.is_empty() || c.future || c.negated {
            let h: Vec<_> = c.hedges.iter().map(|h| h.text.as_str()).collect();
            println!(
                "    hedges: {h:?} future={} negated={}",
                c.future, c.negated
            );
        }
        println!("    statement: {}", c.statement);
        if std::env::var("REASONS").is_ok() {
            println!("    reasons: {:?}", c.reasons);
        }
    }
    for e in &r.entities {
        let m: Vec<_> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        println!("{} {:?} {} role={:?} {:?}", e.id, e.kind, e.name, e.role, m);
    }
}
