//! `claimscan eval` (under construction).

#[derive(clap::Args)]
pub struct EvalArgs {
    /// attribution | checkworthiness | hedging | segmentation
    pub task: String,
    /// The labelled JSONL file.
    pub data: std::path::PathBuf,
}

pub fn run(_args: EvalArgs) -> u8 {
    0
}
