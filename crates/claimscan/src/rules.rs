//! Every decision the pipeline can record on a claim, as a typed [`Rule`].
//!
//! A claim's `reasons` are built only from [`Reason`]s: a rule, the word or lexicon entry it
//! matched, and (for check-worthiness) its weight. Each rule has a code (`attr:according-to`),
//! which is what the report shows, and a plain-words description for readers. The code's prefix
//! names the stage that emits it:
//!
//! | prefix | emitted by |
//! |---|---|
//! | `attr:`, `content:`, `channel:`, `cue:`, `attribution:` | [`crate::attribution`] (one file per construction) |
//! | `source:` (found) | `attribution/noun_phrase.rs`, the construction files |
//! | `source:resolved:`, `source:vague:` | [`crate::resolve`] |
//! | `claim:` | [`crate::claims`] |
//! | `hedge:`, `condition:`, `future:`, `negation:`, `certainty:` | [`crate::modality`] |
//! | `entity:` | [`crate::entities`] |
//! | `score:` | [`crate::score`] |
//!
//! `docs/reasons.md` documents every code; a test keeps the two in step.

use std::fmt;

use crate::lexicon::{CueClass, SourceNounKind};
use crate::report::{Certainty, HedgeType};
use crate::tokens::Lower;

/// How a rule's argument is written after its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// `code:arg`
    Colon,
    /// `code arg`
    Space,
    /// `code 'arg'`
    Quoted,
    /// `code(arg)`
    Paren,
}

macro_rules! rules {
    ($( $name:ident = $code:literal $form:ident : $words:literal; )*) => {
        /// One rule of the pipeline. [`Rule::as_str`] is the code shown in `reasons`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $( #[doc = $words] $name, )*
        }

        impl Rule {
            /// Every rule, in documentation order.
            pub const ALL: &'static [Rule] = &[ $( Rule::$name, )* ];

            /// The code shown in a claim's `reasons` (`attr:according-to`).
            pub const fn as_str(self) -> &'static str {
                match self { $( Rule::$name => $code, )* }
            }

            /// What the rule means, in words a journalist can read.
            pub const fn describe(self) -> &'static str {
                match self { $( Rule::$name => $words, )* }
            }

            const fn form(self) -> Form {
                match self { $( Rule::$name => Form::$form, )* }
            }
        }
    };
}

rules! {
    // Attribution constructions: attribution/<construction>.rs.
    AttrSourceCueContent = "attr:source-cue-content" Colon: "the source and the reporting verb come before what was said";
    AttrContentSourceCue = "attr:content-source-cue" Colon: "what was said comes first, then the source and the reporting verb";
    AttrContentCueSource = "attr:content-cue-source" Colon: "what was said comes first, then the reporting verb and the source";
    AttrInvertedOpening = "attr:inverted-opening" Colon: "the sentence opens with the reporting verb, then the source and the quotation (\u{201c}Said the mayor: \u{2026}\u{201d})";
    AttrAsClause = "attr:as-clause" Colon: "the source and the reporting verb stand in an \u{201c}as\u{201d} clause (\u{201c}as the inspector pointed out\u{201d}), and the claim is the sentence around it";
    AttrAccordingTo = "attr:according-to" Colon: "the source is introduced with \u{201c}according to\u{201d}";
    AttrInTheWordsOf = "attr:in-the-words-of" Colon: "the source is introduced with \u{201c}in the words of\u{201d}";
    AttrFindingsOpener = "attr:findings-opener" Colon: "a poll, survey, study or count named before the content (\u{201c}In a survey released Monday, \u{2026}\u{201d}, \u{201c}By the union\u{2019}s count, \u{2026}\u{201d}) is its source";
    AttrColon = "attr:colon" Colon: "a source and a colon introduce the quotation";
    AttrSpeakerLabel = "attr:speaker-label" Colon: "a transcript line: a speaker's name (in capitals, or in title case in a transcript) and a colon";
    AttrRelative = "attr:relative" Colon: "the speaker is the person or body that \u{201c}who\u{201d} or \u{201c}which\u{201d} refers back to";
    AttrApposition = "attr:apposition" Colon: "a name with a description between commas, then the reporting verb";
    AttrParticiple = "attr:participle" Colon: "\u{201c}, saying\u{201d}, \u{201c}, adding\u{201d} or \u{201c}by saying\u{201d}: the speaker is the subject of the main clause";
    AttrCoordinatedVerb = "attr:coordinated-verb" Colon: "\u{201c}\u{2026} and said\u{201d}: the speaker is the subject of the first verb";
    AttrPassiveRaising = "attr:passive-raising" Colon: "\u{201c}the mayor is said to have \u{2026}\u{201d}: what is reported is the subject and the infinitive, and no source is named";
    AttrObjectControl = "attr:object-control" Colon: "\u{201c}the delay led critics to say that \u{2026}\u{201d}: the one made to speak is the source";
    AttrQuotedAs = "attr:quoted-as" Colon: "\u{201c}the agency quoted the minister as saying \u{2026}\u{201d} or \u{201c}the minister was quoted as saying \u{2026}\u{201d}: the one quoted is the source, the one who quoted the channel";
    AttrPredicateAdjective = "attr:predicate-adjective" Colon: "an adjective of belief after \u{201c}be\u{201d} (\u{201c}the mayor is confident that \u{2026}\u{201d}): the subject holds the belief";
    AttrPassiveAccusation = "attr:passive-accusation" Colon: "a passive verb of accusing with its charge (\u{201c}the mayor was accused by rivals of \u{2026}\u{201d}): the agent after \u{201c}by\u{201d} is the source, or none is named when the charge is quoted";
    AttrPassiveByAgent = "attr:passive-by-agent" Colon: "a passive verb of framing or judging with its agent and what it was called (\u{201c}the plan was described by one engineer as \u{2026}\u{201d}, \u{201c}was called \u{2018}\u{2026}\u{2019} by the opposition\u{201d}): the agent after \u{201c}by\u{201d} is the source";
    AttrPassiveIt = "attr:passive-it" Colon: "\u{201c}it was reported that\u{201d}: no source is named";
    AttrAskedUnstated = "attr:asked-unstated" Colon: "a question whose asker is not named (\u{201c}when asked whether \u{2026}\u{201d})";
    AttrAnnouncedPlan = "attr:announced-plan" Colon: "a verb of announcing with a plan or a pledge as its object (\u{201c}unveiled a plan to close two schools\u{201d}): the subject means to do what follows \u{201c}to\u{201d}";
    AttrClaimNoun = "attr:claim-noun" Colon: "a noun of saying with its owner and a that-clause: the owner makes the claim (\u{201c}the mayor\u{2019}s claim that the tunnel was safe\u{201d})";
    AttrDashCredit = "attr:dash-credit" Colon: "a quotation credited with a dash and a name";
    AttrCueSentenceAfterQuotation = "attr:cue-sentence-after-quotation" Colon: "a short sentence after a quotation says who said it";
    AttrContinuedQuotation = "attr:continued-quotation" Colon: "the next quoted sentence continues the same speaker's quotation";
    AttrInterviewAnswer = "attr:interview-answer" Colon: "an \u{201c}A:\u{201d} line of a question-and-answer interview: the words of the person the article introduces before the questions";
    AttrColonNextSentence = "attr:colon-next-sentence" Colon: "the sentence before ends with its speaker and a colon (\u{201c}X said:\u{201d}), which introduces this quotation";
    SourceCurrentSpeaker = "source:current-speaker" Colon: "a quotation with no cue of its own belongs to the current speaker: the last source of its paragraph, or of the paragraph before when only quotations and short narration come between";
    SourceNarratedSubject = "source:narrated-subject" Colon: "a quotation with no cue of its own, after narration about a named person (\u{201c}Lena Moss remembers the night well.\u{201d}), is that person's words";
    SourceUnknownSpeaker = "source:unknown-speaker" Colon: "a quotation with no cue and no current speaker: somebody's words, but the article does not say whose";
    // How the content was delimited: attribution/content.rs.
    ContentThatClause = "content:that-clause" Colon: "what was said is the clause after \u{201c}that\u{201d}";
    ContentThatAfterTimeClause = "content:that-after-time-clause" Colon: "a clause of time between the verb and \u{201c}that\u{201d} (\u{201c}said after the vote was delayed that \u{2026}\u{201d}) tells when it was said, not what";
    ContentBareClause = "content:bare-clause" Colon: "what was said is a clause with its own subject and verb, without \u{201c}that\u{201d}";
    ContentQuotation = "content:quotation" Colon: "what was said is the quotation after the verb";
    ContentWhClause = "content:wh-clause" Colon: "what was said is a question clause (how, what, why, whether)";
    ContentInfinitive = "content:infinitive" Colon: "what was promised or warned is the \u{201c}to \u{2026}\u{201d} phrase";
    ContentQuotedRequest = "content:quoted-request" Colon: "a request or an order in quotation marks after the person addressed (\u{201c}asked her to \u{2018}keep this quiet\u{2019}\u{201d}) is the words of the one who asked";
    ContentInfinitiveAfterAddressee = "content:infinitive-after-addressee" Colon: "what was urged is the \u{201c}to \u{2026}\u{201d} phrase after the person addressed";
    ContentAddresseeAndInfinitive = "content:addressee-and-infinitive" Colon: "what was called for is the person addressed and the \u{201c}to \u{2026}\u{201d} phrase";
    ContentFramingVerbPhrase = "content:framing-verb-phrase" Colon: "a framing verb (\u{201c}described it as\u{201d}): the whole verb phrase is the claim";
    ContentTurnLeftOut = "content:turn-left-out" Colon: "a transcript turn's question, the report of another that sets the question up, or its thanks or greeting are put to the other speaker, not claimed: they are left out of the speaker's words";
    ContentDemand = "content:demand" Colon: "what was called for is the phrase after \u{201c}called for\u{201d}";
    ContentAfterAdverbial = "content:after-adverbial" Colon: "what was said is the clause after a short adverbial and a comma (\u{201c}said too often, the clinic \u{2026}\u{201d})";
    ContentAfterAdjunct = "content:after-adjunct" Colon: "what was said is the clause after a phrase of time or place that follows the verb (\u{201c}said in her budget address the city was ready\u{201d}, \u{201c}said Tuesday the plan \u{2026}\u{201d})";
    ContentBeforeOuterComplement = "content:before-outer-complement" Colon: "a report inside another\u{2019}s content ends before that content\u{2019}s next \u{201c}and that \u{2026}\u{201d} (\u{201c}said polls showed a close race and that the mayor would run\u{201d}: the second clause is the outer speaker\u{2019}s, not what the polls showed)";
    ContentSecondComplement = "content:second-complement" Colon: "a reporting verb\u{2019}s second \u{201c}and that \u{2026}\u{201d} / \u{201c}but that \u{2026}\u{201d} complement is a claim of its own, with the same source and cue (\u{201c}said the gates were never locked, and that guards would check them\u{201d}: two claims, only the first negated)";
    ContentNonFiniteEnd = "content:non-finite-ends-before-clause" Colon: "a content with no finite verb of its own (\u{201c}proposed moving the money\u{201d}, \u{201c}urged the board to wait\u{201d}) ends before \u{201c}, but\u{201d}, \u{201c}, and\u{201d} or \u{201c}, yet\u{201d} and a new subject with its verb (\u{201c}\u{2026}, but the amendment failed\u{201d}): that clause is the writer\u{2019}s";
    ContentObject = "content:object" Colon: "what an evaluation or intention verb takes as its object (\u{201c}criticized the budget\u{201d}, \u{201c}wants a recount\u{201d}) is the claim";
    ContentColonDetail = "content:colon-detail" Colon: "after a credit that follows the claim, a colon opens the figures behind it (\u{201c}\u{2026}, the study found: 43 per cent\u{201d}), which belong to the same claim";
    ChannelAfterCue = "channel:after-cue" Colon: "where it was said follows the verb (\u{201c}said in a statement\u{201d})";
    ChannelLeadingPhrase = "channel:leading-phrase" Colon: "where it was said opens the sentence (\u{201c}In an interview with \u{2026}\u{201d})";
    CueLexicon = "cue:lexicon:cues" Colon: "the reporting verb is an entry of the cue lexicon, with its stance";
    AttributionDirect = "attribution:direct:all-quoted" Colon: "everything reported is inside quotation marks";
    AttributionMixed = "attribution:mixed:partly-quoted" Colon: "part of what is reported is quoted";
    AttributionIndirect = "attribution:indirect:no-quotation-marks" Colon: "reported speech, without quotation marks";
    AttributionTranscript = "attribution:direct:transcript-line" Colon: "a transcript line is verbatim speech, quoted or not";
    // Sources as found: attribution/noun_phrase.rs and the construction files.
    SourceNamed = "source:named" Colon: "the source is a proper name";
    SourceTitleBeforeName = "source:title-before-name" Colon: "the words before the name are the person's title";
    SourceDescriptionAfterQuotation = "source:description-after-quotation" Colon: "right after a quotation, the source\u{2019}s description runs on to the end of the credit (\u{201c}said a strategist for one of the campaigns\u{201d}, \u{201c}said an analyst who has worked for two rivals\u{201d})";
    SourceApposition = "source:apposition" Colon: "the role is the description between commas after the name";
    SourceGroupWithMembers = "source:group-with-members" Colon: "a group followed by some of its members between commas (\u{201c}many engineers, including Ms. Ortiz,\u{201d}): the group is the source";
    SourceAppositionBetweenDashes = "source:apposition-between-dashes" Colon: "a description between two dashes stands between the source and its verb (\u{201c}Ida Harlow \u{2014} co-author of a history of the port \u{2014} said\u{201d})";
    SourceParticipleSubject = "source:participle-subject" Colon: "the source is the phrase a speaking participle belongs to: right before it (\u{201c}footage of Mayor Lund asking, \u{2026}\u{201d}), or the subject after a participle clause that opens the sentence (\u{201c}After saying \u{2026}, the mayor left\u{201d})";
    SourceAppositionName = "source:apposition-name" Colon: "the name stands between commas after a description";
    SourceAppositionDescriptionFirst = "source:apposition-description-first" Colon: "the description comes first, then the name between commas";
    SourceRelativeClause = "source:relative-clause" Colon: "a relative clause without commas stands between the source and its verb (\u{201c}A lawyer who represents the family said\u{201d}): the source is the phrase before \u{201c}who\u{201d}, with its clause";
    SourceNameWithAdditions = "source:name-with-additions" Colon: "a name with comma-separated additions (age, home town, a relative clause)";
    SourceNameWithheld = "source:name-withheld" Colon: "the source asked not to be named (\u{201c}the owner, who asked not to be named,\u{201d}): an anonymous source";
    SourcePronoun = "source:pronoun" Colon: "the source is a pronoun";
    SourceDescription = "source:description" Colon: "the source is described, not named (\u{201c}the company\u{201d})";
    SourceIndefinitePerson = "source:indefinite-person" Colon: "one unnamed person (\u{201c}a guard\u{201d}): an anonymous source";
    SourceNounLexicon = "source:lexicon:source_nouns" Colon: "the source's head noun is an entry of the source-noun lexicon, with its kind";
    SourcePluralGroup = "source:plural-group" Colon: "an unnamed plural group (\u{201c}residents\u{201d}): a vague source";
    SourcePollShare = "source:poll-share" Colon: "a share of the people asked (\u{201c}60 percent said\u{201d}): a vague source";
    SourceHeadlineNoun = "source:headline-noun" Colon: "a bare noun phrase opening a headline-style sentence (\u{201c}Ferry operator says\u{201d}): a described source";
    SourceTitleCaseDescription = "source:title-case-description" Colon: "in a title-case headline, capitalised words that end in a title and hold no first name (\u{201c}Local Mayor Says \u{2026}\u{201d}) describe a person by role; they do not name one";
    SourceSpeakerLabel = "source:speaker-label" Colon: "the speaker's name is the transcript label";
    SourceSpeakerLabelTitleCase = "source:speaker-label:title-case" Colon: "a speaker label in title case (\u{201c}Jo Park:\u{201d}, \u{201c}Host:\u{201d}) names the speaker: it is a person's name or a role, and it recurs or the piece is laid out as a transcript";
    SourceUnstated = "source:unstated" Colon: "the text names no source";
    // Sources resolved: resolve.rs.
    SourceResolvedName = "source:resolved:name" Colon: "the source's name is a mention of a known person or body";
    SourceKnownSurname = "source:known-surname" Colon: "a capitalised word that reads like a group (\u{201c}Greaves said\u{201d}) is the surname of a person named earlier: a named source";
    SourceResolvedPronounUnnamed = "source:resolved:pronoun-unnamed" Colon: "the pronoun refers to the unnamed person whose report comes right before it, with nobody named since, or an opening \u{201c}They\u{201d} to the unnamed group that opens the sentence before (\u{201c}Three nurses said \u{2026}. They said \u{2026}\u{201d}): the source stays unnamed";
    SourceResolvedDescriptionUnnamed = "source:resolved:description-unnamed" Colon: "a definite description (\u{201c}the official\u{201d}) refers back to the unnamed source with that head noun (\u{201c}A senior official said \u{2026}\u{201d}) that no named person took: the source stays unnamed";
    SourceResolvedPronounSpeaker = "source:resolved:pronoun-same-speaker" Colon: "the pronoun after \u{201c}but\u{201d} or \u{201c}and\u{201d} continues the sentence's named speaker, not a person named inside what that speaker reported";
    SourceResolvedTurnSpeaker = "source:resolved:turn-speaker" Colon: "\u{201c}I\u{201d} inside a transcript turn (\u{201c}MARY LANE: \u{2026} I told her \u{2026}\u{201d}) or an interview\u{2019}s answer is the speaker of the turn";
    SourceResolvedPronoun = "source:resolved:pronoun-last-mention" Colon: "the pronoun refers to the last person or body of that kind mentioned before it";
    SourceFirstNameGender = "source:resolved:first-name-gender" Colon: "\u{201c}he\u{201d} or \u{201c}she\u{201d} skips the person mentioned last, whose first name usually goes with the other gender (first-names lexicon), where the text says nothing of it";
    SourceSkipsFrontedTopic = "source:resolved:pronoun-skips-fronted-topic" Colon: "\u{201c}Pressed on Fenn\u{2019}s remarks, he said\u{201d}: a person named in an opening \u{201c}Pressed on \u{2026}\u{201d}, \u{201c}Asked about \u{2026}\u{201d} phrase is its topic, not the subject pronoun after it, which refers to a person named before the phrase";
    SourceResolvedLedeDescription = "source:resolved:lede-description" Colon: "an indefinite or possessive description in the headline, deck or lede (\u{201c}A Carrow woman says \u{2026}\u{201d}, \u{201c}their union says\u{201d}) refers to whom the story names after it: the one person whose role, or the one body whose name, holds its noun; for \u{201c}woman\u{201d}, \u{201c}man\u{201d} and kin or \u{201c}official\u{201d}, the next person named, within two paragraphs, of that gender with no role, or with a title";
    SourceResolvedRole = "source:resolved:role-description" Colon: "the description (\u{201c}the secretary-general\u{201d}) matches a named person's role";
    SourceResolvedOrganisation = "source:resolved:organisation" Colon: "\u{201c}the agency\u{201d}, \u{201c}the club\u{201d}: the organisation named before it whose name holds the noun, else the one the article names most, else the last one that spoke; a headline\u{2019}s bare noun for a body (\u{201c}\u{2026}, board says\u{201d}), the one organisation named in the text whose name ends in it";
    SourceResolvedDocument = "source:resolved:document" Colon: "\u{201c}the statement said\u{201d}: the statement of the last source said to have made one (\u{201c}said in a statement\u{201d})";
    SourceVague = "source:vague" Colon: "the source is vague or anonymous";
    // The writer's own claims: claims.rs.
    ClaimAuthorSentence = "claim:author:sentence" Colon: "a sentence with no attribution: the writer's own claim";
    ClaimAuthorClause = "claim:author:clause-outside-attribution" Colon: "what remains of a sentence around an attribution: the writer's own claim";
    ClaimAuthorOwnReporting = "claim:author:own-reporting" Colon: "the article\u{2019}s own outlet reporting in its story (\u{201c}The Star has learned that \u{2026}\u{201d}, \u{201c}A Star review of the records found \u{2026}\u{201d}) is the writer, not a source: the writer\u{2019}s own claim";
    ClaimAuthorWriterAssertion = "claim:author:writer-assertion" Colon: "the writer asserting something to the reader in the first person (\u{201c}I can tell you the ferry takes 40 minutes\u{201d}, \u{201c}I can promise you \u{2026}\u{201d}) is no report of speech: the writer\u{2019}s own claim";
    ClaimAuthorWriterVerdict = "claim:author:writer-verdict" Colon: "the writer\u{2019}s verdict on what somebody may say (\u{201c}The mayor can fairly claim that crime fell\u{201d}, \u{201c}could rightly say \u{2026}\u{201d}): a modal and an adverb that judges the saying make it no report of speech: the writer\u{2019}s own claim";
    ClaimAuthorColumnTag = "claim:author:column-tag" Colon: "a column\u{2019}s name-tag headline (\u{201c}Okafor: The ferry cuts are a mistake\u{201d}) whose name is the byline\u{2019}s author heads the writer\u{2019}s own view, not a quotation: the writer\u{2019}s own claim";
    ClaimJoinerDropped = "claim:joiner-dropped" Colon: "the conjunction that joined this clause was left out of the claim";
    // Modality: modality.rs.
    HedgeLexicon = "hedge:lexicon:hedges" Colon: "a hedge from the hedge lexicon, with its type";
    HedgeCondition = "hedge:condition" Colon: "a word that opens a condition (\u{201c}if\u{201d}, \u{201c}unless\u{201d}, \u{201c}until\u{201d} or \u{201c}once\u{201d} before a clause, an inverted \u{201c}should\u{201d}/\u{201c}were\u{201d}/\u{201c}had\u{201d})";
    HedgeIndirectQuestion = "hedge:indirect-question" Colon: "\u{201c}if\u{201d} after a verb of asking or knowing opens an open question (investigation)";
    HedgePrediction = "hedge:prediction" Colon: "a modal of prediction (\u{201c}will\u{201d}, \u{201c}shall\u{201d}, \u{201c}going to\u{201d})";
    HedgeWouldReported = "hedge:would-reported" Colon: "\u{201c}would\u{201d} after a past reporting verb: a backshifted \u{201c}will\u{201d}, a prediction";
    HedgeShouldExpected = "hedge:should-expected" Colon: "\u{201c}should\u{201d} before a verb with a time ahead (\u{201c}should reopen by spring\u{201d}): an expectation, not a fact";
    HedgeWouldHypothetical = "hedge:would-hypothetical" Colon: "\u{201c}would\u{201d} with no reporting verb before it: a hypothetical, a condition left unsaid";
    HedgeWeaselDeterminer = "hedge:weasel-determiner" Colon: "\u{201c}some\u{201d} or \u{201c}many\u{201d} before an unnamed group, not a quantity: a weasel";
    HedgeVagueSource = "hedge:vague-source" Colon: "the claim's source is a vague group (\u{201c}critics\u{201d}): a weasel";
    Condition = "condition" Colon: "the claim holds only under a condition";
    Future = "future" Colon: "the claim is about the future";
    FutureCommitment = "future:commitment" Colon: "what is promised or meant (\u{201c}promised to \u{2026}\u{201d}, \u{201c}plans to \u{2026}\u{201d}) is still to come";
    FutureForecast = "future:forecast" Colon: "what is predicted, projected or forecast (\u{201c}projects a deficit of \u{2026}\u{201d}, \u{201c}expects sales to rise\u{201d}) is still to come";
    FutureWouldReported = "future:would-in-reported-speech" Colon: "\u{201c}would\u{201d} in reported speech reports a prediction";
    Negation = "negation" Colon: "the claim is negated";
    // Certainty: modality/certainty.rs.
    CertaintyCue = "certainty:cue" Colon: "a cue in the claim lowers how sure it is to the cue's level";
    CertaintyNegatedCue = "certainty:negated-cue" Colon: "a negated cue of belief or likelihood (\u{201c}does not expect\u{201d}) leaves only a possibility";
    CertaintyStance = "certainty:stance" Colon: "the reporting cue's stance (lexicon cue_certainty) lowers how sure the claim is";
    CertaintyCondition = "certainty:condition" Colon: "the claim holds only under a condition: conditional";
    CertaintyLevel = "certainty:level" Colon: "the claim's certainty: the lowest level any step gave";
    // Entities: entities.rs.
    EntitySource = "entity:source-of-attribution" Colon: "a named source of an attribution";
    EntityLexiconOrShape = "entity:lexicon-or-shape" Colon: "a known place or organisation, an acronym, or an organisational word";
    EntityPersonTitle = "entity:person:title-before-name" Colon: "a title or honorific before a capitalised name";
    EntityOrgDescriptor = "entity:organization:descriptor-before-name" Colon: "a descriptor before a name (\u{201c}the newspaper Bild\u{201d})";
    EntityOrgTeam = "entity:organization:team" Colon: "a place name used as a sports team (\u{201c}Harbour City won\u{201d}, \u{201c}Harbour City\u{2019}s captain\u{201d})";
    EntityOrgRole = "entity:organization:role" Colon: "a name whose description between commas is headed by a noun for a body (\u{201c}Fair Pay Now, an advocacy group,\u{201d} \u{201c}Stronger Frontier, a super PAC backing the mayor,\u{201d})";
    EntityNotPerson = "entity:not-a-person" Colon: "a name the text treats as no person: \u{201c}the Foxes\u{201d}, \u{201c}the Crown said\u{201d}, a place (\u{201c}Port Aldous\u{201d}, \u{201c}St. Aubry\u{201d}), a plural acronym (\u{201c}SUVs\u{201d}), or a company by what it has or who works for it (\u{201c}Northline\u{2019}s vice-president\u{201d}, \u{201c}a Northline engineer\u{201d})";
    EntityNickname = "entity:person:nickname" Colon: "a nickname in quotation marks between a person\u{2019}s given name and surname (\u{201c}Teodor \u{201c}Quill\u{201d} Marchetti\u{201d}): the person, and the nickname alone is a further mention";
    EntityShortName = "entity:mention:short-name" Colon: "a first name alone (\u{201c}Leila\u{201d} after \u{201c}Leila Nazari\u{201d}) or an organisation\u{2019}s first word (\u{201c}Brightvale\u{201d} after \u{201c}Brightvale Devices\u{201d}) is a further mention";
    EntityFirstNameSubject = "entity:mention:first-name-subject" Colon: "a first name alone opening a clause as its subject (\u{201c}Rory was quieter\u{201d}) after the one person named in full with it (\u{201c}Rory Tesch\u{201d}) is a further mention, as a surname would be";
    EntityListedName = "entity:organization:listed-name" Colon: "a body named by a list of capitalised words with commas, ending in a country\u{2019}s or province\u{2019}s name (\u{201c}Innovation, Science and Economic Development Canada\u{201d}) or after an organisational word and \u{201c}of\u{201d} (\u{201c}Ministry of Children, Community and Social Services\u{201d}): one organisation, not a list";
    EntityQuotedTitle = "entity:other:quoted-title" Colon: "capitalised words that fill a quotation by themselves (the novel \u{201c}Low Tide\u{201d}, the film \u{201c}Salt Road\u{201d}) are a title: no person or place";
    EntityWorkTitle = "entity:other:work-title" Colon: "capitalised words right after a noun for a work or between commas after it (\u{201c}her novel Low Tide\u{201d}, \u{201c}Her second album, Salt Road, sold well\u{201d}) are its title: no person or place";
    EntityLoneFirstName = "entity:person:lone-first-name" Colon: "a known first name standing alone for a person named no other way: with an age or a description between commas (\u{201c}Mira, 9, said\u{201d}, \u{201c}Mira, a student,\u{201d}) or after a word for a relative (\u{201c}her daughter Mira\u{201d})";
    EntityOrgShortName = "entity:mention:org-short-name" Colon: "the first word of exactly one organisation\u{2019}s longer name, named before it, is a further mention wherever it stands (\u{201c}Brightvale closed the plant\u{201d} after \u{201c}Brightvale Devices Inc.\u{201d})";
    EntityPersonNameShape = "entity:person:name-shape" Colon: "two or three capitalised words shaped like a personal name";
    EntityPersonEvidence = "entity:person:name-evidence" Colon: "a name whose first word looks like a nationality (\u{201c}Kieran\u{201d}, \u{201c}Tavish\u{201d}) is a person\u{2019}s when its first word is a known first name, an age follows it between commas (\u{201c}Kieran Lusk, 27,\u{201d}) or it stands between commas after a description (\u{201c}The accused, Kieran Lusk,\u{201d})";
    EntityCoordinatedNames = "entity:person:coordinated-names" Colon: "two personal names joined by \u{201c}and\u{201d} (\u{201c}Ann Roy and Ben Tate spoke\u{201d}) are two people, each its own entity";
    EntityOrgLeadingWords = "entity:mention:org-leading-words" Colon: "a name taken for a person by its shape alone whose words open exactly one organisation\u{2019}s longer name (\u{201c}Ardent Harvest\u{2019}s chief executive\u{201d} beside \u{201c}Ardent Harvest Equipment Ltd.\u{201d}) is a further mention of that organisation";
    EntityPlaceContext = "entity:place:context" Colon: "a name ending in a word that is a surname and a place\u{2019}s word (\u{201c}Mills\u{201d}, \u{201c}Wells\u{201d}, \u{201c}Brooks\u{201d}) is a place after a preposition of place or before a comma and a province (\u{201c}in Ashby Mills\u{201d}, \u{201c}Kelso Mills, Ont.\u{201d}); so is one ending in a landform\u{2019}s word that is a surname too (\u{201c}Head\u{201d}, \u{201c}Heath\u{201d}, \u{201c}Marsh\u{201d}) after a preposition of position (\u{201c}a cottage at Gorran Head\u{201d})";
    EntityOtherPhrase = "entity:other:capitalised-phrase" Colon: "a capitalised phrase of unknown kind";
    EntityPlaceDateline = "entity:place:dateline" Colon: "the place of a dateline";
    EntityRoleMention = "entity:mention:role-description" Colon: "a description that matches the person's role is a further mention";
    EntityHeadlineBodyMention = "entity:mention:headline-body" Colon: "a headline\u{2019}s bare noun for a body before a verb of saying (\u{201c}\u{2026}; student union calls \u{2026}\u{201d}) or closing the headline after one (\u{201c}\u{2026}, says trust\u{201d}) is a further mention of the one organisation whose name ends in it (\u{201c}the Harwood Students\u{2019} Union\u{201d})";
    EntityAppositionRole = "entity:role:apposition" Colon: "a description with a title between commas next to the name (\u{201c}Malcolm Tierney, the federation\u{2019}s president,\u{201d} \u{201c}a home-care nurse, Emeka Dusabe,\u{201d}) is the person\u{2019}s role";
    EntityHonorificGender = "entity:mention:honorific-gender" Colon: "of two people with one surname, \u{201c}Mr.\u{201d} or \u{201c}Mrs.\u{201d} before it names the one of that sex (by the first name or the other mentions)";
    // Check-worthiness: score.rs.
    ScoreBias = "score:bias" Colon: "the model's starting point";
    // Check-worthiness by named questions: score/ (issue 17). Each line is one question with the
    // summed weight of its answers and what answered it.
    ScoreQuantity = "score:has-a-quantity" Quoted: "the claim has a quantity or statistic (a figure, money, a percentage, a number word)";
    ScoreComparison = "score:comparison" Quoted: "a comparison, a change or a superlative";
    ScoreNamed = "score:names" Paren: "how many named people, organisations or places it mentions";
    ScoreTime = "score:time-reference" Quoted: "a date or another time reference";
    ScoreCausal = "score:causal" Quoted: "says that one thing caused another";
    ScoreRuleOrLaw = "score:rule-or-law" Quoted: "about a law, a ruling, a ban or a policy";
    ScorePrediction = "score:prediction" Quoted: "says what will happen";
    ScorePersonal = "score:personal" Quoted: "the speaker speaks of themselves or to the listener";
    ScoreOpinion = "score:opinion" Quoted: "a belief or emotive wording";
    ScoreHedgedOrConditional = "score:hedged-or-conditional" Quoted: "hedged, vague or conditional";
    ScoreWhoStandsBehind = "score:who-stands-behind" Space: "who the claim is attributed to: a named source, a vague one, or the writer";
    ScoreNotAStatement = "score:not-a-statement" Quoted: "a question, an imperative or a greeting rather than a claim";
    ScoreLength = "score:length" Paren: "the claim's length in words";
    ScoreWording = "score:wording" Quoted: "wording typical of check-worthy (or of idle) sentences, summed";
    ScoreMoreQuestions = "score:more" Paren: "the other questions' weights, summed";
    ScoreCategoryRule = "score:category-rule" Space: "the first category rule that holds (order: rule, prediction, causation, personal, quantity, opinion)";
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a rule matched, kept as it was found and written out only when a report shows it:
/// a shared token word or a lexicon entry costs no allocation of its own (a 10 MB document
/// keeps half a million reasons until its claims are written, and a report without reasons
/// writes none). 24 bytes, so that a [`Reason`] is 32.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Nothing: the rule alone.
    None,
    /// A word of the text, lowercased (`source:pronoun:he`).
    Word(Lower),
    /// A fixed word or marker (`certainty:level:certain`).
    Static(&'static str),
    /// A lexicon entry and its class: `entry(class)` (`cue:lexicon:cues:warn(warning)`).
    Entry(&'static str, Class),
    /// A word of the text and what it is: `word=value`
    /// (`source:lexicon:source_nouns:officials=vague`).
    WordIs(Lower, Value),
    /// A lexicon phrase and what it makes: `phrase=value` (`certainty:cue:may=possible`).
    PhraseIs(&'static str, Value),
    /// Anything else, written when the reason was made.
    Text(Box<str>),
    /// Anything else of up to [`Short::CAP`] bytes, held in place (no allocation: most of the
    /// score's shown words and categories).
    Short(Short),
    /// A check-worthiness answer: what matched, and its weight in log-odds (a weight off the
    /// thousandths' grid; one on it is held in the [`Reason`] itself).
    Weighted(Box<(Arg, f64)>),
}

/// A text of up to [`Short::CAP`] bytes held in place.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Short {
    len: u8,
    bytes: [u8; Short::CAP],
}

impl Short {
    /// The most bytes a `Short` holds: an [`Arg`] stays 24 bytes.
    pub const CAP: usize = 22;

    pub fn as_str(&self) -> &str {
        // Only whole strings are copied in (`Arg::joined`).
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl fmt::Debug for Short {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// The class of a lexicon entry, as `entry(class)` writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Cue(CueClass),
    Hedge(HedgeType),
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Cue(c) => c.as_str(),
            Class::Hedge(h) => h.as_str(),
        }
    }
}

impl From<CueClass> for Class {
    fn from(c: CueClass) -> Class {
        Class::Cue(c)
    }
}

impl From<HedgeType> for Class {
    fn from(h: HedgeType) -> Class {
        Class::Hedge(h)
    }
}

/// What a word or phrase is, as `word=value` writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    SourceNoun(SourceNounKind),
    Certainty(Certainty),
}

impl Value {
    pub fn as_str(self) -> &'static str {
        match self {
            Value::SourceNoun(k) => k.as_str(),
            Value::Certainty(c) => c.as_str(),
        }
    }
}

impl From<SourceNounKind> for Value {
    fn from(k: SourceNounKind) -> Value {
        Value::SourceNoun(k)
    }
}

impl From<Certainty> for Value {
    fn from(c: Certainty) -> Value {
        Value::Certainty(c)
    }
}

impl Arg {
    /// Writes the argument in `form` after its rule's code (nothing for [`Arg::None`]), then
    /// the weight if it has one. Piece by piece with `write_str` (no formatting machinery:
    /// a report writes a dozen reasons per claim).
    fn write<W: fmt::Write>(&self, form: Form, f: &mut W) -> fmt::Result {
        let (open, close) = match form {
            Form::Colon => (":", ""),
            Form::Space => (" ", ""),
            Form::Quoted => (" '", "'"),
            Form::Paren => ("(", ")"),
        };
        let mut pieces = |pieces: &[&str]| pieces.iter().try_for_each(|p| f.write_str(p));
        match self {
            Arg::None => Ok(()),
            Arg::Word(w) => pieces(&[open, w, close]),
            Arg::Static(s) => pieces(&[open, s, close]),
            Arg::Entry(key, class) => pieces(&[open, key, "(", class.as_str(), ")", close]),
            Arg::WordIs(w, v) => pieces(&[open, w, "=", v.as_str(), close]),
            Arg::PhraseIs(p, v) => pieces(&[open, p, "=", v.as_str(), close]),
            Arg::Text(s) => pieces(&[open, s, close]),
            Arg::Short(s) => pieces(&[open, s.as_str(), close]),
            Arg::Weighted(b) => {
                let (arg, w) = &**b;
                arg.write(form, f)?;
                f.write_str(" ")?;
                write_weight(*w, f)
            }
        }
    }
}

/// Writes `w` as `{:+.3}` does. A weight is rounded to thousandths when it is made, so its
/// thousandths are read off the nearest integer of `w * 1000` (exact while that product is
/// within a quarter of it: the true product is then nearer that integer than any other);
/// anything else is left to the formatter.
fn write_weight<W: fmt::Write>(w: f64, f: &mut W) -> fmt::Result {
    match thousandths(w, 1e15) {
        Some((negative, n)) => write_thousandths(negative, n, f),
        None => write!(f, "{w:+.3}"),
    }
}

/// `w`'s sign and its whole number of thousandths when `w` is on that grid (see
/// [`write_weight`]) and they are below `below`; `None` otherwise.
fn thousandths(w: f64, below: f64) -> Option<(bool, u64)> {
    let scaled = w * 1000.0;
    let r = scaled.round();
    // In range: a whole number of thousandths below 1e15 fits an i64 exactly.
    (r.abs() < below && (scaled - r).abs() < 0.25).then(|| (w.is_sign_negative(), r.abs() as u64))
}

/// Writes `n` thousandths with the sign `negative` gives, as `{:+.3}` writes that weight.
/// Natively from two digit tables; in WebAssembly a character at a time (the tables' 3 KB would
/// weigh on the page's size).
#[cfg(not(target_arch = "wasm32"))]
fn write_thousandths<W: fmt::Write>(negative: bool, n: u64, f: &mut W) -> fmt::Result {
    let (whole, frac) = (n / 1000, (n % 1000) as usize);
    if whole < 10 {
        // The sign, the one digit and the point in one piece.
        let k = 3 * (usize::from(negative) * 10 + whole as usize);
        f.write_str(&SIGNED_UNITS[k..k + 3])?;
    } else {
        f.write_str(if negative { "-" } else { "+" })?;
        write_whole(whole, f)?;
        f.write_str(".")?;
    }
    f.write_str(&THREE_DIGITS[3 * frac..3 * frac + 3])
}

/// Writes `n` thousandths with the sign `negative` gives, as `{:+.3}` writes that weight.
#[cfg(target_arch = "wasm32")]
fn write_thousandths<W: fmt::Write>(negative: bool, n: u64, f: &mut W) -> fmt::Result {
    f.write_str(if negative { "-" } else { "+" })?;
    let mut buf = [0u8; 24];
    let mut at = buf.len();
    let mut rest = n;
    // The thousandths (three digits), the point, then the whole part (at least one digit).
    for i in 0.. {
        if i == 3 {
            at -= 1;
            buf[at] = b'.';
        }
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if i >= 3 && rest == 0 {
            break;
        }
    }
    // Only ASCII digits and a point were written: each is its character (no UTF-8 check).
    buf[at..]
        .iter()
        .try_for_each(|&c| f.write_char(char::from(c)))
}

/// `n` in decimal, without leading zeros (no formatter, no UTF-8 check: a table's pieces).
#[cfg(not(target_arch = "wasm32"))]
fn write_whole<W: fmt::Write>(n: u64, f: &mut W) -> fmt::Result {
    let low = (n % 1000) as usize;
    if n >= 1000 {
        write_whole(n / 1000, f)?;
        return f.write_str(&THREE_DIGITS[3 * low..3 * low + 3]);
    }
    let skip = if low >= 100 {
        0
    } else if low >= 10 {
        1
    } else {
        2
    };
    f.write_str(&THREE_DIGITS[3 * low + skip..3 * low + 3])
}

/// The table behind [`THREE_DIGITS`].
#[cfg(not(target_arch = "wasm32"))]
const THREE_DIGIT_BYTES: [u8; 3000] = {
    let mut t = [0u8; 3000];
    let mut i = 0;
    while i < 1000 {
        t[3 * i] = b'0' + (i / 100) as u8;
        t[3 * i + 1] = b'0' + (i / 10 % 10) as u8;
        t[3 * i + 2] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// `000` to `999`, three bytes each.
#[cfg(not(target_arch = "wasm32"))]
const THREE_DIGITS: &str = match std::str::from_utf8(&THREE_DIGIT_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("digits are ASCII"),
};

/// The table behind [`SIGNED_UNITS`].
#[cfg(not(target_arch = "wasm32"))]
const SIGNED_UNIT_BYTES: [u8; 60] = {
    let mut t = [0u8; 60];
    let mut i = 0;
    while i < 20 {
        t[3 * i] = if i < 10 { b'+' } else { b'-' };
        t[3 * i + 1] = b'0' + (i % 10) as u8;
        t[3 * i + 2] = b'.';
        i += 1;
    }
    t
};

/// `+0.` to `+9.`, then `-0.` to `-9.`, three bytes each.
#[cfg(not(target_arch = "wasm32"))]
const SIGNED_UNITS: &str = match std::str::from_utf8(&SIGNED_UNIT_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("signs, digits and points are ASCII"),
};

impl From<Lower> for Arg {
    fn from(w: Lower) -> Arg {
        Arg::Word(w)
    }
}

impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Arg {
        Arg::Static(s)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        if s.len() <= Short::CAP {
            return Arg::joined(&[&s]);
        }
        Arg::Text(s.into_boxed_str())
    }
}

impl Arg {
    /// The text of `pieces` one after the other: held in place when it is short, else in one
    /// string of its length.
    pub fn joined(pieces: &[&str]) -> Arg {
        let len: usize = pieces.iter().map(|p| p.len()).sum();
        if len <= Short::CAP {
            let mut short = Short {
                len: len as u8,
                bytes: [0; Short::CAP],
            };
            let mut at = 0;
            for p in pieces {
                short.bytes[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
            return Arg::Short(short);
        }
        let mut s = String::with_capacity(len);
        for p in pieces {
            s.push_str(p);
        }
        Arg::Text(s.into_boxed_str())
    }
}

/// One entry of a claim's reasons: a rule, what it matched, and its weight if it scores.
/// Made into the report's string (its `Display`) only when a report with reasons is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub rule: Rule,
    /// The word, phrase or lexicon entry the rule matched, and the weight of a
    /// check-worthiness answer off the thousandths' grid.
    pub arg: Arg,
    /// The weight of a check-worthiness answer on the thousandths' grid, written after the
    /// argument: 0 for none, 1 for `+`, 2 for `-`; its thousandths in `milli`. Held here, in
    /// what was the rule's padding, not in an [`Arg::Weighted`] box of its own.
    sign: u8,
    milli: u32,
}

impl Reason {
    /// The rule alone.
    pub fn new(rule: Rule) -> Reason {
        Reason::with(rule, Arg::None)
    }

    /// The rule with what it matched.
    pub fn with(rule: Rule, arg: impl Into<Arg>) -> Reason {
        Reason {
            rule,
            arg: arg.into(),
            sign: 0,
            milli: 0,
        }
    }

    /// A lexicon entry with its class: `entry(class)`.
    pub fn entry(rule: Rule, key: &'static str, class: impl Into<Class>) -> Reason {
        Reason::with(rule, Arg::Entry(key, class.into()))
    }

    /// A word of the text and what it is: `word=value`.
    pub fn is(rule: Rule, word: Lower, value: impl Into<Value>) -> Reason {
        Reason::with(rule, Arg::WordIs(word, value.into()))
    }

    /// A lexicon phrase and what it makes: `phrase=value`.
    pub fn phrase_is(rule: Rule, phrase: &'static str, value: impl Into<Value>) -> Reason {
        Reason::with(rule, Arg::PhraseIs(phrase, value.into()))
    }

    /// The same reason with a weight.
    pub fn weighted(self, weight: f64) -> Reason {
        let mut arg = self.arg;
        if self.sign != 0 {
            // Weighted twice: the first weight goes with the argument, as it is written.
            let negative = self.sign == 2;
            let w = f64::from(self.milli) / 1000.0;
            arg = Arg::Weighted(Box::new((arg, if negative { -w } else { w })));
        }
        match thousandths(weight, f64::from(u32::MAX)) {
            Some((negative, n)) => Reason {
                rule: self.rule,
                arg,
                sign: if negative { 2 } else { 1 },
                milli: n as u32,
            },
            None => Reason::with(self.rule, Arg::Weighted(Box::new((arg, weight)))),
        }
    }
}

impl From<Rule> for Reason {
    fn from(rule: Rule) -> Reason {
        Reason::new(rule)
    }
}

impl Reason {
    /// Writes the reason as its `Display` does, straight into `out` (a report's string, or a
    /// serializer's buffer) without going through a `Formatter`.
    pub fn write_to<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        out.write_str(self.rule.as_str())?;
        self.arg.write(self.rule.form(), out)?;
        if self.sign == 0 {
            return Ok(());
        }
        out.write_str(" ")?;
        write_thousandths(self.sign == 2, u64::from(self.milli), out)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_written_as_the_formatter_writes_them() {
        let mut values = vec![
            0.0,
            -0.0,
            0.0005,
            -0.0005,
            0.0015,
            1.0005,
            2.5e-4,
            -1e-9,
            1e14,
            -9.99e14,
            1e15,
            3e20,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            9.9995,
            -99.999,
            100.0,
            -123.456,
            999.999,
            1000.0,
            -1234.5,
            100_200.003,
            999_999.999,
            -1_000_000.001,
            1e9,
        ];
        // Weights as the scorer makes them (rounded to thousandths) and as they come.
        for i in -30_000..30_000 {
            let x = f64::from(i) * 0.000_731_9;
            values.push(x);
            values.push((x * 1000.0).round() / 1000.0);
        }
        for w in values {
            let mut fast = String::new();
            write_weight(w, &mut fast).unwrap();
            assert_eq!(fast, format!("{w:+.3}"), "{w:e}");
        }
    }

    #[test]
    fn codes_are_unique_and_prefixed() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.as_str()), "{r} twice");
            assert!(
                r.as_str().contains(':')
                    || *r == Rule::Condition
                    || *r == Rule::Future
                    || *r == Rule::Negation
            );
            assert!(!r.describe().is_empty());
        }
    }

    /// Half a million reasons are held for a 10 MB document: they stay small.
    #[test]
    fn reasons_are_small() {
        assert_eq!(std::mem::size_of::<Reason>(), 32);
        assert_eq!(std::mem::size_of::<Arg>(), 24);
    }

    /// A weight held in the reason is written as the boxed one was, short texts as long ones.
    #[test]
    fn weights_and_short_texts_are_written_as_before() {
        let mut weights = vec![
            0.0,
            -0.0,
            -0.0004,
            1e9,
            -4.3e9,
            4.2e9,
            1e15,
            f64::NAN,
            0.0005,
        ];
        for i in -3_000..3_000 {
            weights.push((f64::from(i) * 0.007_31 * 1000.0).round() / 1000.0);
        }
        for w in weights {
            for arg in [
                "",
                "words like x",
                "a text of twenty-two b",
                "a text of twenty-three",
            ] {
                let r = Reason::with(Rule::ScoreWording, String::from(arg)).weighted(w);
                let boxed = Reason::with(
                    Rule::ScoreWording,
                    Arg::Weighted(Box::new((Arg::Text(arg.into()), w))),
                );
                assert_eq!(r.to_string(), boxed.to_string(), "{w:e} {arg}");
                let twice = r.clone().weighted(-w);
                let both = Arg::Weighted(Box::new((Arg::Text(arg.into()), w)));
                let boxed = Reason::with(Rule::ScoreWording, Arg::Weighted(Box::new((both, -w))));
                assert_eq!(twice.to_string(), boxed.to_string(), "{w:e} {arg}");
            }
        }
        assert!(matches!(Arg::joined(&["a", "bc"]), Arg::Short(s) if s.as_str() == "abc"));
        let long = "x".repeat(Short::CAP + 1);
        assert!(matches!(Arg::joined(&[&long]), Arg::Text(s) if *s == *long));
    }

    #[test]
    fn reasons_render_as_codes() {
        assert_eq!(
            Reason::new(Rule::AttrAccordingTo).to_string(),
            "attr:according-to"
        );
        assert_eq!(
            Reason::with(Rule::SourcePronoun, "he").to_string(),
            "source:pronoun:he"
        );
        assert_eq!(
            Reason::entry(Rule::CueLexicon, "warn", CueClass::Warning).to_string(),
            "cue:lexicon:cues:warn(warning)"
        );
        assert_eq!(
            Reason::phrase_is(Rule::CertaintyCue, "may", Certainty::Possible).to_string(),
            "certainty:cue:may=possible"
        );
        assert_eq!(
            Reason::with(Rule::ScoreCategoryRule, String::from("quantity (40)")).to_string(),
            "score:category-rule quantity (40)"
        );
        assert_eq!(
            Reason::with(Rule::ScoreQuantity, "40")
                .weighted(1.3391)
                .to_string(),
            "score:has-a-quantity '40' +1.339"
        );
        assert_eq!(
            Reason::with(Rule::ScoreLength, "12")
                .weighted(-0.2)
                .to_string(),
            "score:length(12) -0.200"
        );
        assert_eq!(
            Reason::new(Rule::ScoreBias).weighted(-1.0).to_string(),
            "score:bias -1.000"
        );
    }

    /// docs/reasons.md names every rule's code, and every code it names is a rule.
    #[test]
    fn docs_list_every_rule() {
        let doc = include_str!("../../../docs/reasons.md");
        for r in Rule::ALL {
            assert!(
                doc.contains(&format!("`{}", r.as_str())),
                "docs/reasons.md does not name `{r}`"
            );
        }
        let prefixes = [
            "attr:",
            "content:",
            "channel:",
            "cue:",
            "attribution:",
            "source:",
            "claim:",
            "hedge:",
            "condition:",
            "future:",
            "negation:",
            "certainty:",
            "entity:",
            "score:",
        ];
        for code in doc.split('`').skip(1).step_by(2) {
            // Codes with a known prefix; a bare prefix ("`attr:`") names the group.
            if !prefixes.iter().any(|p| code.starts_with(p)) || prefixes.contains(&code) {
                continue;
            }
            assert!(
                Rule::ALL.iter().any(|r| code.starts_with(r.as_str())),
                "docs/reasons.md names `{code}`, which no rule emits"
            );
        }
    }
}
