//! The list of claim cards.

use std::rc::Rc;

use yew::prelude::*;

use super::claim_card::ClaimCard;
use crate::analysis::Analysis;

#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    pub analysis: Rc<Analysis>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let claims = &props.analysis.report.claims;
    if claims.is_empty() {
        return html! {
            <p class="no-claims" role="status">{ "No claims found in this text." }</p>
        };
    }
    html! {
        <ol class="claim-list">
            { for claims.iter().enumerate().map(|(index, claim)| html! {
                <li key={claim.id.clone()}>
                    <ClaimCard
                        analysis={props.analysis.clone()}
                        {index}
                        selected={props.selected == Some(index)}
                        on_select={props.on_select.clone()}
                    />
                </li>
            }) }
        </ol>
    }
}
