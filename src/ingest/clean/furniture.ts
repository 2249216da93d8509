/**
 * Page furniture: the lines a web page wraps around an article (navigation, bylines, sharing and
 * rating widgets, tags, comment forms) that scraping keeps as text. The rules describe the kinds of
 * widget, not the lines of any one page, so that pages never seen before are cleaned too. They are
 * tested against a line trimmed and normalised (spaces, quotes and dashes made plain).
 */

// Everything after one of these is the page's tail (comment forms, lists of other posts).
const tailMarkers: readonly RegExp[] = [
  /^(add|post|leave|write) (a )?(comment|reply|response)\b/i,
  /^click here to (post|leave|add) a comment$/i,
  /^(no|\d+|one|two|three) (comments?|responses?|replies|thoughts?)\b/i,
  // the end matter of reference pages
  /^(see also|references|external links|further reading|notes|bibliography)(\[edit\])?$/i,
  /^(related|recent|popular|similar) (posts|articles|reading|stories|content)$/i,
  /^you (may|might) also (like|enjoy)\b/i,
  // a list of other titles under its own heading
  /^(read next|related articles|related reading|more (articles|stories|posts)|recommended( for you| reading)?|popular now|trending)$/i,
  /^(more|other) (posts|articles|stories) (from|like|in)\b/i,
];

const widgets: readonly RegExp[] = [
  // navigation: breadcrumbs ("Home » Management » ...") and post-to-post links
  /^(home|start)\s*[»>›/|]/i,
  /^(previous|next|older|newer) (post|article|story)\b/i,
  /^(continue reading|read more|read next|back to top|jump to (navigation|content|search))\b/i,
  /^(related|read also|see also|also read|read more|read next|further reading|recommended|you might like)\s*:/i,
  /^(table of )?contents$/i,
  // bylines and dates of posting
  /^(posted|published|updated|last updated|last modified|last reviewed|last checked|last edited|written|reviewed|edited)\b.{0,60}\b(on|by|in)\b/i,
  /^(posted|published|updated|last updated|last modified|last reviewed|last checked|last edited|written|reviewed|edited)( on| by| in)?:/i,
  /^(last (updated|modified|reviewed|checked|edited))\s+\d/i,
  // in-page navigation: "Jump to: A | B | C", "On this page: ..."
  /^(jump to|skip to|on this page|in this (article|guide|post))\s*:/i,
  /^[Bb]y [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}\s*([|•·,-].*)?$/,
  /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(min|mins|minutes?)( read(ing)?)?$/i,
  /^(estimated )?(reading|read) time\s*:?\s*\d/i,
  /\b\d+[- ]?(min|mins|minutes?)\s+read\b/i,
  // a date alone on its line, as pages print the day of posting
  /^(posted |published |updated |last updated )?(on )?(((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4})|(\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4})|(\d{4}-\d{2}-\d{2}))\b/i,
  /^(got it|ok|okay|i agree|agree|accept|dismiss|close|learn more)!?$/i,
  /^(©|\(c\)|copyright)\s/i,
  /^from [\w ]{2,30}, the free\b|\bthe free (online )?(\w+ )?encyclopedia$/i,
  /\ball rights reserved\b/i,
  /^(this page was last (edited|modified|updated)|text is available under|content is available under)\b/i,
  // sharing, following, subscribing, printing
  /^(share|tweet|pin|email|print|like|follow|save)( (it|this|on|via|to|us|the)( (article|post|page|story))?)?!?:?$/i,
  /^(share|tweet|post|pin) (on|to|via|this (article|post|page|story)( on| with| via)?)\b.{0,40}$/i,
  /^((facebook|twitter|linkedin|pinterest|whatsapp|reddit|email|x)\s*[|,·•]?\s*){2,}$/i,
  /^(subscribe|sign up|join)\b.{0,50}\b(newsletter|updates|mailing list|inbox)\b/i,
  /^(subscribe|sign up|sign in|log in|login|register|search)( now| today| for free| here)?!?$/i,
  /\bnewsletter\b|\b(in|to) your inbox\b|\bunsubscribe\b|^no spam\b/i,
  /^(enter )?your (email|e-mail)( address)?$/i,
  /^follow\b.{0,40}\bon (instagram|twitter|x|facebook|linkedin|threads|bluesky|tiktok)$/i,
  // a comment's byline and its reply link ("Jess T. · 2 days ago")
  /\b\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago$/i,
  /^(reply|report|load more comments|show more comments|sort by\b.*)$/i,
  // ratings and feedback
  /^[★☆✩✪⭐*\s]{3,}/u,
  /click to rate\b/i,
  /\brate (this|it|the) ?(post|article|page)?!?$/i,
  /\(\s*\d+ votes?\s*\)$/i,
  /^\d+(\.\d+)?\s*\/\s*5\b/,
  /^\[total: \d+ +average: [\d.]+\]$/i,
  /^(was|is|did) (this|you find this) (article|post|page|guide)? ?(helpful|useful)\b/i,
  /^(yes|no)\s*[/|]\s*(yes|no)$/i,
  // taxonomy, notices and forms
  /^(tags|tagged( with)?|categories|category|filed under|topics|keywords)\s*:/i,
  /^(advertisement|sponsored( content)?|ad|ads)$/i,
  /^(accept|reject|manage|allow|deny)( all)?( non-essential)? (cookies|cookie (preferences|settings))$|^(accept|reject)( all)?( non-essential)?$/i,
  /^cookie (settings|preferences|policy)$/i,
  /^your email address will not be published/i,
  /^required fields are marked\b/i,
  /^cancel reply$/i,
];

/** The heading of a box of one paragraph that is not the article's (the author's bio). */
export function isBoxHeading(line: string): boolean {
  return /^(about the (author|writer|editor)|author bio|meet the author|advertisement|sponsored( content| post)?|promoted|partner content|paid content|newsletter|sign up for (our|the) newsletter|get our newsletter)$/i.test(
    line,
  );
}

/** The label over an advert: what follows it is the advert's copy. */
export function isAdvertLabel(line: string): boolean {
  return /^(advertisement|sponsored( content| post)?|promoted|partner content|paid content)$/i.test(line);
}

/** Tags and topics close an article: near the end of the page, what follows is the page's tail. */
export function isClosingTaxonomy(line: string): boolean {
  return /^(tags|tagged( with)?|categories|category|filed under|topics|posted in)\s*:/i.test(line);
}

/** A line that starts the page's tail: nothing after it is article content. */
export function isTailMarker(line: string): boolean {
  return tailMarkers.some((pattern) => pattern.test(line));
}

/** A line of page furniture that may sit anywhere around the article. */
export function isFurniture(line: string): boolean {
  // Widgets are a few words; a longer line that happens to start like one is prose.
  return (
    isTailMarker(line) ||
    isBoxHeading(line) ||
    (line.split(' ').length <= maxWidgetWords && widgets.some((pattern) => pattern.test(line))) ||
    (line.split(' ').length <= maxNoticeWords && cookieNotice.test(line))
  );
}

const maxWidgetWords = 20;
// A cookie banner runs to a sentence or two.
const maxNoticeWords = 45;
const cookieNotice = /\b(we use|this (site|website) uses|we and our partners use) cookies\b/i;
