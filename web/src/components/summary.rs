//! One line of counts over the report.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub analysis: Rc<Analysis>,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let report = &props.analysis.report;
    html! {
        <p class="summary">
            { plural(report.sentences.len(), "sentence", "sentences") }
            { " · " }
            <strong>{ plural(report.claims.len(), "claim", "claims") }</strong>
            { " · " }
            { format!("{} check-worthy", props.analysis.checkworthy()) }
            { " · " }
            { plural(props.analysis.sources.len(), "source", "sources") }
        </p>
    }
}
