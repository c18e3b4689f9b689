import { describe, expect, test } from 'vitest';
import { detectDocument } from '../../../lib/ner/detect-mentions';
import { compileStories, engineResources, seedCorpus, storiesEngine } from '../helpers/engine';
import { buildLexicon, createMatcher, type Matcher } from '../../../lib/ner/lexicon';
import type { EntityRecord } from '../../../lib/ner/entity';
import { findNameCandidates } from '../../../lib/ner/name-candidates';
import { tokenize } from '../../../lib/text/tokenize';

/** Mentions of one sentence as "text=kind/entity" strings, entity "?" when unknown. */
function readWith(matcher: Matcher, sentence: string): string[] {
  const [mentions] = detectDocument([sentence], matcher);
  return mentions!.map((m) => `${m.text}=${m.kind}/${m.entity ?? '?'}`);
}

/** Each mention of `text`'s lines read with `matcher`, as "text=entity" ("?" for none). */
function linksWith(matcher: Matcher, text: string): string[] {
  return detectDocument(text.split('\n'), matcher)
    .flat()
    .map((x) => `${x.text}=${x.entity ?? '?'}`);
}

/** `readWith` the seed corpus. */
function read(sentence: string): string[] {
  return readWith(seedCorpus().matcher, sentence);
}

describe('words that describe a name only where they cannot be part of it (review of session 13)', () => {
  test.each([
    ['Mr Finn said the plan would work.', 'Finn=person/?'],
    ['Dane van Kelmar said the team was ready.', 'Dane van Kelmar=person/?'],
    ['Police named the victim as Scot J. Kellaway.', 'Scot J. Kellaway=person/?'],
    ['England spinner P.M. Such took eight wickets.', 'P.M. Such=person/?'],
  ])('a nationality\'s noun that is a first name stays one: %s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test.each([
    ['Nick Clegg, Sheffield Tarvosh MP, said the plan would fail.', /Tarvosh=person/],
    ['Jo Reed, Lib Dem MEP for London, said so.', /Dem=person/],
    ['NEW YORK, Oct 19 - Champion International said profits fell.', /International=person/],
    ['LONDON, Oct 19 - Economist Intelligence Unit forecasts growth.', /Unit=person/],
    ['Holdings of Tarek Vollan rose in value.', /Vollan=place/],
  ])('no seat, party, firm or office read as a name: %s', (sentence, wrong) => {
    expect(read(sentence).filter((m) => wrong.test(m))).toEqual([]);
  });

  test('a firm\'s seat after its closing word with a dot: "Dorvant Inc. of Tarvosh"', () => {
    expect(read('Dorvant Inc. of Tarvosh said profits rose.')).toContain('Tarvosh=place/?');
  });

  test('a people\'s member alone is no place: "Thousands of Brits travel to Spain"', () => {
    expect(read('Thousands of Brits travel to Spain each summer.').filter((m) => m.startsWith('Brits='))).toEqual([]);
  });
});

describe('names with an affiliation, a nationality or a hyphenated title', () => {
  test.each([
    ['"Demand is weak," said Alma Renko of Brandt Kessel in New York.', 'Alma Renko=person/?'],
    ['American Darnell Vickers won the 100 metres in Berlin.', 'Darnell Vickers=person/?'],
    ['Outspoken Australian Darnell Vickers criticised the umpire.', 'Darnell Vickers=person/?'],
    ['The Australian Darnell Vickers won the 100 metres in Berlin.', 'Darnell Vickers=person/?'],
    ['Major-General Pyotr Ulanov took journalists to the front.', 'Pyotr Ulanov=person/?'],
    ['Fullback Tarek Vollan scored twice.', 'Tarek Vollan=person/?'],
    ['Ex-Yankee Tarek Vollan homered twice.', 'Tarek Vollan=person/?'],
    ['BOSTON, Oct 19 - Economist Tarek Vollan said a crash was near.', 'Tarek Vollan=person/?'],
    ['The group said Chief Executive Tarek Vollan would retire.', 'Tarek Vollan=person/?'],
    ['Swede Tarek Vollan beat Pole Anja Kell in Oslo.', 'Tarek Vollan=person/?'],
    ['Swede Tarek Vollan beat Pole Anja Kell in Oslo.', 'Anja Kell=person/?'],
    ['He was beaten by Frenchman Tarek Vollan on Monday.', 'Tarek Vollan=person/?'],
    ['The co-head of aerospace group VEKTA Tarek Vollan is to leave.', 'Tarek Vollan=person/?'],
    ['Green MEP Tarek Vollan welcomed the plan.', 'Tarek Vollan=person/?'],
    ['The spokesman, Tarek Vollan MSP, said no.', 'Tarek Vollan=person/?'],
    ["Tarek Vollan QC's client was freed.", 'Tarek Vollan=person/?'],
    ['The barrister Philippe Young QC said so.', 'Philippe Young=person/?'],
    ['Liberal Democrat Tarek Vollan said the plan was flawed.', 'Tarek Vollan=person/?'],
    ['He told Tory Tarek Vollan so on Monday.', 'Tarek Vollan=person/?'],
    ['Liberal Democrat Tarek Laws said it was flawed.', 'Tarek Laws=person/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('a party\'s member is no name: "a Tarvosh Kelmar MP", "the Tarvosh Kelmar MP"', () => {
    expect(read('A Tarvosh Kelmar MP said the plan would fail.')).toEqual([]);
    expect(read('Police said they had met the Tarvosh Kelmar MP on Monday.')).toEqual([]);
  });

  test('a people\'s or a party\'s member alone is no person: "the Briton", "the 25-year-old Swede", "Tory attempts"', () => {
    expect(read('The 25-year-old Swede clocked 7.98 seconds, and the Briton was second.')).toEqual([]);
    expect(read('Labour said it would resist Tory attempts to cut the budget.')).toEqual([]);
  });

  test('a company closed by its kind or its letters is no one ("Kelvara Resources", "Dorvant B.V.")', () => {
    expect(read('Shares of Kelvara Resources and Dorvant Networks rose, and Dorvant B.V. fell.')).toEqual([]);
    expect(read('Shares of Lake Kelvara Resources rose, as did Lake Dorvant Networks.')).toEqual([]);
    expect(read('Kelvara Electronics of Canada showed a phone, as did Dorvant Inc of Canada.').filter((m) => m.startsWith('Canada=place'))).toHaveLength(2);
    expect(read('Dorvant Inc of Tarvosh said profits rose.')).toContain('Tarvosh=place/?');
    expect(read('He sold the properties of Tarvosh Kelmar last year.').filter((m) => m.includes('=place'))).toEqual([]);
  });

  test('after an abbreviation\'s dot a capitalised function word opens a sentence; after an initial it may be a surname', () => {
    const keys = (text: string) => findNameCandidates(text, tokenize(text), { isCommonWord: (w) => w === 'the' }).map((c) => c.key);
    expect(keys('The firm is based in Tarvosh, N.C. The firm said profits rose.')).toContain('n.c.');
    expect(keys('Essex were bowled out, P. Such taking eight wickets.')).toContain('p. such');
  });

  test('a saint\'s, a fort\'s or a mount\'s abbreviation without its dot makes a place after "in" or "at", not in capitals, nor a saint after "to"', () => {
    const shapes = (text: string) => findNameCandidates(text, tokenize(text), { isCommonWord: (w) => ['the', 'they', 'he', 'column'].includes(w) }).map((c) => `${c.key}:${c.shape}`);
    expect(shapes('He played golf at St Tarvosh.')).toEqual(['st tarvosh:place']);
    expect(shapes('They prayed to St Tarvosh.')).toEqual(['st tarvosh:null']);
    expect(shapes('They reached Mt Tarvosh.')).toEqual(['mt tarvosh:place']);
    expect(shapes('The FT Tarvosh column said so.')).toEqual(['ft tarvosh:null']);
    // A saint's dot after it: the street's abbreviation closes no place ("East St. Louis").
    expect(shapes('They rioted in East St. Tarvosh.')).toEqual(['east st:null', 'tarvosh:null']);
    // "DJ" before an everyday word is Dow Jones's, no title.
    expect(findNameCandidates('The DJ Industrial Average fell.', tokenize('The DJ Industrial Average fell.'), { isCommonWord: (w) => ['the', 'industrial', 'average'].includes(w) }).map((c) => c.titled)).toEqual([false]);
  });

  test('a bank holding company is no person, a span of months no name ("Dorvant Bancorp", "October-December")', () => {
    expect(read('Shares of Dorvant Bancorp rose in the October-December quarter.')).toEqual([]);
    expect(read('Grantley Bancshares and Dorvant Partners LP fell in the April-to-June quarter.')).toEqual([]);
    expect(read('She met May-Britt Vollan in Oslo.')).toContain('May-Britt Vollan=person/?');
  });

  test('"of" after a head noun stays inside the name: the Bay of Bengal is one place', () => {
    expect(read('Fishermen were lost in the Bay of Bengal on Sunday.')).toContain('Bay of Bengal=place/?');
  });
});

describe("a known surname inside someone else's name", () => {
  test('"Austin Rivers said" is another person, not Lloyd Austin', () => {
    const out = read('Austin Rivers said the team would travel on Monday.');
    expect(out).toContain('Austin Rivers=person/?');
    expect(out.join(' ')).not.toContain('lloyd-austin');
  });

  test('"Austin said" alone is still Lloyd Austin', () => {
    expect(read('Later, Austin said the talks went well.')).toContain('Austin=person/person:lloyd-austin');
  });

  test('a known surname the words of the markets follow names a company: "Jones common stock"', () => {
    const { matcher } = storiesEngine([
      'Bradley Hughes took five wickets on Friday. Hughes said the pitch was slow.',
      'Hughes, the Surrey bowler, was rested. Bradley Hughes returns next week.',
    ]);
    const [mentions] = detectDocument(['It bought 2,000 shares of Hughes common stock on Friday.'], matcher);
    expect(mentions).toEqual([]);
  });

  describe('a first name that is an everyday word, inside a sentence', () => {
    const { matcher } = storiesEngine([
      'Bradley Hughes took five wickets on Friday. Hughes said the pitch was slow.',
      'Hughes, the Surrey bowler, was rested. Bradley Hughes returns next week.',
    ]);
    const readHere = (sentence: string) => readWith(matcher, sentence);
    test.each([
      ['Scorers: Teodor Varga (2nd minute), Mark Hughes (25th), Rhys Tallon (60th).', 'Mark Hughes=person/?'],
      ['The Braves won when Chipper Hughes doubled in the ninth.', 'Chipper Hughes=person/?'],
    ])('%s', (sentence, expected) => {
      const out = readHere(sentence);
      expect(out).toContain(expected);
      expect(out.join(' ')).not.toContain('bradley-hughes');
    });
    test.each([
      'The rally was at City Hughes on Monday.',
      'They prayed at the Western Hughes on Friday.',
    ])('after "the" or a preposition, an everyday word and the surname name a place or a thing: %s', (sentence) => {
      expect(readHere(sentence)).toEqual([]);
    });
    test('after "to" the two words are still a person ("a pass to Mark Hughes")', () => {
      expect(readHere('Ferguson passed the ball to Mark Hughes, who scored.')).toContain('Mark Hughes=person/?');
    });
    test('the surname alone is still the one the corpus knows', () => {
      expect(readHere('Later, Hughes said the ball swung.')).toContain('Hughes=person/person:bradley-hughes');
    });
  });
});

describe('a place by the words around it', () => {
  test.each([
    ['Rebels massed ten km east of Tarvosh.', 'Tarvosh=place/?'],
    ['Fighting spread to the disputed Kelvara region on Friday.', 'Kelvara=place/?'],
    ['The plant in Dunvale province will close.', 'Dunvale=place/?'],
    ['Flights were moved to Zelnik airport.', 'Zelnik=place/?'],
    ['Farm prices fell in the Midwest last year.', 'Midwest=place/?'],
    ['Talks resumed in the Sahel on Friday.', 'Sahel=place/?'],
    ['He flew to St. Louis on Friday.', 'St. Louis=place/?'],
    ['ST. LOUIS 1997-03-12', 'ST. LOUIS=place/?'],
    ['The Ft. Lauderdale office closed.', 'Ft. Lauderdale=place/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test.each([
    ['a people\'s adjective', 'Rebels shelled a Kurdish village on Friday.'],
    ['an adjective of a region', 'The plane crashed on an Arctic island.'],
    ['letters after "at the"', 'A strike was called at the CFDT on Monday.'],
    ['a party after "in the"', 'Rebels in the Conservatives voted against.'],
    ['a building after "at the"', 'Officials at the Kremlin said no.'],
  ])('not %s', (_, sentence) => {
    expect(read(sentence).some((x) => x.includes('=place'))).toBe(false);
  });
});

describe('a comma joins names in a list, or a place to the place it is in; else it ends a phrase', () => {
  test.each([
    ['In Boston, Teodor Varga hit a two-run homer.', 'Teodor Varga=person/?'],
    ['The U.S. ambassador to the United Nations, Teodora Vasquez, arrived in Chile late Friday.', 'Teodora Vasquez=person/?'],
    ['He spoke at a rally in Dover, Delaware, on Monday.', 'Delaware=place/?'],
    ['Talks in Madrid, Lisbon and Tarvosh went on.', 'Tarvosh=place/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('a city after a comma shares the place of the venue before it, in sports copy too', () => {
    const { matcher } = seedCorpus();
    const doc = ['Surrey beat Kent by 52 runs on Friday.', 'Hampshire 231 and 402, Somerset 198 and 111.', 'The third test is at Headingley, Leeds, in July.'];
    expect(detectDocument(doc, matcher)[2]!.map((x) => `${x.text}=${x.kind}`)).toEqual(['Headingley=place', 'Leeds=place']);
  });

  test('"from" takes people as often as places: only a known place shares it', () => {
    expect(read('Flights from Madrid and Tarvosh were cancelled.')).toContain('Tarvosh=place/?');
    expect(read('He got homers from Mariano Duncan, Darryl Strawberry and Jim Leyritz.').some((x) => x.includes('=place'))).toBe(false);
  });
});

describe('a name shaped as a person opening a sentence or a line', () => {
  test.each([
    ['Teodor Varga fired a 65 to lead by two shots.', 'Teodor Varga=person/?'],
    ['Mirela Dutu', 'Mirela Dutu=person/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('a byline before a dateline is a person', () => {
    const { matcher } = seedCorpus();
    const [byline] = detectDocument(['Mirela Dutu', 'BUCHAREST 1996-08-30', 'Prices rose on Friday.'], matcher);
    expect(byline!.map((x) => `${x.text}=${x.kind}`)).toEqual(['Mirela Dutu=person']);
  });

  test.each([
    ['another language\'s article opening a heading', 'Te Ara is an encyclopedia of New Zealand.'],
    ['a party\'s members, an acronym in the plural', 'Tarvosh Kelmar MPs voted against the bill.'],
    ['a side in a standings row', 'Tarvosh Milano 3 2 0 1 5 2 6'],
    ['a people after an initial and a nationality', 'S. African Zulus still want more land.'],
  ])('no person: %s', (_, sentence) => {
    expect(read(sentence).some((x) => x.includes('=person'))).toBe(false);
  });
});

describe('sports copy', () => {
  test('a country in a results line stays a place, a name before it is a person', () => {
    const out = read('1. Soren Holmgaard (Denmark) 1:44.02');
    expect(out).toContain('Soren Holmgaard=person/?');
    expect(out.some((x) => x.startsWith('Denmark=place'))).toBe(true);
  });
});

describe('clubs named after places, in sports copy', () => {
  const { matcher } = seedCorpus();
  const doc = [
    'Hampshire beat Somerset by an innings and 52 runs on Friday.',
    'Kent, Sussex and Surrey all pressed for victory, 2-1 up in the series.',
    'The match was played in Leicester before a crowd of 4,000.',
    'Japan beat Syria 2-1 in the Asian Cup.',
  ];
  const found = detectDocument(doc, matcher).map((ms) => ms.map((m) => `${m.text}=${m.kind}`));

  test('counties and cities playing as teams are not places', () => {
    expect(found[0]).not.toContain('Somerset=place');
    expect(found[1]).not.toContain('Surrey=place');
  });

  test('a place after a preposition stays a place, and countries stay places', () => {
    expect(found[2]).toContain('Leicester=place');
    expect(found[3]).toEqual(expect.arrayContaining(['Japan=place', 'Syria=place']));
  });
});

describe('a regnal number is no name by itself', () => {
  test('"Charles I" in the corpus does not make the pronoun "I" a person; a real one-letter name still links', () => {
    const { gazetteer } = engineResources();
    const people: EntityRecord[] = [
      { id: 'person:charles-i', kind: 'person', name: 'Charles I', aliases: ['charles i', 'i'], role: 'King', roleStory: null, weight: 9 },
      { id: 'person:elizabeth-ii', kind: 'person', name: 'Elizabeth II', aliases: ['elizabeth ii', 'ii', 'queen elizabeth'], role: null, roleStory: null, weight: 9 },
      { id: 'person:v', kind: 'person', name: 'V', aliases: ['v'], role: null, roleStory: null, weight: 1 },
      { id: 'person:liv-tyler', kind: 'person', name: 'Liv Tyler', aliases: ['liv tyler', 'liv', 'tyler'], role: null, roleStory: null, weight: 1 },
    ];
    const lexicon = buildLexicon(people, new Map(people.map((p) => [p.id, p.weight])), [], gazetteer);
    expect(Object.keys(lexicon.aliases).sort()).toEqual(['charles i', 'elizabeth ii', 'liv', 'liv tyler', 'queen elizabeth', 'tyler', 'v']);
    const [mentions] = detectDocument(['I said Charles I and Queen Elizabeth never met; I was wrong.'], createMatcher(lexicon));
    const found = mentions!.map((m) => `${m.text}=${m.entity ?? '?'}`);
    expect(found).toContain('Charles I=person:charles-i');
    expect(found.filter((f) => f.startsWith('I='))).toEqual([]);
  });
});

describe('a surname the page introduced wins over a place of that name', () => {
  // A corpus that knows Jordan the country and has taught "Tamika" as a first name.
  const { kindsOf } = storiesEngine([
      'King Hussein of Jordan met Syrian officials in Amman on Monday, officials in Jordan said.',
      'Finance minister Tamika Portillo said on Tuesday that taxes would fall. Portillo spoke in London.',
      'Coach Tamika Cooper said the team would travel to Jordan next week.',
    ]);

  test('"Jordan" after "Tamika Jordan" is the player, "in Jordan" is still the country', () => {
    const found = kindsOf([
      'Tamika Jordan scored 31 points as Denver beat Utah on Sunday.',
      'Jordan made 14 of 22 shots.',
      'The team flies to Amman, in Jordan, for an exhibition game.',
    ]);
    expect(found[0]).toContain('Tamika Jordan=person');
    expect(found[1]).toContain('Jordan=person');
    expect(found[2]).toContain('Jordan=place');
  });

  test('without the full name "Jordan" stays the country', () => {
    expect(kindsOf(['Jordan and Syria signed a water deal on Sunday.'])[0]).toContain('Jordan=place');
  });

  test('before the full name too: the page gives the name to her only from there on', () => {
    // Kell's surname makes the first block read again once "Darnell Kell" is named.
    const found = kindsOf(['Jordan and Syria signed a water deal, Kell said.', 'Tamika Jordan and Darnell Kell scored 31 points each.', 'Jordan made 14 of 22 shots.']);
    expect(found.map((ms) => ms.filter((x) => x.startsWith('Jordan=')))).toEqual([['Jordan=place'], [], ['Jordan=person']]);
    expect(found[0]).toContain('Kell=person');
  });
});

describe('results rows and fixtures are sports copy, whatever their figures', () => {
  const { kindsOf } = storiesEngine([
      'Police in Denver said on Monday the strike was over. Denver and Pittsburgh are in talks, officials in Pittsburgh said.',
      'Flights from Oldham and Ipswich were cancelled, travellers in Ipswich said.',
    ]);

  test.each([
    ['DENVER 4 Pittsburgh 1', ['DENVER', 'Pittsburgh']],
    ['Oldham 3 Ipswich 3 (after extra time)', ['Oldham', 'Ipswich']],
    ['Postponed: Oldham v Ipswich', ['Oldham', 'Ipswich']],
  ])('in "%s" the cities are clubs', (row, clubs) => {
    const found = kindsOf([row]);
    for (const club of clubs) expect(found[0]).not.toContain(`${club}=place`);
  });

  test('a city after a preposition opening the sentence stays a place in sports copy ("In Denver, ...")', () => {
    const found = kindsOf(['DENVER 4 Pittsburgh 1', 'Oldham 3 Ipswich 3', 'In Denver, the home side won 4-1 before 20,000 fans.']);
    expect(found[2]).toContain('Denver=place');
  });

  test('outside sports copy the same cities are places', () => {
    expect(kindsOf(['Talks between Denver and Pittsburgh resumed on Monday.'])[0]).toEqual(['Denver=place', 'Pittsburgh=place']);
  });
});

describe('a name shaped like an organisation that the corpus knows as a place', () => {
  const { index } = compileStories(
    [
      'HEBRON, West Bank 1996-08-30\nIsraeli troops in the West Bank opened fire on Friday.',
      'NABLUS, West Bank 1996-08-29\nPalestinians in the West Bank marched on Thursday.',
      'The World Bank said on Monday it would lend more to Jordan.',
    ],
    'WEST BANK',
  );
  const matcher = createMatcher(index.lexicon);

  test('"West Bank" is a place (its datelines say so), "World Bank" is no place or person', () => {
    expect(index.entities.map((e) => `${e.name}=${e.kind}`)).toContain('West Bank=place');
    const [found] = detectDocument(['Settlers in the West Bank and the World Bank disagree.'], matcher);
    expect(found!.map((m) => `${m.text}=${m.kind}`)).toEqual(['West Bank=place']);
  });
});

describe('a place inside a longer name', () => {
  const engine = storiesEngine(['Officials in Madrid and Moscow said on Monday that talks with France would go on.', 'Police in Madrid said the strike was over.']);
  const kindsOf = (sentence: string) => engine.kindsOf([sentence])[0]!;

  test.each([
    ['Unions at Air Malta called a strike on Friday.', 'Malta'],
    ['He joined Lokomotiv Madrid for a record fee on Monday.', 'Madrid'],
    ['Fans cheered the Torpedo Moscow players on Saturday.', 'Moscow'],
  ])('%s: no %s', (sentence, place) => {
    expect(kindsOf(sentence).filter((x) => x.startsWith(`${place}=`))).toEqual([]);
  });

  test.each([
    ['Trade slowed before the U.S. Memorial Day holiday.', 'U.S.=place'],
    ['Ships crowd the South China coast every summer.', 'South China=place'],
    ['Talks with France resumed in Madrid on Monday.', 'Madrid=place'],
  ])('%s: %s', (sentence, expected) => {
    expect(kindsOf(sentence).join(' ')).toContain(expected);
  });
});

describe('names the corpus knows in pieces', () => {
  const { index } = compileStories([
      'Actor Tony Howell said on Monday the play would close. Howell thanked the cast in Sydney.',
      'Judge Bob Pryce said the trial would open in Sydney. Pryce adjourned the case.',
      'Striker Gerd Lech scored twice. Lech said he was happy. Fans in Poznan cheered.',
      'Police in Poznan said the match passed off quietly, officials in Poznan said.',
      'Finance minister Barry Portillo said on Tuesday that taxes would fall. Portillo spoke in London.',
      'Floods closed roads in Barry on Monday, police in Barry said.',
      'Judge Bob Hill said on Monday the trial would open. Hill adjourned the case.',
      'The driver Damon Hill won on Sunday. Hill said the car was fast, and Damon Hill thanked the team.',
    ]);
  const matcher = createMatcher(index.lexicon);
  const read = (sentence: string) => detectDocument([sentence], matcher)[0]!.map((m) => `${m.text}=${m.kind}/${m.entity ? 'linked' : '?'}`);

  test('two known surnames side by side are one person ("Howell Pryce"), not two people', () => {
    expect(read('Fans cheered as Howell Pryce threw for 300 yards.')).toEqual(['Howell Pryce=person/?']);
  });

  test('a known surname and a town in one name are a club ("Lech Poznan"), neither a person nor the town', () => {
    expect(read('Fans of Lech Poznan marched on Saturday.').filter((x) => /Lech|Poznan/.test(x))).toEqual([]);
  });

  test('a known surname in a side\'s row of a table is the side ("Charlton 2 0 1 1 1 3 1", "Ross County"), not the person', () => {
    for (const row of ['Pryce 2 0 1 1 1 3 1', 'Pryce County 3 0 0 3 3 7 0', 'Montrose 2 Pryce County 1', 'Pryce 3 Sydney 1']) expect(read(row).filter((x) => x.startsWith('Pryce')), row).toEqual([]);
    // A golfer's rounds, a bowler's figures (the games played are no sum of the others), a player's
    // rating, a match between players: a person's.
    expect(read('Pryce 70 66 68 70 274')).toEqual(['Pryce=person/linked']);
    expect(read('Pryce 10 2 35 1')).toEqual(['Pryce=person/linked']);
    expect(read('Pryce 22 5 67 3 1')).toEqual(['Pryce=person/linked']);
    expect(read('Pryce 6 Howell 4')).toEqual(['Pryce=person/linked', 'Howell=person/linked']);
    expect(read('Ratings: Pryce 7 Howell 6 Lech 8')).toEqual(['Pryce=person/linked', 'Howell=person/linked', 'Lech=person/linked']);
  });

  test('a town the corpus also knows as a first name, then a known surname, is a person ("Barry Jones", "Chelsea Clinton")', () => {
    expect(read('He met Barry Howell on Monday.')).toEqual(['Barry Howell=person/?']);
    expect(read('The prize went to Barry Pryce.')).toEqual(['Barry Pryce=person/?']);
    // A town of the list of first names, though the corpus never taught it.
    expect(read('He met Chelsea Howell on Monday.')).toEqual(['Chelsea Howell=person/?']);
    // A word of the land after the town names a place, but for a cue ("Kingston Hill").
    expect(read('On Monday Barry Hill residents were evacuated.')).toEqual([]);
    expect(read('Barry Hill said the plan was sound.')).toEqual(['Barry Hill=person/?']);
    // A country's or a state's name that is a first name ("Jordan Henderson", "Georgia Brown"),
    // after "to" and in a list after a place too; not after "in", nor before a title written short.
    expect(read('The ball went to Jordan Howell.')).toEqual(['Jordan Howell=person/?']);
    expect(read('In Poznan, Bob Pryce and Georgia Howell scored.')).toEqual(['Poznan=place/linked', 'Bob Pryce=person/linked', 'Georgia Howell=person/?']);
    expect(read('Floods hit roads in Georgia Howell said.').filter((x) => x.startsWith('Georgia='))).toEqual([]);
    expect(read('Georgia Gov. Bob Pryce spoke.')).toEqual(['Georgia=place/?', 'Bob Pryce=person/linked']);
    // The town is still the town, and a surname then the town still a club.
    expect(read('Floods closed roads in Barry.')).toEqual(['Barry=place/linked']);
    expect(read('Fans of Howell Barry marched on Saturday.').filter((x) => /Barry|Howell/.test(x))).toEqual([]);
  });
});

describe('sports copy is told by its scores, not by any figures', () => {
  test('a market report full of prices is no sports copy: its places stand', async () => {
    const { isSportsBlock } = await import('../../../lib/ner/sports-context');
    expect(isSportsBlock("Oslo's main index climbed to 1,204.7 and the krone rose 0.4 percent to 9.61.")).toBe(false);
    expect(isSportsBlock('Kirkton Rovers 4 1 2 1 6 5 5')).toBe(true);
  });

  test.each([
    ['Kent, who thrashed Sussex by 200 runs, lead the table.', true],
    ['Durham need 90 more runs to beat Somerset.', true],
    ['Kent won 3–1 on Saturday.', true],
    ['Rising shares beat falling ones on light volume, and the euro edged lower.', false],
    ['The rebel army was defeated by the royal guard near the river.', false],
    ['Notes fell 2-3/4 points after the report.', false],
    ['The Supreme Court heard Lane v. Ortiz on Monday.', false],
  ])('"%s" is sports copy: %s', async (line, sports) => {
    const { isSportsBlock } = await import('../../../lib/ner/sports-context');
    expect(isSportsBlock(line)).toBe(sports);
  });
});

describe('places around titles, commas and acronyms', () => {
  const { kindsOf: read } = storiesEngine([
      'Officials in Denver and Leeds said on Monday the talks were over, officials in Headingley said.',
      'Police in Denver said the fire was out. Traffic in Leeds was heavy, police in Headingley said.',
    ]);

  test('the place a title opens with is a place: "U.S. President Jo Reed", "Denver Archbishop Paul Reyes"', () => {
    expect(read(['Denver Archbishop Paul Reyes said on Friday he was ill.'])[0]).toEqual(['Denver=place', 'Paul Reyes=person']);
    // A plural after the place names a team: "Denver Hawks Coach Jo Reed" names no city.
    expect(read(['Denver Hawks Coach Jo Reed said on Friday he would stay.'])[0]!.filter((x) => x.startsWith('Denver'))).toEqual([]);
  });

  test('in sports copy a place after a comma that follows a place after a preposition is a place too ("at Headingley, Leeds")', () => {
    const found = read(['Leeds beat Kent by six wickets on Friday.', 'Leeds drew 1-1 with Chelsea.', 'The final will be played at Headingley, Leeds, on Sunday.']);
    expect(found[2]).toEqual(['Headingley=place', 'Leeds=place']);
  });

  test.each([
    ['The Mayor of Denver said the talks were over.', ['Denver=place']],
    ['He was crowned the first Emperor of Leeds in 1822.', ['Leeds=place']],
    ['Officials said the Governor of New York would sign.', ['New York=place']],
    // Before a name the place stays, and a place of several words is whole, not a first name.
    ['The Mayor of Denver Jo Reed said the talks were over.', ['Denver=place', 'Jo Reed=person']],
    ['The Mayor of New York Jo Reed said the talks were over.', ['New York=place', 'Jo Reed=person']],
    ['The Secretary of State said the talks were over.', []],
    // A title written short after a place ends the place's name: "Florida Sen. Marco Rubio".
    ['Officials said Denver Sen. Jo Reed would sign.', ['Denver=place', 'Jo Reed=person']],
    // A country's acronym is the country; one word after a place goes on with a firm's name.
    ['Officials said the President of USA would sign.', ['USA=place']],
    ['The Chairman of Denver Telecom said profits rose.', []],
  ])('a title\'s complement that is a place is a place: %s', (sentence, expected) => {
    expect(read([sentence])[0]).toEqual(expected);
  });

  test.each([
    // A body's acronym in a line in small letters; a theatre or a firm named after a title or a place.
    'Jo Reed, President of DENVER, said the talks were over.',
    'On Monday, President of DENVER Jo Reed said the talks were over.',
    'The show opens at the Princess of Denver Theatre in May.',
    'The Governor of Denver Instruments Jo Reed said profits rose.',
  ])('no place in a title that names something else: %s', (sentence) => {
    expect(read([sentence])[0]!.filter((x) => x.endsWith('=place'))).toEqual([]);
  });

  test('an acronym in a name makes no person ("Denver NAPA")', () => {
    expect(read(['The June Denver NAPA index rose 4.2 points.'])[0]!.filter((x) => x.endsWith('=person'))).toEqual([]);
  });
});

describe('a title before a country names its team, not a person', () => {
  test('"defending champion Portugal" is Portugal', () => {
    const { kindsOf } = storiesEngine(['Ministers in Portugal and France met on Monday, officials in Portugal said.']);
    expect(kindsOf(['The finalists are defending champion Portugal and Chile.'])[0]).toContain('Portugal=place');
  });
});

describe('a first name alone', () => {
  test('a first name the corpus learned, alone, is a person ("ask Marta", "Olga and Ines")', () => {
    const { kindsOf } = storiesEngine([
      'Coach Marta Vieira said on Monday the team was ready. Vieira named her side.',
      'Actress Olga Barros said she would retire. Barros spoke in London.',
      'Singer Florence Welch said the tour was over. Welch thanked fans in London.',
      'Judge Ines Prado said the trial would open in London.',
    ]);
    expect(kindsOf(['Olga and Ines asked Marta to stay.'])[0]).toEqual(['Olga=person', 'Ines=person', 'Marta=person']);
    // A first name that is also a city, after a preposition, stays the city.
    expect(kindsOf(['Flights to Sydney and Florence were cancelled.'])[0]).toEqual(['Sydney=place', 'Florence=place']);
  });
});

describe('a known person\'s first word, later in the same page', () => {
  const { index, matcher } = storiesEngine([
    'Iraqi President Saddam Hussein said on Monday the talks had failed. Saddam Hussein spoke in Baghdad.',
    'Coach Marta Vieira said on Monday the team was ready. Marta Vieira named her side in Lisbon.',
    'Rugby captain Will Carling said on Sunday he would play. Will Carling trained in London.',
  ]);
  const idOf = (name: string) => index.entities.find((e) => e.name === name)!.id;
  const links = (doc: string[]) => detectDocument(doc, matcher).flat().map((m) => `${m.text}=${m.entity ?? '?'}`);

  test('is them: a surname written first ("Saddam"), a first name ("Marta")', () => {
    expect(links(['Saddam Hussein met envoys on Monday.', 'On Tuesday Saddam said no.'])).toEqual([`Saddam Hussein=${idOf('Saddam Hussein')}`, `Saddam=${idOf('Saddam Hussein')}`]);
    expect(links(['Marta Vieira picked her squad.', 'Fans cheered when Marta arrived.'])).toEqual([`Marta Vieira=${idOf('Marta Vieira')}`, `Marta=${idOf('Marta Vieira')}`]);
  });

  test('a known person\'s surname that is an everyday word ("Cable" after "Vince Cable") is them too', () => {
    const { index: idx, matcher: mm } = storiesEngine([
      'Business Secretary Vince Cable said on Monday that rates would rise. Vince Cable spoke in London.',
      'The cable to the island broke on Sunday, and a new cable will be laid.',
    ]);
    const cable = idx.entities.find((e) => e.name === 'Vince Cable')!.id;
    const found = detectDocument(['Vince Cable met bankers on Monday.', 'On Tuesday the minister said Cable would not resign.'], mm).flat();
    expect(found.map((x) => `${x.text}=${x.entity}`)).toEqual([`Vince Cable=${cable}`, `Cable=${cable}`]);
  });

  test('but not a place the corpus knows ("Florence" after "Florence Welch")', () => {
    const { index: idx, matcher: mm } = storiesEngine([
      'Singer Florence Welch said on Monday she would tour. Florence Welch sang in Leeds.',
      'Flights to Florence were cancelled on Monday. Hotels in Florence were full.',
    ]);
    const found = detectDocument(['Florence Welch sang in Leeds on Monday.', 'Florence and Rome were flooded on Monday.'], mm).flat();
    expect(found.find((x) => x.text === 'Florence')?.kind).toBe('place');
    expect(idx.entities.some((e) => e.name === 'Florence Welch')).toBe(true);
  });

  test('but an everyday word is not ("Will" after "Will Carling"), nor a first word before the page names them', () => {
    expect(links(['Will Carling is fit.', 'Fans asked: Will England win?']).filter((x) => x.startsWith('Will='))).toEqual([]);
    expect(links(['On Tuesday Saddam said no.'])).not.toContain(`Saddam=${idOf('Saddam Hussein')}`);
  });
});

describe('a place opening an unknown name', () => {
  const { kindsOf } = storiesEngine([
    'Officials in Leeds said on Monday the roads were open. Police in Leeds said so too.',
    'Talks in Texas ended on Friday. Voters in Texas went to the polls.',
    'Flights to Florence were cancelled on Monday. Hotels in Florence were full.',
    'Singer Florence Welch said on Monday she would tour. Florence Welch sang in Leeds.',
  ]);

  test('is its modifier, no first name: no person ("Leeds Zorvaks", "Texas Brantlers")', () => {
    expect(kindsOf(['Fans cheered as Leeds Zorvaks won again.'])[0]).toEqual([]);
    expect(kindsOf(['On Monday Texas Brantlers met in Leeds.'])[0]).toEqual(['Leeds=place']);
  });

  test('unless the corpus knows the word as a first name ("Florence Corbett")', () => {
    expect(kindsOf(['The Florence Corbett film opened in Leeds.'])[0]).toEqual(['Florence Corbett=person', 'Leeds=place']);
  });
});

describe('linking: two people of one corpus share a surname', () => {
  const { index } = compileStories([
      'Finance Minister Clara Okafor said on Monday that taxes would fall. Okafor spoke in Lagos.',
      'Okafor, the finance minister, said the budget would pass. Clara Okafor met bankers in Lagos.',
      'Striker Daniel Okafor scored twice on Sunday. Daniel Okafor said he was happy.',
      'US Secretary of State Antony Blinken arrived in Tokyo. Blinken met Japanese officials.',
    ]);
  const matcher = createMatcher(index.lexicon);
  const idOf = (name: string) => index.entities.find((e) => e.name === name)!.id;
  /** Each mention of a document as "text=entity id". */
  const links = (doc: string[]) => detectDocument(doc, matcher).flat().map((m) => `${m.text}=${m.entity ?? '?'}`);

  test.each([
    [['Daniel Okafor scored again.', 'Okafor now has 12 goals this season.'], 'Daniel Okafor'],
    [['Clara Okafor presented the budget.', 'Okafor said spending would rise.'], 'Clara Okafor'],
    [['Finance Minister Okafor presented the budget.'], 'Clara Okafor'],
  ])('in %j the surname links to %s', (doc, person) => {
    expect(links(doc).filter((x) => x.startsWith('Okafor='))).toEqual([`Okafor=${idOf(person)}`]);
  });

  test('each full name links to its own person, and a title with a surname to the titled one', () => {
    expect(links(['Clara Okafor and Daniel Okafor are not related.'])).toEqual([`Clara Okafor=${idOf('Clara Okafor')}`, `Daniel Okafor=${idOf('Daniel Okafor')}`]);
    expect(links(['Secretary Blinken flew home.'])).toEqual([`Blinken=${idOf('Antony Blinken')}`]);
  });
});

describe("a surname the page gave to someone the corpus lacks is theirs, not the corpus's person of that surname", () => {
  const { index, matcher } = storiesEngine([
    'The actor Tarek Vollan said on Monday that the film would open in May. Vollan spoke in London.',
    'Vollan, the actor, won an award on Sunday. Tarek Vollan thanked his fans in Paris.',
    'Finance Minister Clara Okafor said on Monday that taxes would fall. Okafor spoke in Lagos.',
    'The composer Glenda Tarek said on Monday the opera was finished. Tarek spoke in Vienna.',
    '"It is done," Glenda Tarek said in Vienna on Tuesday.',
    'Police chief Darnell Maret said on Monday that crime had fallen. Darnell Maret spoke in Boston.',
    'Senator William Maret said on Monday the bill would pass. Maret spoke in Boston.',
    'William Maret said on Tuesday the vote was near. William Maret spoke in Boston again.',
  ]);
  const idOf = (name: string) => index.entities.find((e) => e.name === name)!.id;
  const links = (doc: string[]) => detectDocument(doc, matcher).flat().map((m) => `${m.text}=${m.kind}/${m.entity ?? '?'}`);

  test('of two known people of one surname the page named, the one the corpus names most ("Mr Blair" after "Ian Blair" and "Tony Blair")', () => {
    expect(links(['Darnell Maret, the police chief, spoke.', 'William Maret defended the bill.', 'But Mr Maret insisted.']).at(-1)).toBe(`Maret=person/${idOf('William Maret')}`);
    expect(links(['William Maret defended the bill.', 'Darnell Maret, the police chief, spoke.', 'Maret left.']).at(-1)).toBe(`Maret=person/${idOf('William Maret')}`);
    // The page names one of them: that one.
    expect(links(['Darnell Maret, the police chief, spoke.', 'But Mr Maret insisted.']).at(-1)).toBe(`Maret=person/${idOf('Darnell Maret')}`);
    // An office says the corpus's person, not a relative named since ("President Clinton" after "Hillary Rodham Clinton").
    expect(links(['William Maret spoke on Monday.', 'His cousin Darnell Maret was there.', 'Senator Maret signed the bill.']).at(-1)).toBe(`Maret=person/${idOf('William Maret')}`);
  });

  test('a stranger whose first name may be a known person\'s is that person ("Bill" and "William", "Al" and "Albert"), not one of another first name', () => {
    expect(links(['On Monday Bill Maret spoke.', 'Maret said the bill would pass.'])).toEqual([`Bill Maret=person/${idOf('William Maret')}`, `Maret=person/${idOf('William Maret')}`]);
    expect(links(['On Monday Will Maret spoke.', 'Maret said the bill would pass.']).at(-1)).toBe(`Maret=person/${idOf('William Maret')}`);
    // The same initial is not enough ("Ted Hall" is no Tony Hall), nor an initial alone ("J.P. Morgan").
    expect(links(['On Monday Walter Maret spoke.', 'Maret said the bill would pass.']).at(-1)).toBe('Maret=person/?');
  });

  test('a particle before the surname makes another surname ("James Alfred Van Allen" is no James Allen)', () => {
    const { matcher: one } = storiesEngine([
      'The actor Tarek Vollan said on Monday that the film would open in May. Vollan spoke in London.',
      'Vollan, the actor, won an award on Sunday. Tarek Vollan thanked his fans in Paris.',
    ]);
    expect(detectDocument(['In 1914 Tarek Alfred Van Vollan was born.'], one).flat().map((m) => `${m.text}=${m.entity ?? '?'}`)).toEqual(['Tarek Alfred Van Vollan=?']);
  });

  test('a block read again keeps who the surname meant where it stands, whatever is named after ("Keanu Reeves" later on the page)', () => {
    expect(links(['Eric Vollan, a fellow, wrote the report.', 'Vollan said it was late. Okafor agreed.', 'Tarek Vollan starred in the film.'])[1]).toBe('Vollan=person/?');
  });

  test('the surname later in the full name\'s own paragraph is the stranger too', () => {
    expect(links(['Eric Vollan, a fellow, wrote the report. Vollan said it was late.', 'Vollan added more.'])).toEqual(['Eric Vollan=person/?', 'Vollan=person/?', 'Vollan=person/?']);
  });

  test('the surname after the full name in its own paragraph is no use of the known person\'s, though the name is given again later', () => {
    const found = links(['Eric Vollan and Jo Reed run hotels. Vollan is the chief of one.', 'Eric Vollan said rooms cost more.', '"Minibars lose money," Vollan said.']);
    expect(found.filter((x) => x.startsWith('Vollan='))).toEqual(['Vollan=person/?', 'Vollan=person/?']);
  });

  test('a surname with Arabic\'s article goes on the name, and the surname alone after it is theirs ("Omar Hassan al-Bashir", "Mr. Bashir")', () => {
    expect(links(['Sudan\'s president, Omar Hassan al-Vollan, was charged.', 'The demand that Mr. Vollan be tried stands.'])).toEqual([
      'Sudan=place/?',
      'Omar Hassan al-Vollan=person/?',
      'Vollan=person/?',
    ]);
    // The article opens no name: "al-Vollan" alone in small letters is no one's; nor does it go on
    // a word that is no first name ("the Shatt al-Arab waterway", "Jabhat al-Nusra").
    expect(links(['Fighters of al-Vollan attacked.'])).toEqual([]);
    expect(links(['Boats sailed up the Shatt al-Vollan waterway.']).filter((x) => x.includes('al-Vollan'))).toEqual([]);
    // The corpus's person by the words before the article is them: its names end there.
    expect(links(['Trade Minister Tarek Vollan al-Jibouri welcomed the deal.'])).toEqual([`Tarek Vollan al-Jibouri=person/${idOf('Tarek Vollan')}`]);
  });

  test('Arabic\'s article makes no person of a place\'s or a paper\'s name ("in the Darb al-Sim area", "at the Mina al-Ahmadi refinery", "the Saudi Al-Watan newspaper")', () => {
    expect(links(['Jets hit targets in the Darb al-Vollan area.']).filter((x) => x.includes('al-Vollan'))).toEqual([]);
    expect(links(['Fire broke out at the Mina al-Vollan refinery.']).filter((x) => x.includes('=person'))).toEqual([]);
    expect(links(['The Saudi Al-Vollan newspaper said so.']).filter((x) => x.includes('=person'))).toEqual([]);
    // Nor after a place before it in a list, nor after a place's first word ("Bab al-Azizia").
    expect(links(['Clashes were reported in Lagos and Tarek al-Vollan.']).filter((x) => x.includes('al-Vollan'))).toEqual(['Tarek al-Vollan=place/?']);
    expect(links(['Troops moved toward Bab al-Vollan on Tuesday.']).filter((x) => x.includes('=person'))).toEqual([]);
    // A title opens the name as a first name does, after "from" too, and is no part of it; a word
    // after "bin" is a father's name, no title.
    expect(links(['Syria\'s President Bashar al-Vollan spoke.'])).toContain('Bashar al-Vollan=person/?');
    expect(links(['A message from President Bashar al-Vollan arrived.'])).toEqual(['Bashar al-Vollan=person/?']);
    expect(links(['General Manager Ahmed Zaki al-Vollan said so.'])).toEqual(['Ahmed Zaki al-Vollan=person/?']);
    expect(links(['He met Sheikh Tarek bin Sultan al-Vollan on Monday.'])).toContain('Tarek bin Sultan al-Vollan=person/?');
  });

  test('a possessive after "at" is the person\'s when the page named them, a noun or "last" follows, or the name is full', () => {
    const vollan = `Vollan=person/${idOf('Tarek Vollan')}`;
    expect(links(['Thousands cheered at Vollan\'s last rally.'])).toEqual([vollan]);
    expect(links(['Talks at Tarek Vollan\'s last week failed.'])).toEqual([`Tarek Vollan=person/${idOf('Tarek Vollan')}`]);
    expect(links(['They were angry at Vollan\'s and Okafor\'s handling.'])).toEqual([vollan, `Okafor=person/${idOf('Clara Okafor')}`]);
    expect(links(['He was to stay at Vollan\'s when he came.'])).toEqual([vollan]);
    expect(links(['Tarek Vollan spoke. Fans gathered at Vollan\'s in Paris.'])).toEqual([`Tarek Vollan=person/${idOf('Tarek Vollan')}`, vollan, 'Paris=place/place:paris']);
    expect(links(['Vollan\'s Day of glory ended in defeat.'])).toEqual([vollan]);
  });

  test('a Korean name is written surname first: the surname alone after it is theirs ("Lee" after "Lee Jae-myung")', () => {
    expect(links(['Vollan Jae-myung, leader of the opposition, spoke.', '"It fueled a sense of betrayal," Vollan said.'])).toEqual(['Vollan Jae-myung=person/?', 'Vollan=person/?']);
  });

  test('"who" after the page\'s surname after "to" makes the person of it, though a town has the name ("to Hamilton, who hired her")', () => {
    const parisAfterName = (doc: string[]) => links(doc).filter((x) => x.startsWith('Paris='));
    expect(parisAfterName(['Glenda Paris joined the lab.', 'A professor sent her to Paris, who hired her.'])).toEqual(['Paris=person/?']);
    // In the full name's own paragraph too: the paragraph is read again.
    expect(parisAfterName(['Glenda Paris joined the lab. A professor sent her to Paris, who hired her.'])).toEqual(['Paris=person/?']);
    // "to" of a relation, not of motion: "according to", "in addition to".
    expect(parisAfterName(['Glenda Paris joined the lab.', 'According to Paris, the plan failed.'])).toEqual(['Paris=person/?']);
    expect(parisAfterName(['Glenda Paris joined the lab.', 'In addition to Paris and her team, others came.'])).toEqual(['Paris=person/?']);
    // A capital after "to" with no "who" is the capital still.
    expect(parisAfterName(['Glenda Paris joined the lab.', 'She flew to Paris, the capital.'])).toEqual([expect.stringMatching(/^Paris=place\//)]);
  });

  test('a possessive before "Day" names a day, one after "at" with no noun a shop or a house ("Valentine\'s Day", "at Christie\'s")', () => {
    expect(links(['Shops sold cards for Vollan\'s Day.'])).toEqual([]);
    expect(links(['The painting was sold at Vollan\'s in 2006.'])).toEqual([]);
    expect(links(['The painting was sold at Vollan\'s.'])).toEqual([]);
    // A noun after the possessive: the person's.
    expect(links(['They met at Vollan\'s house in 2006.'])).toEqual([`Vollan=person/${idOf('Tarek Vollan')}`]);
    expect(links(['They met at Vollan\'s "Blue House" compound.'])).toEqual([`Vollan=person/${idOf('Tarek Vollan')}`]);
    expect(links(['Vollan\'s dog won a prize.'])).toEqual([`Vollan=person/${idOf('Tarek Vollan')}`]);
  });

  test('"PM" is a title before a name, not before a time zone\'s letters; a firm\'s letters before a country name its branch', () => {
    const read = (text: string) => findNameCandidates(text, tokenize(text), { isCommonWord: (w) => ['at', 'shares'].includes(w), isCountry: (w) => ['france', 'europe'].includes(w) }).map((c) => `${c.key}:${c.shape}:${c.titled}`);
    expect(read('Deputy PM Jo Reed said so.')).toEqual(['jo reed:null:true']);
    expect(read('KB France said profits rose.')).toEqual(['kb france:org:false']);
    expect(read('At 4:30 PM EDT prices fell.').filter((c) => c.endsWith(':true'))).toEqual([]);
    expect(links(['Deputy PM Tarek Vollan said so.'])).toEqual([`Tarek Vollan=person/${idOf('Tarek Vollan')}`]);
    expect(links(['At 4:30 PM EDT shares fell in London.'])).toEqual(['London=place/place:london']);
    expect(links(['KB France said profits rose, and KB Europe cut jobs.'])).toEqual([]);
    // Not a headline's capitals, initials before a surname, nor a country's letters.
    expect(links(['NEW YORK 1996-08-30', 'Shares rose.'])).toEqual([expect.stringMatching(/^NEW YORK=place/)]);
    expect(links(['The novel by JM Vollan was filmed.'])).toEqual([expect.stringMatching(/^JM Vollan=person/)]);
  });

  test('an occupation is no office: "Coach Vollan" after "Eric Vollan" is Eric', () => {
    expect(links(['Eric Vollan spoke on Monday.', 'Coach Vollan said so.']).at(-1)).toBe('Vollan=person/?');
  });


  test('a surname named in full takes the word over from a known person\'s first name ("Arnold" after "Arnold Schwarzenegger" and "David Arnold")', () => {
    expect(links(['Tarek Vollan gave the prize to the composer Glenda Tarek.', 'Tarek said she was moved.'])).toEqual([
      `Tarek Vollan=person/${idOf('Tarek Vollan')}`,
      `Glenda Tarek=person/${idOf('Glenda Tarek')}`,
      `Tarek=person/${idOf('Glenda Tarek')}`,
    ]);
    // After "Mr" the word is a surname: not the first name of the person named before ("Mr Howard" after "Howard Flight").
    expect(links(['Tarek Vollan arrived on Monday.', 'Mr Tarek said so.'])[1]).toBe(`Tarek=person/${idOf('Glenda Tarek')}`);
  });

  test.each([
    [['Eric Vollan, a senior fellow at the institute, wrote the report.', '"They have not changed," said Mr. Vollan.']],
    [['Eric Vollan, a senior fellow at the institute, wrote the report.', 'Vollan said the sanctions had worked.']],
    [['Eric Vollan, a senior fellow at the institute, wrote the report.', 'Officials wrote to Vollan for advice.']],
    [['Eric Vollan, a senior fellow at the institute, wrote the report.', 'It was the artist Vollan who drew the maps.']],
  ])('%j: the bare surname is Eric Vollan, whom the corpus lacks', (doc) => {
    const found = links(doc);
    expect(found[0]).toBe('Eric Vollan=person/?');
    expect(found.filter((x) => x.startsWith('Vollan='))).toEqual(['Vollan=person/?']);
  });

  test('a relative named first gives the surname up to the known person named after ("Naina Yeltsin", "Boris Yeltsin")', () => {
    expect(links(['Eric Vollan greeted guests.', 'Tarek Vollan arrived late.', 'Vollan said the film would open in May.'])).toEqual([
      'Eric Vollan=person/?',
      `Tarek Vollan=person/${idOf('Tarek Vollan')}`,
      `Vollan=person/${idOf('Tarek Vollan')}`,
    ]);
  });

  test('the known person named before the stranger in one sentence stays the known one ("Mandela met his former wife Winnie Mandela")', () => {
    expect(links(['Vollan met his brother Eric Vollan in London.'])).toEqual([`Vollan=person/${idOf('Tarek Vollan')}`, 'Eric Vollan=person/?', 'London=place/place:london']);
  });

  test('without the full name, or after the known one, the surname is the person the corpus knows', () => {
    expect(links(['Vollan said the film would open in May.'])).toEqual([`Vollan=person/${idOf('Tarek Vollan')}`]);
    expect(links(['Tarek Vollan arrived on Monday.', 'Vollan said the film would open in May.'])).toEqual([`Tarek Vollan=person/${idOf('Tarek Vollan')}`, `Vollan=person/${idOf('Tarek Vollan')}`]);
  });

  test('an office with the surname names the office holder the corpus knows', () => {
    const found = links(['Emeka Okafor, a farmer, lost his crop.', 'Finance Minister Okafor promised help.']);
    expect(found).toEqual(['Emeka Okafor=person/?', `Okafor=person/${idOf('Clara Okafor')}`]);
    // Opening a sentence, and as an appositive.
    expect(links(['Emeka Okafor, a farmer, lost his crop.', 'Minister Okafor promised help.'])[1]).toBe(`Okafor=person/${idOf('Clara Okafor')}`);
    expect(links(['Emeka Okafor, a farmer, lost his crop.', 'Okafor, the minister, promised help.'])[1]).toBe(`Okafor=person/${idOf('Clara Okafor')}`);
  });
});

describe('a first name and two more name words are one person, whatever the corpus knows by the other two', () => {
  const { kindsOf } = storiesEngine([
    'Finance Minister Clara Okafor said on Monday that taxes would fall. Okafor spoke in Lagos.',
    'Okafor, the finance minister, said the budget would pass. Police in Dunmere said the strike was over.',
  ]);

  test.each([
    ['The novel by Frances Okafor Burnett was filmed in 1995.', 'Frances Okafor Burnett=person'],
    ['Members included Arthur Okafor Waite and two painters.', 'Arthur Okafor Waite=person'],
    ['The film stars Haley Okafor Dunmere as a young nurse.', 'Haley Okafor Dunmere=person'],
  ])('%s', (sentence, expected) => {
    expect(kindsOf([sentence])[0]).toEqual([expected]);
  });

  test('not with an everyday word among them ("Frances Okafor Prize"), nor closed by a place ("Harvey Nichols Dubai")', () => {
    expect(kindsOf(['She won the Frances Okafor Prize on Sunday.'])[0]).not.toContain('Frances Okafor Prize=person');
    expect(kindsOf(['Sales at Frances Okafor Lagos rose.'])[0]).not.toContain('Frances Okafor Lagos=person');
  });
});

describe("a photo credit's agency after a slash is no person", () => {
  const { kindsOf } = storiesEngine([
    'Finance Minister Clara Okafor said on Monday that taxes would fall. Okafor spoke in Lagos.',
    'The actor Tarek Vollan said on Monday that the film would open in May. Vollan spoke in London.',
    'Okafor, the finance minister, said the budget would pass. Police in Dunmere said the strike was over.',
  ]);

  test.each([
    ['Crowds in Lagos on Monday. Tarek Vollan/Agence Kelvara', ['Lagos=place', 'Tarek Vollan=person']],
    ['Clara Okafor in Lagos. Photo: Glenda Vollan/Kelvara Dorvant — Getty Images', ['Clara Okafor=person', 'Lagos=place', 'Glenda Vollan=person']],
  ])('%s', (sentence, expected) => {
    expect(kindsOf([sentence])[0]).toEqual(expected);
  });

  test('a slash between two places or two people keeps both ("Lagos/Abuja", "the Okafor/Vollan feud")', () => {
    expect(kindsOf(['Flights on the Lagos/Abuja route resumed.'])[0]).toEqual(['Lagos=place', 'Abuja=place']);
    expect(kindsOf(['The Okafor/Vollan feud is no hearsay.'])[0]).toEqual(['Okafor=person', 'Vollan=person']);
  });

  test('a partner after the slash, or a place the corpus knows, stays ("Woodbridge/Mark Woodforde", "By Jo Reed/Lagos")', () => {
    expect(kindsOf(['Doubles: Darnell Kell/Tarek Vollan, Kelvara, won in straight sets.'])[0]).toEqual(['Darnell Kell=person', 'Tarek Vollan=person']);
    expect(kindsOf(['By Glenda Maret/Lagos'])[0]).toEqual(['Glenda Maret=person', 'Lagos=place']);
  });
});

describe('a name closed by "Jr" or "III" has its surname before it', () => {
  const { index, matcher } = storiesEngine([
    'Baltimore shortstop Tarek Vollan Jr said on Monday he would play. Vollan said he felt fine.',
    'Seattle outfielder Darnell Okafor Jr said on Tuesday he was hurt. Okafor Jr said he would rest.',
    'Vollan Jr played his 2,000th game on Sunday in Baltimore, and Vollan said he was proud.',
  ]);
  const aliasesOf = (name: string) => {
    const at = index.lexicon.entities.findIndex((e) => e.name === name);
    return Object.entries(index.lexicon.aliases).flatMap(([key, list]) => (list.includes(at) ? [key] : []));
  };
  const links = (doc: string[]) => detectDocument(doc, matcher).flat().map((m) => `${m.text}=${m.entity ?? '?'}`);

  test('the corpus learns the surname as an alias, never "jr"', () => {
    expect(aliasesOf('Tarek Vollan Jr')).toContain('vollan');
    expect(index.lexicon.aliases['jr']).toBeUndefined();
  });

  test('on a page, the bare surname follows the full name', () => {
    const vollan = index.entities.find((e) => e.name === 'Tarek Vollan Jr')!.id;
    expect(links(['Tarek Vollan Jr. hit two home runs.', 'Vollan said the wind helped.'])).toEqual([`Tarek Vollan Jr=${vollan}`, `Vollan=${vollan}`]);
    expect(links(['Glenda Maret Jr. opened the show.', 'Maret said she was nervous.'])).toEqual(['Glenda Maret Jr=?', 'Maret=?']);
  });

  test('a known surname before "Jr" in a stranger\'s name does not take the name over ("Sammy Davis Jr." is no David Davis)', () => {
    expect(links(['Emeka Vollan Jr. spoke in Baltimore.'])[0]).toBe('Emeka Vollan Jr=?');
  });

  test('two generations stay two people ("Hank Williams", "Hank Williams Jr")', () => {
    const { index: family } = storiesEngine([
      'The singer Glenda Maret Jr said on Monday she would tour. Maret Jr spoke in London.',
      'Her mother, the singer Glenda Maret, said on Tuesday she was proud. Glenda Maret spoke in Paris.',
    ]);
    expect(family.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Glenda Maret', 'Glenda Maret Jr']);
  });

  test('an office\'s word before "Jr" is the surname, not a title ("Martin Luther King Jr.")', () => {
    const text = 'Martin Luther King Jr. spoke in Baltimore.';
    const [name] = findNameCandidates(text, tokenize(text), { isCommonWord: () => false });
    expect({ key: name!.key, titled: name!.titled }).toEqual({ key: 'martin luther king jr', titled: false });
  });
});

describe('a lone name the corpus does not know', () => {
  const { kindsOf } = storiesEngine([
    'Officials in Madrid said on Monday that the talks would go on. Police in Madrid said the strike was over.',
    'Shares of Zentrix Corp rose 4 pct on Tuesday, traders in Madrid said.',
  ]);

  test('in a post, a capitalised word that is no everyday word and no place is a person', () => {
    expect(kindsOf(['omg Brianna just texted me, best news ever!!'])[0]).toContain('Brianna=person');
    expect(kindsOf(['cant believe you missed Tobiah at the show lol'])[0]).toContain('Tobiah=person');
  });

  test('in news copy the same word, with no cue, is no person: it could as well be a company', () => {
    expect(kindsOf(['Analysts said Zentrix would report results on Friday.'])[0]).not.toContain('Zentrix=person');
  });

  test('taken up by "he" or "she" in its sentence, it is a person in news copy too', () => {
    expect(kindsOf(['The court heard that Okonjo had left the country before he was charged.'])[0]).toContain('Okonjo=person');
    // The pronoun is someone else's after "where": "Acme, where he worked".
    expect(kindsOf(['Analysts said Brevik, where he worked for a decade, expects a loss.'])[0]).not.toContain('Brevik=person');
    // Nor an object ("his arrest" is someone else's), nor "he" cut out of a longer word.
    expect(kindsOf(['Investors said Zentrix fired its chief after his arrest.'])[0]).not.toContain('Zentrix=person');
    expect(kindsOf(['Analysts said Zentrix would post a small loss this year as helicopter sales fell.'])[0]).not.toContain('Zentrix=person');
  });

  test('a point of the compass after a name makes no region ("Kanye West")', () => {
    expect(kindsOf(['Fans cheered Kanye West on Friday.'])[0]).not.toContain('Kanye West=place');
  });

  test('a capital inside a word makes a product or a company ("JavaScript"), not a name of the particles ("McAllen")', () => {
    expect(kindsOf(['The page was written in JavaScript last year.'])[0]).toEqual([]);
    expect(kindsOf(['Shoppers said Zentrix PlayStation sales rose.'])[0]).toEqual([]);
    expect(kindsOf(['Floods hit homes in McAllen on Monday.'])[0]).toEqual(['McAllen=place']);
  });

  test('after "in" or "at" it is a place; after "to" or "from", which take people as often, it is not', () => {
    expect(kindsOf(['Rebels attacked a post in Tavildara on Monday.'])[0]).toEqual(['Tavildara=place']);
    expect(kindsOf(['The letter from Zentrix arrived on Monday.'])[0]).not.toContain('Zentrix=place');
    expect(kindsOf(['Investors sold shares to Zentrix on Monday.'])[0]).not.toContain('Zentrix=place');
  });

  test('a chat word opening a post ("Haha", "Tbh") is no name; a name opening it as the subject of a verb is', () => {
    expect(kindsOf(['Haha you missed Tobiah at the show lol'])[0]).toEqual(['Tobiah=person']);
    expect(kindsOf(['Jedidiah is so annoying lol, i cant even'])[0]).toContain('Jedidiah=person');
  });

  test('a pronoun with its contraction ("I\'ll", "You\'re") is never a name, even in a post', () => {
    const [mentions] = kindsOf(["I'll tell you what, You're gonna love Marisol's new song"]);
    expect(mentions).toContain('Marisol=person');
    expect(mentions!.some((m) => /^(I'll|You're)=/.test(m))).toBe(false);
  });
});

describe('a compound ending in lower case describes: no name', () => {
  const { kindsOf } = storiesEngine(['Officials in Pakistan said on Monday that talks would go on. Police in Pakistan agreed.']);

  test.each([
    ['Officials said British-born Ana Ruiz would return on Monday.', 'British-born', 'Ana Ruiz=person'],
    ['Police said a Pakistan-based charity had lost its founder, and he denied it.', 'Pakistan-based', null],
  ])('%s', (sentence, compound, person) => {
    const [mentions] = kindsOf([sentence]);
    expect(mentions!.filter((m) => m.includes(compound))).toEqual([]);
    if (person) expect(mentions).toContain(person);
  });

  test('a name closed by a participle of origin describes what follows: "the San Tarvosh-based firm"', () => {
    const [mentions] = kindsOf(['The San Tarvosh-based firm said profits rose, as did the New Tarvosh-born singer.']);
    expect(mentions).toEqual([]);
  });

  test('inside a name, a hyphenated given name stays: "Lee Jae-myung", "Ban Ki-moon"', () => {
    const mentions = kindsOf(['President Lee Jae-myung said on Monday the talks would go on.', 'Secretary-General Ban Ki-moon said he would visit Pakistan.']).flat();
    expect(mentions).toContain('Lee Jae-myung=person');
    expect(mentions).toContain('Ban Ki-moon=person');
  });
});

describe("a people's adjective of several words is no name, nor its words", () => {
  test('"Costa Rican officials" names no one, though the corpus knows Antonio Costa; "East Asian" neither', () => {
    const { kindsOf } = storiesEngine([
      'Prime Minister Antonio Costa said on Monday he would stand again. Costa said the budget would pass.',
      'Costa told parliament he acted alone, his spokesman said in Lisbon.',
    ]);
    const [rica, asia, costa] = kindsOf(['He met Costa Rican officials in Hanoi.', 'Trade with East Asian partners fell.', 'Later, Costa said he was tired.']);
    expect(rica).toEqual(['Hanoi=place']);
    expect(asia).toEqual([]);
    expect(costa).toContain('Costa=person');
  });

  test('a title makes a person of a name that ends like one ("Ambassador Tom Irish")', () => {
    const { kindsOf } = storiesEngine(['Prices rose in Paris on Tuesday, traders said.']);
    expect(kindsOf(['The talks would go on, Ambassador Tom Irish told reporters.'])[0]).toContain('Tom Irish=person');
  });
});

describe("a word the page uses alone again and again is the page's own, not a stranger's surname", () => {
  const { matcher } = seedCorpus();
  const kinds = (blocks: string[]) => detectDocument(blocks, matcher).map((ms) => ms.map((m) => `${m.text}=${m.kind}`));
  const lone = Array.from({ length: 10 }, (_, i) => `Version ${i + 40} of Firefox shipped with faster tabs.`);

  test('"Firefox" ten times, then "Kallo Firefox", a person the corpus does not know: the later "Firefox" stays no person', () => {
    const out = kinds([...lone, 'Engineer Kallo Firefox said crashes fell.', 'Later, Firefox crashed again.']);
    expect(out.at(-2)).toEqual(['Kallo Firefox=person']);
    expect(out.at(-1)).toEqual([]);
    expect(out.slice(0, 10).flat()).toEqual([]);
  });

  test('a surname used alone a few times before the full name still follows it ("Vickers ... Darnell Vickers")', () => {
    const out = kinds(['Vickers won again.', 'Fans cheered Vickers in Berlin.', 'The sprinter Darnell Vickers said he was tired.', 'Later, Vickers left.']);
    expect(out[1]).toContain('Vickers=person');
    expect(out[3]).toContain('Vickers=person');
  });
});

describe('cue words written with a look-alike letter', () => {
  // The Kelvin sign "K" lower-cases to an ASCII "k": the word is the cue word it reads as.
  test('"BanK of England" (Kelvin sign last) is a bank, not the place England', () => {
    expect(read('The Ban\u212A of England raised rates on Thursday.').join(' ')).not.toContain('England=place');
  });
  test('"spoKesman" (Kelvin sign inside: the word keeps its shape) is a title before a name', () => {
    const text = 'The spo\u212Aesman Tor Vandal said so.';
    const [candidate] = findNameCandidates(text, tokenize(text), { isCommonWord: () => false });
    expect(candidate).toMatchObject({ key: 'tor vandal', titled: true, role: 'spo\u212Aesman' });
  });
});

describe('odd spellings read as before', () => {
  test('a ten-letter contraction opening a sentence is no name ("Shouldn\'ve")', () => {
    expect(read("Shouldn've Tor Vandal said so?").join(' ')).not.toContain("Shouldn've");
  });
  test('a doubled possessive: the known surname inside the name is still found ("Tor Biden\'s\'s")', () => {
    const biden: EntityRecord = { id: 'person:joe-biden', kind: 'person', name: 'Joe Biden', aliases: ['joe biden', 'biden'], role: null, roleStory: null, weight: 1 };
    const lexicon = buildLexicon([biden], new Map(), [], engineResources().gazetteer);
    const [mentions] = detectDocument(["Yesterday Tor Biden's's plan failed."], createMatcher(lexicon));
    expect(mentions!.map((m) => `${m.text}=${m.entity ?? '?'}`)).toEqual(['Biden=person:joe-biden']);
  });
});

describe("a place's head word or prefix around a known place", () => {
  test.each([
    ['Oil spilled into the Gulf of Mexico on Monday.', 'Gulf of Mexico=place/?'],
    ['Climbers died on Mount Kenya last year.', 'Mount Kenya=place/?'],
    ['Barges sank in the Ohio River after the storm.', 'Ohio River=place/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
  test('a school or a team named after a state is no place ("Ohio State")', () => {
    expect(read('Fans of Ohio State were there.').join(' ')).not.toContain('Ohio State=place');
  });
});

describe('a place before a role in a side and a name is the club', () => {
  test.each([
    ['Leicester coach John Wells praised the pack on Saturday.', 'Leicester', 'John Wells=person/?'],
    ['At the Oval, Surrey captain Chris Lewis made 80.', 'Surrey', 'Chris Lewis=person/?'],
    ['He will be replaced by his Newcastle team mate Les Ferdinand.', 'Newcastle', 'Les Ferdinand=person/?'],
    ['Injured Chelsea winger Arjen Robben is out for a month.', 'Chelsea', 'Arjen Robben=person/?'],
  ])('%s', (sentence, club, person) => {
    const out = read(sentence);
    expect(out).toContain(person);
    expect(out.some((x) => x.startsWith(`${club}=`))).toBe(false);
  });

  test.each([
    ['Baratelli, who played for Leicester and Bristol, takes over.', 'Leicester'],
    ['He joins struggling first division side Leicester on Monday.', 'Leicester'],
    ['Juninho was signed from Leicester during the summer.', 'Leicester'],
  ])('and before it, a side\'s noun or a player\'s verb: %s', (sentence, club) => {
    expect(read(sentence).some((x) => x.startsWith(`${club}=`))).toBe(false);
  });

  test('a country stays a place: news copy names national sides by their countries', () => {
    expect(read('England captain Will Carling kicked well.')).toContain('England=place/?');
  });

  test('without a name after the role, the place stands ("a Leicester coach" may be a bus)', () => {
    expect(read('A Leicester coach carried the fans home from Bristol.')).toContain('Leicester=place/?');
  });

  test.each([
    ['He saw no reason why the former Leicester and Bristol skipper should not lead.', ['Leicester', 'Bristol']],
    ['The former Leicester striker, who moved to Bristol in June, scored twice.', ['Leicester']],
    ['Leicester and England defender Tom Reed was injured.', ['Leicester']],
  ])('a player\'s role makes the places before it sides, with no name after it too: %s', (sentence, clubs) => {
    const out = read(sentence);
    for (const club of clubs) expect(out.some((x) => x.startsWith(`${club}=`))).toBe(false);
  });

  test.each([
    ['Leicester have been unable to win any of their last five games.', 'Leicester'],
    ['Leicester were beaten 2-1 at home on Saturday.', 'Leicester'],
    ["The coach was sacked after Leicester's home defeat to Bristol.", 'Leicester'],
  ])('a plural verb after a town opening a sentence, or its home result, makes it a side: %s', (sentence, club) => {
    expect(read(sentence).some((x) => x.startsWith(`${club}=`))).toBe(false);
  });

  test.each([
    ['Leaders in Leicester have criticised the plan.', 'Leicester=place/?'],
    ['Troops besieging Leicester were defeated by the king.', 'Leicester=place/?'],
    ['Leeds have a new bypass.', 'Leeds=place/?'],
    ['The Netherlands are in talks with Belgium.', 'Netherlands=place/?'],
  ])('not a plural verb that is another subject\'s, nor after a plural name or a country: %s', (sentence, place) => {
    expect(read(sentence)).toContain(place);
  });

  test('a player\'s move names a side in sports copy ("joined Leicester", "transferred to Bristol"), a town elsewhere', () => {
    const { matcher } = seedCorpus();
    const kinds = (doc: string[]) => detectDocument(doc, matcher).flat().map((m) => `${m.text}=${m.kind}`);
    const sports = ['Leicester beat Bristol 2-1 on Saturday.', 'Bath beat Gloucester 3-1 on Sunday.', 'Tom Reed joined Leicester in June and was later transferred to Bristol.'];
    expect(kinds(sports).filter((m) => /^(?:Leicester|Bristol)=place/.test(m))).toEqual([]);
    expect(kinds(['The family moved to Bristol in June, and she joined Leicester University.'])).toContain('Bristol=place');
  });
});

describe('a first name that is also a function word, after a title', () => {
  test.each([
    ['England captain Will Carling kicked well.', 'Will Carling=person/?'],
    ['The film stars actor Will Smith as a boxer.', 'Will Smith=person/?'],
    ['Police Federation chairman Jan Berry said officers should act.', 'Jan Berry=person/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('a determiner after a title opens the name of a work, not a person', () => {
    const out = read('It competes with fellow nominee The Fisher King at the awards.');
    expect(out.some((x) => x.includes('=person'))).toBe(false);
  });

  test('a headline in title case gives every word a capital: "Will" there is the verb', () => {
    expect(read('Nato chief Will Stay on Until March').some((x) => x.startsWith('Will'))).toBe(false);
  });

  test('"will" in lower case is the verb', () => {
    expect(read('The president will meet Obama in Paris.').some((x) => x.startsWith('will'))).toBe(false);
  });
});

describe('a place before a role other walks of life have too, after an owner, is a side only in sports copy', () => {
  test.each([["The firm's Tokyo manager Ken Sato said sales rose."], ['Its Tokyo manager Ken Sato resigned on Friday.']])('business copy: the city stays a place: %s', (sentence) => {
    expect(read(sentence)).toContain('Tokyo=place/?');
  });
  test('with no owner before it, the city before "manager" is the club', () => {
    expect(read('Leeds manager Howard Wilkinson said the side would recover.').some((x) => x.startsWith('Leeds='))).toBe(false);
  });
  test('sports copy: the city is the club', () => {
    const out = read('Leeds manager Howard Wilkinson was pleased with the 2-0 win.');
    expect(out).toContain('Howard Wilkinson=person/?');
    expect(out.some((x) => x.startsWith('Leeds='))).toBe(false);
  });
  test('a role only sides have makes it the club anywhere', () => {
    expect(read('He handed the award to Surrey captain Alec Stewart.').some((x) => x.startsWith('Surrey='))).toBe(false);
  });
});

describe('a place inside a name its acronym in brackets spells', () => {
  test.each([
    ['The Organisation for Security and Cooperation in Europe (OSCE) postponed the vote.', 'Europe'],
    ['Troops of the U.N. Interim Force in Lebanon (UNIFIL) were fired on.', 'Lebanon'],
    ['Officials of the Monetary Authority of Singapore (MAS) met bankers.', 'Singapore'],
    ['A spokesman for the Development Bank of the Philippines (DBP) declined to comment.', 'Philippines'],
    ['The Rally for the Return of Refugees and Democracy in Rwanda (RDR) urged calm.', 'Rwanda'],
  ])('%s', (sentence, notAPlace) => {
    expect(read(sentence).some((x) => x.startsWith(`${notAPlace}=`))).toBe(false);
  });

  test('other names in the sentence still count', () => {
    expect(read('Talks at the General Agreement on Tariffs and Trade (GATT) in Geneva resumed.')).toContain('Geneva=place/?');
  });

  test.each([
    ['He lives in New York (NY) with his family.', 'New York=place/?'],
    ['Fighting in the Democratic Republic of Congo (DRC) went on.', 'Democratic Republic of Congo=place/?'],
    ['Sources in Bosnia (BH) said so.', 'Bosnia=place/?'],
    ['Envoys of the United States of America (USA) met in Geneva.', 'United States=place/place:united-states'],
    ['Officials of the People\'s Republic of China (PRC) visited Hanoi.', 'Republic of China=place/?'],
    ['Oil output in Trinidad and Tobago (TT) rose.', 'Tobago=place/?'],
  ])('a place that defines its own acronym stays a place: %s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('a place of several words defining its acronym is no organisation: nothing in it is lost', () => {
    expect(read("Talks with the Democratic People's Republic of Korea (DPRK) stalled.").length).toBeGreaterThan(0);
  });

  test('the words spelling an acronym are its name only: a verb ends it', () => {
    expect(read('Officials in Geneva said the Trade Organisation (GTO) would meet.')).toContain('Geneva=place/?');
  });
});

describe("a known person's surname opening a name of everyday words names a firm or a thing", () => {
  const { kindsOf, index } = storiesEngine([
    'Prime Minister Boris Johnson said on Monday that taxes would fall. Johnson spoke in London.',
    'Johnson, the prime minister, met bankers in London. Boris Johnson said the budget would pass.',
    'Steel magnate Lakshmi Mittal bought a plant in Poland on Friday. Mittal said more would follow.',
    'Mittal, the steel magnate, met bankers in London. Lakshmi Mittal said he would expand.',
  ]);
  test('the corpus knows the people', () => {
    expect(index.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Boris Johnson', 'Lakshmi Mittal']));
  });
  test.each([
    ['Magna, Johnson Controls and Lear have worked on the panels.', 'Johnson'],
    ['Mittal Steel has operations in 14 countries.', 'Mittal'],
  ])('%s', (sentence, surname) => {
    expect(kindsOf([sentence]).flat().some((x) => x.startsWith(`${surname}`))).toBe(false);
  });
  test('the surname alone is still the person', () => {
    expect(kindsOf(['Johnson said the plan would work.']).flat()).toContain('Johnson=person');
  });
});

describe('an initial and a known surname', () => {
  const { index } = compileStories([
    'Australian captain Steve Waugh scored a century in Sydney. Waugh said the pitch was good.',
    'Waugh, the Australian captain, led the side in Perth. Steve Waugh made 80.',
    'Sprinter Carl Lewis won in Atlanta. Lewis said he would retire.',
    'Surrey captain Chris Lewis took four wickets at the Oval. Chris Lewis said he was happy.',
  ]);
  const matcher = createMatcher(index.lexicon);
  const idOf = (name: string) => index.entities.find((e) => e.name === name)!.id;
  const links = (line: string) => detectDocument([line], matcher).flat().map((m) => `${m.text}=${m.kind}/${m.entity ?? '?'}`);

  test('name the one person of that surname whose first name opens with it', () => {
    expect(links('S. Waugh b Muralitharan 22')).toContain(`S. Waugh=person/${idOf('Steve Waugh')}`);
    expect(links('S Waugh (capt), M Slater, R Ponting')).toContain(`S Waugh=person/${idOf('Steve Waugh')}`);
  });

  test('no one when two share the letter, or none has it', () => {
    expect(links('C. Lewis not out 12')).toContain('C. Lewis=person/?');
    expect(links('M. Waugh run out 9')).toContain('M. Waugh=person/?');
  });
});

describe('an adjective of place between a preposition and a name', () => {
  test.each([
    ['Refugees fled from neighbouring Tarvosh into the hills.', 'Tarvosh=place/?'],
    ['Fighting in eastern Tarvosh killed 30 people.', 'Tarvosh=place/?'],
    ['Officials in northern Tarvosh said the road was shut.', 'Tarvosh=place/?'],
    ['Militants were arrested in eastern Qurayyat on Friday.', 'Qurayyat=place/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('a noun after the name makes it a modifier, not the place', () => {
    expect(read('He tried to set up a dictatorship in the former Soviet republic.')).toEqual([]);
    expect(read('The duet from former Westlife star Brian McFadden sold well.')).toEqual(['Brian McFadden=person/?']);
  });
});

describe('names before figures: sides in results and standings, players in scorecards', () => {
  const { kindsOf } = storiesEngine(['The league met in Glasgow on Monday.']);
  test.each([
    ['Greenock Morton 3 2 0 1 5 2 6'],
    ['Greenock Morton 1 Falkirk 0'],
    ['Leyton Orient 2 Hartlepool 0'],
  ])('%s: no person', (row) => {
    expect(kindsOf([row]).flat().some((x) => x.endsWith('=person'))).toBe(false);
  });
  test.each([
    ['Phil Mickelson 70 66 68 70 274', 'Phil Mickelson=person'],
    ['Duffy Waldorf 69 67 71', 'Duffy Waldorf=person'],
  ])('%s: a golfer', (row, expected) => {
    expect(kindsOf([row]).flat()).toContain(expected);
  });
  test('a long run of digits after a name is read at once (it once took exponential time)', () => {
    const started = performance.now();
    const found = kindsOf([`Duffy Waldorf ${'1'.repeat(60)}x`]).flat();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found).toContain('Duffy Waldorf=person');
  });
});

describe('a line opening with a name and a colon', () => {
  const { kindsOf } = storiesEngine(['The league met in Glasgow on Monday.']);
  test('is a venue when a side follows', () => {
    expect(kindsOf(['Tunbridge Wells: Nottinghamshire 214, Kent 108-3.']).flat()).toContain('Tunbridge Wells=place');
  });
  test.each([['Scorers: Dean Saunders (2nd minute, 75th)'], ['Attendence: 9,000'], ['Fax: (6221) 344-8404.'], ['ISSUER: Bay Co Building Authority']])('is a label: %s', (line) => {
    expect(kindsOf([line]).flat().some((x) => x.startsWith(line.slice(0, line.indexOf(':'))))).toBe(false);
  });
});

describe('"The" with its capital inside a sentence belongs to the place', () => {
  test.each([
    ['They flew from Dakar to The Gambia on Monday.', 'The Gambia=place/?'],
    ['Exports from France, Sweden and The Netherlands rose.', 'The Netherlands=place/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('not opening a sentence, nor in title case after a capitalised word', () => {
    expect(read('The Netherlands exported more.')).toContain('Netherlands=place/?');
    expect(read('He sang Born In The USA on stage in Paris.')).toContain('USA=place/?');
  });
});

describe('honorifics and titles written short, with a dot', () => {
  test.each([
    ['Yesterday Mr. Obama said the talks would go on.', 'Obama=person/?'],
    ['Then Dr. Cox arrived with Mrs. Jenkins in Leeds.', 'Jenkins=person/?'],
    ['Officials said Gov. Hochul would sign it.', 'Hochul=person/?'],
    ['Testimony from Lt. Col. Oliver North was sought.', 'Oliver North=person/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('the honorific or the office alone is no name', () => {
    for (const sentence of ['Yesterday Mr. Obama said so.', 'Testimony from Lt. Col. Oliver North was sought.', 'Advice from the Attorney General was sought.']) {
      expect(read(sentence).some((x) => /^(?:Mr|Lt|Col|General)=/.test(x)), sentence).toBe(false);
    }
  });

  test('a surname that is an office\'s word after an honorific stays a name', () => {
    expect(read('The director praised Mr King and Mr Mann.')).toContain('King=person/?');
  });

  test('capitals before a dot are no honorific ("MS." is a disease)', () => {
    expect(read('It helps patients with MS. Final approval is near.').some((x) => x.startsWith('Final'))).toBe(false);
  });
});

describe('particles of names: "van", "de", "al", "la"', () => {
  test.each([
    ['Yesterday Joost van der Westhuizen scored a try.', 'Joost van der Westhuizen=person/?'],
    ['He met Ludwig van Beethoven fans and Vincent van Gogh.', 'Vincent van Gogh=person/?'],
    ['The shot was tipped over by goalkeeper De Wilde.', 'De Wilde=person/?'],
    ['Vice President Al Gore said so.', 'Al Gore=person/?'],
    ['They flew to La Paz and El Salvador.', 'El Salvador=place/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test('a particle alone is no place ("Van" is a town of Turkey)', () => {
    expect(read('He admired Vincent van Gogh.').some((x) => /^van=|^Van=/.test(x))).toBe(false);
  });

  test('a particle and one word are no personal name by their shape ("El Al", "Der Spiegel")', () => {
    expect(read('He told Der Spiegel about the crash of an El Al plane.').some((x) => x.includes('=person'))).toBe(false);
  });

  test('a surname with its particles follows the full name in the page', () => {
    const { matcher } = seedCorpus();
    const found = detectDocument(['Goalkeeper Filip De Wilde was in form.', 'The shot was one De Wilde tipped over.'], matcher).map((ms) => ms.map((m) => `${m.text}=${m.kind}`));
    expect(found[1]).toEqual(['De Wilde=person']);
  });
});

describe('review of session 12: what the new rules must leave alone', () => {
  test.each([
    ['a person who "shares the lead"', 'After 54 holes, Teodor Varga shares the lead with two others.', 'Teodor Varga=person/?'],
    ['a name in a sentence full of names', 'Junior minister Will Quince met Teodor Varga and Rishi Sunak in London.', 'Will Quince=person/?'],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  test.each([
    ['a religion before "city of"', 'Troops entered the Sunni city of Tikrit.', 'Sunni='],
    ['a people after "a"', 'Gunmen attacked a Hutu village on Friday.', 'Hutu='],
    ['a parliament after "in the"', 'The law was approved in the Bundestag on Friday.', 'Bundestag='],
    ['a party\'s name', 'Republican Party leaders met in Washington on Monday.', 'Party='],
    ['an adjective before a participle', 'He served in the former Rhodesian armed forces.', 'Rhodesian='],
    ['a street\'s abbreviation ending a sentence', 'Police closed Market St. Officers said the road was shut.', 'Market St. Officers='],
    ['a saint with no preposition', 'The feast of St. Anthony is in June.', 'St. Anthony=place'],
    ['a nationality inside a place\'s name', 'The Dutch East Indies became Indonesia.', 'East Indies='],
  ])('no wrong mention: %s', (_, sentence, wrong) => {
    expect(read(sentence).some((x) => x.startsWith(wrong))).toBe(false);
  });
});

describe("a known person's name inside a building's, a longer name or an acronym (session 16)", () => {
  const { kindsOf, matcher } = storiesEngine([
    'Coach Glenda Dorvant said on Monday the side was ready. Dorvant said the final would be hard.',
    'Striker Darnell Maret said he would stay. Maret scored twice in the final.',
    'Tennis player Andy Kelvar said he was fit. Kelvar won in straight sets.',
    'Tennis player Rhys Vek said he was fit. Vek won in straight sets.',
    'Senator Glenda Tower said on Monday the bill would pass. Tower said so again.',
    // The corpus writes "House" with a capital: no everyday word to it.
    'The House voted on Monday, and the House Speaker said the House would meet again.',
  ]);
  const linked = (sentence: string) => detectDocument([sentence], matcher)[0]!.map((m) => `${m.text}=${m.kind}/${m.entity ?? '?'}`);

  test('a known surname before a building\'s word names the building, no one ("the White House")', () => {
    expect(kindsOf(['Officials at the Dorvant House said the talks were over.'])[0]!.filter((x) => x.endsWith('=person'))).toEqual([]);
    expect(kindsOf(['Dorvant House officials said the talks were over.'])[0]!.filter((x) => x.endsWith('=person'))).toEqual([]);
  });

  test('a known surname that is a building\'s word, after a word that is no first name, closes a building\'s name ("Trump Tower")', () => {
    const people: EntityRecord[] = [
      { id: 'person:glenda-tower', kind: 'person', name: 'Glenda Tower', aliases: ['glenda tower', 'tower'], role: null, roleStory: null, weight: 1 },
      { id: 'person:glenda-hall', kind: 'person', name: 'Glenda Hall', aliases: ['glenda hall', 'hall'], role: null, roleStory: null, weight: 1 },
    ];
    const towerMatcher = createMatcher(buildLexicon(people, new Map(), [], engineResources().gazetteer));
    const read = (sentence: string) => detectDocument([sentence], towerMatcher)[0]!.map((m) => `${m.text}=${m.kind}/${m.entity ?? '?'}`);
    for (const sentence of ['Protesters gathered outside Kelvoran Tower on Monday.', 'She played Kelvoran Hall in 1962.']) {
      expect(read(sentence).filter((x) => x.includes('=person')), sentence).toEqual([]);
    }
    // After a first name it is someone of that surname.
    expect(read('Darnell Hall said the vote was close.')).toEqual(['Darnell Hall=person/?']);
  });

  test('a known full name then a surname the corpus lacks is someone else, whole ("William Butler Yeats")', () => {
    expect(linked('Members of the club included Darnell Maret Tarvoshi and others.')).toContain('Darnell Maret Tarvoshi=person/?');
  });

  test('a first name that is a country\'s too, then a surname, is a person ("Jordan Henderson", "Georgia O\'Keeffe")', () => {
    expect(kindsOf(['Jordan Tarvoshi scored twice on Sunday.'])[0]).toEqual(['Jordan Tarvoshi=person']);
    expect(kindsOf(["A show of work by Georgia O'Kelvar opened on Monday."])[0]).toContain("Georgia O'Kelvar=person");
    // Not a place's head, a side's plural, a party's member, or after "the".
    expect(kindsOf(['Troops entered the Jordan Valley on Monday.'])[0]).toEqual(['Jordan Valley=place']);
    expect(kindsOf(['Georgia Gov. Jo Reed signed the bill on Monday.'])[0]).toEqual(['Georgia=place', 'Jo Reed=person']);
    for (const sentence of ['The Washington Kelvars won again on Sunday.', 'Asked about it, the Georgia Democrat shot back.', 'A Georgia Tarvoshi case juror spoke.']) {
      expect(kindsOf([sentence])[0]!.filter((x) => x.endsWith('=person')), sentence).toEqual([]);
    }
  });

  test('a short word in capitals on a line in small letters is an acronym, not a known surname ("12GB of RAM")', () => {
    expect(linked('The laptop has 12GB of VEK memory and a big drive.')).toEqual([]);
    expect(linked('The laptop has 12GB of GDDR5 VEK memory.')).toEqual([]);
    // Written as the corpus writes it, on a line in capitals, or longer, it is the person still.
    expect(linked('Vek won again on Sunday.')[0]).toMatch(/^Vek=person\/person:/);
    expect(linked('VEK WINS AGAIN\nThe champion was happy.')[0]).toMatch(/^VEK=person\/person:/);
    expect(linked('Crowds cheered KELVAR on Sunday.')[0]).toMatch(/^KELVAR=person\/person:/);
  });
});

describe('a name written surname first keeps its surname after an honorific (session 16)', () => {
  test('"Mr Kim" after "Kim Dae-hwan" is him, not the corpus\'s other Kim', () => {
    const { matcher } = storiesEngine([
      'Striker Darnell Kim said on Monday he would stay. Kim scored twice in the final.',
      'Kim scored again on Sunday, and Kim said the side was ready.',
      'President Kim Dae-hwan said on Monday the talks would go on.',
    ]);
    const [, second] = detectDocument(['President Kim Dae-hwan arrived in Tarvosh on Monday.', 'Mr Kim said the talks would go on.'], matcher);
    expect(second!.map((m) => `${m.text}=${m.entity}`)).toEqual(['Kim=person:kim-dae-hwan']);
  });
});

describe('names joined by an ampersand are a firm\'s or a band\'s, never a person (session 17)', () => {
  const { kindsOf } = storiesEngine(['The chairman Tom Spencer said on Monday sales rose. Spencer said so again.', 'Police in Oslo said the road was shut.']);
  test.each([
    ['Shares in Kessel & Spencer rose on Monday.'],
    ['Dorvant & Gamble said profits rose.'],
    ['Vollan & Vollan said so in Oslo.'],
  ])('%s: no person, nor one of its words', (sentence) => {
    expect(kindsOf([sentence])[0]!.filter((m) => m.endsWith('=person'))).toEqual([]);
  });
  test('the known person of a word is still them alone', () => {
    expect(kindsOf(['Spencer said sales rose in Oslo.'])[0]).toEqual(['Spencer=person', 'Oslo=place']);
  });
});

describe('a faith\'s members are a people, no surname alone (session 17)', () => {
  const { index, kindsOf } = storiesEngine([
    'The bank chief Tarvel Christians said on Monday profits rose. Tarvel Christians said so again.',
    'Police in Baghdad said Sunnis and Shias clashed on Monday.',
  ]);
  test('"Christians" of Tarvel Christians is no alias: the word alone is the faith\'s members', () => {
    expect(index.lexicon.aliases['tarvel christians']).toHaveLength(1);
    expect(index.lexicon.aliases['christians']).toBeUndefined();
    expect(kindsOf(['Christians began reading the cards in Baghdad.'])[0]).toEqual(['Baghdad=place']);
    expect(kindsOf(['Sunnis and Shias clashed again.'])[0]).toEqual([]);
  });
  test('the full name is still the person, and the page\'s own full name gives its surname', () => {
    expect(kindsOf(['Tarvel Christians said profits fell. Christians said the bank would cut jobs.'])[0]).toEqual(['Tarvel Christians=person', 'Christians=person']);
  });
});

describe('"The" opening a place known whole stays in it (session 17)', () => {
  const { kindsOf } = storiesEngine([
    'THE HAGUE, March 3 - Talks on the treaty resumed on Monday, officials said.',
    'THE HAGUE, March 4 - The talks ended without a deal.',
    'Foreign Secretary Tarek Hague said on Monday the talks would fail. Hague said so again.',
  ]);
  test.each([
    ['The court at The Hague ruled on Monday.', ['The Hague=place']],
    ['In The Hague, police said the talks ended.', ['The Hague=place']],
    ['Hague said the court in The Hague was right.', ['Hague=person', 'The Hague=place']],
    ['The court at the Hague ruled on Friday.', ['Hague=place']],
  ])('%s', (sentence, expected) => {
    expect(kindsOf([sentence])[0]).toEqual(expected);
  });
});

describe('"who" after a place\'s name makes it someone\'s (session 17)', () => {
  const { kindsOf } = storiesEngine(['Police in Hamilton said the road was shut. Officials in Hamilton said so too.', 'Talks in Israel resumed on Monday.']);
  test.each([
    ['The dean called Hamilton, who hired her.', ['Hamilton=person']],
    ['A woman from Hamilton, who has not been named, was hurt.', ['Hamilton=place']],
    ['However, Hamilton, who hired her, disagreed.', ['Hamilton=person']],
    ['She moved to Hamilton, whose museums she loved.', ['Hamilton=place']],
    ['She left Hamilton, which she hated.', ['Hamilton=place']],
    ['The mayor of Hamilton, who took office in May, spoke.', ['Hamilton=place']],
    ['Protesters marched in Hamilton, whom police later dispersed.', ['Hamilton=place']],
    ['A woman living in Oslo, Hamilton, who cares for her mother.', ['Oslo=place', 'Hamilton=place']],
  ])('%s', (sentence, expected) => {
    expect(kindsOf([sentence])[0]).toEqual(expected);
  });
  test('not a country\'s name, nor a city\'s in sports copy: the side', () => {
    expect(kindsOf(['Hamilton, who beat Leeds 2-1 on Saturday, lead the table.', 'Hamilton 2 Leeds 1', 'Motherwell 0 Celtic 3'])[0]).not.toContain('Hamilton=person');
    expect(kindsOf(['Israel, who beat Austria, meet Spain next.'])[0]).not.toContain('Israel=person');
  });
});

describe('a first name and two name words closed by a town that is a known person\'s surname (session 17)', () => {
  // Moore, Oklahoma and Mary, Turkmenistan are cities of the gazetteer's lists; the corpus knows
  // a Moore and a Tyler, and Mary as the town.
  const { kindsOf } = storiesEngine([
    'The director Tarek Moore said on Monday the film was done. Moore said so again.',
    'The senator Anja Tyler said on Monday the bill would pass. Tyler said so again.',
    'Police in Mary said the road was shut. Floods hit Mary on Sunday.',
    'Police in Oslo said the road was shut.',
  ]);
  test('"Mary Tyler Moore" is one person', () => {
    expect(kindsOf(['Mary Tyler Moore died on Wednesday.'])[0]).toEqual(['Mary Tyler Moore=person']);
  });
  test('a town no one of the corpus is named after still closes a place: "Harvey Nichols Oslo" is no person', () => {
    expect(kindsOf(['Harvey Nichols Oslo opened a store.'])[0]).not.toContain('Harvey Nichols Oslo=person');
  });
});

describe('a first name and a known surname in capitals are one name: a photo credit (session 17)', () => {
  const { kindsOf, matcher } = storiesEngine(['The golfer Tarek Vollan said on Monday he was fit. Vollan said so again.', 'Police in Oslo said the road was shut.']);
  const read = (text: string) => detectDocument([text], matcher)[0]!.map((x) => `${x.text}=${x.kind}/${x.entity ?? '?'}`);
  test('"JIM VOLLAN/AFP" is the photographer, not the golfer', () => {
    expect(read('JIM VOLLAN/AFP/Getty Images')).toEqual(['JIM VOLLAN=person/?']);
  });
  test('the golfer in capitals is still him', () => {
    expect(read('By TAREK VOLLAN')).toEqual(['TAREK VOLLAN=person/person:tarek-vollan']);
    expect(kindsOf(['VOLLAN WINS IN OSLO'])[0]).toEqual(['VOLLAN=person', 'OSLO=place']);
  });
});

describe('organisations\' names on a page: what they must leave alone (second review of session 17)', () => {
  const { kindsOf } = storiesEngine([
    'Velcorp said on Monday its profits rose. Velcorp Inc is based in Ohio.',
    'Velcorp Oil Co said it would sell a refinery, and Velcorp said prices fell.',
    'Shares of Velcorp Industries Corp fell after Velcorp said sales fell.',
    'South African Airways said profits rose. South African Breweries said so too.',
    'South African Mining Corp said it would hire. South African Breweries Ltd said sales fell.',
    'The golfer Tarek Vollan said on Monday he was fit. Vollan said so again.',
  ]);
  test.each([
    // A people's adjective opening a firm's name is no firm before a person's name.
    ['South African Tarek Vollan leads the Open.', ['Tarek Vollan=person']],
    // A firm's name alone after a preposition is the firm, but for a town and its state.
    ['It holds a 5 pct stake in Velcorp.', []],
    ['He was born in Velcorp, Ohio.', ['Velcorp=place', 'Ohio=place']],
    // A name shaped as a place's is the place's.
    ['Velcorp Square was packed with tourists.', ['Velcorp Square=place']],
    // The same name twice is a firm's.
    ['Vollan & Vollan said sales rose in Ohio.', ['Ohio=place']],
  ])('%s', (sentence, expected) => {
    expect(kindsOf([sentence])[0]).toEqual(expected);
  });
});

describe('organisations\' names on a page: what they must leave alone (review of session 17)', () => {
  const { kindsOf } = storiesEngine([
    'Delia Farrow said on Monday the show would go on. Delia Farrow said so again.',
    'Delia Farrow said the tour would start in May. Delia Farrow said she was tired.',
    'Delia Farrow Living Inc said profits rose. Delia Farrow Media Corp said sales fell.',
    'Dexter Corp said profits rose. Dexter Oil Co said it would drill, and Dexter said so again.',
    'Velcorp said on Monday its profits rose. Velcorp Inc is based in Ohio.',
    'Velcorp Oil Co said it would sell a refinery, and Velcorp said prices fell.',
    'Shares of Velcorp Industries Corp fell after Velcorp said sales fell.',
    'The issue was priced at par, said lead manager Dorvant Stanley. Dorvant Stanley Group Inc declined to comment.',
    'Sole manager Dorvant Stanley said the bonds were sold. Dorvant Stanley & Co is based in New York.',
    'The notes pay 7 pct, lead manager Dorvant Stanley said. Dorvant Stanley International Ltd sold them.',
    'The golfer Tarek Vollan said on Monday he was fit. Vollan said so again.',
    'The singer Anja Kell said on Monday she would tour. Kell said so again.',
  ]);
  test.each([
    // A founder's name that opens two firms is still the founder's.
    ['Delia Farrow said the show would return.', ['Delia Farrow=person']],
    // One or two firms opening with a word make no family: a new person keeps the name.
    ['Dexter Quillan, who is 45, said the plan would work.', ['Dexter Quillan=person']],
    // Two known people joined by an ampersand are the two people.
    ['Tarek Vollan & Anja Kell sang in Ohio.', ['Tarek Vollan=person', 'Anja Kell=person', 'Ohio=place']],
  ])('%s', (sentence, expected) => {
    expect(kindsOf([sentence])[0]).toEqual(expected);
  });
  test('a name opening with an organisation\'s name holds no one: "Dorvant Stanley Kell Vollan said"', () => {
    expect(kindsOf(['Dorvant Stanley Kell Vollan said profits rose.'])[0]).toEqual([]);
    expect(kindsOf(['DORVANT STANLEY RAISES RATING'])[0]).toEqual([]);
  });
  test('an organisation\'s word alone is the organisation: "Velcorp said", "told Velcorp"', () => {
    expect(kindsOf(['Velcorp said he would come.', 'He told Velcorp as he left.'])).toEqual([[], []]);
  });
});

describe('a place\'s name closed by a plural of the land is a place, by prepositions (review of session 17)', () => {
  test('"the Corvin Banks", "Sherwin Oaks"', () => {
    const { index } = storiesEngine([
      'Storms hit the Corvin Banks on Monday. Houses in the Corvin Banks were flooded.',
      'Fishermen from the Corvin Banks said the sea was rough.',
      'Fire crews in Sherwin Oaks said the blaze was out. Homes in Sherwin Oaks were saved.',
    ]);
    expect(index.entities.filter((e) => e.name === 'Corvin Banks' || e.name === 'Sherwin Oaks').map((e) => e.kind)).toEqual(['place', 'place']);
  });
});

describe('the page\'s surname after "to" or "from" is the person, but for a country, a capital or a state (session 17)', () => {
  const { kindsOf } = storiesEngine(['Police in Dunedin said the road was shut. Officials in Dunedin said so too.', 'Talks in Israel and Hamilton resumed on Monday.']);
  test.each([
    ['Tarek Dunedin wrote the code. Her boss sent the plan to Dunedin on Monday.', ['Dunedin=person']],
    ['Tarek Dunedin wrote the code. A letter from Dunedin arrived on Monday.', ['Dunedin=person']],
    ['Tarek Dunedin wrote the code. She lived in Dunedin for years.', ['Dunedin=place']],
    ['Anja Israel wrote the code. Flights to Israel were cancelled.', ['Israel=place']],
    ['Jo Hamilton wrote the code. He sought aid from Hamilton.', ['Hamilton=place']],
  ])('%s', (text, expected) => {
    const [first, second] = text.split('. ');
    expect(kindsOf([`${first}.`, second!])[1]).toEqual(expected);
  });
});

describe('a first name that is an everyday word, opening a sentence (session 19)', () => {
  const { matcher } = storiesEngine([
    'Bradley Hughes took five wickets on Friday. Hughes said the pitch was slow.',
    'Hughes, the Surrey bowler, was rested. Bradley Hughes returns next week.',
    'Senator Paul Clinton said the bill would pass. Clinton spoke in the Senate.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence);
  test.each([
    ['Mark Hughes scored twice in the second half.', 'Mark Hughes=person/?'],
    ['Buck Hughes stands outside his home in Ohio.', 'Buck Hughes=person/?'],
    ['6. Rose Hughes (Wales) 280', 'Rose Hughes=person/?'],
    ["Mark Hughes's goal won it.", 'Mark Hughes=person/?'],
  ])('is the name\'s first word, not the corpus\'s person of that surname: %s', (sentence, expected) => {
    const out = readHere(sentence);
    expect(out).toContain(expected);
    expect(out.join(' ')).not.toContain('bradley-hughes');
  });
  test.each([
    ['Even Clinton agreed the bill was flawed.', 'Clinton=person/person:paul-clinton'],
    ['Will Clinton sign the bill?', 'Clinton=person/person:paul-clinton'],
    ['King Hughes had no heir.', 'Hughes=person/?'],
  ])('grammar or a title opening the sentence is no first name: %s', (sentence, expected) => {
    expect(readHere(sentence)).toContain(expected);
  });
  test('a known place after the word is no surname: "Bill Cardiff" is left as before', () => {
    expect(readHere('Park Cardiff is closed.').join(' ')).not.toContain('Park Cardiff=person');
  });
});

describe("a royal's title takes a given name, not a surname (session 19)", () => {
  const { index, matcher } = storiesEngine([
    'Defence Minister Omar Tarvosh said the army was ready. Tarvosh spoke in Amman.',
    'Tarvosh, the defence minister, met officers. Omar Tarvosh left on Monday.',
    'Princess Kelby opened the hospital. Princess Kelby said she was proud.',
    'Crowds cheered Princess Kelby in Leeds. Kelby waved to them.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  const idOf = (name: string) => index.entities.find((e) => e.name === name)?.id;
  test.each([
    'King Tarvosh said the talks would go on.',
    'The talks, said Jordanian King Tarvosh, were good.',
    'Crown Prince Tarvosh arrived on Monday.',
  ])('the word after it is not the minister whose surname it is: %s', (sentence) => {
    expect(idOf('Omar Tarvosh')).toBeDefined();
    expect(links(sentence)).toContain('Tarvosh=?');
  });
  test('a royal the corpus knows by that name is linked', () => {
    expect(idOf('Kelby')).toBeDefined();
    expect(links('Princess Kelby visited Leeds.')).toContain(`Kelby=${idOf('Kelby')}`);
  });
  test('any other title still takes the surname: "Minister Tarvosh"', () => {
    expect(links('Minister Tarvosh said so.')).toContain(`Tarvosh=${idOf('Omar Tarvosh')}`);
  });
});

describe('a title before one word that closes organisations\' names opens the organisation\'s (session 19)', () => {
  test.each([
    'It was a General Motors exhibition in Detroit.',
    'Fiat settled its dispute with General Motors on Sunday.',
    'He gave evidence to a Premier League commission.',
  ])('no person: %s', (sentence) => {
    expect(read(sentence).filter((m) => m.includes('=person'))).toEqual([]);
  });
  test('an honorific still takes a surname that is such a word: "Mr Law said"', () => {
    expect(read('The remark was ill-advised, Mr Law said.')).toContain('Law=person/?');
  });
});

describe('"General" before an English word the corpus also writes as a company ("General Electric Co") teaches the index no person (session 22)', () => {
  const { index, matcher } = storiesEngine([
    'General Electric said on Monday profits rose. General Electric shares gained.',
    'Reliance Electric said it sold a unit. Westinghouse Electric said it would bid.',
    'General Electric said it would cut jobs at its Ohio plant. General Electric Co said so.',
    'Analysts said General Electric was cheap. General Electric, they said, would gain.',
    'Judge Tarvosh said the case would go on. Tarvosh spoke in Ohio.',
    'Major General Wood said the troops would stay. General Wood spoke in Basra.',
  ]);
  const names = index.entities.map((e) => e.name);
  test('no person "Electric", so no page links one', () => {
    expect(names).toContain('Tarvosh');
    expect(names).not.toContain('Electric');
    expect(readWith(matcher, 'Shares of General Electric rose 3 percent.').filter((x) => x.includes('=person/person:'))).toEqual([]);
  });
  test('a general whose surname is an English word stays a person where the corpus writes no "General Wood Inc"', () => {
    expect(names).toContain('Wood');
  });
});

describe("a first name before a known surname inside a longer name is someone else's (session 19)", () => {
  const { index, matcher } = storiesEngine([
    'Bradley Hughes took five wickets on Friday. Hughes said the pitch was slow.',
    'Hughes, the Surrey bowler, was rested. Bradley Hughes returns next week.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  test.each([
    ['The Milton Hughes Award went to a newcomer.', 'Milton Hughes=?'],
    ['It was the first Harry Hughes DVD of the year.', 'Harry Hughes=?'],
    ['The trustees include Margaret Tarvosh Hughes, it said.', 'Margaret Tarvosh Hughes=?'],
    ['The film stars Haley Hughes Tarvosh as a student.', 'Haley Hughes Tarvosh=?'],
  ])('%s', (sentence, expected) => {
    const out = links(sentence);
    expect(out).toContain(expected);
    expect(out.join(' ')).not.toContain('bradley-hughes');
  });
  test('the same first name is the corpus\'s person: "The Bradley Hughes Trophy"', () => {
    const id = index.entities.find((e) => e.name === 'Bradley Hughes')!.id;
    expect(links('He won The Bradley Hughes Trophy on Friday.')).toContain(`Bradley Hughes=${id}`);
  });
});

describe('"Will" with its capital before a surname is a first name (session 19)', () => {
  const { matcher } = storiesEngine([
    'Senator Paul Clinton said the bill would pass. Clinton spoke in the Senate.',
    'Clinton, the senator, met voters. Paul Clinton left on Monday.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence);
  test.each([
    ['Guests included Will Clinton, Jo Reed and Tarek Vollan.', 'Will Clinton=person/?'],
    ['Will Clinton stars in the new film.', 'Will Clinton=person/?'],
    ['A bidding battle may now begin. Bill Clinton, a retail analyst, said so.', 'Bill Clinton=person/?'],
  ])('%s', (sentence, expected) => {
    expect(readHere(sentence)).toContain(expected);
  });
  test('a question is the verb\'s: "Will Clinton sign the bill?"', () => {
    expect(readHere('Will Clinton sign the bill?')).toContain('Clinton=person/person:paul-clinton');
  });
});

describe('honorifics: a person always, and only where they are honorifics (session 19)', () => {
  test.each([
    ['Mr Jordan said the plan would work.', 'Jordan=person/?'],
    ['The ruling, Mrs Chad said, was fair.', 'Chad=person/?'],
  ])('an honorific before a country\'s name makes a person: %s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
  test('"miss" in small letters is the verb: "will miss England\'s opener"', () => {
    expect(read("Platt will miss England's opener on Sunday.").filter((m) => m.startsWith('England='))).toEqual([expect.stringMatching(/^England=place\//)]);
  });
  test('"DR" in capitals before a name that is not is no honorific: "DR Congo\'s"', () => {
    expect(read("He joined DR Congo's squad in Kinshasa.").filter((m) => m.includes('=person'))).toEqual([]);
  });
});

describe("an office's word after a first name is a surname; January's short form before a surname is a first name (session 19)", () => {
  const { matcher } = storiesEngine([
    'Central bank governor Mervyn King said rates would rise. King spoke in London.',
    'King, the governor, met bankers. Mervyn King left on Monday.',
    'Singer Dave Kelby toured Ohio. Kelby said the tour went well.',
    'Kelby, the singer, played in Leeds. Dave Kelby left on Monday.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence);
  test.each([
    ['Not least, said Paul King, principal consultant at Dorvant, the risk is real.', 'Paul King=person/?'],
    ['The song was recorded by Carole King in 1971.', 'Carole King=person/?'],
    ['Guests included Ann Bishop and Tarek Vollan.', 'Ann Bishop=person/?'],
    ['Jan Kelby said: "It is a service."', 'Jan Kelby=person/?'],
    ["Amnesty International's Jan Kelby said so.", 'Jan Kelby=person/?'],
  ])('%s', (sentence, expected) => {
    const out = readHere(sentence);
    expect(out).toContain(expected);
    expect(out.join(' ')).not.toMatch(/mervyn-king|dave-kelby/);
  });
  test.each(['The Lion King opened on Broadway.', 'The film beat The King in the ratings.'])('a title alone or after "the" is no one: %s', (sentence) => {
    expect(readHere(sentence).filter((m) => m.includes('King='))).toEqual([]);
  });
  test('"Jan" before a figure is the month: "On Jan 5 Kelby won"', () => {
    expect(readHere('On Jan 5 Kelby won the race.')).toContain('Kelby=person/person:dave-kelby');
  });
});

describe('review of session 19: what the new rules must leave alone', () => {
  const { matcher } = storiesEngine([
    'Striker Robbie Vollan scored twice on Sunday. Vollan said he was happy.',
    'Vollan, the Leeds striker, was rested. Robbie Vollan returns next week.',
    'Senator Paul Kelby said the bill would pass. Kelby spoke in the Senate.',
    'Kelby, the senator, met voters. Paul Kelby left on Monday.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence);
  test.each([
    ['Keegan hails comeback king Vollan', 'Vollan=person/person:robbie-vollan'],
    ['Will Kelby be fit for the game vs. Leeds?', 'Kelby=person/person:paul-kelby'],
    ['The question now is, Will Kelby sign?', 'Kelby=person/person:paul-kelby'],
  ])('the corpus\'s person still: %s', (sentence, expected) => {
    expect(readHere(sentence)).toContain(expected);
  });
  test.each([
    ['Fighting in DR Congo killed 20 people.', /^DR Congo=place/],
    ['She was Miss Poland in 1991.', /^Poland=place/],
    ['Kane To Miss England Games Through Injury', /^England=place/],
    ['Burger King USA reported higher profit.', /^USA=place/],
  ])('a place still: %s', (sentence, expected) => {
    expect(readHere(sentence).some((m) => expected.test(m))).toBe(true);
  });
  test.each([
    'Ralph Lauren CEO to step down.',
    'Bank Hapoalim said profits rose.',
    'Sky Deutschland lost subscribers.',
    'Urban Outfitters said sales rose.',
    'Sales for Jan Feb were weak.',
  ])('no person: %s', (sentence) => {
    expect(readHere(sentence).filter((m) => m.includes('=person'))).toEqual([]);
  });
  test('a word in small letters before the first name is no part of it: "New Yorker Rebecca Vollan"', () => {
    expect(readHere('The winner, said New Yorker Rebecca Vollan, was fair.')).toContain('Rebecca Vollan=person/?');
    expect(readHere('The winner, said New Yorker Rebecca Vollan, was fair.')).toEqual(['Rebecca Vollan=person/?']);
  });
});

describe("a surname alone inside an institution's or a place's name is no one (session 19)", () => {
  const { matcher } = storiesEngine([
    'Striker Robbie Vollan scored twice on Sunday. Vollan said he was happy.',
    'Vollan, the Leeds striker, was rested. Robbie Vollan returns next week.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence);
  test.each([
    'The concert is at Balloch Vollan Country Park on Saturday.',
    'He was held at Stoke Vollan Young Offender Institution in March.',
    'He played the Brown Vollan Golf Course in 1994.',
    'Rooms at the Colonial Vollan Health Care Center were full.',
  ])('%s', (sentence) => {
    expect(readHere(sentence).join(' ')).not.toContain('robbie-vollan');
  });
  test('"Loch Lomond": a loch opens a place\'s name', () => {
    expect(readHere('They camped on the banks of Loch Tarvosh.')).toContain('Loch Tarvosh=place/?');
  });
});

describe('a wire\'s dateline in capitals with a date and a hyphen is a place (session 19)', () => {
  const { matcher } = storiesEngine([
    'Striker Robbie Grove scored twice on Sunday. Grove said he was happy.',
    'Grove, the Leeds striker, was rested. Robbie Grove returns next week.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence);
  test('"DOWNERS GROVE, ILL., March 9 -" is a town, not the striker', () => {
    const out = readHere('DOWNERS GROVE, ILL., March 9 - Dorvant Inc said profits rose.');
    expect(out).toContain('DOWNERS GROVE=place/?');
    expect(out.join(' ')).not.toContain('robbie-grove');
  });
});

describe('second review of session 19: what the new rules must leave alone', () => {
  const { matcher } = storiesEngine([
    'Striker Robbie Vollan scored twice on Sunday. Vollan said he was happy.',
    'Vollan, the Leeds striker, was rested. Robbie Vollan returns next week.',
    'President Paul Kelby said the bill would pass. Kelby spoke in the Senate.',
    'Kelby, the president, met voters. Paul Kelby left on Monday.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence);
  test.each([
    ['Tarek Vollan (BBC): Great goal.', 'Tarek Vollan=person/?'],
    ['Jo Vollan (Tottenham) - 18 goals', 'Jo Vollan=person/?'],
  ])('a person still: %s', (sentence, expected) => {
    expect(readHere(sentence)).toContain(expected);
  });
  test.each(['UPDATE, March 10 - Police have confirmed the arrest.', 'CORRECTION, March 9 - An earlier story misstated the figure.'])('a wire\'s slug is no place: %s', (sentence) => {
    expect(readHere(sentence).filter((m) => m.includes('=place'))).toEqual([]);
  });
  test('a wire\'s dateline beats a known person: "VOLLAN, Miss., March 3 -"', () => {
    expect(readHere('VOLLAN, Miss., March 3 - Officials said the plant would close.')).toContain('VOLLAN=place/?');
  });
  test('a death notice\'s given names are no region: "KELBY, John Edward, March 3, 2021 -"', () => {
    expect(readHere('KELBY, John Edward, March 3, 2021 - Peacefully at home.').filter((m) => m.includes('=place'))).toEqual([]);
  });
});

describe("a peer's title names the peer, not the corpus's person of that surname (session 19)", () => {
  const { index, matcher } = storiesEngine([
    'Financier James Tarvosh said the bid would fail. Tarvosh spoke in London.',
    'Tarvosh, the financier, sold shares. James Tarvosh left on Monday.',
    'Lord Kelby said the law was clear. Lord Kelby spoke in the House of Lords.',
    'The report by Lord Kelby was published. Kelby said it was fair.',
  ]);
  const links = (doc: string[]) => detectDocument(doc, matcher).flat().map((x) => `${x.text}=${x.entity ?? '?'}`);
  const idOf = (name: string) => index.entities.find((e) => e.name === name)?.id;
  test('"Lord Tarvosh" is not the financier James Tarvosh', () => {
    expect(idOf('James Tarvosh')).toBeDefined();
    expect(links(['Lord Tarvosh, the attorney general, gave his advice.'])).toContain('Tarvosh=?');
  });
  test('a peer the corpus knows by the one word is linked: "Lord Kelby"', () => {
    expect(idOf('Kelby')).toBeDefined();
    expect(links(['Lord Kelby said the ruling stood.'])).toContain(`Kelby=${idOf('Kelby')}`);
  });
  test("the page's own full name is the peer: \"James Tarvosh ... Lord Tarvosh\"", () => {
    expect(links(['James Tarvosh was made a peer in May.', 'Lord Tarvosh said he was proud.'])).toContain(`Tarvosh=${idOf('James Tarvosh')}`);
  });
});

test('a peer named after a place is a person: "Baroness Scotland", "Lord Hamilton" (session 19)', () => {
  const out = read('Home Office minister Baroness Scotland said the law would change, as did Lord Hamilton.');
  expect(out).toContain('Scotland=person/?');
  expect(out).toContain('Hamilton=person/?');
});

describe('an office before a name on a page is no part of it (session 20)', () => {
  test.each([
    ['He met the Minister of Trade and Industry Peter Okafor in London.', 'Peter Okafor=person/?'],
    ['The Minister of State for Finance Tom Kelby said banks must explain.', 'Tom Kelby=person/?'],
    ['He said Minister of Foreign Affairs Tarek Vollan would travel.', 'Tarek Vollan=person/?'],
    ['NEW YORK, June 19 - Investor Irwin Vollan said he holds 9.9 pct.', 'Irwin Vollan=person/?'],
  ])('%j', (sentence, expected) => {
    expect(read(sentence).filter((x) => x.includes('=person'))).toEqual([expected]);
  });
  test('"the Deputy Prime Minister" is no one; "Governor Mervyn Kelby" is someone', () => {
    expect(read('Figures came from the Office of the Deputy Prime Minister.').filter((x) => x.includes('=person'))).toEqual([]);
    expect(read('Bank Governor Mervyn Kelby said rates would stay.')).toContain('Mervyn Kelby=person/?');
  });
});

describe('after an office, a name the lists lack is no part of the office (session 22)', () => {
  const { matcher } = storiesEngine([
    'The economic outlook and planning for national development were discussed; energy affairs came later.',
    'Development plans and economic planning took the whole economic debate of national affairs.',
  ]);
  const readHere = (sentence: string) => readWith(matcher, sentence).filter((x) => x.includes('=person'));
  test.each([
    ['Secretary for Finance and Economic Planning Kwabeni Tarvosh said on Monday.', 'Kwabeni Tarvosh=person/?'],
    ['Minister of Mines and Energy Affairs Luvo Okafor Vollan told reporters.', 'Luvo Okafor Vollan=person/?'],
  ])('%j', (sentence, expected) => {
    expect(readHere(sentence)).toEqual([expected]);
  });
  test('everyday words after the office are more of it: "State Minister for National Development Planning"', () => {
    expect(readHere('It was said by the State Minister for National Development Planning.')).toEqual([]);
  });
});

describe('other middle initials make another person (session 20)', () => {
  const { index, matcher } = storiesEngine([
    'President George W. Kelby said on Monday the talks would go on.',
    'George W. Kelby, the president, spoke in Texas. Kelby said he was pleased.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  const id = () => index.entities.find((e) => e.name === 'George W. Kelby')?.id;
  test('"George H.W. Kelby" is not George W. Kelby; "George W. Kelby" and "George Kelby" are', () => {
    expect(id()).toBeDefined();
    expect(links('His father, President George H.W. Kelby, held back the loans.')).toContain('George H.W. Kelby=?');
    expect(links('President George W. Kelby held back the loans.')).toContain(`George W. Kelby=${id()}`);
    expect(links('President George Kelby held back the loans.')).toContain(`George Kelby=${id()}`);
  });
});

describe('a surname the corpus knows, used for a thing (session 20)', () => {
  const { index, matcher } = storiesEngine([
    'Actress Jane Tarvosh said on Monday she would tour. Tarvosh spoke in London.',
    'Researcher Paul Kelby said the study was sound. Kelby works in Melbourne.',
    'Jane Tarvosh, the actress, and Paul Kelby, a researcher, met in Leeds.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  const id = (name: string) => index.entities.find((e) => e.name === name)?.id;
  test('"the Tarvosh" before a verb is a thing or a group ("The Tarvosh erupted through the cracks")', () => {
    expect(id('Jane Tarvosh')).toBeDefined();
    expect(links('It was a cunning horde. The Tarvosh erupted through the cracks.')).toEqual([]);
    expect(links('In March the Tarvosh was closed for repairs.')).toEqual([]);
    // A noun after it, or more words between, leave the person: "the Tarvosh trial", "The German-born Tarvosh rallied".
    expect(links('He spoke of the Tarvosh trial.')).toEqual([`Tarvosh=${id('Jane Tarvosh')}`]);
    expect(links('The London-born Tarvosh rallied well.')).toContain(`Tarvosh=${id('Jane Tarvosh')}`);
  });
  test('a name closed by a group\'s possessive is an institution\'s: "the Kelby Children\'s Research Institute"', () => {
    const shapes = (text: string) => findNameCandidates(text, tokenize(text), { isCommonWord: (w) => ['the', 'she', 'children'].includes(w) }).map((c) => `${c.key}:${c.shape}`);
    expect(shapes("She works at the Kelby Children's Research Institute.")).toEqual(['kelby children:org', 'research institute:org']);
    expect(shapes("The Kelby Women's Institute met.")[0]).toBe('kelby women:org');
    expect(shapes("Kelby's children said he was well.")).toEqual(['kelby:null']);
    expect(links("Kelby's children said he was well.")).toContain(`Kelby=${id('Paul Kelby')}`);
  });
});

test('a block that ends on an office\'s complement after "and" reads without error ("Minister of Trade and Industry")', () => {
  expect(() => read('He met the Minister of Trade and Industry')).not.toThrow();
  expect(read('Talks went on in Boston and New York').map((x) => x.split('=')[1]!.split('/')[0])).toEqual(['place', 'place']);
});

describe('second review of session 20: what the page\'s new rules must leave alone', () => {
  const { index, matcher } = storiesEngine([
    'IBM chairman Louis V. Kelby Jr. said on Monday profits rose. Kelby spoke in New York.',
    'Louis V. Kelby Jr., the chairman, said sales would grow.',
    'President Ronald Tarvosh said the board was right. Tarvosh spoke in Washington.',
    'Serena Pryce, the champion, said she would play. Pryce won in London.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  const id = (name: string) => index.entities.find((e) => e.name === name)?.id;
  test('the corpus\'s "Jr" is no middle name: "Louis V. Kelby" is Louis V. Kelby Jr.', () => {
    const louis = index.entities.find((e) => e.name.startsWith('Louis V. Kelby'));
    expect(louis?.name).toMatch(/Jr/);
    expect(links('IBM chief Louis V. Kelby said sales rose.')).toContain(`Louis V. Kelby=${louis!.id}`);
  });
  test('a participle before a noun after "the X" leaves the person ("the Tarvosh appointed majority")', () => {
    expect(links('The board had the Tarvosh appointed majority.')).toContain(`Tarvosh=${id('Ronald Tarvosh')}`);
    expect(links('Ronald Tarvosh spoke. MPs rejected the Tarvosh backed plan.')).toEqual([`Ronald Tarvosh=${id('Ronald Tarvosh')}`, `Tarvosh=${id('Ronald Tarvosh')}`]);
  });
  test('a group\'s possessive in a headline or after a place leaves them ("Serena Pryce Wins Women\'s Final", "the Pakistan People\'s Party")', () => {
    expect(links("Serena Pryce Wins Women's Final")).toContain(`Serena Pryce=${id('Serena Pryce')}`);
    expect(read("Riots hit the Pakistan People's Party offices.")).toContain('Pakistan=place/?');
  });
  test('a quote after a comma opens a sentence only after a verb of saying ("heard, "Super Tarvosh Run" is out")', () => {
    expect(links('In case you have not heard, "Super Kelby Run" is out now.').filter((x) => x.startsWith('Kelby Run'))).toEqual([]);
  });
});

describe('a surname several people of the corpus share, none far ahead, names no one alone', () => {
  const { index, matcher } = storiesEngine([
    'Tarek Vollan, the finance minister, said on Monday taxes would rise.',
    'Finance minister Tarek Vollan spoke in Oslo on Tuesday.',
    'Mirela Vollan won the 800 metres in Oslo on Friday.',
    'Mirela Vollan, the champion, said she would run again.',
    'President Ronald Tarvosh said on Monday the vote was fair.',
    'Ronald Tarvosh, the president, met farmers on Tuesday.',
    'President Ronald Tarvosh spoke in Lagos on Wednesday.',
    'Ronald Tarvosh, the president, flew home on Thursday.',
    'Ines Tarvosh, a painter, opened a show in Paris.',
    'Glen Kelby scored twice for the visitors on Saturday.',
    'Glenn Kelby, the striker, said the win mattered.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  const id = (name: string) => index.entities.find((e) => e.name === name)?.id;

  test('the index lists the surname two people share as often, not one whose first is written four times as often, nor one person\'s in two spellings', () => {
    expect(index.lexicon.sharedSurnames).toEqual(['vollan']);
  });
  test('alone, it is a person with no link', () => {
    expect(readWith(matcher, 'Vollan said on Friday the plan was sound.')).toContain('Vollan=person/?');
  });
  test('after the page names one of them in full, it is them', () => {
    expect(links('Mirela Vollan ran well. Vollan said she was tired.')).toEqual([`Mirela Vollan=${id('Mirela Vollan')}`, `Vollan=${id('Mirela Vollan')}`]);
  });
  test('a surname whose first person the corpus writes far more often is theirs alone', () => {
    expect(links('Tarvosh said the vote was fair.')).toEqual([`Tarvosh=${id('Ronald Tarvosh')}`]);
  });
  test('one person in two spellings of a first name shares nothing', () => {
    expect(links('Kelby scored again on Sunday.')[0]).toMatch(/^Kelby=person:glenn?-kelby$/);
  });
});

describe('a surname the corpus writes mostly in a firm\'s name names no one alone ("Phelps" beside "Phelps Dodge")', () => {
  const { index, matcher } = storiesEngine([
    'Pryce Dodge Corp said on Monday its copper output rose.',
    'Shares of Pryce Dodge Corp fell after Pryce Dodge cut its forecast.',
    'Pryce Dodge Inc said it would close a mine in Arizona.',
    'Analysts said Pryce Dodge Corp would raise prices.',
    'Swimmer Daniel Pryce won the 200 metres on Friday.',
    'President Ronald Tarvosh said on Monday the vote was fair.',
    'Mr Tarvosh said the vote was fair. Tarvosh Dodge Corp said it agreed.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  const id = (name: string) => index.entities.find((e) => e.name === name)?.id;
  test('the index lists it', () => {
    expect(index.lexicon.sharedSurnames).toContain('pryce');
    expect(index.lexicon.sharedSurnames).not.toContain('tarvosh');
  });
  test('alone it is linked to no one; after the page names the person, it is them', () => {
    expect(links('Pryce said on Monday output would fall.')).toEqual(['Pryce=?']);
    expect(links('Daniel Pryce won again. Pryce said he was tired.')).toEqual([`Daniel Pryce=${id('Daniel Pryce')}`, `Pryce=${id('Daniel Pryce')}`]);
  });
  test('a person the corpus calls by a title and the surname keeps it', () => {
    expect(links('Tarvosh said on Monday the vote was fair.')).toEqual([`Tarvosh=${id('Ronald Tarvosh')}`]);
  });
});

test('a town\'s name closing a first name and a known surname is the surname, not the town ("Haley Lu Richardson" stars)', () => {
  const { index, matcher } = storiesEngine(['The actor Tarek Vollan said on Monday that the film would open in May.', 'Vollan, the actor, won an award on Sunday.']);
  expect(index.entities.some((e) => e.name === 'Tarek Vollan')).toBe(true);
  expect(linksWith(matcher, 'Haley Vollan Richardson stars as a nurse.')).toEqual(['Haley Vollan Richardson=?']);
});

test('a person the corpus knows by one word is the name a first name opens ("David Ronalvo"), not one a firm\'s word opens ("Yangtze Ronalvo")', () => {
  const { index, matcher } = storiesEngine(['Striker Ronalvo scored twice on Sunday. Ronalvo said he was happy.', 'Ronalvo, the striker, signed a new contract on Monday.']);
  const ronalvo = index.entities.find((e) => e.name === 'Ronalvo')?.id;
  expect(ronalvo).toBeDefined();
  expect(linksWith(matcher, 'On Monday David Ronalvo scored again.')).toEqual([`David Ronalvo=${ronalvo}`]);
  expect(linksWith(matcher, 'Shares of Yangtze Ronalvo rose on Monday.')).toEqual(['Yangtze Ronalvo=?']);
});

test('a middle name written in full that the corpus\'s person lacks is someone else where several people share the surname ("Michael Forrest Jones" is no Michael Jones); one person\'s surname keeps them ("Boris Nikolayevich Yeltsin"), and so does an initial', () => {
  const { index, matcher } = storiesEngine([
    'Finance Minister Tarek Vollan said on Monday taxes would rise.',
    'Tarek Vollan, the minister, met bankers in Oslo.',
    'Singer Mirela Vollan said on Friday she would tour.',
    'Mirela Vollan, the singer, won an award.',
    'President Osric Kelby said on Monday the vote was fair.',
    'Osric Kelby, the president, met farmers.',
  ]);
  const id = (name: string) => index.entities.find((e) => e.name === name)?.id;
  expect(index.lexicon.sharedSurnames).toContain('vollan');
  expect(linksWith(matcher, 'On Monday Tarek Forrest Vollan opened a hotel.')).toEqual(['Tarek Forrest Vollan=?']);
  expect(linksWith(matcher, 'Minister Tarek F. Vollan spoke on Monday.')).toEqual([`Tarek F. Vollan=${id('Tarek Vollan')}`]);
  expect(linksWith(matcher, 'On Monday Osric Ivanovich Kelby signed the decree.')).toEqual([`Osric Ivanovich Kelby=${id('Osric Kelby')}`]);
});


describe('review of session 21: what the shared surnames must leave alone', () => {
  const { gazetteer } = engineResources();
  /** The shared surnames of a lexicon of people given as [name, weight]. */
  const sharedOf = (people: [string, number][]) => {
    const records: EntityRecord[] = people.map(([name, weight]) => ({ id: `person:${name.toLowerCase().replace(/\W+/g, '-')}`, kind: 'person', name, aliases: [name.toLowerCase(), 'vollan'], role: null, roleStory: null, weight }));
    return buildLexicon(records, new Map(records.map((p) => [p.id, p.weight])), [], gazetteer).sharedSurnames;
  };

  test('an acronym the corpus has as people\'s surname is still no one ("of brokers ABN")', () => {
    const { matcher } = storiesEngine(['John Abn, the chairman, said on Monday sales rose.', 'Chairman John Abn said more on Tuesday.', 'Mary Abn, the singer, said she would tour.', 'Singer Mary Abn said more on Friday.']);
    expect(linksWith(matcher, 'Andrew Beh, of brokers ABN, said the bid was fair.')).toEqual(['Andrew Beh=?']);
  });

  test('one person written two ways counts once: a title or a longer name before it, one letter of a first name', () => {
    expect(sharedOf([['Tarek Vollan', 3], ['Sen Tarek Vollan', 3]])).toEqual([]);
    expect(sharedOf([['Abu Vollan', 3], ['Nabil Abu Vollan', 2]])).toEqual([]);
    expect(sharedOf([['Jakob Vollan', 3], ['Jacob Vollan', 2]])).toEqual([]);
    expect(sharedOf([['Jack Vollan', 3], ['John Vollan', 2]])).toEqual([]);
  });

  test('the next person\'s spellings add up as the first\'s do', () => {
    expect(sharedOf([['Tarek Vollan', 7], ['Glen Vollan', 2], ['Glenn Vollan', 2]])).toEqual(['vollan']);
    expect(sharedOf([['Tarek Vollan', 7], ['Glen Vollan', 2], ['Osric Vollan', 2]])).toEqual([]);
  });

  test('a one-word person is linked after an initial too ("C. Ronalvo")', () => {
    const { index, matcher } = storiesEngine(['Striker Ronalvo scored twice on Sunday. Ronalvo said he was happy.', 'Ronalvo, the striker, signed a new contract on Monday.']);
    expect(linksWith(matcher, 'On Monday C. Ronalvo scored again.')).toEqual([`C. Ronalvo=${index.entities.find((e) => e.name === 'Ronalvo')!.id}`]);
  });
});

test('review of session 21: a place closing the name of someone whose first name the lists lack keeps the person ("Denzel Washington"), and a person named one word twice who "said" is one ("Sirhan Sirhan")', () => {
  const { index } = compileStories([
    'Denzel Washington stars in the film. Denzel Washington said he loved the role.',
    'Denzel Washington won an award on Sunday.',
    'Sirhan Sirhan, who killed a senator, was denied parole on Monday. Sirhan Sirhan said he was sorry.',
  ]);
  const people = index.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  expect(people).toContain('Denzel Washington');
  expect(people).toContain('Sirhan Sirhan');
});

describe('a name the corpus writes mostly as an everyday word, opening a sentence ("Nice job")', () => {
  const { index, matcher } = storiesEngine([
    'The festival opened in Nice on Monday. Hotels in Nice were full.',
    'NICE, France 1996-08-30\nPolice in Nice arrested two men on Friday.',
    'The mayor of Nice said on Tuesday the port in Nice would grow.',
    'Flights to Nice were cancelled. Tourists in Nice waited.',
    'It was a nice day, and a nice crowd came. Nice weather helped.',
    'The food was nice and the music nice too. A nice time was had.',
    'Everyone was nice to them. It is nice to win, he said.',
    'A nice meal, a nice walk and a nice view: what a nice trip.',
  ]);
  const links = (sentence: string) => linksWith(matcher, sentence);
  test('before a word in small letters that is no verb, it is the word', () => {
    expect(links('They went to Nice.')).toEqual(['Nice=place:nice']);
    expect(links('Nice job, guys.')).toEqual([]);
    expect(links('Nice of them to come.')).toEqual([]);
  });
  test('the index lists the names that are everyday words the corpus writes in small letters', () => {
    expect(index.lexicon.everydayNames).toEqual(['nice']);
  });
  test('before an adverb, in news copy, or before a verb of saying, the place', () => {
    expect(links('Nice also beat Lyon.')).toEqual(['Nice=place:nice']);
    // A weekday makes news copy of it, which opens sentences with a place before its nouns.
    expect(links('Nice airport was closed on Monday.')).toEqual(['Nice=place:nice']);
  });
  test('before a verb, after a preposition or inside a sentence, the place', () => {
    expect(links('Nice is lovely in May.')).toEqual(['Nice=place:nice']);
    expect(links('They flew to Nice on Monday.')).toEqual(['Nice=place:nice']);
  });
});

test('a point of the compass before a word the lexicon does not know names no one: a region, a people, a firm ("the South Taranaki coast", "the South Kelvarans")', () => {
  // A corpus that writes "South" with its capital, in places' names, as the news does.
  const { matcher } = storiesEngine([
    'Finance Minister Tarek Vollan said on Monday taxes would rise.',
    'Tarek Vollan, the minister, met bankers in South Africa and South Korea.',
    'Talks in South Africa, South Korea and South Sudan went on in the south.',
  ]);
  expect(linksWith(matcher, 'Whales stranded on the South Taranaki coast of Kaupokonui.')).toEqual([]);
  expect(linksWith(matcher, 'Stung by the score, the South Kelvarans almost replied.')).toEqual([]);
  // A person whose name the page says so is one still.
  expect(readWith(matcher, 'On Monday West Okafor said he was happy.')).toEqual(['West Okafor=person/?']);
});

test('after "a" or "an" and at most one word in small letters, one word the corpus knows as no one\'s is a kind, no person ("an esoteric Christian order", "a Tarek poster")', () => {
  // The corpus teaches "Tarek" as a first name: alone after no preposition, a person.
  const { matcher } = storiesEngine(['Finance Minister Tarek Vollan said on Monday taxes would rise.', 'Tarek Vollan, the minister, met bankers in Oslo.']);
  expect(readWith(matcher, 'Ask Tarek about it.')).toEqual(['Tarek=person/?']);
  expect(linksWith(matcher, 'He joined an esoteric Tarek order.')).toEqual([]);
  expect(linksWith(matcher, 'He put a Tarek poster on the wall.')).toEqual([]);
  // A verb of saying makes a person of it; "a.k.a" is no article.
  expect(readWith(matcher, 'Then a smiling Tarek said he was happy.')).toEqual(['Tarek=person/?']);
  expect(readWith(matcher, 'The rapper, a.k.a Tarek, was happy.')).toEqual(['Tarek=person/?']);
});

test('a name closed by a country and opened by an everyday word is an institution\'s, whatever verb follows ("prices rose, Statistics Canada said"); a title keeps a person ("Actress Dawn French")', () => {
  const { matcher } = storiesEngine(['Prices in Canada rose on Monday, officials in Ottawa said.', 'Talks in Canada and France went on.', 'Dawn said the statistics were good, and the radio agreed.']);
  expect(readWith(matcher, 'Actress Dawn France said she was happy.')).toEqual(['Dawn France=person/?']);
  expect(readWith(matcher, 'Prices rose 0.2 pct in May, Statistics Canada said.')).toEqual([]);
});

test('a listed first name the corpus knows as someone\'s surname, then a town, is a person named so ("Haley Richardson"); the town alone is the town', () => {
  const { index, matcher } = storiesEngine([
    'Senator Thomas Haley said on Monday the bill would pass.',
    'Haley, the senator, spoke in Boston. Thomas Haley met farmers.',
    'Flights from Dallas to Richardson were cancelled. Hotels in Richardson were full.',
    'Police in Richardson said on Monday the roads were closed.',
  ]);
  expect(index.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:thomas-haley', 'place:richardson']));
  expect(readWith(matcher, 'On Monday Haley Richardson spoke to reporters.')).toEqual(['Haley Richardson=person/?']);
  expect(readWith(matcher, 'They flew from Boston to Richardson on Monday.').map((x) => x.split('/')[0])).toEqual(['Boston=place', 'Richardson=place']);
});

describe('"I" after a full name opens the next clause; after one name or a title it is a regnal number (session 22)', () => {
  test.each([
    ['If a bid comes in for Nicolas Vollan I will speak to him.', 'Nicolas Vollan=person/?'],
    ['We signed Tarek Okafor I think in May.', 'Tarek Okafor=person/?'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence).filter((x) => x.includes('=person'))).toEqual([expected]);
  });
  test.each([
    ['Queen Elizabeth I was crowned in 1559.', 'Elizabeth I'],
    ['Later King Charles I was executed.', 'Charles I'],
  ])('%s', (sentence, name) => {
    expect(read(sentence).map((x) => x.split('=')[0])).toContain(name);
  });
  test('a name the corpus knows with its number keeps it: "Haile Selassie I"', () => {
    const { matcher } = storiesEngine(['Emperor Haile Vollan I ruled for decades. Emperor Haile Vollan I died in 1975.', 'Haile Vollan I was deposed in 1974, the army said.']);
    expect(readWith(matcher, 'The rule of Haile Vollan I ended in 1974.').map((x) => x.split('=')[0])).toContain('Haile Vollan I');
  });
});

describe('events and firms described by a place are no places (session 22)', () => {
  const { matcher } = storiesEngine([
    'Crowds came to the Kooyong Classic on Monday. The Kooyong Classic is held at Kooyong.',
    'He played at the Kooyong Classic in Melbourne. Stars flock to the Kooyong Classic.',
    'San Diego-based Vollan Systems said sales rose. Vollan Systems makes pumps in San Diego.',
  ]);
  const places = (sentence: string) => readWith(matcher, sentence).filter((x) => x.includes('=place'));
  test.each([
    ['Fresh from the Kooyong Classic, he flew home.', []],
    ['San Diego-based IVAC said sales rose.', []],
    ['He flew to San Diego on Monday.', ['San Diego=place/place:san-diego']],
  ])('%s', (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });
});

test('a compass word before a people\'s adjective in a title is part of the adjective: "West German Finance Minister" names no place West (session 22)', () => {
  const { matcher } = storiesEngine([
    'Relations between Moscow and the West improved. Leaders in the West were pleased.',
    'Trade with the West grew. Investors in the West bought bonds in London.',
  ]);
  const out = readWith(matcher, 'West German Finance Minister Tarek Vollan said so.');
  expect(out.filter((x) => x.includes('=place'))).toEqual([]);
  expect(out).toContain('Tarek Vollan=person/?');
  expect(readWith(matcher, 'London Mayor Tarek Vollan said so.').filter((x) => x.includes('=place'))).toEqual(['London=place/place:london']);
});
