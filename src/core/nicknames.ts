// Common English given names and the short forms people go by, for "Bill Jones" and "William Jones".
//
// Source: written by hand for Kith from everyday English usage, each row a formal name and its
// usual short forms; the rows under "Short forms users typed" came with one-line logging, from
// names real users wrote ("met Jo at the meetup" for Joanne). A far longer list, mined from a
// genealogy page, is the public github.com/carltonnorthern/nicknames; it is not copied here, on
// purpose: a nickname only sends a pair to the review list or names the person a log line meant
// when nobody else fits, and old genealogical forms ("Patsy" for Martha) would add noise to both.

const groups: readonly string[] = [
  'abigail abby abbie gail',
  'alexander alex alec sandy xander',
  'alexandra alex alexa sandra sasha lexi',
  'alfred alf alfie fred freddie',
  'andrew andy drew',
  'anthony tony ant',
  'antonio tony toni',
  'arthur art artie',
  'barbara barb babs',
  'benjamin ben benny benji',
  'bernard bernie',
  'catherine cathy kate katie cat',
  'katherine kathy kate katie kat',
  'kathleen kathy kath',
  'charles charlie chuck chas',
  'charlotte charlie lottie',
  'christopher chris kit topher',
  'christina chris tina christy',
  'christine chris chrissy',
  'daniel dan danny',
  'danielle dani',
  'david dave davey dai',
  'deborah debbie deb',
  'donald don donnie',
  'dorothy dot dottie',
  'douglas doug',
  'edward ed eddie ted ned',
  'elizabeth liz lizzie lizzy beth betty eliza libby',
  'emily em emmy',
  'eugene gene',
  'frances fran frankie',
  'francis frank fran',
  'frederick fred freddie',
  'gabriel gabe',
  'gabriella gabby ella',
  'gerald gerry jerry',
  'gregory greg',
  'harold hal harry',
  'henry hank harry',
  'isabella bella izzy',
  'jacob jake',
  'james jim jimmy jamie',
  'janet jan',
  'jeffrey jeff',
  'jennifer jen jenny',
  'jessica jess jessie',
  'john jack johnny',
  'jonathan jon jonny jonno',
  'joseph joe joey',
  'josephine jo josie',
  'joshua josh',
  'judith judy jude',
  'kenneth ken kenny',
  'lawrence larry laurie',
  'leonard leo len lenny',
  'margaret maggie mags meg peggy marge',
  'matthew matt matty',
  'michael mike mikey mick',
  'michelle shelly',
  'nathan nate',
  'nathaniel nate nat',
  'nicholas nick nicky',
  'nicole nicky nikki',
  'olivia liv livvy',
  'patricia pat patty trish tricia',
  'patrick pat paddy',
  'peter pete',
  'philip phil',
  'phillip phil',
  'rebecca becky becca',
  'richard rick ricky rich dick',
  'robert rob robbie bob bobby bert rab rabbie',
  'ronald ron ronnie',
  'samantha sam sammy',
  'samuel sam sammy',
  'stephanie steph',
  'stephen steve ste',
  'steven steve ste',
  'susan sue susie',
  'suzanne sue suzy',
  'theodore theo ted teddy',
  'thomas tom tommy tommo tomek tam',
  'timothy tim timmy',
  'victoria vicky tori',
  'vincent vince vinny',
  'walter walt wally',
  'william will bill billy liam',
  'zachary zach zack',
  // Short forms users typed.
  'joanne jo',
  'joanna jo',
  'johanna jo hanna',
  'kathryn kathy kate katie',
  'rachel rach',
  'alison ali',
  'alice ali',
  'eleanor ellie nell',
  'helen nell',
  'madeleine maddie',
  'miriam mim',
  'sebastian seb',
  'oliver ollie',
  'frederica freddie',
  'kevin kev',
  'gareth gaz',
  'gary gaz',
  'emma em emmy',
  // Irish short forms ("Shiv Murphy" for Siobhan).
  'siobhan shiv',
  // Scots short forms ("Rab Singh" for Robert, "Tam Wright" for Thomas).
  'hugh shug shuggie',
];

/** Every name in a group mapped to the ids of the groups it belongs to ("chris" is in three). */
const groupsByName = new Map<string, number[]>();
groups.forEach((group, id) => {
  for (const name of group.split(' ')) {
    groupsByName.set(name, [...(groupsByName.get(name) ?? []), id]);
  }
});

/** True when two lower-case given names are the same name or one is a usual short form of the other. */
export function isNickname(a: string, b: string): boolean {
  if (a === b) return false;
  const left = groupsByName.get(a);
  const right = groupsByName.get(b);
  return Boolean(left && right && left.some((id) => right.includes(id)));
}

/** Every name that shares a group with `name` ("tom" → thomas, tommy), for a quick first look. */
export function nicknamesOf(name: string): string[] {
  const ids = groupsByName.get(name) ?? [];
  return [...new Set(ids.flatMap((id) => groups[id]?.split(' ') ?? []))].filter((n) => n !== name);
}

/**
 * True when `short` is a usual short form of the formal name `formal` ("tom" of "thomas"), not the
 * other way round, and not two short forms of one name ("kate" and "katie"): whoever wrote "Kate"
 * most likely meant the Kate they know before a Katie.
 */
export function isShortFor(short: string, formal: string): boolean {
  return groups.some((group) => {
    const [head, ...shorts] = group.split(' ');
    return head === formal && shorts.includes(short);
  });
}
