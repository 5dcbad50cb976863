// The dense DFA of a digit shape, built the same way by `build.rs` (which writes its table)
// and by the tests of `shapes.rs` (which compare the table with it). Included by both with
// `include!`; the includer imports `dense`, `StartKind`, `thompson` and `syntax` from
// regex-automata.

/// The anchored, minimised dense DFA of shape `name`'s `pattern`.
fn shape_dfa(name: &str, pattern: &str) -> dense::DFA<Vec<u32>> {
    dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                .minimize(true),
        )
        .syntax(syntax::Config::new().unicode(true).utf8(true))
        .thompson(thompson::Config::new().utf8(true))
        .build(pattern)
        .unwrap_or_else(|e| panic!("shape {name}: {e}"))
}
