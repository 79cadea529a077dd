//! Turns of a conversation: in dialogue, a paragraph that is a quotation with no cue is the
//! next speaker's turn, not the last speaker going on.
//!
//! News and fiction print the same thing with opposite meanings. In an article, a paragraph
//! that is only a quotation continues whoever spoke in the paragraph before (the
//! `continuation` rule); in a novel it answers them. A text is read as dialogue when it has
//! many such paragraphs ([`DIALOGUE_TURNS`]: an article rarely has more than a handful, a
//! chapter of a novel dozens). There, two people take turns: a quotation that opens a paragraph
//! without a cue is credited to whoever spoke the last cued turn of the same parity in its
//! exchange (`conversation_turn`), or, for the turns before any, of the next one; an exchange
//! that narration ending in a cue opens (`At last Ann answered him.`) starts from the person it
//! names (`previous_sentence`), as from a cued turn. A parity that
//! no cued turn of its exchange names answers the other one: it is the latest person named by
//! a cue before it who is not the one answered. Where nothing tells, the turn is credited to
//! nobody rather than to the last speaker.

use crate::attribution::{Attribution, Rule};
use crate::mentions::MentionKind;
use crate::paragraphs::Paragraph;
use crate::text::skip_space;
use crate::Quote;

/// Paragraphs that open with a quotation and have no cue of their own, in a text of dialogue at
/// least; the news articles of the evaluation have at most five.
const DIALOGUE_TURNS: usize = 10;

/// Marks the quotations of a text of dialogue that take a turn without a cue (the rule
/// [`Rule::Turn`]), naming the speaker by the mention of the last cued turn of the same parity
/// in its exchange, or for the turns before any, the next one; one with neither is credited to
/// nobody. Returns whether the text is dialogue (and so whether anything was marked).
///
/// An exchange is a run of consecutive paragraphs with quotations; its turns alternate between
/// two people, so the turns of one parity are one person's.
///
/// ```
/// use quotehound::analyze;
/// let mut text = String::new();
/// for _ in 0..6 {
///     text.push_str("“Will it rain?” asked Ann.\n\n“I think so,” said Tom.\n\n“Then stay.”\n\n“I will.”\n\nThey waited.\n\n");
/// }
/// let doc = analyze(&text);
/// let speaker = |i: usize| doc.quotes[i].speaker.map(|id| doc.speakers[id].name.as_str());
/// assert_eq!([speaker(2), speaker(3)], [Some("Ann"), Some("Tom")]);
/// assert_eq!(doc.quotes[2].rule.map(|r| r.as_str()), Some("conversation_turn"));
/// ```
pub fn take_turns(text: &str, paragraphs: &[Paragraph], quotes: &[Quote], attributions: &mut [Option<Attribution>]) -> bool {
    let is_turn = |i: usize, attributions: &[Option<Attribution>]| {
        opens_paragraph(text, paragraphs, &quotes[i]) && is_uncued(quotes, attributions, i)
    };
    if (0..quotes.len()).filter(|&i| is_turn(i, attributions)).take(DIALOGUE_TURNS).count() < DIALOGUE_TURNS {
        return false;
    }
    let turns: Vec<(usize, Turn, bool)> = {
        let mut exchange = Exchange::default();
        (0..quotes.len())
            .filter_map(|i| {
                exchange.place(quotes, i).map(|turn| {
                    // An exchange opened by the person the narration just before it names
                    // (`previous_sentence`) starts from them, as from a cued turn.
                    let opened = turn.begins_exchange && attributions[i].is_some_and(|a| a.rule == Rule::PreviousSentence);
                    (i, turn, is_turn(i, attributions) && !opened)
                })
            })
            .collect()
    };
    // Forwards, the last cued turn of each parity; then backwards, for the turns an exchange
    // opens with, the next one.
    let mut cued: [Option<Attribution>; 2] = [None, None];
    for &(i, turn, uncued) in &turns {
        if turn.begins_exchange {
            cued = [None, None];
        }
        if uncued {
            attributions[i] = cued[turn.parity].map(|a| Attribution { mention: a.mention, cue: None, rule: Rule::Turn });
        } else if let Some(a) = attributions[i] {
            cued[turn.parity] = Some(a);
        }
    }
    let mut next: [Option<Attribution>; 2] = [None, None];
    for &(i, turn, uncued) in turns.iter().rev() {
        if uncued && attributions[i].is_none() {
            attributions[i] = next[turn.parity].map(|a| Attribution { mention: a.mention, cue: None, rule: Rule::Turn });
        } else if !uncued {
            next[turn.parity] = attributions[i].or(next[turn.parity]);
        }
        if turn.begins_exchange {
            next = [None, None];
        }
    }
    credit_the_other_person(text, attributions, &turns);
    true
}

/// How many of the latest people named by a cue a turn with no speaker of its own is read
/// against ([`credit_the_other_person`]).
const SCENE_NAMES: usize = 8;

/// The uncued turns of a parity that no cued turn of their exchange names, in an exchange whose
/// other parity one does: they answer that person, and are the latest other person a cue named
/// by name before them (`“Why?” Ann asked.⏎⏎“Because.”` after Tom spoke).
fn credit_the_other_person(text: &str, attributions: &mut [Option<Attribution>], turns: &[(usize, Turn, bool)]) {
    let name = |a: &Attribution| &text[a.mention.name_start..a.mention.name_end];
    // One cued attribution of each parity of each exchange, the exchange told by its first turn.
    let mut answered: Vec<[Option<Attribution>; 2]> = Vec::new();
    for &(i, turn, uncued) in turns {
        if turn.begins_exchange || answered.is_empty() {
            answered.push([None, None]);
        }
        let current = answered.last_mut().expect("an exchange was pushed");
        if !uncued && current[turn.parity].is_none() {
            current[turn.parity] = attributions[i];
        }
    }
    let mut recent: Vec<Attribution> = Vec::with_capacity(SCENE_NAMES);
    let mut read = 0; // quotations before this one are in `recent`
    let mut exchange = 0;
    for (k, &(i, turn, uncued)) in turns.iter().enumerate() {
        if turn.begins_exchange && k > 0 {
            exchange += 1;
        }
        for a in attributions[read..i].iter().flatten() {
            if a.rule != Rule::Turn && a.mention.kind == MentionKind::Name {
                recent.retain(|r| name(r) != name(a));
                if recent.len() == SCENE_NAMES {
                    recent.remove(0);
                }
                recent.push(*a);
            }
        }
        read = i;
        let [mine, theirs] = [answered[exchange][turn.parity], answered[exchange][1 - turn.parity]];
        if !uncued || attributions[i].is_some() || mine.is_some() {
            continue;
        }
        let Some(theirs) = theirs else { continue };
        if let Some(other) = recent.iter().rev().find(|r| name(r) != name(&theirs)) {
            attributions[i] = Some(Attribution { mention: other.mention, cue: None, rule: Rule::Turn });
        }
    }
}

/// Where a quotation that opens a turn stands in its exchange.
#[derive(Debug, Clone, Copy)]
pub struct Turn {
    /// 0 for the exchange's first turn and every second one after it, 1 for the others.
    pub parity: usize,
    /// Whether the turn begins a new exchange.
    pub begins_exchange: bool,
    /// Whether the turn, uncued, comes before any cued turn of its parity, and so waits for the
    /// next one to tell its speaker.
    pub waits: bool,
}

/// Follows the exchanges of a text through its quotations, read in order.
#[derive(Debug, Default)]
pub struct Exchange {
    first_paragraph: usize,
}

impl Exchange {
    /// The turn quotation `i` opens, or `None` where it follows another quotation of its
    /// paragraph. Called for every quotation in order.
    pub fn place(&mut self, quotes: &[Quote], i: usize) -> Option<Turn> {
        let paragraph = quotes[i].paragraph;
        let previous = i.checked_sub(1).map(|p| quotes[p].paragraph);
        if previous == Some(paragraph) {
            return None;
        }
        let begins_exchange = previous.is_none_or(|p| p + 1 != paragraph);
        if begins_exchange {
            self.first_paragraph = paragraph;
        }
        Some(Turn { parity: (paragraph - self.first_paragraph) % 2, begins_exchange, waits: false })
    }
}

/// Whether the quotation opens its paragraph: nothing but white space before its mark.
fn opens_paragraph(text: &str, paragraphs: &[Paragraph], quote: &Quote) -> bool {
    paragraphs.get(quote.paragraph).is_some_and(|p| skip_space(text, p.start, quote.open) == quote.open)
}

/// Whether quotation `i`, which opens its paragraph, has no cue of its own: no attribution, or
/// one carried over from a quotation or a cue of an earlier paragraph.
fn is_uncued(quotes: &[Quote], attributions: &[Option<Attribution>], i: usize) -> bool {
    match attributions[i] {
        None => true,
        Some(a) if a.rule == Rule::PreviousSentence => true,
        Some(a) => a.rule == Rule::Continuation && i > 0 && quotes[i - 1].paragraph < quotes[i].paragraph,
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// The speakers' names of the quotations of `text`, and their rules.
    fn credits(text: &str) -> Vec<(Option<String>, Option<&'static str>)> {
        let doc = analyze(text);
        doc.quotes.iter().map(|q| (q.speaker.map(|id| doc.speakers[id].name.clone()), q.rule.map(|r| r.as_str()))).collect()
    }

    fn repeated(scene: &str, times: usize) -> String {
        scene.repeat(times)
    }

    #[test]
    fn turns_before_the_first_cue_take_the_next_cued_turn_of_their_parity() {
        let text = repeated("“Is it far?”\n\n“An hour,” said Tom.\n\n“On foot?” asked Ann.\n\n“Yes.”\n\nThey walked.\n\n", 6);
        let found = credits(&text);
        assert_eq!(found[0], (Some("Ann".to_string()), Some("conversation_turn")));
        assert_eq!(found[3], (Some("Tom".to_string()), Some("conversation_turn")));
    }

    #[test]
    fn narration_ends_an_exchange() {
        let text =
            repeated("“Is it far?” asked Ann.\n\n“An hour,” said Tom.\n\nThey walked on.\n\n“Yes.”\n\n“No.”\n\nThey stopped.\n\n", 6);
        let found = credits(&text);
        assert_eq!(found[2].0, None);
        assert_eq!(found[3].0, None);
    }

    #[test]
    fn in_dialogue_a_pronoun_is_the_one_whose_turn_it_is() {
        let text = repeated(
            "“Will it rain?” asked Ann.\n\n“I think so,” said Tom.\n\n“Then stay,” she said.\n\n“I will.”\n\nThey waited.\n\n",
            12,
        );
        let found = credits(&text);
        assert_eq!(found[2], (Some("Ann".to_string()), Some("quote_speaker_cue")));
        assert_eq!(found[3], (Some("Tom".to_string()), Some("conversation_turn")));
    }

    #[test]
    fn a_pronoun_after_narration_naming_nobody_is_one_of_the_scene_of_its_gender() {
        // Ann is `her` in the text, Tom is the last to speak: `she` is Ann, though narration
        // between names nobody.
        let text = repeated(
            "“Will it rain?” asked Ann.\n\nAnn pulled her hood up.\n\n“I think so,” said Tom.\n\nIt rained hard. It was cold. It grew dark. It was late.\n\n“We should go,” she said.\n\n“Soon.”\n\n“Now.”\n\nThey left.\n\n",
            6,
        );
        let found = credits(&text);
        assert_eq!(found[2], (Some("Ann".to_string()), Some("quote_speaker_cue")));
        assert_eq!(found[7], (Some("Ann".to_string()), Some("quote_speaker_cue")));
    }

    #[test]
    fn a_name_narration_gives_for_the_first_time_yields_to_the_scene() {
        let text = repeated(
            "“Will it rain?” asked Ann.\n\nAnn pulled her hood up.\n\n“I think so,” said Tom.\n\nIt was late. It was cold. Sam Reed had gone home.\n\n“We should go,” she said.\n\n“Soon.”\n\n“Now.”\n\nThey left.\n\n",
            6,
        );
        assert_eq!(credits(&text)[2].0.as_deref(), Some("Ann"));
    }

    #[test]
    fn a_nearer_name_of_the_other_gender_yields_to_the_scene() {
        let text = repeated(
            "“Will it rain?” asked Ann.\n\nAnn pulled her hood up.\n\n“I think so,” said Tom.\n\nTom lit his pipe. It was late. Tom took his hat.\n\n“We should go,” she said.\n\n“Soon.”\n\n“Now.”\n\nThey left.\n\n",
            6,
        );
        assert_eq!(credits(&text)[2].0.as_deref(), Some("Ann"));
    }

    #[test]
    fn a_turn_no_cue_of_its_exchange_names_is_the_other_person_of_the_scene() {
        let text = repeated(
            "“Will it rain?” asked Ann.\n\n“I think so,” said Tom.\n\nThey waited.\n\n“Why?” Ann asked.\n\n“Because.”\n\n“Then stay.”\n\n“I will.”\n\nThey left.\n\n",
            6,
        );
        let found = credits(&text);
        let tom = (Some("Tom".to_string()), Some("conversation_turn"));
        assert_eq!([&found[3], &found[5]], [&tom, &tom]);
        assert_eq!(found[4], (Some("Ann".to_string()), Some("conversation_turn")));
        // The first exchange of the text has nobody before it to answer.
        let first = "“Why?” Ann asked.\n\n“Because.”\n\nThey left.\n\n".to_string() + &text;
        assert_eq!(credits(&first)[1], (None, None));
    }

    #[test]
    fn narration_that_names_the_speaker_opens_the_exchange_after_it() {
        let text = repeated(
            "“Will it rain?” asked Ann.\n\n“I think so,” said Tom.\n\nThey waited.\n\nAt last Ann answered him.\n\n“It is dark.”\n\n“Yes.”\n\n“We should go.”\n\nThey left.\n\n",
            6,
        );
        let found = credits(&text);
        assert_eq!(found[2], (Some("Ann".to_string()), Some("previous_sentence")));
        assert_eq!(found[3], (Some("Tom".to_string()), Some("conversation_turn")));
        assert_eq!(found[4], (Some("Ann".to_string()), Some("conversation_turn")));
    }

    #[test]
    fn a_text_with_few_uncued_paragraphs_keeps_the_news_reading() {
        let text = "“We will rebuild,” Mayor Ann Lee said.\n\n“It will take years.”\n\nThe council met on Monday.";
        let found = credits(text);
        assert_eq!(found[1].0.as_deref(), Some("Ann Lee"));
        assert_ne!(found[1].1, Some("conversation_turn"));
    }
}
