// The capitalised words the playbook's stripping check leaves alone: words that start sentences,
// words that are capitalised without naming anyone, and names that are also everyday words.

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Capitalised anywhere, yet they point at no one: days, months, "I", titles, the tools. */
export const everydayCapitalised = setOf(`
  i im ive id ill monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december linkedin kith ok okay english
  mr mrs ms mx dr prof sir dame zoom slack teams google gmail outlook christmas easter
`);

/** Words that often start a sentence; a capital there says nothing about a name. */
export const sentenceStarters = setOf(`
  hi hello hey dear thanks thank good great happy congratulations congrats just so and but or if
  when what why how who where which would could can do did does is are was were we you they he she
  it this that these those the a an my your our their his her its best kind warm many cheers
  regards sincerely quick hope let looking since after before last next yesterday today tomorrow
  please sorry not no yes as at in on for with from to also really only some any all one two here
  there then now sure absolutely loved love saw read met following ps
`);

/** First names and surnames that are also everyday words: at a sentence's start, not a name. */
export const namesThatAreWords = setOf(`
  will may mark bill grace hope joy june april rose faith art sue pat don guy max bob frank sandy
  dawn summer young king long little rich brown white black green page hall wood chase jack ray
  gene drew miles lane cliff dale glen sky hunter carter cook baker reed stone ford
`);
