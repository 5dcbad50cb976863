//! Evaluation metrics (under construction).
