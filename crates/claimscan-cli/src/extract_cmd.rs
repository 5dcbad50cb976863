//! `claimscan extract` (under construction).

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Input files; standard input when none or `-`.
    pub files: Vec<std::path::PathBuf>,
}

pub fn run(_args: ExtractArgs) -> u8 {
    0
}
