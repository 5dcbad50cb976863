//! Names and CSS classes for the report's enums, in one place.

use claimscan::{Attribution, Category, SourceKind};

/// Every attribution kind, in legend order.
pub const ATTRIBUTIONS: [Attribution; 4] = [
    Attribution::Direct,
    Attribution::Indirect,
    Attribution::Mixed,
    Attribution::Author,
];

/// The CSS class of a highlight or badge: `claim-direct`, ...
pub fn attribution_class(a: Attribution) -> &'static str {
    match a {
        Attribution::Direct => "claim-direct",
        Attribution::Indirect => "claim-indirect",
        Attribution::Mixed => "claim-mixed",
        Attribution::Author => "claim-author",
    }
}

/// A short human name.
pub fn attribution_label(a: Attribution) -> &'static str {
    match a {
        Attribution::Direct => "Direct quote",
        Attribution::Indirect => "Reported speech",
        Attribution::Mixed => "Partial quote",
        Attribution::Author => "Author's claim",
    }
}

/// One line on what the kind means, for the legend.
pub fn attribution_help(a: Attribution) -> &'static str {
    match a {
        Attribution::Direct => "wholly inside quotation marks",
        Attribution::Indirect => "reported speech, no quotation marks",
        Attribution::Mixed => "reported speech quoting some words",
        Attribution::Author => "the writer's own voice",
    }
}

/// Every category, in the order the filter lists them.
pub const CATEGORIES: [Category; 7] = [
    Category::Quantity,
    Category::Prediction,
    Category::Causation,
    Category::Rule,
    Category::Personal,
    Category::Opinion,
    Category::Other,
];

pub fn category_label(c: Category) -> &'static str {
    match c {
        Category::Quantity => "quantity",
        Category::Prediction => "prediction",
        Category::Causation => "causation",
        Category::Rule => "rule",
        Category::Personal => "personal",
        Category::Opinion => "opinion",
        Category::Other => "other",
    }
}

pub fn source_kind_label(k: SourceKind) -> &'static str {
    match k {
        SourceKind::Named => "named",
        SourceKind::Pronoun => "pronoun",
        SourceKind::Description => "description",
        SourceKind::Vague => "vague",
        SourceKind::Anonymous => "anonymous",
    }
}
