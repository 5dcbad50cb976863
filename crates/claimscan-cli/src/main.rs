//! The `claimscan` command.

mod eval_cmd;
mod extract_cmd;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "claimscan", version, about = "Find the claims in news text: who says what, how sure, how checkable.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract claims from files or standard input.
    Extract(extract_cmd::ExtractArgs),
    /// Measure claimscan on labelled data.
    Eval(eval_cmd::EvalArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Eval(args) => eval_cmd::run(args),
    };
    std::process::ExitCode::from(code)
}
