/* test-timex.c: the temporal tagger as a reader of news would judge it — which words are a
 * date, what date they mean given the publication date, and what the article's own
 * publication date must have been. The table sentences are ours, in the style of wire copy,
 * one row per TimeML expression family. */
#include <string.h>
#include <stdio.h>

#include <json-glib/json-glib.h>

#include "extract/sl-timex-tagger.h"

typedef struct
{
  const char *text;  /* the expression is marked [[like this]] */
  const char *dct;   /* NULL: no publication date known */
  const char *type;
  const char *value;
  const char *mod;   /* NULL: none */
} Row;

/* Friday 10 May 2024 unless a row says otherwise. */
#define DCT "2024-05-10"

static const Row rows[] = {
  /* calendar dates written out */
  { "The summit took place on [[March 28, 2024]] in Pyongyang.", DCT, "DATE", "2024-03-28", NULL },
  { "Talks resumed on [[Sept. 13, 2023]] in Geneva.", DCT, "DATE", "2023-09-13", NULL },
  { "The accord was signed on [[28 March 2024]] in Paris.", DCT, "DATE", "2024-03-28", NULL },
  { "The filing is dated [[2024-03-28]] and runs to 40 pages.", DCT, "DATE", "2024-03-28", NULL },
  { "The form, stamped [[3/28/2024]], was lost.", DCT, "DATE", "2024-03-28", NULL },
  { "The decree of [[3.11.2025]] takes effect in spring.", DCT, "DATE", "2025-11-03", NULL },
  /* a clock time right after a date with its year is on that day */
  { "By Drita Berisha | Dardania Wire | 14.10.2025, [[11:20]]", DCT, "TIME", "2025-10-14T11:20", NULL },
  { "Prices peaked in [[July 2022]] before falling.", DCT, "DATE", "2022-07", NULL },
  { "Output fell sharply in [[January of 2021]].", DCT, "DATE", "2021-01", NULL },
  { "The mine closed in [[1998]] after a flood.", DCT, "DATE", "1998", NULL },
  { "Voters go to the polls on [[Nov. 5, 2024]].", DCT, "DATE", "2024-11-05", NULL },
  { "He was born on [[the 4th of July, 1976]] in Ohio.", DCT, "DATE", "1976-07-04", NULL },
  /* a day of the month alone is in the publication's month, or the next one when it is ahead
   * and already gone, or the one before when it is past and still to come */
  { "The board will meet on [[the 12th]] to decide on refunds.", DCT, "DATE", "2024-05-12", NULL },
  { "The ship arrived in port on [[the 20th]], the agency said.", DCT, "DATE", "2024-04-20", NULL },
  { "A hearing on costs is set for [[the 14th]].", DCT, "DATE", "2024-05-14", NULL },
  { "Patients have waited for insulin since [[the 15th]].", DCT, "DATE", "2024-04-15", NULL },
  { "Talks will resume on [[the 3rd]] in Rome.", DCT, "DATE", "2024-06-03", NULL },
  /* hours or minutes later, counted from the clock time just named (past midnight too) */
  { "Pressure fell at 2:40 a.m. on Wednesday and crews found the break [[two hours later]].", DCT,
    "TIME", "2024-05-08T04:40", NULL },
  { "The fire broke out at 11:30 p.m. on Thursday and was put out [[90 minutes later]].", DCT,
    "TIME", "2024-05-10T01:00", NULL },
  { "The ferry left Barra at 7:40 a.m. on Monday and was towed in shortly before [[noon]], the "
    "minister told the assembly on Tuesday.", DCT, "TIME", "2024-05-06T12:00", NULL },
  /* in an article known only to its month, the small hours after a night named just before
   * are the next day's */
  { "Trains stopped on Tuesday, June 9. The authority said it had sent buses out on Tuesday "
    "night and kept them running until [[1 a.m.]]", "2026-06", "TIME", "2026-06-10T01:00", NULL },
  /* … and a weekday is the news week's, though how it came is told by an earlier day */
  { "The ministry on Friday, September 11, began flying patients out. The scanner stopped on "
    "the evening of August 30, the minister testified on [[Thursday]].", "2026-09", "DATE",
    "2026-09-10", NULL },
  /* two days off the publication's */
  { "Inspectors found the leak [[the day before yesterday]].", DCT, "DATE", "2024-05-08", NULL },
  { "At [[today]]'s meeting the board voted to close the plant.", DCT, "DATE", "2024-05-10", NULL },
  { "The vote is [[the day after tomorrow]], officials said.", DCT, "DATE", "2024-05-12", NULL },
  { "He flew home [[the day before last Tuesday]]'s hearing.", DCT, "DATE", "2024-05-06", NULL },
  { "Shops reopened [[the day after Christmas]] last year.", DCT, "DATE", "2023-12-26", NULL },
  /* a day told by a happening the story dated before: the first day told of it, not a
   * dateline's, not one ahead of the news, not the day someone later spoke of it */
  { "The plant broke down on Monday, May 6. The ministry said on Thursday the breakdown was "
    "an accident. Two patients died on [[the night of the breakdown]].", DCT, "TIME", "2024-05-06TNI", NULL },
  { "The chain closed its gyms on Tuesday. Staff sold packages until [[the day before the closure]].",
    DCT, "DATE", "2024-05-06", NULL },
  { "The boiler tube burst early on Monday. An alarm had sounded in [[the week before the burst]].",
    DCT, "DATE", "2024-W18", NULL },
  { "MOSTAR, 10 May 2024 (Balkan Sport Wire) - The final was called off on Wednesday and will "
    "be held on May 26. Divers trained until [[the day of the final]].", DCT, "DATE", "2024-05-08", NULL },
  { "Her July bill was 412 dinars, against 88 [[the previous July]].", DCT, "DATE", "2022-07", NULL },
  { "The dam opened in March 2019 and the lake filled [[the following June]].", DCT, "DATE", "2019-06", NULL },
  { "Bills will be estimated from [[the same month last year]].", DCT, "DATE", "2023-05", NULL },
  /* a month in a sentence about a past year's season is that year's */
  { "The mill crushed 800,000 tonnes in the 2023 season, running from [[June]] to December.",
    DCT, "DATE", "2023-06", NULL },
  /* a weekday written with its date is part of that one date */
  { "Officials met on [[Friday, March 1, 2024]], to review the plan.", DCT, "DATE", "2024-03-01", NULL },
  { "Inspectors arrived on [[Thursday, April 25]], with new orders.", DCT, "DATE", "2024-04-25", NULL },
  { "The ferry resumed service on [[Wednesday 1 May]] after repairs.", DCT, "DATE", "2024-05-01", NULL },
  { "The summit opens on April 24 and [[25]] in Washington.", DCT, "DATE", "2024-04-25", NULL },
  { "Loans must be repaid by [[year-end]], the bank said.", DCT, "DATE", "2024", "END" },
  { "The shrine is an [[11th century]] temple.", DCT, "DATE", "10", NULL },
  { "Divers raised coins from a [[17th-century]] wreck.", DCT, "DATE", "16", NULL },
  { "Shares slid by [[mid-afternoon]] in London.", DCT, "TIME", "2024-05-10TAF", "MID" },
  /* "overnight" in a past clause is the night just over, which began the day before */
  { "Brent rose after [[overnight]] gains in New York.", DCT, "TIME", "2024-05-09TNI", NULL },
  { "Talks between the carmaker and the union broke up [[overnight]].", DCT, "TIME", "2024-05-09TNI", NULL },
  { "Crews will work [[overnight]] to clear the line.", DCT, "TIME", "2024-05-10TNI", NULL },
  /* a clock time after "DAY at" is on that day, ahead as well as past */
  { "The club will host the Mariners on Saturday at [[7:35 p.m. local time]].", DCT, "TIME",
    "2024-05-11T19:35", NULL },
  { "Polls closed on Tuesday at [[about 8 p.m.]]", DCT, "TIME", "2024-05-07T20:00", "APPROX" },
  /* a later hour in the sentence of a clock time with a known day is on that day */
  { "The system failed at 5:12 p.m. on Monday and was restored two minutes before polls were "
    "due to close at [[8 p.m.]]", DCT, "TIME", "2024-05-06T20:00", NULL },
  /* an afternoon hour told in the past is on the day named by its afternoon */
  { "The record was measured on Wednesday afternoon at a station near Karlsruhe. It beats "
    "the 41.2 degrees measured on 25 July 2019. A meteorologist said the temperature had "
    "peaked at [[3:40 p.m.]]", DCT, "TIME",
    "2024-05-08T15:40", NULL },
  /* "early on DAY" names that day's small hours and morning */
  { "A boat capsized early on Wednesday, the coastguard said on Thursday. The first alert came "
    "in at [[1:05 a.m.]]", DCT, "TIME", "2024-05-08T01:05", NULL },
  { "Police cleared the line early on Sunday, and the train crossed into France on Monday. It "
    "had entered the tunnel at [[7:05 a.m.]]", DCT, "TIME", "2024-05-05T07:05", NULL },
  /* a small hour after an evening one in its sentence is on the day after */
  { "Shells were fired between 10 p.m. on Sunday and [[about 3 a.m.]]", DCT, "TIME",
    "2024-05-06T03:00", "APPROX" },
  /* an evening hour after a night into a day is that night's */
  { "The worst disruption came overnight into Wednesday, when 74 aircraft lost positioning "
    "from [[about 9:40 p.m.]]", DCT, "TIME", "2024-05-07T21:40", "APPROX" },
  /* … before the day the story is at: the day something was said on in its sentence, a day
   * of the news named in it or the sentence before, even in an article dated to its month */
  { "The union said on Wednesday that crews had cleared the line [[overnight]].", DCT, "TIME",
    "2024-05-07TNI", NULL },
  { "Keepers found the cage empty on Tuesday. A branch brought down [[overnight]] had bent the "
    "fence.", DCT, "TIME", "2024-05-06TNI", NULL },
  { "Pilots walked out on Saturday, 11 May, after talks broke down [[overnight]].", "2024-05",
    "TIME", "2024-05-10TNI", NULL },
  { "The index fell for [[eight trading days]] in a row.", DCT, "DURATION", "P8D", NULL },
  { "Growth will stay weak in [[the near term]].", DCT, "DATE", "FUTURE_REF", NULL },
  { "The plant opened in [[fiscal 2019]] on budget.", DCT, "DATE", "2019", NULL },
  { "The earthquake struck on [[Christmas Day 2004]].", DCT, "DATE", "2004-12-25", NULL },
  { "The deal was closed at [[Easter 2024]] after long talks.", DCT, "DATE", "2024-03-31", NULL },
  { "Crowds gathered on [[New Year's Eve 1999]] in the square.", DCT, "DATE", "1999-12-31", NULL },
  { "In [[nineteen ninety-six]] the plant closed for good.", DCT, "DATE", "1996", NULL },
  { "The station opened in [[the year 2000]].", DCT, "DATE", "2000", NULL },

  /* decades, centuries, seasons, quarters, halves */
  { "The shells were produced in [[the 1970s]], the agency said.", DCT, "DATE", "197", NULL },
  { "Output fell in [[the late 1990s]].", DCT, "DATE", "199", "END" },
  { "Inflation was high in [[the early 1980s]].", DCT, "DATE", "198", "START" },
  { "Construction began in [[mid-1996]] and ended in 1999.", DCT, "DATE", "1996", "MID" },
  { "The firm was founded in [[the '90s]] by two brothers.", DCT, "DATE", "199", NULL },
  { "Rents soared through [[the nineties]].", DCT, "DATE", "199", NULL },
  { "The law dates from [[the 19th century]].", DCT, "DATE", "18", NULL },
  { "Ideas of [[the twentieth century]] still shape the debate.", DCT, "DATE", "19", NULL },
  { "He returned home in [[the spring of 2021]].", DCT, "DATE", "2021-SP", NULL },
  { "The drought of [[summer 2018]] hit farmers hard.", DCT, "DATE", "2018-SU", NULL },
  { "Revenue rose in [[the third quarter of 2023]].", DCT, "DATE", "2023-Q3", NULL },
  { "Sales in [[the first half of 2022]] were flat.", DCT, "DATE", "2022-H1", NULL },
  { "Costs jumped in [[the last half of 2021]], the report said.", DCT, "DATE", "2021-H2", NULL },
  { "Earnings in [[the 2022 fourth quarter]] beat forecasts.", DCT, "DATE", "2022-Q4", NULL },
  { "Exports surged in [[the final quarter of 2021]], customs data show.", DCT, "DATE", "2021-Q4", NULL },
  { "Hiring slowed in [[the final half of 2019]].", DCT, "DATE", "2019-H2", NULL },
  { "Storms batter the coast in [[the third quarter of every year]].", DCT, "SET", "XXXX-Q3", NULL },

  /* relative to the publication date */
  { "The leaders met [[last September]] in Vladivostok.", DCT, "DATE", "2023-09", NULL },
  { "Photos released [[last year]] showed the casing.", DCT, "DATE", "2023", NULL },
  /* "the following Tuesday" counts from the last day named, a year named since or not */
  /* … but not from a deadline's day */
  { "The minister said on Tuesday that deposits would be guaranteed if nothing had been found "
    "by the cut-off on the 31st. Washington said [[the following Monday]] that it would help.",
    DCT, "DATE", "2024-05-13", NULL },
  { "The weekly reported on Monday that a trial planned for this year would slip to 2028. The "
    "authority said [[the following Tuesday]] that it would ask a panel.", DCT, "DATE", "2024-05-07", NULL },
  { "Published: [[Wed 10 Jun 2026]] 06.40 GMT", DCT, "DATE", "2026-06-10", NULL },
  { "Posted: [[Fri, 10 May 2024]] 14:03 BST", DCT, "DATE", "2024-05-10", NULL },
  { "Published: Wed 10 Jun 2026 [[06.40 GMT]]", DCT, "TIME", "2026-06-10T06:40", NULL },
  /* (three letters are a weekday only before a date that falls on it) */
  { "The Sun [[10 May 2024]] edition sold out.", DCT, "DATE", "2024-05-10", NULL },
  /* a day and month, then which year: the day in it */
  { "The gate gave way in the early hours of [[9 March last year]].", DCT, "DATE", "2023-03-09", NULL },
  { "The line opens on [[the 3rd of June next year]].", DCT, "DATE", "2025-06-03", NULL },
  { "Growth has slowed [[this year]], the bank said.", DCT, "DATE", "2024", NULL },
  { "The rule takes effect [[next year]].", DCT, "DATE", "2025", NULL },
  { "Exports fell [[last month]] for a third time.", DCT, "DATE", "2024-04", NULL },
  { "Strikes spread [[this month]] to the ports.", DCT, "DATE", "2024-05", NULL },
  { "The court will rule [[next month]].", DCT, "DATE", "2024-06", NULL },
  { "The minister resigned [[last week]].", DCT, "DATE", "2024-W18", NULL },
  { "Markets rallied [[this week]] on rate hopes.", DCT, "DATE", "2024-W19", NULL },
  { "Delegates will return [[next week]].", DCT, "DATE", "2024-W20", NULL },
  { "The ship docked [[yesterday]] at Busan.", DCT, "DATE", "2024-05-09", NULL },
  { "Shares closed higher [[today]] in Tokyo.", DCT, "DATE", "2024-05-10", NULL },
  { "The vote is scheduled for [[tomorrow]].", DCT, "DATE", "2024-05-11", NULL },
  { "The ministry said [[earlier this month]] that the claims were baseless.", DCT, "DATE", "2024-05", NULL },
  { "The company was listed [[earlier this year]].", DCT, "DATE", "2024", NULL },
  { "A decision is expected [[later this year]].", DCT, "DATE", "2024", NULL },
  { "Trials will start [[early next year]].", DCT, "DATE", "2025", "START" },
  { "Prices dipped [[late last year]].", DCT, "DATE", "2023", "END" },
  { "In [[early April]], the Pentagon said supplies continued.", DCT, "DATE", "2024-04", "START" },
  { "The cargo ship sailed in [[mid-March]], satellite images show.", DCT, "DATE", "2024-03", "MID" },
  { "The report will be published in [[late May]].", DCT, "DATE", "2024-05", "END" },
  { "Stocks must be sold by [[the end of the year]].", DCT, "DATE", "2024", "END" },
  { "The company hopes to fly by [[the end of the decade]].", DCT, "DATE", "202", "END" },
  { "Coal use peaked at [[the start of the century]].", DCT, "DATE", "20", "START" },
  { "Work will resume at [[the beginning of June]].", DCT, "DATE", "2024-06", "START" },
  { "Russia vetoed the resolution on [[March 28]].", DCT, "DATE", "2024-03-28", NULL },
  { "Kirby said on [[May 2]] that oil had been shipped.", DCT, "DATE", "2024-05-02", NULL },
  { "Shipments rose sharply in [[March]], officials said.", DCT, "DATE", "2024-03", NULL },
  { "The new line is due to open in [[September]], the operator says it will hire.", DCT, "DATE", "2024-09", NULL },
  { "The offer expires [[Dec. 31]].", DCT, "DATE", "2024-12-31", NULL },
  { "The company plans to open the new plant in [[March]].", DCT, "DATE", "2025-03", NULL },
  /* with no publication date, what lies behind the writer is still no present */
  { "The agency said [[earlier this month]] that the wells were dry.", NULL, "DATE", "PAST_REF", NULL },
  { "A verdict is expected [[later this year]].", NULL, "DATE", "FUTURE_REF", NULL },
  /* a forecast or a duty points ahead even inside a past report */
  { "Analysts said the dispute could drag on into [[August]].", DCT, "DATE", "2024-08", NULL },
  { "Ministers agreed the treaty should be reviewed before [[March]].", DCT, "DATE", "2025-03", NULL },
  { "Officials could not be reached on [[Wednesday]] for comment.", DCT, "DATE", "2024-05-08", NULL },
  /* a forecast verb a long clause before the weekday still sets its direction */
  { "It expects temperatures of 38 degrees or more in the Upper Rhine valley for the next three "
    "days, before thunderstorms bring cooler air on [[Sunday]].", DCT, "DATE", "2024-05-12", NULL },
  /* plans as things, not intentions, leave the direction to the nearer side */
  { "On [[Monday]], the mayor set aside her vacation plans.", DCT, "DATE", "2024-05-06", NULL },
  { "The hastily planned visit on [[Tuesday]] drew protests.", DCT, "DATE", "2024-05-07", NULL },
  { "The regulator said ultrasound tests during a scheduled check on [[Thursday]] had found cracks.", DCT, "DATE", "2024-05-09", NULL },
  /* what falls due lies ahead, unless it was due then */
  { "The bank will sell gold, roughly a third of its reserves, to meet payments due in [[January]], its board said.", DCT, "DATE", "2025-01", NULL },
  { "The judgment had been due on [[Tuesday]] but was put back by two days.", DCT, "DATE", "2024-05-07", NULL },
  { "The plant opened in [[March]] after delays, the company said.", DCT, "DATE", "2024-03", NULL },
  { "Rebels seized the town in [[January]], residents said.", DCT, "DATE", "2024-01", NULL },
  { "The embargo stays in place until [[Jan. 15]].", DCT, "DATE", "2025-01-15", NULL },
  { "Prices have doubled since [[November]].", DCT, "DATE", "2023-11", NULL },
  { "The talks collapsed on [[Nov. 20]], diplomats said.", DCT, "DATE", "2023-11-20", NULL },
  { "Rains are expected [[this spring]].", DCT, "DATE", "2024-SP", NULL },
  { "Fires burned [[last summer]] across the south.", DCT, "DATE", "2023-SU", NULL },
  { "Gas reserves must last through [[next winter]].", DCT, "DATE", "2024-WI", NULL },
  { "Profit fell in [[the first quarter]], the company said.", DCT, "DATE", "2024-Q1", NULL },
  { "Profit fell in [[the fourth quarter]], the company said.", DCT, "DATE", "2023-Q4", NULL },
  { "The group expects [[third-quarter]] sales to rise.", DCT, "DATE", "2024-Q3", NULL },
  { "Sales grew in [[the latest quarter]].", DCT, "DATE", "2024-Q1", NULL },
  { "Orders are steady in [[the current quarter]].", DCT, "DATE", "2024-Q2", NULL },
  { "The threat could change in [[the next decade]].", DCT, "DATE", "203", NULL },
  { "He left the party [[a year ago]].", DCT, "DATE", "2023", NULL },
  { "The bridge reopened [[two days ago]].", DCT, "DATE", "2024-05-08", NULL },
  { "The ferry sank [[three weeks ago]].", DCT, "DATE", "2024-W16", NULL },
  { "Rates were cut [[five months ago]].", DCT, "DATE", "2023-12", NULL },
  { "The dam failed [[a decade ago]].", DCT, "DATE", "2014", NULL },
  { "The base opened [[more than four decades ago]].", DCT, "DATE", "1984", "MORE_THAN" },
  { "The museum opened [[a week or so ago]].", DCT, "DATE", "2024-W18", "APPROX" },
  { "Prices are [[now]] falling.", DCT, "DATE", "PRESENT_REF", NULL },
  { "Ten ships are [[currently]] at anchor.", DCT, "DATE", "PRESENT_REF", NULL },
  { "The agency [[recently]] changed its rules.", DCT, "DATE", "PAST_REF", NULL },
  { "Nobody knows what [[the future]] holds.", DCT, "DATE", "FUTURE_REF", NULL },
  { "In [[the past]], rebels held the pass.", DCT, "DATE", "PAST_REF", NULL },
  { "Talks will [[soon]] resume.", DCT, "DATE", "FUTURE_REF", NULL },
  { "Rents are high [[these days]].", DCT, "DATE", "PRESENT_REF", NULL },
  { "Prices under [[current]] rules are capped.", DCT, "DATE", "PRESENT_REF", NULL },
  { "Protesters gathered over [[the weekend]].", DCT, "DATE", "2024-W18-WE", NULL },
  { "Fans are expected [[this weekend]].", DCT, "DATE", "2024-W19-WE", NULL },
  { "Two ferries collided [[last weekend]].", DCT, "DATE", "2024-W18-WE", NULL },

  /* weekdays: past in a report, ahead in a plan, the same day when it is today */
  { "The envoy arrived on [[Monday]], officials said.", DCT, "DATE", "2024-05-06", NULL },
  { "The envoys will meet on [[Tuesday]].", DCT, "DATE", "2024-05-14", NULL },
  { "The president said [[Friday]] that he would sign.", DCT, "DATE", "2024-05-10", NULL },
  { "The rebels retreated [[last Friday]].", DCT, "DATE", "2024-05-03", NULL },
  { "The budget is due [[next Friday]].", DCT, "DATE", "2024-05-17", NULL },
  { "The vote is set for [[this coming Sunday]].", DCT, "DATE", "2024-05-12", NULL },
  /* what is called off had not yet taken place */
  { "The club cancelled [[Sunday]]'s match on Thursday.", DCT, "DATE", "2024-05-12", NULL },
  { "Organisers called off [[Saturday]]'s race.", DCT, "DATE", "2024-05-11", NULL },
  /* what "was due to" happen was a plan of the past: the clause stays in the past */
  { "The board cancelled the exam on Wednesday, May 8, about three hours before it was due to "
    "start, after photographs of the paper spread through chat groups [[overnight]].", DCT, "TIME",
    "2024-05-07TNI", NULL },
  /* a state kept "would stay closed" lies ahead; its participle is no past */
  { "The minister said that schools would stay shuttered on [[Thursday]].", DCT, "DATE",
    "2024-05-16", NULL },
  /* what is, in the present tense, on a weekday is the coming one */
  { "The final is on [[Saturday]] in Lyon.", DCT, "DATE", "2024-05-11", NULL },
  { "The hearings are [[Monday]], officials said.", DCT, "DATE", "2024-05-13", NULL },
  { "Police cleared the camp [[Wednesday morning]].", DCT, "TIME", "2024-05-08TMO", NULL },
  /* a day after "on" dates the clock time, and is an expression of its own */
  { "The debris passed the satellite at [[3.14 a.m.]] on May 9, the operator said.", DCT, "TIME",
    "2024-05-09T03:14", NULL },
  { "The debris passed the satellite at 3.14 a.m. on [[May 9]], the operator said.", DCT, "DATE",
    "2024-05-09", NULL },
  { "The last train left at [[10.30pm]], the operator said.", DCT, "TIME", "2024-05-10T22:30", NULL },
  { "Ministers gather again [[Thursday night]] in Brussels, and will vote.", "2024-05-06", "TIME", "2024-05-09TNI", NULL },
  { "The deadline runs until [[Tuesday]].", DCT, "DATE", "2024-05-14", NULL },
  { "The ruling could come as early as [[Monday]].", DCT, "DATE", "2024-05-13", NULL },
  /* a possessive weekday is past, unless a plan comes before it */
  { "It asked for an injunction that would restore its rights before [[Saturday]]'s games.",
    DCT, "DATE", "2024-05-11", NULL },
  { "The club said it would appeal [[Wednesday]]'s ruling.", DCT, "DATE", "2024-05-08", NULL },
  /* "previous" after a date still ahead, in a clause about the past, counts from the
   * writer's day */
  { "The resort will open a lift in April 2026. Its managers had worked there since "
    "[[the previous winter]].", DCT, "DATE", "2023-WI", NULL },
  { "The resort will open a lift in April 2026. Its managers had been hired [[the previous month]].",
    DCT, "DATE", "2024-04", NULL },
  /* a clause opened by "if" or "as" follows the tense of the future it hangs on */
  { "The alert would be lifted at noon on [[Wednesday]] if the rain eased, he added.", DCT, "DATE",
    "2024-05-15", NULL },
  { "Forecasters said the storm would weaken as it moved south on [[Sunday]].", DCT, "DATE",
    "2024-05-12", NULL },
  /* a range's end comes after its start, whichever year the month alone would take; "March"
   * after "between" is the month */
  { "The floor covers beans shipped between October and [[March]].", "2025-10-02", "DATE",
    "2026-03", NULL },
  { "The season runs from November to [[February]].", "2025-10-02", "DATE", "2026-02", NULL },
  /* a range's start takes the year only its end names */
  { "The objects were lifted between [[May]] and August 2023.", "2025-11-04", "DATE", "2023-05", NULL },
  { "The works ran from [[November 3]] to March 9, 2024.", "2025-11-04", "DATE", "2023-11-03", NULL },
  { "A revision on Friday to [[December]]'s figures helped.", "2025-10-02", "DATE", "2024-12",
    NULL },
  { "Sales fell between [[March]] and May.", "2025-10-02", "DATE", "2025-03", NULL },
  /* a hedge between a bound and its day; a bound still ahead is no day a clock time after
   * it belongs to either */
  { "The line will stay closed until at least [[Sunday]], the operator said.", DCT, "DATE",
    "2024-05-12", NULL },
  { "A fire forced passengers out late on Tuesday, and the line will stay closed until at "
    "least Sunday, the operator said on Wednesday. The fire broke out at [[10:52 p.m.]] near "
    "Rossio.", "2024-05-08", "TIME", "2024-05-07T22:52", NULL },
  /* what a task is to be done before lies ahead; what was suspected as early as a season
   * lies behind */
  { "She had asked the company to check the wiring in every tunnel before [[the summer]].",
    DCT, "DATE", "2024-SU", NULL },
  { "Some engineers suspected as early as [[the spring]] that the valve was faulty.",
    "2024-10-10", "DATE", "2024-SP", NULL },
  /* a deadline is no day a bare clock time after it belongs to */
  { "The league on Thursday stripped the channel of its rights after it missed a payment that "
    "fell due on May 3. The league said in a statement issued at [[7:40 p.m.]] that it had "
    "waited.", DCT, "TIME", "2024-05-09T19:40", NULL },
  { "Young shoots opened [[about two weeks]] earlier than usual.", DCT, "DURATION", "P2W", "APPROX" },
  /* a time given again in brackets in GMT falls on the day before when its hour is that much
   * later, the day after when earlier */
  { "The first guests reached the hospital at around 1 a.m. on Sunday ([[2300 GMT]]).",
    "2025-07-14", "TIME", "2025-07-12T23:00", NULL },
  { "The ship sank at 11:30 p.m. on Monday ([[0130 GMT]]).", "2025-07-15", "TIME",
    "2025-07-15T01:30", NULL },
  /* "the following spring", "the previous winter": the season after (before) the date last
   * named */
  { "It grew in late 2024 and cut a third of its staff [[the following spring]].", DCT, "DATE",
    "2025-SP", NULL },
  { "The dam broke in July 2019; [[the previous winter]] had been dry.", DCT, "DATE", "2018-WI",
    NULL },
  /* what one is supposed to do lies ahead; what one was supposed to do need not */
  { "\u201cWhere am I supposed to work on [[Saturday]]?\u201d said a driver.", DCT, "DATE",
    "2024-05-11", NULL },
  { "They are supposed to vote on [[Friday]].", "2024-05-08", "DATE", "2024-05-10", NULL },
  /* a smaller unit after a larger one is one duration */
  { "She crossed the line in [[2 hours 24 minutes]].", DCT, "DURATION", "PT2H24M", NULL },
  { "He served [[three years and six months]] in prison.", DCT, "DURATION", "P3Y6M", NULL },
  /* the weekend's races: the weekend in view */
  { "About 9,000 runners took part in [[the weekend]]'s races.", DCT, "DATE", "2024-W18-WE",
    NULL },
  /* a season just begun is the one ahead of a plan made in its first month */
  { "The association said work would begin in [[the spring]].", "2026-03-03", "DATE", "2026-SP",
    NULL },
  { "The association said work would begin in [[the spring]].", "2026-04-20", "DATE", "2027-SP",
    NULL },
  { "The buds opened after a mild [[March]].", DCT, "DATE", "2024-03", NULL },
  { "The company said as recently as [[March]] that the valve was safe.", DCT, "DATE", "2024-03",
    NULL },

  /* narrative: counted from the last date named */
  { "The town fell in 2010. [[Two years later]] it was retaken.", DCT, "DATE", "2012", NULL },
  { "Troops crossed on March 3. [[The next day]] they reached the river.", DCT, "DATE", "2024-03-04", NULL },
  { "The strike began on June 4, 2019, after talks failed [[the day before]].", DCT, "DATE", "2019-06-03", NULL },
  { "The dam broke on April 2, 2020. [[That day]] hundreds fled.", DCT, "DATE", "2020-04-02", NULL },
  { "Profit in the third quarter of 2023 rose 5% from [[a year earlier]].", DCT, "DATE", "2022-Q3", NULL },
  { "Profit in the third quarter of 2023 rose, against a [[year-earlier]] loss.", DCT, "DATE", "2022-Q3", NULL },
  { "Net income in the second quarter of 2023 beat [[the year-ago period]].", DCT, "DATE", "2022-Q2", NULL },
  { "The shelling started on May 1, 2022. [[A week later]] the town emptied.", DCT, "DATE", "2022-05-08", NULL },
  /* "that November", "that spring": of the year the text last named */
  { "The volcano stirred in 2017, and ash shut the airport [[that November]].", DCT, "DATE", "2017-11", NULL },
  { "In 2019 the dam broke; [[that spring]] the river flooded.", DCT, "DATE", "2019-SP", NULL },
  /* weeks counted back from a season ahead count from the last day named instead */
  { "The trial began on May 3, 2024, and was to report next spring. A panel had advised "
    "[[two weeks earlier]] that it stop.", DCT, "DATE", "2024-04-19", NULL },
  { "Elections were held in October 2019, and [[the following year]] the cabinet fell.", DCT, "DATE", "2020", NULL },
  { "The treaty lapsed in 2001 and was revived [[three years later]].", DCT, "DATE", "2004", NULL },
  /* days count from the last day named, past a month named since */
  { "The paper ran the story on Tuesday, May 7. The firm was set up in March 2023. The minister "
    "resigned [[a day later]].", DCT, "DATE", "2024-05-08", NULL },
  { "The paper ran the story on Tuesday, May 7. The firm was set up in March 2023. The minister "
    "denied it [[that evening]].", DCT, "TIME", "2024-05-07TEV", NULL },
  { "The riots began in June 2020; [[the following month]] curfews were imposed.", DCT, "DATE", "2020-07", NULL },

  /* clock times */
  { "The blast occurred at [[3 p.m.]] near the market.", DCT, "TIME", "2024-05-10T15:00", NULL },
  { "Polls closed at [[8 p.m. local time]].", DCT, "TIME", "2024-05-10T20:00", NULL },
  { "Trading halted at [[10:30 GMT]].", DCT, "TIME", "2024-05-10T10:30", NULL },
  /* a place's clock and a bracket between the time and its day */
  { "She told reporters at [[4 p.m.]] Bangkok time (0900 GMT) on Wednesday.", DCT, "TIME",
    "2024-05-08T16:00", NULL },
  /* an earlier hour in a past perfect led up to the clock time just told, whose day is
   * known (its bracketed GMT reading changes nothing) */
  { "A fire destroyed the mill on May 7, the officer said on Thursday. It started at about 11 "
    "p.m. (2000 GMT). Nobody was hurt. Police blame a cafe. Its owner said the cafe had shut at "
    "[[8 p.m.]]",
    DCT, "TIME", "2024-05-07T20:00", NULL },
  /* "last" and a weekday after a clock time date it */
  { "A patrol plane saw the whale at [[9:20 a.m. local time]] (1220 GMT) last Friday.", DCT, "TIME",
    "2024-05-03T09:20", NULL },
  /* a clock time falls on a day named before it in its sentence, relative or not */
  { "The bank shut on May 6. Two days later, savers queued outside from before [[6 a.m.]]",
    DCT, "TIME", "2024-05-08T06:00", NULL },
  /* a bare clock time told in the past falls on the story's day, however far back it was named */
  { "A court on Wednesday overturned the fine. The regulator had imposed it in March after a "
    "long inquiry. The ruling was read out at [[3:40 p.m.]] to a full courtroom.", DCT, "TIME",
    "2024-05-08T15:40", NULL },
  /* zones of Australia, New Zealand, southern Africa and east Asia, before the day */
  { "The email went out at [[9 a.m. AEST]] on Monday to all students.", DCT, "TIME",
    "2024-05-06T09:00", NULL },
  { "Power was restored at [[6:15 p.m. NZST]] on the island.", DCT, "TIME", "2024-05-10T18:15",
    NULL },
  { "The curfew starts at [[22:00]] and lasts all night.", DCT, "TIME", "2024-05-10T22:00", NULL },
  { "The ceasefire began at [[noon Thursday]].", DCT, "TIME", "2024-05-09T12:00", NULL },
  { "The ultimatum expired at [[midnight]].", DCT, "TIME", "2024-05-10T24:00", NULL },
  { "The first shots came at [[10 p.m. Wednesday]].", DCT, "TIME", "2024-05-08T22:00", NULL },
  { "Rescuers arrived [[around 7:15 p.m.]], witnesses said.", DCT, "TIME", "2024-05-10T19:15", "APPROX" },
  /* a bare clock time belongs to the day written out just before it */
  { "The ferry ran aground on March 14, 2023. It struck the sandbank at [[2:15 a.m.]] in fog.", DCT, "TIME", "2023-03-14T02:15", NULL },
  { "Rescuers reached the pass on Tuesday, April 30, and the last climber was found at [[6 p.m.]]", DCT, "TIME", "2024-04-30T18:00", NULL },
  /* … and to a past weekday that said when the happening began, in a past clause */
  { "Gunmen boarded the tanker late on Tuesday. They climbed aboard at [[11:40 p.m.]] with a ladder.", DCT, "TIME", "2024-05-07T23:40", NULL },
  { "Gas leaked from the plant in the early hours of Tuesday. A valve had failed at [[2:10 a.m.]] during maintenance.", DCT, "TIME", "2024-05-07T02:10", NULL },
  /* … or a past weekday that owns the happening ("Monday's election"), not one it follows */
  { "The system used in Tuesday's election went down, officials said. It stopped at [[5:12 p.m.]]", DCT, "TIME", "2024-05-07T17:12", NULL },
  { "Rioting broke out after Tuesday's election. Police arrived at [[5:12 p.m.]]", DCT, "TIME", "2024-05-10T17:12", NULL },
  /* … carried on by a clock time on that day to the next one */
  { "A cable car line stopped on Tuesday. It halted at 3:05 p.m., the operator said. Engineers restarted it at [[8:10 p.m.]]", DCT, "TIME", "2024-05-07T20:10", NULL },
  { "Smoke was first seen at [[10:30 a.m. local time]] (0400 GMT) on 21 April.", DCT, "TIME", "2024-04-21T10:30", NULL },
  { "The polls closed on Tuesday. Results will be published at [[9 a.m.]]", DCT, "TIME", "2024-05-10T09:00", NULL },
  /* … the small hours after a night being the next morning's, and the day of a saying no
   * day of the story */
  { "Inmates escaped on Tuesday night. Guards raised the alarm before [[3 a.m.]]", DCT, "TIME", "2024-05-08T03:00", NULL },
  { "The boat sank early on Wednesday, the coastguard said on Thursday. It overturned at [[3:20 a.m.]]", DCT, "TIME", "2024-05-08T03:20", NULL },
  { "The boat sank early on Wednesday, the coastguard said on Thursday. The survivors landed [[a day later]].", DCT, "DATE", "2024-05-09", NULL },
  { "The storm struck late on Thursday, the agency quoted the centre as saying on Friday. It came ashore at [[10:45 p.m.]]", DCT, "TIME", "2024-05-09T22:45", NULL },
  { "The first rockets landed on Tuesday evening. The firing went on until [[4 a.m.]]", DCT, "TIME", "2024-05-08T04:00", NULL },
  { "The worst disruption came [[overnight]] into Wednesday.", DCT, "TIME", "2024-05-07TNI", NULL },
  /* a deadline in a clause of its own after a past perfect lies ahead, and the weekday
   * written after the clock time is the clock time's day */
  { "The ministry said it had handed him a note, and that he must be gone by [[6 p.m.]] on Saturday.", DCT, "TIME", "2024-05-11T18:00", NULL },
  { "The ministry said it had handed him a note, and that he must be gone by 6 p.m. on [[Saturday]].", DCT, "DATE", "2024-05-11", NULL },
  /* a weekday right before "that" dates the telling, whatever tense the words told take */
  { "The minister told reporters at the ministry at 3 p.m. on [[Tuesday]] that the consortium would build the wall.", DCT, "DATE", "2024-05-07", NULL },
  /* "two days later" counts on from the story's day, not from a day further back told in a
   * relative clause's past perfect, nor from a second reading of a time past midnight */
  { "Negotiators walked out on Thursday, May 2. The round, which had opened on April 22, was over. [[Two days later]], rebels released a video.", DCT, "DATE", "2024-05-04", NULL },
  { "Negotiators walked out on Thursday, May 2, at 6:15 p.m. (0015 GMT Friday). [[Two days later]], rebels released a video.", DCT, "DATE", "2024-05-04", NULL },
  /* "the next morning" after a clock time on the night before, told in the same sentence */
  { "The airport closed on Tuesday night and reopened at 12:41 a.m. on Wednesday. Two men were stopped shortly after 11 p.m. and released [[the next morning]].", DCT, "TIME", "2024-05-08TMO", NULL },
  /* the same instant in another zone, hours and minutes in four digits, and its day after
   * the bracket */
  { "The units tripped at 2:14 a.m. ([[0114 GMT]]).", DCT, "TIME", "2024-05-10T01:14", NULL },
  { "Troops fired first, at 6:50 p.m. local time ([[1150 GMT]]) on Tuesday, on an outpost.", DCT, "TIME", "2024-05-07T11:50", NULL },
  /* … but not to a weekday used as a label, nor to a date two sentences back */
  { "Counting resumed after Sunday's vote, and results came at [[9 a.m.]]", DCT, "TIME", "2024-05-10T09:00", NULL },
  { "The strike began on April 2. Talks stalled. Unions met again at [[4 p.m.]]", DCT, "TIME", "2024-05-10T16:00", NULL },
  /* a day written out a few words on, in the same clause, is the clock time's day */
  { "A sample collected at [[6:15 a.m.]] at the rider's home in Ljubljana on June 2, 2024 held EPO.", DCT, "TIME", "2024-06-02T06:15", NULL },
  { "The plane left at [[9 a.m.]] and landed in Oslo on May 3.", DCT, "TIME", "2024-05-10T09:00", NULL },
  { "The koruna slipped by [[3:30 p.m.]] The board next meets on May 7.", DCT, "TIME", "2024-05-10T15:30", NULL },
  { "The convoy left at [[4 in the morning]].", DCT, "TIME", "2024-05-10T04:00", NULL },
  /* the hour in words */
  { "\"The roof went at [[four in the morning]],\" she said.", DCT, "TIME", "2024-05-10T04:00", NULL },
  { "The bells rang at [[eleven o'clock]].", DCT, "TIME", "2024-05-10T11:00", NULL },
  { "Doors open at [[9am]] for the hearing.", DCT, "TIME", "2024-05-10T09:00", NULL },
  { "Markets reopen at [[5 p.m. EST, Nov. 6]], the exchange will announce.", "2024-11-01", "TIME", "2024-11-06T17:00", NULL },
  { "The quake hit [[this morning]] off the coast.", DCT, "TIME", "2024-05-10TMO", NULL },
  { "Sirens sounded [[last night]] in the capital.", DCT, "TIME", "2024-05-09TNI", NULL },
  { "The minister will speak [[tonight]].", DCT, "TIME", "2024-05-10TNI", NULL },
  { "Shelling resumed [[yesterday afternoon]].", DCT, "TIME", "2024-05-09TAF", NULL },

  /* durations */
  { "The mandate was extended by [[six months]].", DCT, "DURATION", "P6M", NULL },
  { "The siege lasted [[almost two years]].", DCT, "DURATION", "P2Y", "LESS_THAN" },
  { "He has led the party for [[more than a decade]].", DCT, "DURATION", "P10Y", "MORE_THAN" },
  { "The hearing took [[about three hours]].", DCT, "DURATION", "PT3H", "APPROX" },
  { "Power was out for [[24 hours]].", DCT, "DURATION", "PT24H", NULL },
  { "Bush can call up reservists for [[up to 180 days]].", DCT, "DURATION", "P180D", "EQUAL_OR_LESS" },
  { "Suspects can be held for [[at least 72 hours]].", DCT, "DURATION", "PT72H", "EQUAL_OR_MORE" },
  { "The rescue took [[nearly an hour]].", DCT, "DURATION", "PT1H", "LESS_THAN" },
  { "The trial ran for [[two weeks]].", DCT, "DURATION", "P2W", NULL },
  { "Repairs will take [[a fortnight]].", DCT, "DURATION", "P2W", NULL },
  { "Stocks lost 8% in [[the past two months]].", DCT, "DURATION", "P2M", NULL },
  { "More rain is forecast for [[the next few days]].", DCT, "DURATION", "PXD", NULL },
  { "The feud has run for [[several years]].", DCT, "DURATION", "PXY", NULL },
  { "The government unveiled a [[five-year]] plan.", DCT, "DURATION", "P5Y", NULL },
  { "Tenants got [[30-day]] notices.", DCT, "DURATION", "P30D", NULL },
  { "The reactor was idle for [[two and a half years]].", DCT, "DURATION", "P2Y6M", NULL },
  { "The outage lasted [[two and a half weeks]] in all.", DCT, "DURATION", "P2.5W", NULL },
  { "The flight lasted [[2 1/2 hours]].", DCT, "DURATION", "PT2H30M", NULL },
  { "Sales in [[the first nine months]] rose 4%.", DCT, "DURATION", "P9M", NULL },
  { "The repairs should take [[a couple of weeks]].", DCT, "DURATION", "P2W", NULL },
  { "The border has been disputed for [[decades]].", DCT, "DURATION", "PXY", NULL },
  { "Prices have climbed in [[recent years]].", DCT, "DURATION", "PXY", NULL },
  { "More layoffs are likely in [[the coming weeks]].", DCT, "DURATION", "PXW", NULL },
  { "The speech lasted [[40 minutes]].", DCT, "DURATION", "PT40M", NULL },
  { "The tremor lasted [[ten seconds]].", DCT, "DURATION", "PT10S", NULL },
  { "The talks ended a [[day-long]] stand-off.", DCT, "DURATION", "P1D", NULL },
  { "The abbey stood for [[two centuries]].", DCT, "DURATION", "P200Y", NULL },
  { "The index has risen over [[the past decade]].", DCT, "DURATION", "P10Y", NULL },
  { "Sales fell for [[three quarters]] in a row.", DCT, "DURATION", "P3Q", NULL },
  { "Aid could arrive in [[a year or two]], officials said.", DCT, "DURATION", "P1Y", NULL },

  /* sets */
  { "Inspectors visit the site [[every week]].", DCT, "SET", "P1W", NULL },
  { "Crews work double shifts [[every weekend]].", DCT, "SET", "XXXX-WXX-WE", NULL },
  /* in an article known only by its days, what was said once the story moved on from its
   * first day was said after that day */
  { "The toxicologist who led the study said on Tuesday, April 14, that the children had "
    "too much mercury in their hair. Two days later, the government said it would send clinics. "
    "A village captain said on [[Monday]] that families had nothing else to eat.", "2026-04", "DATE",
    "2026-04-20", NULL },
  /* a clock time told in the simple past is on the story's day, not on a day a past perfect
   * went back to in the sentence before */
  { "A court on Monday ordered the firm to reinstate four union leaders. The judge said the four "
    "had damaged no boats during a two-hour stoppage on 10 January. The ruling was read out at "
    "[[9:30 a.m.]]", DCT, "TIME", "2024-05-06T09:30", NULL },
  /* a month in "that year" is in the year last named */
  { "They resigned in March 2022 and joined a rival in [[May that year]].", DCT, "DATE",
    "2022-05", NULL },
  /* a gathering one is invited to lies ahead of the invitation */
  { "The minister said the fines would stay, and invited the union to talks on [[Monday]].", DCT,
    "DATE", "2024-05-13", NULL },
  { "The clinic is open [[every day]].", DCT, "SET", "P1D", NULL },
  { "Crowds rally [[daily]] outside the court.", DCT, "SET", "P1D", NULL },
  { "The council meets [[weekly]].", DCT, "SET", "P1W", NULL },
  { "Figures are published [[monthly]].", DCT, "SET", "P1M", NULL },
  { "The fee is reviewed [[annually]].", DCT, "SET", "P1Y", NULL },
  { "Buses run [[hourly]] to the airport.", DCT, "SET", "PT1H", NULL },
  { "The festival returns [[each July]].", DCT, "SET", "XXXX-07", NULL },
  { "Protesters march [[every Monday]].", DCT, "SET", "XXXX-WXX-1", NULL },
  { "The market is closed on [[Sundays]].", DCT, "SET", "XXXX-WXX-7", NULL },
  { "The ferry sails [[twice a week]].", DCT, "SET", "P1W", NULL },
  { "Remittances bring in $5 billion [[a year]].", DCT, "SET", "P1Y", NULL },
  { "The games are held [[every two years]].", DCT, "SET", "P2Y", NULL },
  { "Bins are emptied [[every other week]].", DCT, "SET", "P2W", NULL },
  { "Guards patrol [[every morning]].", DCT, "SET", "XXXX-XX-XXTMO", NULL },

  /* no publication date: relative expressions stay open */
  { "The leaders met [[last September]].", NULL, "DATE", "XXXX-09", NULL },
  { "The council voted on [[March 28]].", NULL, "DATE", "XXXX-03-28", NULL },
  { "The envoy arrived on [[Friday]].", NULL, "DATE", "XXXX-WXX-5", NULL },
  { "Sales fell [[last year]].", NULL, "DATE", "PAST_REF", NULL },
  { "Shipments began in [[September 2023]].", NULL, "DATE", "2023-09", NULL },

  /* a publication date known only to the month, as in the reference article */
  { "Russia vetoed the resolution on [[March 28]].", "2024-05", "DATE", "2024-03-28", NULL },
  { "Photos released [[last year]] showed the casing.", "2024-05", "DATE", "2023", NULL },
  { "The threat could change in [[the next decade]].", "2024-05", "DATE", "203", NULL },
  { "The ministry said [[earlier this month]] the charges were false.", "2024-05", "DATE", "2024-05", NULL },
  { "The leaders met [[last September]] in Vladivostok.", "2024-05", "DATE", "2023-09", NULL },
  { "In [[early April]], the Pentagon said supplies continued.", "2024-05", "DATE", "2024-04", "START" },
  { "The envoy arrived on [[Friday]].", "2024-05", "DATE", "XXXX-WXX-5", NULL },
  { "The statement came on [[May 2]].", "2024-05", "DATE", "2024-05-02", NULL },
  /* … where a weekday takes its week from the day the text wrote out for the news */
  { "The regulator on Friday, May 3, halted the trial. A site reported on [[Thursday]] that "
    "two patients had died.", "2024-05", "DATE", "2024-05-02", NULL },
  { "The regulator halted the trial on Friday, May 3. Its shares fell on [[Friday]].",
    "2024-05", "DATE", "2024-05-03", NULL },
  { "Police raided the club on Tuesday, May 7. Prosecutors said in a statement on [[Wednesday]] "
    "that they suspected fraud.", "2024-05", "DATE", "2024-05-08", NULL },
  { "The regulator will decide on [[Monday]] after the halt on Friday, May 3.", "2024-05", "DATE",
    "XXXX-WXX-1", NULL },
  /* (a bound is not the news day: "restless since Friday, May 3 … erupted on Monday") */
  { "The volcano had been restless since Friday, May 3. It erupted on [[Monday]].", "2024-05",
    "DATE", "XXXX-WXX-1", NULL },

  /* direction from the clause: deadlines seen from a past perfect, reported futures, and a
   * day that dates a clock time */
  { "Forty states had filed their reports by [[Wednesday]], the council said.", DCT, "DATE", "2024-05-08", NULL },
  { "About 40 ships were waiting at anchor by [[Wednesday]], the port said.", DCT, "DATE", "2024-05-08", NULL },
  { "The system was fully working again by [[Wednesday]].", DCT, "DATE", "2024-05-08", NULL },
  { "Negotiators said they were hoping to reach a deal by [[Wednesday]].", DCT, "DATE", "2024-05-15", NULL },
  { "The mediator said she had given both sides until [[Friday]] to narrow the gap.", "2024-05-08", "DATE", "2024-05-10", NULL },
  { "Firefighters had put out the last flames by [[Wednesday evening]].", DCT, "TIME", "2024-05-08TEV", NULL },
  { "The company will move testing to Poland by [[the end of March]].", "2024-11-12", "DATE", "2025-03", "END" },
  { "A group posted the files on a forum on [[Monday]] and said it would release the rest.", DCT,
    "DATE", "2024-05-06", NULL },
  { "Police arrested him at [[3 a.m.]] over a robbery committed on March 4, 2023.", DCT, "TIME", "2024-05-10T03:00", NULL },
  { "People were moved out over [[the weekend]] after water seeped through a dyke.", DCT, "DATE", "2024-W18-WE", NULL },
  { "No diplomat had inspected a delivery since [[March of last year]].", DCT, "DATE", "2023-03", NULL },
  { "Parliament voted on Wednesday to raise royalties from [[January]].", DCT, "DATE", "2025-01", NULL },
  { "The ships were going to sail by [[Wednesday]].", DCT, "DATE", "2024-05-15", NULL },
  { "Until [[Thursday]], police had not named a suspect.", DCT, "DATE", "2024-05-09", NULL },
  { "The offer had been due to expire [[Monday evening]].", DCT, "TIME", "2024-05-06TEV", NULL },
  { "The family has until [[9 a.m. Tuesday]] to reply.", DCT, "TIME", "2024-05-14T09:00", NULL },
  /* a state told in the past lasted until the day named, which has gone; one still to last,
   * or a deadline set, looks ahead */
  { "Voting was kept open until [[Tuesday night]] after the outage.", DCT, "TIME", "2024-05-07TNI", NULL },
  /* the past verb stands before a phrase with a possessive and an infinitive */
  { "The judge used powers under the city's charter to keep the library open until [[Wednesday]].",
    DCT, "DATE", "2024-05-08", NULL },
  { "The talks lasted until [[Monday]].", DCT, "DATE", "2024-05-06", NULL },
  { "She used her powers to keep the polls open until [[Wednesday]].", DCT, "DATE", "2024-05-08", NULL },
  { "The road will stay closed until [[Tuesday]].", DCT, "DATE", "2024-05-14", NULL },
  { "The town extended the deadline until [[Tuesday]].", DCT, "DATE", "2024-05-14", NULL },
  /* what someone had been asked or invited to do lies ahead of the asking; a day told with a
   * plain past "asked" is when they asked, and a finite verb between ends the request */
  { "She said she had asked a mediator to meet the two sides on [[Thursday]].", DCT, "DATE", "2024-05-16", NULL },
  { "He said he had invited both sides to meet on [[Thursday morning]].", DCT, "TIME", "2024-05-16TMO", NULL },
  { "Both clubs had been asked to hand over their accounts by [[Friday]].", "2024-05-07", "DATE", "2024-05-10", NULL },
  { "Police asked residents to leave on [[Wednesday]].", DCT, "DATE", "2024-05-08", NULL },
  /* a small hour told in the past falls on the day named by its small hours, not on the day
   * named last; the bracket's second reading of a time falls on that time's day */
  { "A tanker ran aground in the early hours of Monday, and crews began pumping fuel on Tuesday. "
    "The ship struck a ledge at [[4:15 a.m.]] as it headed north.", "2024-05-08", "TIME",
    "2024-05-06T04:15", NULL },
  { "A tanker ran aground in the early hours of Monday, and crews began pumping fuel on Tuesday. "
    "The ship struck a ledge at 4:15 a.m. ([[0715 GMT]]) as it headed north.", "2024-05-08", "TIME",
    "2024-05-06T07:15", NULL },
  { "A tanker ran aground in the early hours of Monday. On Tuesday the crews started at [[5 a.m.]]",
    "2024-05-08", "TIME", "2024-05-07T05:00", NULL },
  /* an evening hour told in the past falls on the day named by its evening */
  { "A cruise ship ran aground late on Monday, and passengers were taken off on Tuesday. The ship "
    "touched bottom at [[11:40 p.m.]]", "2024-05-08", "TIME", "2024-05-06T23:40", NULL },
  /* in an article known only to its month, a bare clock time falls on the day last written
   * out for the news */
  { "The winner of the race in Novi Sad on Sunday, 26 October, was disqualified two days later. "
    "She crossed the line in a race that started at [[8:30 a.m.]]", "2025-10", "TIME",
    "2025-10-26T08:30", NULL },
  { "About 210 pilots walked out on Saturday, 12 September. The airline said it had cancelled 340 "
    "flights over [[the weekend]].", "2026-09", "DATE", "2026-W37-WE", NULL },
  /* in an article known only to its month, a weekday in the lead takes the first day written
   * out for the news later on; after a day told in a past perfect, the news came later */
  { "Police on [[Sunday]] arrested a shepherd. The fire broke out on Friday, 14 August.", "2026-08",
    "DATE", "2026-08-16", NULL },
  { "The court on [[Tuesday]] annulled the ban. Judges had heard final arguments on Thursday, May 14.",
    "2026-05", "DATE", "2026-05-19", NULL },
  { "Judges had heard final arguments on Thursday, May 14. The mayor said on [[Wednesday]] that the "
    "city would appeal.", "2026-05", "DATE", "2026-05-20", NULL },
  /* a month without a year takes the past year that opens its sentence as when it happened;
   * a year inside the sentence tells of something else */
  { "Two years ago, a fire destroyed about 190 homes in a single night in [[mid-August]].", "2025-08-08",
    "DATE", "2023-08", "MID" },
  { "In 2019, the plant closed in [[March]].", "2025-08-08", "DATE", "2019-03", NULL },
  { "The by-election was called after the mayor elected in 2021 resigned in [[May]].", "2025-08-08",
    "DATE", "2025-05", NULL },
  /* in an article known only to its month, the story may move on from the day written out,
   * and weekdays count from where it has got to; a request told as made on a day that the
   * clause goes on to tell in the past is when it was made */
  { "Officials banned the fungicide on Thursday, 9 November. Two days later, growers blocked the "
    "highway. The chamber estimated on [[Monday]] that the ban would cut the harvest.", "2023-11",
    "DATE", "2023-11-13", NULL },
  { "Officials banned the fungicide on Thursday, 9 November. Two days later, growers blocked the "
    "highway. Residents had been told to stop drinking tap water only on [[Friday]], when the board "
    "began handing out bottles.", "2023-11", "DATE", "2023-11-10", NULL },
  /* a time arranged "for" a weekday lies ahead, unless the clause goes on in the past */
  { "The company has called a meeting with its contractors for [[Monday]].", DCT, "DATE", "2024-05-13", NULL },
  { "A memorial service planned for [[Saturday]] was cancelled.", DCT, "DATE", "2024-05-04", NULL },
  /* half of one unit is counted in the next smaller one */
  { "The checks took less than [[half an hour]].", DCT, "DURATION", "PT30M", NULL },
  { "The storm lasted [[half a day]].", DCT, "DURATION", "PT12H", NULL },
  { "The dam was built [[half a century ago]].", DCT, "DATE", "1974", NULL },
  /* a word in -ed after a verb's particle describes the noun after it, and tells no past */
  { "The city will shut off piped water to most of its suburbs for 96 hours at a time from "
    "[[Saturday]], the council said on Tuesday.", "2025-11-04", "DATE", "2025-11-08", NULL },
  { "Police had asked residents to leave and the fire reached the town on [[Wednesday]].", DCT, "DATE",
    "2024-05-08", NULL },
  { "The airline said new flights would leave on [[March 30]].", "2024-02-13", "DATE", "2024-03-30", NULL },
  /* the time's own clause decides before the reporting frame after its comma */
  { "The relics will be handed over at a ceremony in [[the autumn]], she said.", "2026-06-03",
    "DATE", "2026-FA", NULL },

  { "``We will be ready to sign the treaty with them on [[Tuesday]],'' he said.", DCT, "DATE", "2024-05-14", NULL },

  { "Analysts say the rebels will [[one day]] run the country.", DCT, "DATE", "FUTURE_REF", NULL },
  { "Ferries will sail on [[Monday]] and Friday nights from June.", DCT, "SET", "XXXX-WXX-1TNI", NULL },

  /* anaphoric days and periods, and the reporting quarter of an earnings story */
  { "The gunman shot him [[last Oct. 23]] outside his home.", "2024-04-19", "DATE", "2023-10-23", NULL },
  { "Lawmakers will vote [[next March 3]] on the budget.", DCT, "DATE", "2025-03-03", NULL },
  { "Shares closed on Friday, May 3, down 2% from [[the previous Friday]].", DCT, "DATE", "2024-04-26", NULL },
  { "The ship left on May 2 and docked [[the following Monday]].", DCT, "DATE", "2024-05-06", NULL },
  { "The bank lost $3 million in the first quarter. In [[the quarter a year ago]] it earned $5 million.", DCT, "DATE", "2023-Q1", NULL },
  { "Mills will run at a loss through the third quarter of 2025. Profit was $4 million, against $9 million [[a year ago]].", DCT, "DATE", "2023", NULL },
  /* … but a period named earlier in the same sentence is the one compared with */
  { "Prices in February were up 4% from [[a year earlier]].", DCT, "DATE", "2023-02", NULL },
  { "The firm earned $2 million in 2022, down from $5 million [[a year earlier]].", DCT, "DATE", "2021", NULL },
  { "Profit fell in the first quarter. In April, sales were flat from [[a year earlier]].", DCT, "DATE", "2023-04", NULL },
};

/* Sentences that must yield no temporal expression at all. */
static const char *const negatives[] = {
  "The office is on the 5th floor of the tower.",
  "He won for the 14th time.",
  /* a count, not an hour */
  "He gave two talks, one in the morning and one in the evening.",
  /* a speed is no rate in time */
  "Gusts of up to 210 kilometres an hour tore roofs off houses.",
  "The train was doing 90 miles per hour.",
  "He may attend the meeting if invited.",
  "MUSCAT (Gulf Current) - The hostages were released.",
  "The index fell 3.14 points.",
  "Growth was 2.45 percent.",
  "Thousands will march on the capital.",
  "The company sold 2,000 units and 1,998 spare parts.",
  "He paid $1990 for the car.",
  "Turnout rose 2010% in the poll, a typo said.",
  "The ratio was 3:2 in favour.",
  /* a kind of time, not one that happened */
  "The day of the week matters less than the hour, the planners said.",
  "Sales always peak at this time of the year.",
  "Inflation was 4.25 GMT-adjusted, a typo said.",
  /* dots between numbers that are no day and month */
  "Prices rose 4.13 percent, 12.50 euros a kilo.",
  /* a capitalised "Today" after a capitalised word names a newspaper or a programme */
  "The senator told USA Today he would run.",
  /* "today's" before a word for people or an age is the present age, not the day */
  "Many of today's young people never use email.",
  /* the middle of any day, as a modifier */
  "Crews asked for a break from the midday heat.",
  /* a happening the story never dated gives its day no date */
  "Rescuers arrived on the morning of the crash, police said.",
  "They want a midday break on every shift.",
  "The Bohemia Business Daily and Orbital Weekly carried the story.",
  /* a paper's description before its name */
  "The Flemish daily De Leiebode and the sports weekly O Lance carried the story.",
  /* a rate's step, not three months */
  "The bank cut its main rate by a quarter point.",
  "Evacuees will leave as soon as the road opens.",
  "The driver, 37 years old, was unhurt.",
  "A 6-year-old boy was rescued.",
  "He tried a second time and failed.",
  "The ship was registered on February 31 in error.",
  "The code 99999 was entered.",
  "The bill passed in the House.",
  "The film High Noon was shown.",
  "Quarterly reports are filed.",
  "The army fought in the fall of the city.",
  "She scored twice in the final half of the match.",
  "The visitors led in the last half of the game.",
};

static void
parse_row (const char *marked, GString *plain, gsize *begin, gsize *end)
{
  const char *b = strstr (marked, "[[");
  const char *e = strstr (marked, "]]");

  g_assert_nonnull (b);
  g_assert_nonnull (e);
  g_string_truncate (plain, 0);
  g_string_append_len (plain, marked, b - marked);
  *begin = plain->len;
  g_string_append_len (plain, b + 2, e - (b + 2));
  *end = plain->len;
  g_string_append (plain, e + 2);
}

static void
test_table (void)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  g_autoptr (GString) plain = g_string_new (NULL);
  guint failures = 0;

  g_assert_cmpuint (G_N_ELEMENTS (rows), >=, 150);

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      const Row *row = &rows[r];
      SlDate dct = { 0 };
      gsize begin, end;
      const SlTimexHit *found = NULL;

      parse_row (row->text, plain, &begin, &end);
      if (row->dct)
        g_assert_true (sl_date_from_value (row->dct, &dct));
      g_array_set_size (hits, 0);
      sl_timex_tag (tagger, plain->str, plain->len, row->dct ? &dct : NULL, hits);

      for (guint h = 0; h < hits->len; h++)
        {
          const SlTimexHit *hit = &g_array_index (hits, SlTimexHit, h);
          if (hit->begin < end && begin < hit->end)
            found = hit;
        }
      if (found == NULL || found->begin != begin || found->end != end
          || g_strcmp0 (sl_timex_type_to_string ((SlTimexType) found->type), row->type) != 0
          || g_strcmp0 (found->value, row->value) != 0
          || g_strcmp0 (sl_mod_to_string ((SlMod) found->mod), row->mod) != 0)
        {
          failures++;
          if (found)
            g_test_message ("row %u: \"%s\" (DCT %s): want \"%.*s\" %s %s %s, got \"%.*s\" %s %s %s",
                            r, plain->str, row->dct ? row->dct : "none", (int) (end - begin),
                            plain->str + begin, row->type, row->value, row->mod ? row->mod : "-",
                            (int) (found->end - found->begin), plain->str + found->begin,
                            sl_timex_type_to_string ((SlTimexType) found->type), found->value,
                            sl_mod_to_string ((SlMod) found->mod) ? sl_mod_to_string ((SlMod) found->mod) : "-");
          else
            g_test_message ("row %u: \"%s\" (DCT %s): \"%.*s\" not found", r, plain->str,
                            row->dct ? row->dct : "none", (int) (end - begin), plain->str + begin);
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

static void
test_negatives (void)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  SlDate dct;

  g_assert_true (sl_date_from_value (DCT, &dct));
  for (guint i = 0; i < G_N_ELEMENTS (negatives); i++)
    {
      g_array_set_size (hits, 0);
      sl_timex_tag (tagger, negatives[i], strlen (negatives[i]), &dct, hits);
      for (guint h = 0; h < hits->len; h++)
        {
          const SlTimexHit *hit = &g_array_index (hits, SlTimexHit, h);
          g_test_message ("\"%s\": unexpected \"%.*s\" = %s", negatives[i],
                          (int) (hit->end - hit->begin), negatives[i] + hit->begin, hit->value);
        }
      g_assert_cmpuint (hits->len, ==, 0);
    }
}

/* The timeline draws "early April 2024" over April 1–10 and "the 1970s" over ten years. */
static void
test_intervals (void)
{
  static const char text[] = "Fighting flared in early April 2024, as it had in the 1970s.";
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  const SlTimexHit *a, *b;
  char buf[32];

  sl_timex_tag (tagger, text, strlen (text), NULL, hits);
  g_assert_cmpuint (hits->len, ==, 2);
  a = &g_array_index (hits, SlTimexHit, 0);
  b = &g_array_index (hits, SlTimexHit, 1);
  g_assert_cmpstr (a->value, ==, "2024-04");
  g_assert_cmpint (a->mod, ==, SL_MOD_START);
  g_assert_cmpstr (sl_time_format_day (a->start, buf, sizeof buf), ==, "2024-04-01");
  g_assert_cmpstr (sl_time_format_day (a->end_t - 1, buf, sizeof buf), ==, "2024-04-10");
  g_assert_cmpstr (b->value, ==, "197");
  g_assert_cmpstr (sl_time_format_day (b->start, buf, sizeof buf), ==, "1970-01-01");
  g_assert_cmpstr (sl_time_format_day (b->end_t - 1, buf, sizeof buf), ==, "1979-12-31");
}

/* An article known only to its month ("September 2024", inferred) cannot say which Tuesday
 * "on Tuesday" was; the value stays the weekday, and the timeline gets the Tuesdays it may
 * be — from the last week of August to the end of September — rather than nothing. */
static void
test_weekday_in_month (void)
{
  static const struct
  {
    const char *text, *value, *first, *last;
  } cases[] = {
    { "The rocket broke apart on Tuesday.", "XXXX-WXX-2", "2024-08-27", "2024-09-24" },
    { "The launch was postponed last Tuesday.", "XXXX-WXX-2", "2024-08-27", "2024-09-24" },
    { "The agency will review the licence on Friday.", "XXXX-WXX-5", "2024-09-06", "2024-10-04" },
    { "The agency spoke on Wednesday morning.", "XXXX-WXX-3TMO", "2024-08-28", "2024-09-25" },
  };
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  SlDate month = { .year = 2024, .month = 9, .prec = SL_PREC_MONTH };
  SlDate year = { .year = 2024, .prec = SL_PREC_YEAR };
  char buf[32];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const SlTimexHit *h;

      g_array_set_size (hits, 0);
      sl_timex_tag (tagger, cases[i].text, strlen (cases[i].text), &month, hits);
      g_assert_cmpuint (hits->len, ==, 1);
      h = &g_array_index (hits, SlTimexHit, 0);
      g_assert_cmpstr (h->value, ==, cases[i].value);
      g_assert_cmpstr (sl_time_format_day (h->start, buf, sizeof buf), ==, cases[i].first);
      g_assert_cmpstr (sl_time_format_day (h->end_t - 1, buf, sizeof buf), ==, cases[i].last);
    }
  /* a day written out with a clock time before it dates the clock time, is an expression of
   * its own, and anchors the weekdays after it */
  {
    static const char text[] = "The clash broke out at about 4 p.m. on Sunday, 15 September. "
                               "Freetown summoned the ambassador on Wednesday.";

    g_array_set_size (hits, 0);
    sl_timex_tag (tagger, text, strlen (text), &month, hits);
    g_assert_cmpuint (hits->len, ==, 3);
    g_assert_cmpstr (g_array_index (hits, SlTimexHit, 0).value, ==, "2024-09-15T16:00");
    g_assert_cmpstr (g_array_index (hits, SlTimexHit, 1).value, ==, "2024-09-15");
    g_assert_cmpstr (g_array_index (hits, SlTimexHit, 2).value, ==, "2024-09-18");
  }
  /* "swept" tells of the past as "arrested" does: the day written out is the news, and the
   * weekdays after it fall in its week */
  {
    static const char text[] = "A wildfire swept through olive groves north of the city on "
                               "Friday, 14 August. The Fire Service estimated on Saturday "
                               "that it had burned 4,300 hectares.";
    SlDate august = { .year = 2026, .month = 8, .prec = SL_PREC_MONTH };

    g_array_set_size (hits, 0);
    sl_timex_tag (tagger, text, strlen (text), &august, hits);
    g_assert_cmpuint (hits->len, ==, 2);
    g_assert_cmpstr (g_array_index (hits, SlTimexHit, 1).value, ==, "2026-08-15");
  }
  /* a year is too wide to place a weekday in */
  g_array_set_size (hits, 0);
  sl_timex_tag (tagger, cases[0].text, strlen (cases[0].text), &year, hits);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (g_array_index (hits, SlTimexHit, 0).start, ==, 0);
  g_assert_cmpint (g_array_index (hits, SlTimexHit, 0).end_t, ==, 0);
}

typedef struct
{
  const char *text;
  const char *value;       /* NULL: nothing to infer */
  SlDctSource source;
} DctRow;

static const DctRow dct_rows[] = {
  /* a weekday date in a relative clause keeps its clause's past tense: the main verb after
   * it ("expects") does not make it a forecast */
  { "The record was set in June 2024. The agency, which issued a warning on Monday, July 13, "
    "expects more heat.", "2026-07", SL_DCT_INFERRED },
  /* a date set beside how long ago it was */
  { "The rocket's first flight, in November 2023, eight months ago, carried a test satellite.",
    "2024-07", SL_DCT_INFERRED },
  { "The last famine was declared in February 2017, nine years ago, in the north.", "2026",
    SL_DCT_INFERRED },
  { "SEOUL, May 10, 2024 (Yonhap) -- North Korea fired two missiles into the sea on Friday.",
    "2024-05-10", SL_DCT_TEXT },
  { "SEOUL, May 10 (Yonhap) -- North Korea fired two missiles, after a test in March 2024.",
    "2024-05-10", SL_DCT_TEXT },
  { "WASHINGTON, March 3, 2021 - The Senate passed the bill late on Tuesday.",
    "2021-03-03", SL_DCT_TEXT },
  /* a place name with "and" in it */
  { "MOSTAR, Bosnia and Herzegovina, 28 July 2025 (Balkan Wire) - The final was called off.",
    "2025-07-28", SL_DCT_TEXT },
  /* a place's possessive, with a weekday before a British date */
  { "ST JOHN'S, Antigua, Monday 8 June 2026 (Leeward Wire) - The Test was abandoned on Sunday.",
    "2026-06-08", SL_DCT_TEXT },
  { "St John's, Antigua, 8 June 2026 (Leeward Wire) - The Test was abandoned on Sunday.",
    "2026-06-08", SL_DCT_TEXT },
  /* a yearless dateline naming its own weekday: the year after the latest past one in
   * which February 11 is a Tuesday, whatever weekday the lead's news fell on */
  { "WILLEMSTAD, Tuesday, February 11 (Antilles Wire) - The festival stripped the winner of "
    "his title on Monday. He had finished second in 2023.", "2025-02-11", SL_DCT_TEXT },
  /* a page's timestamp: the weekday and month in three letters, the clock with a dot */
  { "Strike at smelter\n\nJane Doe in Noumea\nPublished: Wed 10 Jun 2026 06.40 GMT\n\nWorkers walked "
    "out on Monday, the company said on Tuesday.", "2026-06-10", SL_DCT_TEXT },
  { "Harbour strike ends\nPublished: 2024-05-10\n\nDock workers returned to work after a deal.",
    "2024-05-10", SL_DCT_TEXT },
  /* a byline of fields whose date is written with dots and closed by a clock time */
  { "Mosaic stolen\nBy Drita Berisha | Dardania Wire | 14.10.2025, 11:20\n\nThieves cut a "
    "panel from the dig overnight on Saturday.", "2025-10-14", SL_DCT_TEXT },
  { "Harbour strike ends\nBy Jane Doe | May 10, 2024\n\nDock workers returned to work on Friday.",
    "2024-05-10", SL_DCT_TEXT },
  { "Updated 10:32 a.m. EDT, May 10, 2024\n\nDock workers returned to work on Friday.",
    "2024-05-10", SL_DCT_TEXT },
  { "Posted: Fri 10 May 2024 14:03 BST\n\nDock workers returned to work on Friday.",
    "2024-05-10", SL_DCT_TEXT },
  /* a date inside the first sentence is news, not a dateline: the article is of that month,
   * whether the day stands alone or after a clock time */
  { "On May 10, 2024, dock workers walked out.", "2024-05", SL_DCT_INFERRED },
  { "At 3 p.m. on May 10, 2024, dock workers walked out.", "2024-05", SL_DCT_INFERRED },
  { "The shipments started in September 2023, officials said. The leaders met last September "
    "in Vladivostok. The Security Council met on March 28. In early April the Pentagon spoke. "
    "The ministry said earlier this month the claims were false. On May 2 Kirby spoke.",
    "2024-05", SL_DCT_INFERRED },
  { "Talks began on Dec. 28, 2023, in Doha. Negotiators reached a deal on Jan. 3 after a week.",
    "2024-01", SL_DCT_INFERRED },
  { "Lawmakers met on Feb. 20, 2024, and again on March 3 to settle the budget.",
    "2024-03", SL_DCT_INFERRED },
  /* a denial on the Monday after a Sunday arrest: told later than the lead's day, so the
   * article is only sure of its month */
  { "The worst fires came in August 2021. Police on Sunday arrested a shepherd over a wildfire "
    "that swept through the groves on Friday, 14 August. His lawyer denied the charge on "
    "Monday.", "2026-08", SL_DCT_INFERRED },
  /* explicit years alone name the past, not the day of writing: no guess */
  { "The plant was built in 1998 and expanded in 2004.", NULL, SL_DCT_NONE },
  { "The committee will decide by March 2030 whether to proceed; it met in June 2021.",
    NULL, SL_DCT_NONE },
  /* a yearless date long after the only explicit one: the year is not known */
  { "The treaty of June 1947 still matters, the minister said on March 3.", NULL, SL_DCT_NONE },
  { "The sale closed on Sept. 27, 2023. Its chairman stepped down in March for health reasons.",
    NULL, SL_DCT_NONE },
  { "Nothing in this paragraph says when it was written.", NULL, SL_DCT_NONE },
  { "", NULL, SL_DCT_NONE },
};

static void
test_infer_dct (void)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();

  for (guint i = 0; i < G_N_ELEMENTS (dct_rows); i++)
    {
      const DctRow *row = &dct_rows[i];
      SlDate dct;
      SlDctSource source = SL_DCT_METADATA;
      char buf[32];
      gboolean ok = sl_timex_infer_dct (tagger, row->text, strlen (row->text), &dct, &source);

      g_test_message ("%s", row->text);
      if (row->value == NULL)
        {
          g_assert_false (ok);
          g_assert_cmpint (source, ==, SL_DCT_NONE);
          continue;
        }
      g_assert_true (ok);
      g_assert_cmpstr (sl_date_to_value (&dct, buf, sizeof buf), ==, row->value);
      g_assert_cmpint (source, ==, row->source);
    }
}

typedef struct
{
  const char *today;       /* the clock */
  const char *text;
  const char *value;       /* NULL: nothing to infer */
  SlDctSource source;
} ClockDctRow;

/* Publication dates the words fix only together with the clock: never after today, never
 * before the latest year the story puts in the past, and on the weekday the story gives. */
static const ClockDctRow clock_dct_rows[] = {
  /* a yearless dateline: "by 2035" is a target, not a year already past */
  { "2026-11-26", "OSLO, March 5 (Fjord Wire) - Norway's parliament on Wednesday agreed to halve "
    "emissions by 2035, after record oil revenue in 2023.", "2025-03-05", SL_DCT_TEXT },
  /* read early in 2025, a Tuesday, March 5 is last year's, not one to come */
  { "2025-02-01", "OSLO, March 5 (Fjord Wire) - Norway's parliament on Tuesday agreed to halve "
    "emissions by 2035, after record oil revenue in 2018.", "2024-03-05", SL_DCT_TEXT },
  /* of several years that fit, the latest */
  { "2026-11-26", "OSLO, March 5 (Fjord Wire) - Norway's parliament on Thursday passed the "
    "budget that the government first drafted in 2014.", "2026-03-05", SL_DCT_TEXT },
  /* news a day old: fired "on Monday", announced "on Tuesday", dated the Tuesday */
  { "2026-11-26", "TOKYO, Oct. 14 (Kanto Wire) -- North Korea fired a missile on Monday, its "
    "first since a test in 2023. The state agency said on Tuesday that the test was a success.",
    "2025-10-14", SL_DCT_TEXT },
  /* … told to a news conference, with what was said after the day: Sep. 12 was a Thursday
   * in 2024, and no year since the 2021 of the story has it on a Wednesday */
  { "2026-11-26", "TASHKENT, Sept. 12 (Steppe Wire) -- The inspectorate on Wednesday closed a "
    "college, the inspectorate said. Its deputy head told a news conference on Thursday that "
    "the college had forged test results since 2021.", "2024-09-12", SL_DCT_TEXT },
  /* a lead that tells of Monday and then of Tuesday is Tuesday's news: 27 January fell on a
   * Tuesday in 2026, on a Monday in 2025; and not a week old when the second day is ahead */
  { "2026-11-26", "PUERTO MONTT, 27 January (Austral Wire) -- A tanker ran aground in the "
    "early hours of Monday, and crews began pumping its fuel oil on Tuesday, the navy said. "
    "Protests cut off the island in 2016.", "2026-01-27", SL_DCT_TEXT },
  { "2026-11-26", "PUERTO MONTT, 27 January (Austral Wire) -- A tanker ran aground in the "
    "early hours of Monday, and crews will begin pumping its fuel oil on Tuesday, the navy "
    "said. Protests cut off the island in 2016.", "2025-01-27", SL_DCT_TEXT },
  /* … but when something was also said on the lead's day, the dateline is that day */
  { "2026-11-26", "TOKYO, Oct. 14 (Kanto Wire) -- North Korea fired a missile on Monday, the "
    "army said on Monday, after a test in 2023. The state agency said on Tuesday it had worked.",
    "2024-10-14", SL_DCT_TEXT },
  /* a lead that tells of two nights and then of the day its news was told ("estimated on
   * Wednesday") is dated that day: April 23 fell on a Wednesday in 2025 */
  { "2026-11-26", "BRNO, Apr. 23 (Morava Farm Wire) - Frosts on Sunday night and again on Monday "
    "night destroyed a third of the crop, the growers' union estimated on Wednesday. A weekly "
    "reported on Tuesday that aid would come from the 2024 flood fund.", "2025-04-23",
    SL_DCT_TEXT },
  /* no dateline: a yearless day written with its weekday, then the weekday of the news */
  { "2026-11-26", "Schools shut\n\nFlooding has closed a dozen schools since rains began on "
    "Thursday, May 8, the ministry said on Monday. The last flood this bad struck in 2019.",
    "2025-05-12", SL_DCT_INFERRED },
  /* "nine days after" a yearless day, the news falling on the weekday the lead gives */
  { "2026-11-26", "Mayor cleared\n\nA tribunal on Wednesday cleared the mayor of fraud.\n\n"
    "The verdict came nine days after closing arguments on March 3. The inquiry was opened in "
    "late 2022 and widened in January.", "2025-03-12", SL_DCT_INFERRED },
  /* "in the two and a half weeks since" a day fixed by its weekday: the news is that long
   * after it, on the weekday the lead gives */
  { "2026-11-26", "Illness spreads\n\nHundreds have fallen ill in the two and a half weeks since "
    "the first case was found on Monday, June 2, officials said on Thursday. Testing began "
    "in 2023.", "2025-06-19", SL_DCT_INFERRED },
  /* a full date in the lead, and the lead's weekday a day or two on */
  { "2026-11-26", "Barge capsizes\n\nDivers on Saturday were still searching the river after a "
    "barge capsized late on Thursday, Oct. 9, 2025, police said.", "2025-10-11",
    SL_DCT_INFERRED },
  /* the weekday right before the span is the day it reaches ("on Tuesday, three weeks
   * after … May 6"), not the lead's: May 27 is a Tuesday in 2025 */
  { "2026-11-26", "Talks resume\n\nMonitors warned on Thursday that the truce was fraying.\n\n"
    "Talks resumed in Nairobi on Tuesday, three weeks after the last round broke down on May 6. "
    "The conflict began in 2019.", "2025-05-29", SL_DCT_INFERRED },
  /* a dateline that falls on no day of the lead's weekday: the first later weekday on which
   * something was said ("boarded … late on Tuesday", "denied on Thursday") */
  { "2026-11-26", "COTONOU, Nov. 5 (Bight Wire) - Pirates boarded a tanker late on Tuesday, the "
    "first such attack since 2021. The navy denied on Thursday that it had been slow. Attacks "
    "doubled from 2025.", "2026-11-05", SL_DCT_TEXT },
  /* no dateline: what is said of a dated day is said in the days after it, the news of the
   * latest of them falling in the next month */
  { "2026-11-26", "Protest dispersed\n\nPolice broke up a protest on Saturday, 31 October, "
    "detaining dozens.\n\nThe ministry denied on Sunday that live rounds were used. A rights group "
    "said on Monday that 143 were held. It was the largest protest since March 2021.",
    "2026-11", SL_DCT_INFERRED },
  /* the weekday of the news, not the day a measure starts ("from Saturday") */
  { "2026-11-26", "BULAWAYO, Nov. 4 (Savanna Press) - The city will cut water from Saturday, the "
    "council said on Tuesday. The drought of 2024 was the worst on record.", "2025-11-04",
    SL_DCT_TEXT },
  /* a span reaches the day named later in its sentence, past an aside */
  { "2026-11-26", "Build-up seen\n\nVenezuela has moved armour to the border, the news agency "
    "Antilles Press said on Thursday. The report came three weeks after talks between the two "
    "countries, hosted by Brazil, broke down on Thursday, October 1. A referendum was held in "
    "December 2023.", "2026-10-22", SL_DCT_INFERRED },
  /* the weekday of the news may come late in a long first sentence */
  { "2026-11-26", "NOUAKCHOTT, Oct. 23 (Sahel Desk) - Desert locust swarms have spread to at "
    "least four regions of the country since early October, and control teams have only "
    "enough pesticide left for about two weeks, the country's National Anti-Locust Centre "
    "said on Thursday. An upsurge that began in 2003 took two years to end.", "2025-10-23",
    SL_DCT_TEXT },
  /* a yearless day written with its weekday outweighs the month that follows the latest
   * dated one: January 14 is a Wednesday in 2026, not in 2024 */
  { "2026-11-26", "Kwacha devalued\n\nThe central bank devalued the kwacha on Friday. The "
    "decision was taken on Wednesday, January 14, officials said. The currency was last "
    "devalued in November 2023.", "2026-01-16", SL_DCT_INFERRED },
  /* a weekday with a yearless day but no year named at all: nothing to count from */
  { "2026-11-26", "Flooding has closed a dozen schools since rains began on Thursday, May 8.",
    NULL, SL_DCT_NONE },
};

static void
test_infer_dct_clock (void)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();

  for (guint i = 0; i < G_N_ELEMENTS (clock_dct_rows); i++)
    {
      const ClockDctRow *row = &clock_dct_rows[i];
      SlDate today, dct;
      SlDctSource source = SL_DCT_METADATA;
      char buf[32];
      gboolean ok;

      g_assert_true (sl_date_from_value (row->today, &today));
      sl_timex_tagger_set_today (tagger, &today);
      ok = sl_timex_infer_dct (tagger, row->text, strlen (row->text), &dct, &source);
      g_test_message ("today %s: %s", row->today, row->text);
      if (row->value == NULL)
        {
          g_assert_false (ok);
          continue;
        }
      g_assert_true (ok);
      g_assert_cmpstr (sl_date_to_value (&dct, buf, sizeof buf), ==, row->value);
      g_assert_cmpint (source, ==, row->source);
    }
}

/* The reference article: all 13 annotated expressions, with their values, and its
 * publication date inferred as May 2024 from the text alone. */
static void
test_seed (void)
{
  const char *shared = g_getenv ("SL_SHARED_DIR");
  g_autofree char *text_path = NULL, *gold_path = NULL, *text = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  g_autoptr (GError) error = NULL;
  JsonArray *gold;
  SlDate dct;
  SlDctSource source;
  gsize len;
  guint next = 0;
  char buf[32];

  if (shared == NULL)
    {
      g_test_skip ("SL_SHARED_DIR is not set: the reference article is absent");
      return;
    }
  text_path = g_build_filename (shared, "seeds", "000_f6b753949e5181a4.txt", NULL);
  gold_path = g_build_filename (shared, "seeds", "seed-gold.json", NULL);
  if (!g_file_test (text_path, G_FILE_TEST_EXISTS) || !g_file_test (gold_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the reference article or its annotation is absent");
      return;
    }
  g_assert_true (g_file_get_contents (text_path, &text, &len, &error));
  g_assert_true (json_parser_load_from_file (parser, gold_path, &error));
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                       "timexes");

  g_assert_true (sl_timex_infer_dct (tagger, text, len, &dct, &source));
  g_assert_cmpstr (sl_date_to_value (&dct, buf, sizeof buf), ==, "2024-05");
  g_assert_cmpint (source, ==, SL_DCT_INFERRED);

  sl_timex_tag (tagger, text, len, &dct, hits);
  for (guint g = 0; g < json_array_get_length (gold); g++)
    {
      JsonObject *want = json_array_get_object_element (gold, g);
      const char *want_text = json_object_get_string_member (want, "text");
      const char *want_value = json_object_get_string_member (want, "value");
      gboolean matched = FALSE;

      /* in text order: the first unused hit whose text holds the annotated words */
      for (guint h = next; h < hits->len && !matched; h++)
        {
          const SlTimexHit *hit = &g_array_index (hits, SlTimexHit, h);
          g_autofree char *got = g_strndup (text + hit->begin, hit->end - hit->begin);
          g_autofree char *got_low = g_ascii_strdown (got, -1);
          g_autofree char *want_low = g_ascii_strdown (want_text, -1);

          if (strstr (got_low, want_low) == NULL && strstr (want_low, got_low) == NULL)
            continue;
          g_test_message ("%s → %s (want %s)", want_text, hit->value, want_value);
          g_assert_cmpstr (hit->value, ==, want_value);
          next = h + 1;
          matched = TRUE;
        }
      if (!matched)
        g_test_message ("not found: %s", want_text);
      g_assert_true (matched);
    }
}

static void
assert_hits_sane (const char *text, gsize len, GArray *hits)
{
  guint32 prev_end = 0;

  for (guint h = 0; h < hits->len; h++)
    {
      const SlTimexHit *hit = &g_array_index (hits, SlTimexHit, h);
      g_assert_cmpuint (hit->begin, <, hit->end);
      g_assert_cmpuint (hit->end, <=, len);
      g_assert_cmpuint (hit->begin, >=, prev_end);
      g_assert_nonnull (memchr (hit->value, 0, sizeof hit->value));
      /* offsets never split a UTF-8 sequence */
      g_assert_false (((guchar) text[hit->begin] & 0xC0) == 0x80);
      g_assert_true (hit->end == len || ((guchar) text[hit->end] & 0xC0) != 0x80);
      prev_end = hit->end;
    }
}

/* Invalid UTF-8, NUL bytes and curly quotes around dates: the dates are still found and
 * nothing else breaks. */
static void
test_bad_bytes (void)
{
  static const char text[] = "\xff\xfe On March 28, 2024\0 the \xc3\x28 council met; "
                             "\xe2\x80\x9c" "early April\xe2\x80\x9d \x80\x80\x80 2024-04-25 \xf0\x9f\x98\x80" ".";
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  SlDate dct;
  gsize len = sizeof text - 1;

  g_assert_true (sl_date_from_value (DCT, &dct));
  sl_timex_tag (tagger, text, len, &dct, hits);
  assert_hits_sane (text, len, hits);
  g_assert_cmpuint (hits->len, ==, 3);
  g_assert_cmpstr (g_array_index (hits, SlTimexHit, 0).value, ==, "2024-03-28");
  g_assert_cmpstr (g_array_index (hits, SlTimexHit, 1).value, ==, "2024-04");
  g_assert_cmpstr (g_array_index (hits, SlTimexHit, 2).value, ==, "2024-04-25");
}

/* Dates that cannot exist are skipped, not invented. */
static void
test_absurd_dates (void)
{
  static const char *const texts[] = {
    "It happened on February 31, 2024.",
    "It happened on April 31.",
    "The year 99999 is far off.",
    "Stamped 2024-13-45 by mistake.",
    "Stamped 13/45/2024 by mistake.",
    "The meeting is at 25:00 sharp.",
    "He wrote 2024-02-30 on the form.",
  };
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  SlDate dct;

  g_assert_true (sl_date_from_value (DCT, &dct));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_array_set_size (hits, 0);
      sl_timex_tag (tagger, texts[i], strlen (texts[i]), &dct, hits);
      assert_hits_sane (texts[i], strlen (texts[i]), hits);
      for (guint h = 0; h < hits->len; h++)
        {
          const SlTimexHit *hit = &g_array_index (hits, SlTimexHit, h);
          /* whatever is kept must be a real calendar value or a non-calendar one */
          SlTime s, e;
          g_test_message ("%s: \"%.*s\" = %s", texts[i], (int) (hit->end - hit->begin),
                          texts[i] + hit->begin, hit->value);
          g_assert_true (hit->value[0] == 'P' || hit->value[0] == 'X' || g_ascii_isupper (hit->value[0])
                         || sl_time_interval_from_value (hit->value, SL_MOD_NONE, &s, &e));
        }
      /* none of them names a real day */
      for (guint h = 0; h < hits->len; h++)
        g_assert_cmpint (sl_precision_of_value (g_array_index (hits, SlTimexHit, h).value), <,
                         SL_PREC_DAY);
    }
}

/* A date straddling the point where the tagger refills its token window is found whole. */
static void
test_window_boundary (void)
{
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  g_autoptr (GString) text = g_string_new (NULL);
  SlDate dct;

  g_assert_true (sl_date_from_value (DCT, &dct));
  for (guint filler = 4000; filler < 4120; filler += 3)
    {
      g_string_truncate (text, 0);
      for (guint k = 0; k < filler; k++)
        g_string_append (text, "word ");
      g_string_append (text, "on Friday, March 1, 2024 at 3 p.m. local time and two days later.");
      g_array_set_size (hits, 0);
      sl_timex_tag (tagger, text->str, text->len, &dct, hits);
      assert_hits_sane (text->str, text->len, hits);
      g_assert_cmpuint (hits->len, ==, 3);
      g_assert_cmpstr (g_array_index (hits, SlTimexHit, 0).value, ==, "2024-03-01");
      g_assert_cmpstr (g_array_index (hits, SlTimexHit, 1).value, ==, "2024-03-01T15:00");
      g_assert_cmpstr (g_array_index (hits, SlTimexHit, 2).value, ==, "2024-03-03");
    }
}

/* 100 MB on one line: every date is found once, in linear time (no rescans). */
static void
test_huge_line (void)
{
  const gsize target = 100 * 1024 * 1024;
  static const char chunk[] = "markets drifted as traders waited and nothing happened at all ";
  static const char date[] = "on March 28, 2024 ";
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  g_autoptr (GString) text = g_string_sized_new (target + 1024);
  guint dates = 0;
  SlDate dct;

  while (text->len < target)
    {
      for (guint k = 0; k < 160; k++)
        g_string_append_len (text, chunk, sizeof chunk - 1);
      g_string_append_len (text, date, sizeof date - 1);
      dates++;
    }
  g_assert_true (sl_date_from_value (DCT, &dct));
  sl_timex_tag (tagger, text->str, text->len, &dct, hits);
  g_assert_cmpuint (hits->len, ==, dates);
  assert_hits_sane (text->str, text->len, hits);
  g_assert_cmpstr (g_array_index (hits, SlTimexHit, dates - 1).value, ==, "2024-03-28");
}

/* The same input gives the same output, and a tagger can be reused across documents. */
static void
test_reuse (void)
{
  static const char a[] = "The town fell in 2010. Two years later it was retaken.";
  static const char b[] = "Two years later it was retaken.";
  g_autoptr (SlTimexTagger) tagger = sl_timex_tagger_new ();
  g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (SlTimexHit));
  SlDate dct;

  g_assert_true (sl_date_from_value (DCT, &dct));
  sl_timex_tag (tagger, a, strlen (a), &dct, hits);
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpstr (g_array_index (hits, SlTimexHit, 1).value, ==, "2012");
  /* the narrative anchor of one document does not leak into the next */
  g_array_set_size (hits, 0);
  sl_timex_tag (tagger, b, strlen (b), &dct, hits);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (g_array_index (hits, SlTimexHit, 0).value, ==, "2026");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timex/table", test_table);
  g_test_add_func ("/timex/negatives", test_negatives);
  g_test_add_func ("/timex/intervals", test_intervals);
  g_test_add_func ("/timex/weekday-in-month", test_weekday_in_month);
  g_test_add_func ("/timex/infer-dct", test_infer_dct);
  g_test_add_func ("/timex/infer-dct-clock", test_infer_dct_clock);
  g_test_add_func ("/timex/seed", test_seed);
  g_test_add_func ("/timex/bad-bytes", test_bad_bytes);
  g_test_add_func ("/timex/absurd-dates", test_absurd_dates);
  g_test_add_func ("/timex/window-boundary", test_window_boundary);
  g_test_add_func ("/timex/huge-line", test_huge_line);
  g_test_add_func ("/timex/reuse", test_reuse);
  return g_test_run ();
}
