//! The claimscan page (under construction).
fn main() {}
