//! The article the page opens with. Written for this project; every name in it is made up.

/// A short news article that exercises every kind of claim the extractor reports: a headline,
/// a named source with a title, a direct quote, "according to", a vague source, a hedge, a
/// condition and numbers.
pub const EXAMPLE: &str = "\
Harbor Expansion Could Double Cargo Traffic by 2030

Port Authority Director Lena Marsh said on Tuesday that the new container terminal will open next spring. “We have finished dredging the main channel, and the cranes arrive in March,” Marsh told reporters at the waterfront.

The project has cost $412 million so far, according to figures released by the city’s finance office. Analysts say the terminal may struggle to attract shipping lines while fuel prices stay high.

If freight volumes keep rising, the port could handle 1.8 million containers a year by 2030, the authority’s annual report estimates. Tomas Reyes, who chairs the local fishermen’s association, warned that construction had already damaged oyster beds near the north jetty.

Marsh rejected that claim. She said independent surveys found no lasting harm to the beds.

The city council will vote on a second phase of the expansion next month.
";
