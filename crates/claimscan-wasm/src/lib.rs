//! claimscan for JavaScript (under construction).
