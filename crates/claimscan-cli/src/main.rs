//! The `claimscan` command.

mod eval_cmd;
mod extract_cmd;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "claimscan",
    version,
    about = "Find the claims in news text: who says what, how sure, how checkable."
)]
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
    let cli = parse();
    let code = match cli.command {
        Command::Extract(args) => match extract_cmd::options(&args) {
            Ok(options) => extract_cmd::run(args, options),
            Err(e) => {
                let flag = match e.option {
                    "checkworthyThreshold" => "--threshold",
                    other => other,
                };
                usage_error(
                    "extract",
                    &format!("invalid value for {flag}: {}", e.message),
                )
            }
        },
        Command::Eval(args) => eval_cmd::run(args),
    };
    std::process::ExitCode::from(code)
}

/// Parses the command line; a usage error exits 2 with the message, the usage line of the
/// command at fault and a pointer to `--help` (clap leaves the usage out of some errors).
fn parse() -> Cli {
    match Cli::try_parse() {
        Ok(cli) => cli,
        Err(mut e) => {
            if e.use_stderr() && e.get(ContextKind::Usage).is_none() {
                let mut cmd = Cli::command();
                cmd.build();
                let sub = std::env::args().nth(1);
                let usage = match sub.as_deref().and_then(|s| cmd.find_subcommand_mut(s)) {
                    Some(sub) => sub.render_usage(),
                    None => cmd.render_usage(),
                };
                e.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
            }
            e.exit()
        }
    }
}

/// Reports a usage error the way clap does (message, usage line, `--help` hint) and exits 2.
fn usage_error(subcommand: &str, message: &str) -> ! {
    let mut cmd = Cli::command();
    cmd.build();
    match cmd.find_subcommand_mut(subcommand) {
        Some(sub) => sub.error(ErrorKind::ValueValidation, message).exit(),
        None => cmd.error(ErrorKind::ValueValidation, message).exit(),
    }
}
