import { describe, expect, test } from 'vitest';
import { detectDocument } from '../../../lib/ner/detect-mentions';
import { compileStories, storiesEngine } from '../helpers/engine';

/** Compiles one story per text and lists its entities as "name=kind" (role after a slash). */
function entitiesOf(texts: string[]): string[] {
  return compileStories(texts).index.entities.map((e) => `${e.name}=${e.kind}${e.role ? `/${e.role}` : ''}`);
}

/** The stories of `texts` teach one person, `expected` ("name=kind/role"), and no other. */
function expectTheOnePerson(texts: string[], expected: string): void {
  const found = entitiesOf(texts);
  expect(found).toContain(expected);
  expect(found.filter((e) => e.includes('=person')).map((e) => e.split('=')[0])).toEqual([expected.split('=')[0]]);
}

describe('discovery: what the corpus teaches about people', () => {
  test('an occupation written with a capital is part of a name ("Writer Prize"), in lower case it is a role', () => {
    const found = entitiesOf([
      'She won the Writer Prize in Dublin on Sunday, beating four novelists.',
      'Entries for the Writer Prize close next month. The Writer Prize is given in Dublin.',
      'The pop singer Madonna said on Tuesday she would tour Europe. Madonna said the tour starts in Paris.',
    ]);
    expect(found.filter((e) => e.endsWith('=person') || e.includes('=person/'))).toEqual(['Madonna=person/pop singer']);
  });

  test('a word that had a title once and is an adjective everywhere else is no person ("two rival Basque parties")', () => {
    const found = entitiesOf([
      'A row broke out between two rival Basque parties in Bilbao on Saturday.',
      'Police said Basque separatists attacked a post near the border, and Basque leaders met in Madrid.',
      'The Basque militants said they had taken the town, which Basque officials denied.',
      'Spanish Prime Minister Tomas Ibarra said Basque groups must talk. Ibarra spoke in Madrid.',
    ]);
    expect(found.some((e) => e.startsWith('Basque='))).toBe(false);
    expect(found).toContain('Tomas Ibarra=person/Spanish Prime Minister');
  });

  test('a club named after a city of two words is no person, and the city stays a place', () => {
    const found = entitiesOf([
      'The Los Angeles Comets said on Monday they had signed a new pitcher.',
      'Los Angeles Comets said the pitcher would start on Friday in Los Angeles.',
      'Police in Los Angeles said the fire was out. Los Angeles mayor Richard Riordan said so too.',
    ]);
    expect(found.some((e) => e.startsWith('Los Angeles Comets='))).toBe(false);
    expect(found.filter((e) => e.startsWith('Los Angeles='))).toEqual(['Los Angeles=place']);
  });
});

describe('discovery: what the corpus teaches about places', () => {
  test('a people, plural or adjective, is no place ("Arabs", "Thai"), though prepositions stand before it', () => {
    const { kindsOf } = storiesEngine([
      'Talks among Arabs and Israelis resumed in Cairo on Monday.',
      'The rift between Arabs and Kurds deepened, officials in Baghdad said.',
      'Police in Bangkok said Thai troops had crossed the border. Thai officials denied it.',
      'Ministers from Thailand met in Bangkok. Among Thai voters the vote was close.',
    ]);
    expect(kindsOf(['Thai troops and Arabs from Cairo met in Thailand.'])[0]).toEqual(['Cairo=place', 'Thailand=place']);
  });

  test('a county the corpus mostly names as a club is still a place, known off the field ("Somerset"); a club is no place in its scores', () => {
    const cricket = [
      'Hampshire beat Somerset by an innings and 52 runs on Friday.',
      'Somerset 231 and 402. Durham need 90 more runs to beat Somerset.',
      'Somerset v Durham was drawn at Taunton. Somerset 310 for six.',
    ];
    const { index, kindsOf } = storiesEngine([...cricket, 'Floods closed roads across Somerset on Monday, police in Somerset said.']);
    expect(index.entities.filter((e) => e.name === 'Somerset').map((e) => e.kind)).toEqual(['place']);
    expect(kindsOf(['Rain fell on farms in Somerset overnight.'])[0]).toEqual(['Somerset=place']);
    expect(kindsOf(['Hampshire beat Somerset by six wickets.', 'Somerset 201 and 180. Hampshire 305.'])[0]).not.toContain('Somerset=place');
  });

  test('a city the corpus mostly names as a club is still a place, linked off the field ("Cincinnati"); a club is no place in its scores', () => {
    const baseball = [
      'CINCINNATI 5 Pittsburgh 3. Atlanta beat Cincinnati 4-2 on Friday.',
      'Cincinnati 6 Atlanta 1. Houston beat Cincinnati 7-3.',
      'Cincinnati v Houston was rained out. Cincinnati 2 Houston 0.',
    ];
    const { index, matcher } = storiesEngine([...baseball, 'The archbishop of Cincinnati spoke on Monday.']);
    expect(index.entities.filter((e) => e.name === 'Cincinnati').map((e) => e.kind)).toEqual(['place']);
    const [offField] = detectDocument(['Prices rose in Cincinnati on Monday, traders said.'], matcher);
    expect(offField!.map((m) => `${m.text}=${m.kind}/${m.entity}`)).toEqual(['Cincinnati=place/place:cincinnati']);
    const [scores] = detectDocument(['Atlanta beat Cincinnati 4-2.', 'Cincinnati 2 Houston 0.'], matcher);
    expect(scores!.filter((m) => m.text === 'Cincinnati')).toEqual([]);
  });

  test('a language\'s name is no place, though prepositions stand before it ("in English", "into Arabic")', () => {
    const { index, kindsOf } = storiesEngine([
      'The book was published in English on Monday. It came out in English and in Arabic in Cairo.',
      'The speech was translated into English, then into Arabic, officials in Cairo said.',
      'Broadcasts in English and in Arabic began in Cairo on Friday.',
    ]);
    expect(index.entities.filter((e) => /^(English|Arabic)$/.test(e.name))).toEqual([]);
    expect(kindsOf(['The film was dubbed into English in Cairo.'])[0]).toEqual(['Cairo=place']);
    // In a longer name a language's name is a person's or a region's.
    expect(kindsOf(['Fans cheered Sami Khedira in Cairo.'])[0]).toEqual(['Sami Khedira=person', 'Cairo=place']);
  });

  test('in a corpus of a hundred stories, one preposition makes no place; in a handful it does', () => {
    const oneOff = 'He played in the Bundesliga last year and won twice.';
    const filler = (i: number) => `Shares of the company rose ${i} cents in early trading, dealers said.`;
    const large = entitiesOf([oneOff, ...Array.from({ length: 120 }, (_, i) => filler(i))]);
    expect(large.some((e) => e.startsWith('Bundesliga='))).toBe(false);
    const small = entitiesOf(['Monks marched in Tsurphu on Monday.']);
    expect(small).toContain('Tsurphu=place');
  });

  test('"official" before a name is the adjective: "the official Tanjug news agency" names no person', () => {
    const found = entitiesOf([
      'The official Tanjug news agency said on Monday that storms had cut power to 40 villages.',
      'The official Tanjug news agency gave no figures for the damage.',
    ]);
    expect(found.some((e) => e.startsWith('Tanjug='))).toBe(false);
  });
});

describe('discovery: people named without a cue', () => {
  const scorecard = [
    'Pakistan 239 for 6 in 50 overs. Bowling: Mushfiq Rahim 10-1-45-2, Tarek Aziz 8-0-40-1.',
    'Mushfiq Rahim took two wickets before Tarek Aziz removed the opener. Rain stopped play.',
    'Lusaka Newsroom +260-1-222333. Lusaka Newsroom',
    'The SFK Branik side lost 2-0. SFK Branik dropped to tenth.',
    'Reporting by the Hong Kong Newsroom; editing by the Hong Kong Newsroom desk.',
  ];
  const found = entitiesOf(scorecard);

  test('a recurring name of personal shape is a person ("Mushfiq Rahim" in scorecards)', () => {
    expect(found).toEqual(expect.arrayContaining(['Mushfiq Rahim=person', 'Tarek Aziz=person']));
  });

  test('an acronym, a place or an organisation word inside makes no person ("SFK Branik", "Hong Kong Newsroom")', () => {
    expect(found.filter((e) => /Branik|Newsroom/.test(e) && e.includes('=person'))).toEqual([]);
  });
});

describe('discovery: everyday words that prepositions stand before', () => {
  // A larger corpus (over a hundred stories): prepositions make a place of a habit, not of a one-off.
  const stories = Array.from({ length: 120 }, (_, i) => {
    const house = i < 12 ? 'The bill passed in the House on Monday.' : 'The House voted on the bill on Monday.';
    const pacific = i < 12 ? 'Storms hit ships in the Pacific this week.' : i < 40 ? 'The Pacific storms grew this week.' : '';
    const congress = i < 60 ? 'The plan stalled in Congress again.' : '';
    return `${house} ${pacific} ${congress} Officials met for talks ${i}.`;
  });
  const found = entitiesOf(stories);

  test('an everyday word needs prepositions a fifth of the time ("in the Pacific"), not a tenth ("in the House")', () => {
    expect(found).toContain('Pacific=place');
    expect(found.filter((e) => e.startsWith('House='))).toEqual([]);
  });

  test("an institution's word is no place alone, whatever prepositions say (\"in Congress\")", () => {
    expect(found.filter((e) => e.startsWith('Congress='))).toEqual([]);
  });
});

describe('discovery: a first name of the maintained list', () => {
  const found = entitiesOf([
    'Squad: Keith Maret, Darnell Okafor, Shay Tallon, Glenda Vickers.',
    'Shares of Harcourt Canada rose after the Wanda And Colossus show closed.',
    'Darnell Jr laughed, and Glenda T nodded.',
  ]);

  test('is evidence enough for a full name met once with no cue ("Squad: ..., Niall Quinn, ...")', () => {
    expect(found).toEqual(expect.arrayContaining(['Keith Maret=person', 'Darnell Okafor=person', 'Glenda Vickers=person']));
  });

  test('with a first name the corpus taught, the surname may be an everyday word ("Anthony Hill"), but not one that closes a venue\'s name', () => {
    const taught = entitiesOf([
      'Coach Darnell Vollan said the side was ready for the final.',
      'Darnell Hill beat Tarek Aziz 15-10 15-6 in the quarter-finals.',
      'The gala at the Darnell Center raised funds, organisers said.',
      'Director Tarvosh Kell said costs rose on Monday.',
      'Tarvosh Hill beat Tarek Aziz 15-12 15-8 in the semi-finals.',
    ]);
    expect(taught).toContain('Darnell Hill=person');
    // A venue's closing word; a first name the list lacks ("Texaco Refining").
    expect(taught.filter((e) => /^(?:Darnell Center|Tarvosh Hill)=person/.test(e))).toEqual([]);
  });

  test('not with a country closing the name, "and" inside, an initial or "Jr" for surname', () => {
    expect(found.filter((e) => /Harcourt|Wanda|Jr|Glenda T=/.test(e) && e.includes('=person'))).toEqual([]);
  });
});

describe('discovery: product names are no people', () => {
  test('a name with a capital inside ("Sony PlayStation") is no person, and teaches no first name ("Sony")', () => {
    const found = entitiesOf([
      'Sales of the Sony PlayStation rose in Tokyo. The Sony PlayStation costs less now.',
      'Sony said profits rose. Analysts in Tokyo expect Sony to cut prices, and Sony made a loss last year.',
      'Sony shares fell in Tokyo on Monday, and Sony stock lost ground.',
      'Investors sold Sony and Nintendo on Tuesday, and Sony led the fall.',
      'Traders in Tokyo said Sony would report on Friday; Sony is expected to cut jobs.',
    ]);
    expect(found.filter((e) => e.startsWith('Sony'))).toEqual([]);
  });
});

describe('discovery: an apostrophe inside a name', () => {
  test('"Sa\'d" is a name, not a contraction like "Who\'d"', () => {
    expect(entitiesOf(['Officials said Prime Minister Sa\'d Hariri would visit on Monday. Hariri spoke in Beirut.'])).toContain("Sa'd Hariri=person/Prime Minister");
  });
});

describe('discovery: companies are no people', () => {
  test('a company name holding a title word ("Media General Inc", "Judge Industries Corp") gives no person named "Inc" or "Corp"', () => {
    const found = entitiesOf([
      'RICHMOND, Va., March 16 - Media General Inc said its February revenues rose 12 pct.',
      'Media General Inc said it raised its quarterly dividend. Analysts said Media General Inc would gain.',
      'NEW YORK, March 18 - Judge Industries Corp said it sold its plant in Ohio.',
      'Judge Industries Corp said sales fell, and Judge Industries Corp said it would cut jobs.',
      'U.S. Secretary of State Warren Christopher said on Monday the talks would go on. Christopher said so.',
    ]);
    expect(found.filter((e) => /^(Inc|Corp)=/.test(e))).toEqual([]);
    expect(found.filter((e) => e.includes('=person'))).toEqual(['Warren Christopher=person/U.S. Secretary of State']);
  });

  test('a name that opens companies\' names ("Kessler Marbury & Co", "Kessler Marbury Group Inc") is the company\'s, though it "said"; titles keep a founder a person', () => {
    const found = entitiesOf([
      'Kessler Marbury said on Monday it would buy the mill. Kessler Marbury & Co is based in Boston.',
      'Kessler Marbury Group Inc reported higher profits, and Kessler Marbury said sales rose.',
      'Shares of Kessler Marbury fell after Kessler Marbury said it would cut jobs.',
      'On Monday the chairman Osric Thane said the Osric Thane Corp would expand. Then the chairman Osric Thane spoke in Oslo.',
      'Osric Thane Corp said profits rose, and its founder Osric Thane said he was pleased.',
    ]);
    expect(found.filter((e) => e.startsWith('Kessler Marbury='))).toEqual([]);
    expect(found.filter((e) => e.startsWith('Osric Thane='))).toEqual(['Osric Thane=person/chairman']);
  });
});

describe('discovery: a saint\'s, a mount\'s or a street\'s abbreviation makes no person', () => {
  test('"St Tarvosh", "Mt Kelby" and "Dorvel St" are no people, though their words are surnames', () => {
    const found = entitiesOf([
      'The actor Jo Tarvosh said on Monday that the film would open. Tarvosh spoke in London.',
      'The golfer Ann Kelby said she was ready. Kelby won in Paris. Sam Dorvel said so too.',
      'The Open returns to St Tarvosh in July. St Tarvosh hosted it last in 1995, and St Tarvosh said it was ready.',
      'Climbers on Mt Kelby were rescued. Mt Kelby is the highest peak, and Mt Kelby said no one.',
      'A Dorvel St spokesman said the talks went well. Dorvel St said so again.',
    ]);
    expect(found.filter((e) => /^(St Tarvosh|Mt Kelby|Dorvel St)=person/.test(e))).toEqual([]);
  });

  test('a name that speaks is a person\'s, though "St" opens it ("Fernand St Germain", "St Germain said")', () => {
    const speeches = ['Committee Chairman Fernand St Kelby said on Monday the bill would pass. St Kelby said he would hold hearings.', 'St Kelby said the banks had failed, and St Kelby said so again on Tuesday.'];
    expect(entitiesOf(speeches)).toEqual(expect.arrayContaining([expect.stringMatching(/^St Kelby=person/)]));
  });

  test('a people\'s adjective that is a surname too closes a person\'s name after a first name of the list ("Frank Welsh"), not a region\'s ("West German")', () => {
    const found = entitiesOf(['On Monday Frank Welsh said the bank would cut jobs, and Frank Welsh said so again.', 'On Monday West German officials said the talks had failed, and West German banks said so too.']);
    expect(found.filter((e) => e.startsWith('Frank Welsh=person'))).toHaveLength(1);
    expect(found.filter((e) => e.startsWith('West German'))).toEqual([]);
  });
});

describe('discovery: a name that stands after "in" or "at" and never speaks is no one', () => {
  test('"at Kelby Bridge" is no person, though "Kelby" opens people\'s names', () => {
    const found = entitiesOf([
      'The actor Kelby Tarvosh said on Monday he would retire. Kelby Tarvosh spoke in London.',
      'England batted first at Kelby Bridge on Thursday. Rain fell at Kelby Bridge after lunch.',
      'The final test at Kelby Bridge starts on Monday, and the ground at Kelby Bridge is sold out.',
    ]);
    expect(found.filter((e) => e.startsWith('Kelby Bridge'))).toEqual([]);
  });

  test('people stay people: after a list\'s place, or before their possessive', () => {
    const found = entitiesOf([
      'The actor Kelby Tarvosh said on Monday he would retire. Kelby Tarvosh spoke in London.',
      'In Riga, Kelby Marsh and Tarvosh Quill drove in two runs each. In Oslo, Kelby Marsh homered.',
      'In Kelby Marsh\'s case the judge ruled. In Kelby Marsh\'s view the trial was fair.',
    ]);
    expect(found).toContain('Kelby Marsh=person');
  });
});

describe('discovery: a DJ is a title', () => {
  test('"Virgin Radio DJ Kelby Tarvosh" is Kelby Tarvosh, a DJ', () => {
    const found = entitiesOf(['Virgin Radio DJ Kelby Tarvosh said on Monday he would leave. Tarvosh spoke in London.', 'DJ Kelby Tarvosh said so again.']);
    expect(found.filter((e) => e.includes('=person'))).toEqual([expect.stringMatching(/^Kelby Tarvosh=person\/.*DJ$/)]);
  });

  test('before one word "DJ" is the stage name\'s: "DJ Kelby" is no Kelby', () => {
    const { kindsOf } = storiesEngine(['Virgin Radio DJ Kelby Tarvosh said on Monday he would leave. Tarvosh spoke in London.']);
    expect(kindsOf(['DJ Dorvel said he would play on Monday.'])[0]).toEqual(['DJ Dorvel=person']);
  });
});

describe('discovery: "Bros" closes a firm\'s name', () => {
  test('"Kelby Bros said" is the firm, no person', () => {
    const found = entitiesOf(['Kelby Bros said on Monday its film took $40 million. Kelby Bros said so again.', 'A spokesman for Kelby Bros. said the studio was sold.']);
    expect(found.filter((e) => e.startsWith('Kelby'))).toEqual([]);
  });
});

describe('discovery: a name that opens companies\' names is the company\'s', () => {
  // One word the corpus writes alone and at the head of firms' names: "Texaco", "Daiwa".
  const velcorp = [
    'Velcorp said on Monday its profits rose. Velcorp Inc is based in Ohio.',
    'Velcorp Oil Co said it would sell a refinery, and Velcorp said prices fell.',
    'Shares of Velcorp Industries Corp fell after Velcorp said sales fell.',
  ];

  test('one word that opens companies\' names is no person, though it "said", and teaches no first name', () => {
    const { index, kindsOf } = storiesEngine([...velcorp, 'Velcorp Chemical said it would hire, and Velcorp Chemical said so again.']);
    expect(index.entities.filter((e) => e.name.startsWith('Velcorp'))).toEqual([]);
    expect(index.lexicon.givenNames).not.toContain('velcorp');
    expect(kindsOf(['Velcorp said it would cut 300 jobs in Ohio.'])[0]).toEqual(['Ohio=place']);
  });

  test('a surname that opens a founder\'s firm stays the person\'s ("Mitchem" of "Peter Mitchem" and "Mitchem Energy Corp")', () => {
    const { index, kindsOf } = storiesEngine([
      'Mitchem Energy Corp said profits rose. Mitchem Energy Corp is based in Texas.',
      'Mitchem Drilling Inc said it would buy rigs, and Mitchem Drilling Inc said so again.',
      'The oilman Peter Mitchem said on Monday he would retire. Mitchem said he was tired.',
    ]);
    expect(index.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Peter Mitchem']);
    expect(kindsOf(['Mitchem said the deal was done.'])[0]).toEqual(['Mitchem=person']);
  });

  test('a bank\'s part in a deal is no title: "lead manager Dorvant Stanley" is the bank', () => {
    const { index, kindsOf } = storiesEngine([
      'The issue was priced at par, said lead manager Dorvant Stanley. Dorvant Stanley Group Inc declined to comment.',
      'Sole manager Dorvant Stanley said the bonds were sold. Dorvant Stanley & Co is based in New York.',
      'The notes pay 7 pct, lead manager Dorvant Stanley said. Dorvant Stanley International Ltd sold them.',
    ]);
    expect(index.entities.filter((e) => e.name.startsWith('Dorvant'))).toEqual([]);
    expect(kindsOf(['Dorvant Stanley said the bonds were priced at par.'])[0]).toEqual([]);
  });

  test('after the bank\'s name too: "Dorvant Stanley Paris, the lead manager" is no person', () => {
    const { index } = storiesEngine([
      'The issue was priced at par, Dorvant Stanley said on behalf of Dorvant Stanley Paris, the lead manager.',
      'The notes pay 7 pct, said Dorvant Stanley Paris, the joint lead manager, on Monday.',
      'Dorvant Stanley Group Inc, Dorvant Trust Co and Dorvant Capital Corp said profits rose.',
      'Shares of Dorvant Trust Co and Dorvant Capital Corp fell, as did Dorvant Stanley Group Inc.',
    ]);
    expect(index.entities.filter((e) => e.name === 'Dorvant Stanley Paris')).toEqual([]);
  });

  test('a name of personal shape with a company\'s word in it is a product\'s, and one opening with it a company\'s ("Velcorp Xandor", "Velcorp Telekom")', () => {
    const { index, kindsOf } = storiesEngine([
      ...velcorp,
      'Sales of the Velcorp Xandor phone rose. The Velcorp Xandor sold well in Japan.',
      'Velcorp Telekom said it would expand. Velcorp Telekom said profits rose.',
      'The striker Carl Rudge said he was fit. Rudge said so again.',
    ]);
    expect(index.entities.filter((e) => e.name.startsWith('Velcorp'))).toEqual([]);
    expect(kindsOf(['German firm Velcorp Telekom saw profits rise, and Velcorp Xandor sales fell.'])[0]).toEqual([]);
    // A known person's surname after the word keeps the person ("Carlton Cole"), not after two
    // words ("Banque Bruxelles Lambert").
    expect(kindsOf(['Velcorp Rudge scored twice on Sunday.'])[0]).toEqual(['Velcorp Rudge=person']);
    expect(kindsOf(['Shares of Velcorp Bruxelles Rudge rose on Sunday.'])[0]).toEqual([]);
    expect(kindsOf(['Shareholders in Velcorp Bruxelles Rudge sold on Sunday.'])[0]).toEqual([]);
    // A known person's full name closing it is theirs: "BBC Political Correspondent James Hardy".
    expect(kindsOf(['Velcorp Political Correspondent Carl Rudge said the vote was close.'])[0]).toEqual(['Carl Rudge=person']);
  });

  test('a name opening with a company\'s word closes with a person\'s surname only after a first name of the list ("Asahi Shimbun" is no person)', () => {
    const { index } = storiesEngine([
      ...velcorp,
      'Velcorp Shimbun said on Monday the deal was done. Velcorp Shimbun said so again.',
      'Kelvar Shimbun said on Monday prices rose. Kelvar Shimbun said so again.',
      'The striker Carl Rudge said he was fit. Velcorp Rudge said he was fit too.',
    ]);
    const people = index.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).not.toContain('Velcorp Shimbun');
    expect(people).toContain('Velcorp Rudge');
  });

  test('a firm of several words the corpus names so is no one on a page, though it opens with a first name ("Merrill Lynch said")', () => {
    const { index, kindsOf } = storiesEngine([
      'Merrill Vance & Co said it would hire. Merrill Vance Capital Markets Inc sold the bonds.',
      'Merrill Vance Group Inc said profits rose, and Merrill Vance said it would expand.',
      'An analyst at Merrill Vance said shares would rise. Merrill Vance said so again.',
    ]);
    expect(index.entities.filter((e) => e.name.startsWith('Merrill'))).toEqual([]);
    expect(index.lexicon.organisations).toContain('merrill vance');
    expect(kindsOf(['Merrill Vance said the market would recover.'])[0]).toEqual([]);
  });

  test('a firm closed by an everyday word\'s plural is no place, though prepositions stand before it ("at Kessler Brothers")', () => {
    const { index } = storiesEngine([
      'He worked at Kessler Brothers for ten years. At Kessler Brothers he ran the desk.',
      'An analyst at Kessler Brothers said shares would rise.',
      'Farmers in the Northern Plains said rain fell. Wheat in the Northern Plains grew well.',
    ]);
    expect(index.entities.filter((e) => e.name === 'Kessler Brothers')).toEqual([]);
    expect(index.entities.filter((e) => e.name === 'Northern Plains').map((e) => e.kind)).toEqual(['place']);
  });
});

describe('discovery: indexes and institutions are no people', () => {
  test('a name the words of the markets follow ("the Dow Varga index", "Varga Kell common stock") is no person', () => {
    const found = entitiesOf([
      'The Dow Varga industrial average fell 31 points on Friday. Traders said the Dow Varga index would recover.',
      'On Monday the Dow Varga index rose, and the Dow Varga industrial average closed higher.',
      'Shares of Varga Kell common stock fell on Friday, and Varga Kell shares fell too.',
      'Varga Kell stock rose on Monday after Varga Kell said profits rose.',
    ]);
    expect(found.filter((e) => e.includes('=person'))).toEqual([]);
  });

  test('a name closed by a country and opened by an everyday word is an institution ("Statistics Canada"); a first name keeps a person', () => {
    const found = entitiesOf([
      'Statistics Canada said on Friday that prices rose. Statistics Canada said jobs fell.',
      'The agency Statistics Canada reported on Monday that output rose, Statistics Canada said.',
      'Basketball star Kaleb Jordan said on Monday he would retire. Kaleb Jordan said he was tired.',
    ]);
    expect(found.filter((e) => e.includes('=person')).map((e) => e.split('/')[0]!)).toEqual(['Kaleb Jordan=person']);
  });
});

describe('discovery: titles around a name', () => {
  test('"<title> of the <office> <name>": the office belongs to the title, not the name', () => {
    const found = entitiesOf([
      'LONDON, March 2 - British Chancellor of the Exchequer Nigel Lawson said on Monday that talks would go on.',
      'The leader of the Labour Party Tony Blair said on Monday that taxes would not rise. Blair spoke in Leeds.',
      'The president of the United States said on Monday he would go to Leeds. Officials in the United States agreed.',
      'The director of the New York Public Library Paul Lenard said on Tuesday the library would open late.',
      'The Chancellor of the Exchequer George H. Walker said on Friday that bonds would be sold.',
      'The president of the Television Advertising Bureau said sales rose. Governor of the Bank of England Eddie George said rates would stay.',
      'But Chief Secretary to the Treasury Tarek Vollan attacked the plans on Monday. Vollan spoke in Leeds.',
    ]);
    expect(found).toContain('Tarek Vollan=person/Chief Secretary to the Treasury');
    expect(found).toContain('Paul Lenard=person/director of the New York Public Library');
    expect(found).toContain('George H. Walker=person/Chancellor of the Exchequer');
    expect(found).toContain('Eddie George=person/Governor of the Bank of England');
    expect(found.filter((e) => /Advertising Bureau=person|York Public Library=person|Public Library Paul/.test(e))).toEqual([]);
    expect(found).toContain('Nigel Lawson=person/British Chancellor of the Exchequer');
    expect(found).toContain('Tony Blair=person/leader of the Labour Party');
    expect(found.filter((e) => /Exchequer Nigel|Party Tony|^States=/.test(e))).toEqual([]);
    expect(found).toContain('United States=place');
  });

  test('a compound ending in lower case ("In-form", "Long-time") is description, never a name; a hyphenated title is a title', () => {
    const found = entitiesOf([
      'In-form James McIlroy won the race in Leeds. McIlroy said he was pleased.',
      'Long-time Ana Ruiz said on Monday she would retire. Ruiz spoke in Madrid.',
      'Vice-president Omar Tlili was sentenced on Monday. Tlili denied the charges.',
    ]);
    expect(found).toContain('James McIlroy=person');
    expect(found).toContain('Ana Ruiz=person');
    expect(found).toContain('Omar Tlili=person/Vice-president');
    expect(found.filter((e) => /In-form|Long-time/.test(e))).toEqual([]);
  });
});

describe('discovery: what wire copy puts before a name', () => {
  test('an occupation after a dateline\'s dash, or after a title, is the role, not a first name', () => {
    const found = entitiesOf([
      'BOSTON, Oct 19 - Economist Tomas Merrow said on Monday that a crash was near. Merrow spoke in Boston.',
      'DALLAS, March 3 - Analyst Jo Kellaway of Halvard Securities said the shares were cheap. Kellaway said so again.',
      'Halvard Chief Executive Dana Whitlock said on Tuesday profits rose. Whitlock spoke in Dallas.',
    ]);
    const people = found.filter((e) => e.includes('=person'));
    expect(people.map((e) => e.split('/')[0]!)).toEqual(expect.arrayContaining(['Tomas Merrow=person', 'Jo Kellaway=person', 'Dana Whitlock=person']));
    expect(found).toContain('Dana Whitlock=person/Halvard Chief Executive');
    expect(people.filter((e) => /^(?:Economist|Analyst|Executive) /.test(e))).toEqual([]);
  });

  test('a nationality\'s noun before a name describes the person ("Briton Tarek Vollan"), and alone is no place ("to Arabs"); an ampersand joins a firm\'s names', () => {
    const found = entitiesOf([
      'Briton Tarek Vollan won the race in Oslo on Sunday. Vollan said he was tired.',
      'Frenchman Tarek Vollan beat Swede Anja Kell on Monday. Kell said she was tired, and Kell left.',
      'Shares of Kell & Vollan fell, and Kell & Vollan said profits would fall. Kell & Vollan said so again.',
      'Aid went to Arabs in the region on Monday. Letters were sent to Arabs abroad, and money went to Arabs too.',
    ]);
    expect(found.filter((e) => e.startsWith('Arabs='))).toEqual([]);
    const people = found.filter((e) => e.includes('=person')).map((e) => e.split('/')[0]!);
    expect(people).toEqual(expect.arrayContaining(['Tarek Vollan=person', 'Anja Kell=person']));
    expect(people.filter((e) => /Briton|Frenchman|Swede|&/.test(e))).toEqual([]);
  });

  test('an acronym opening a name makes it an organisation\'s ("VEKTA Wales"), or whose the person after it is ("VEKTA Tarek Vollan")', () => {
    const found = entitiesOf([
      'The co-head of aerospace group VEKTA Tarek Vollan is to leave. Vollan said he was tired.',
      'Listeners of VEKTA Wales said the show was good, and VEKTA Wales Lendrum agreed. VEKTA Wales said so.',
      'Tarek Vollan QC said on Monday the case was weak. Mr Vollan said so again.',
    ]);
    const people = found.filter((e) => e.includes('=person')).map((e) => e.split('/')[0]!);
    expect(people).toContain('Tarek Vollan=person');
    expect(people.filter((e) => /VEKTA| QC/.test(e))).toEqual([]);
  });

  test('a name before "family" or "administration" says whose, not where; a code with figures, or a letter, is no place', () => {
    const found = entitiesOf([
      'A rift opened in the Kellaway family on Monday. Critics in the Kellaway family said so.',
      'He served in the Vollan administration, and officials in the Vollan administration agreed.',
      'Bonds were cut to KR-4 from KR-3, and notes to KR-3 from KR-2. Rated in KR-3, they fell to KR-4.',
      'Grades rose in C on Monday, and traders in C said so. Prices in C rose again.',
    ]);
    expect(found.filter((e) => /Kellaway|Vollan|KR-|^C=/.test(e) && e.includes('=place'))).toEqual([]);
  });

  test('a bank holding company ("Lendrum Bancorp", "Tenvik Energy Partners LP") is no person; a span of months is no place', () => {
    const found = entitiesOf([
      'Lendrum Bancorp said on Monday it would buy Tenvik Bancorp for cash. Lendrum Bancorp shares rose.',
      'Tenvik Energy Partners LP said units rose. Analysts said Tenvik Energy Partners LP would pay more.',
      'Profits in the October-December quarter rose, against the April-to-June quarter, in Dallas.',
    ]);
    expect(found.filter((e) => /Bancorp|LP=/.test(e))).toEqual([]);
    expect(found.filter((e) => /October|April/.test(e))).toEqual([]);
  });
});

describe('discovery: review of session 13', () => {
  test('a nationality\'s noun inside a name is a first name or part of a place\'s ("Finn Russell", "North Pole"); an office to the King is the King\'s', () => {
    const found = entitiesOf([
      'The envoy to the Sultan Tarek Vollan said so on Monday. Vollan left for Leeds.',
      'Scotland fly-half Finn Kellaway kicked the goal. Kellaway said so. Finn Kellaway is 24.',
      'Explorers reached the North Pole on Monday, and flew to the North Pole again, then to the South Pole.',
    ]);
    expect(found).toContain('Tarek Vollan=person/Sultan');
    expect(found).toContain('Finn Kellaway=person/Scotland fly-half');
    expect(found).toEqual(expect.arrayContaining(['North Pole=place', 'South Pole=place']));
  });
});

describe('discovery: a people\'s adjective is no name', () => {
  test('"South African", "Latin American", "East Asians" give no person or place; "Michael German" and "Dawn French", with titles or speech, stay people', () => {
    const found = entitiesOf([
      'JOHANNESBURG, March 3 - South African shares rose in Johannesburg, said South African traders.',
      'Funds moved into Latin American bonds. In Latin American markets, Mexico led. Investors in Latin American debt gained.',
      'Exports to East Asian markets grew, and East Asians bought more. Trade with East Asian partners rose.',
      'Liberal Democrat Michael German said on Monday the party would vote against. German said so again later.',
      'Michael German, the party leader, spoke in Cardiff.',
      'Comedian Dawn French said on Monday she would tour. French said the show was sold out.',
      'Dawn French, the actress, spoke in London.',
      'Actress Dawn French told reporters she was tired.',
    ]);
    expect(found.filter((e) => /African|American|Asian/.test(e))).toEqual([]);
    // Titles and speech say person, whatever the surname.
    expect(found).toContainEqual(expect.stringMatching(/^Michael German=person/));
    expect(found).toContainEqual(expect.stringMatching(/^Dawn French=person/));
  });
});

describe('discovery: which lone words stand for a person', () => {
  /** Who each lone word names, by the compiled lexicon: entity names, most likely first. */
  function lone(texts: string[], words: string[]) {
    const { index } = compileStories(texts);
    return Object.fromEntries(words.map((w) => [w, (index.lexicon.aliases[w] ?? []).map((i) => index.lexicon.entities[i]!.name)]));
  }

  test('a first name alone names no one, not even the one whose surname it is ("Michael" of "George Michael"); a surname written first, used alone, stays a person ("Jiang")', () => {
    const found = lone(
      [
        'The singer George Michael said on Monday he would tour. George Michael said Michael Brennan would join.',
        'Michael Brennan said the tour starts in May, and Michael Dowling said he would play drums.',
        'Michael Ostrow said tickets sold fast. Michael Brennan and Michael Ostrow said so again.',
        'Michael Kerrigan said the hall was full, and Michael Tranter said the band was late.',
        'The band played on. Later Michael said the show was sold out.',
        'President Jiang Zemin said China would open up. Jiang said the talks went well. Jiang said more.',
        'Jiang said on Tuesday the economy grew. President Jiang met officials in Beijing.',
      ],
      ['michael', 'jiang'],
    );
    // "Jiang" alone is its own entity still: the corpus never says whose surname it is.
    expect(found).toEqual({ michael: [], jiang: ['Jiang'] });
  });

  test('a people\'s name, an acronym or a word opening places\' names is no surname alone ("German", "OS", "Los")', () => {
    const found = lone(
      [
        'Liberal Democrat Michael German said on Monday the party would vote against. German said so again later.',
        'Michael German, the party leader, spoke in Cardiff.',
        'Analyst Mac OS said sales fell. Mac OS said shares would fall.',
        'Striker Arjen Los said he would stay. Arjen Los said the club was right.',
        'Officials in Los Angeles said the fire was out.',
      ],
      ['german', 'os', 'los', 'michael german', 'arjen los'],
    );
    expect(found).toEqual({ german: [], os: [], los: [], 'michael german': ['Michael German'], 'arjen los': ['Arjen Los'] });
  });
});

describe('discovery: particles of names', () => {
  test('a particle opening cued names is no first name, and a particle and a word are no person by their shape', () => {
    const { index, matcher } = storiesEngine([
      'Singer Simon Le Bon said on Monday the band would tour. Le Bon said so in London.',
      'Le Bon, the singer, said the band would play in Paris. Simon Le Bon said the tour was long.',
      'The actor Robert De Niro said on Friday he would direct. De Niro spoke in New York.',
      'De Niro, the actor, said he was happy. Robert De Niro was in Rome on Monday.',
      'Opera fans queued outside La Scala in Milan. La Scala reopened in December.',
      'Tickets for La Scala sold out. La Scala has a new director.',
    ]);
    expect(index.lexicon.givenNames).not.toContain('le');
    expect(index.lexicon.givenNames).not.toContain('de');
    expect(index.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Simon Le Bon', 'Robert De Niro']));
    expect(index.entities.some((e) => e.name === 'La Scala' && e.kind === 'person')).toBe(false);
    expect(matcher.keys.get('la scala')?.entities ?? null).toBeNull();
  });
});

describe('a role before a name opens after a verb of saying or a firm\'s closing word (session 19)', () => {
  test.each([
    [['"We will appeal," said club chairman Tarek Vollan on Monday.', 'Vollan, the chairman, spoke again on Friday.'], 'Tarek Vollan=person/club chairman'],
    [['Prices will rise, Pryce & Co analyst Jo Kelby said.', 'Kelby said the market was thin.'], 'Jo Kelby=person/analyst'],
  ])('%j', (texts, expected) => {
    expect(entitiesOf(texts)).toContain(expected);
  });
});

describe('a short word only ever in capitals is an acronym, whatever prepositions say (session 19)', () => {
  test('"released on DVD", "a loan from the IMF" make no places; "in the U.K.", "in the UAE" still do', () => {
    const found = entitiesOf([
      'The film was released on DVD in March. Sales in DVD rose.',
      'The album comes out on DVD next week, then in VHS.',
      'Kenya took a loan from the IMF. Talks at IMF went well.',
      'Sales in the U.K. rose. Sales in the U.K. fell later.',
      'Prices rose in the UAE last month. Investors in the UAE were calm.',
      'Rents in the UAE fell. Banks in the UAE lent more.',
    ]);
    expect(found.filter((e) => /^(DVD|IMF|VHS)=/.test(e))).toEqual([]);
    expect(found).toContain('U.K.=place');
    expect(found).toContain('UAE=place');
  });
});

describe('a name only ever in capitals needs a title to be a person (session 19)', () => {
  test('"JC PENNEY" of a table is no one, though the corpus knows a Penney; nor a dateline\'s "SHERMAN OKAS"', () => {
    const found = entitiesOf([
      'Sales of the chains in March:\nJC PENNEY 5.3 780 MLN 741 MLN\nDORVANT MART 13.1 1.5 BILL 1.3 BILL',
      'Profits of the chains:\nJC PENNEY (1.3) 1.1 BIL 1.1 BIL\nDORVANT MART 4.6 2.2 BIL 2.1 BIL',
      'SHERMAN OKAS, Calif., March 25 - Olson Industries Inc said it is in talks.',
      'Analyst Tarek Penney said sales were weak. Penney said March was worse.',
      'Tarek Penney, an analyst, said the chains would cut prices.',
    ]);
    expect(found.filter((e) => /PENNEY|OKAS/.test(e))).toEqual([]);
  });
});

describe('offices around a name (session 20)', () => {
  test.each([
    // An office's complement of everyday words is no part of the name.
    [['Minister of Foreign Affairs Tarek Vollan said the talks would go on.', 'Vollan spoke in Jakarta on Monday.'], 'Tarek Vollan=person/Minister of Foreign Affairs'],
    [['The Minister of State for Finance Tom Kelby said he asked the banks to explain.', 'Kelby said rates would fall.'], 'Tom Kelby=person'],
    [['He met the Minister of Trade and Industry Peter Okafor in London.', 'Okafor said exports rose.'], 'Peter Okafor=person'],
    // After a wire dateline's dash an occupation opens the sentence: it is no part of the name.
    [['NEW YORK, June 19 - Investor Irwin Vollan said he holds 9.9 pct of the company.', 'Vollan said he may buy more.'], 'Irwin Vollan=person'],
    // A title in the dateline's sentence stays the title ("Prime Minister").
    [['SYDNEY, March 11 - Prime Minister Bob Kelby is more popular than ever, a poll said.', 'Kelby said he was pleased.'], 'Bob Kelby=person/Prime Minister'],
    [['It will invest in mines, Minerals and Energy Minister John Okafor said.', 'Okafor said the mines would open.'], 'John Okafor=person/Energy Minister'],
  ])('%j', expectTheOnePerson);

  test('an office after a title is no person ("the Deputy Prime Minister", "Assistant Energy Secretary"); "Governor Mervyn Kelby" is one', () => {
    const found = entitiesOf([
      'Figures came from the Office of the Deputy Prime Minister on Monday.',
      'The Office of the Deputy Prime Minister said house prices rose.',
      'He met the Assistant Energy Secretary in Washington. The Assistant Energy Secretary said little.',
      'Bank Governor Mervyn Kelby said rates would stay. Kelby said inflation was low.',
      // The corpus teaches that "prime" and "energy" are everyday words.
      'The prime rate rose, and energy prices fell in prime time.',
    ]);
    expect(found.filter((e) => e.includes('=person'))).toEqual(['Mervyn Kelby=person/Bank Governor']);
  });
});

describe('a role read before a name is the occupation, not the verb or the line above it (session 20)', () => {
  test.each([
    ['GENEVA 1996-08-22\n\nGalatasaray striker Tarek Vollan has signed for Basle.', 'Tarek Vollan=person/Galatasaray striker'],
    ['The club signed Charlton midfielder Tarek Vollan on Monday.', 'Tarek Vollan=person/Charlton midfielder'],
    ['Newspapers quoted chairman Tarek Vollan as saying profits rose.', 'Tarek Vollan=person/chairman'],
    ['The club tapped up Arsenal defender Tarek Vollan last week.', 'Tarek Vollan=person/Arsenal defender'],
    ['Fans cheered the 10,000m champion Tarek Vollan on Monday.', 'Tarek Vollan=person/champion'],
    // Adjectives stay: no verb opens "former Olympic 100 metres champion".
    ['Fans cheered former Olympic 100 metres champion Tarek Vollan.', 'Tarek Vollan=person/former Olympic 100 metres champion'],
  ])('%j', (text, expected) => {
    expect(entitiesOf([text, 'Vollan said he was happy.'])).toContain(expected);
  });
});

describe('a name with an initial takes one first name in full (session 20)', () => {
  test('"J Walter Kelby" does not gather "John Kelby" and "James Kelby" into one person', () => {
    const { index } = compileStories([
      'The agency J Walter Kelby said it won the account.',
      'J Walter Kelby said it would hire staff.',
      'John Kelby, a lawyer, said the case would go on. John Kelby spoke in Leeds.',
      'James Kelby, a farmer, said prices fell. James Kelby lives in York.',
    ]);
    const holding = (key: string) => (index.lexicon.aliases[key] ?? []).map((i) => index.lexicon.entities[i]!.name);
    expect(holding('john kelby')).toHaveLength(1);
    expect(holding('james kelby')).toHaveLength(1);
    expect(holding('john kelby')).not.toEqual(holding('james kelby'));
  });
});

describe('words before a title or a name at a sentence\'s start (session 20)', () => {
  test.each([
    // An occupation with its capital before a first name and a surname is the role.
    [['However, USDA General Sales Manager Melvin Vollan told Reuters the sales would go on.', 'Vollan said wheat sold well.'], 'Melvin Vollan=person/USDA General Sales Manager'],
    // A quote opened after a comma starts a sentence: its first everyday word is no name's.
    [['Kaufman said, "Unlike Tarek Vollan, who entered the office in 1979, he is calm."', 'Tarek Vollan said rates would fall.'], 'Tarek Vollan=person'],
    // A sentence opening with an office's first word keeps it in the role.
    [['Finance Minister Tarek Vollan said the budget would balance.', 'Vollan said taxes would fall.'], 'Tarek Vollan=person/Finance Minister'],
    [['He said: "Finance Minister Tarek Vollan is right about taxes."', 'Vollan said taxes would fall.'], 'Tarek Vollan=person/Finance Minister'],
    // A quote closed after a comma ends, and the title after it stands inside a sentence.
    [['"It was not at all probable," Justice Byron Vollan wrote for the court.', 'Vollan wrote again in May.'], 'Byron Vollan=person/Justice'],
  ])('%j', expectTheOnePerson);
});

describe('a name with no cue that reads as a thing is no person (session 20)', () => {
  test('"the Tarvosh Kelby" every time is a product\'s or a work\'s name; a name with its initials in brackets a firm\'s', () => {
    const found = entitiesOf([
      'Fans queued for the Tarvosh Kelby, which went on sale on Friday.',
      'The Tarvosh Kelby was launched amid much fanfare in London.',
      'A woman is suing Dorvant Quillex (DQ), saying its printers are faulty.',
      'Printers made by Dorvant Quillex sell well. Dorvant Quillex makes them in Leeds.',
      'Vanda Mirelle met Jorun Havlick in Oslo. Vanda Mirelle and Jorun Havlick then flew home.',
    ]).filter((e) => e.includes('=person'));
    expect(found.sort()).toEqual(['Jorun Havlick=person', 'Vanda Mirelle=person']);
  });
});

describe('review of session 20: what the new office and sentence rules must leave alone', () => {
  test.each([
    // An institute's, a firm's or a place's name after "for", "of" or "and" holds no office.
    [['Researchers at the Tarvosh Institute for Human Gene Therapy said the trial worked.', 'The institute for Human Gene Therapy is in Leeds.'], /Gene Therapy=person/],
    [['Tarvosh said analyst Jo Vollan of Golden West Financial had left.', 'Shares of Golden West Financial rose.'], /West Financial=person/],
    [['Traffic between Long Island and New York City slowed on Monday.', 'Roads in New York City were closed.'], /York City=person/],
    // A first name after a wire dateline's dash stays: "Grant Edward Vollan", "Mark J. Vollan".
    [['NEW YORK, June 19 - Grant Edward Vollan said he holds 9.9 pct.', 'On Monday Grant Edward Vollan said he may buy more.'], /^Edward Vollan=/],
    [['DALLAS, March 2 - Mark J. Tarvosh said sales rose.', 'Mark J. Tarvosh said March was better.'], /^J\. Tarvosh=/],
  ])('%j', (texts, wrong) => {
    expect(entitiesOf(texts).filter((e) => wrong.test(e))).toEqual([]);
  });

  test.each([
    [['Party leader Mark Bishop spoke on Monday.', 'Mark Bishop said the party would win.'], 'Mark Bishop=person/Party leader'],
    [['Ajax left winger Jo Vollan scored twice.', 'Vollan said he was happy.'], 'Jo Vollan=person/Ajax left winger'],
    [['He praised past president Jo Tarvosh.', 'Tarvosh said he was proud.'], 'Jo Tarvosh=person/past president'],
    [['Unlike President Jo Kelby, he stayed at home.', 'Kelby said he would travel.'], 'Jo Kelby=person/President'],
    [['"It was a poor year for profits, "Hope Vollan said.', 'Vollan said March was better.'], 'Hope Vollan=person'],
    [['Fans cheered the 10,000 metres champion Jo Vollan.', 'Vollan said he was happy.'], 'Jo Vollan=person/champion'],
    [['The Italian surged past sprinter Jo Vollan on the last lap.', 'Vollan said he was tired.'], 'Jo Vollan=person/sprinter'],
    [['The crash left former world champion Jo Vollan out of the race.', 'Vollan said he was hurt.'], 'Jo Vollan=person/former world champion'],
    // A sentence's first word that belongs with the title stays in the role.
    [['Housing Minister Jo Vollan said rents would fall.', 'Vollan said so again.'], 'Jo Vollan=person/Housing Minister'],
    [['Former President Jo Vollan said he would vote.', 'Vollan said so again.'], 'Jo Vollan=person/Former President'],
    [['Acting Mayor Jo Vollan closed the park.', 'Vollan said so again.'], 'Jo Vollan=person/Acting Mayor'],
    // A list of an office's portfolios carries it to the name.
    [['Minister for Children, Young People and Families Margaret Vollan spoke.', 'Vollan said so again.'], 'Margaret Vollan=person'],
  ])('%j', (texts, expected) => {
    expect(entitiesOf(texts)).toContain(expected);
  });
});

describe('second review of session 20', () => {
  test.each([
    [['NEW YORK, April 1 - Investor Donald Vollan said he sold his stake.', 'Vollan said he may buy again.'], 'Donald Vollan=person'],
    [['Labour MP Jo Kelby said the vote was close.', 'Kelby said so again.'], 'Jo Kelby=person/Labour MP'],
    [['Shadow Chancellor Oliver Vollan said taxes would rise.', 'Vollan said so again.'], 'Oliver Vollan=person/Shadow Chancellor'],
    [['Deputy Prime Minister John Vollan said the talks would go on.', 'Vollan said so again.'], 'John Vollan=person/Deputy Prime Minister'],
  ])('%j', expectTheOnePerson);
});

test('one word twice with no title or verb of saying is a band\'s or a team\'s name, no person\'s ("Duran Duran", "Bafana Bafana")', () => {
  const { index } = compileStories([
    'Fans cheered Kelby Kelby in Tokyo on Monday. The album by Kelby Kelby sold millions of records.',
    'Tickets for Kelby Kelby went on sale in May.',
    'Boutros Boutros Vollan said on Monday the talks would resume.',
  ]);
  expect(index.entities.map((e) => e.name)).not.toContain('Kelby Kelby');
  expect(index.entities.map((e) => e.name)).toContain('Boutros Boutros Vollan');
});

test('a name closed by a country or a capital and opened by an acronym or where a team sits is a firm\'s branch or a club, no person ("KLB Europe", "Vollania Warsaw")', () => {
  const { index } = compileStories([
    'KLB Europe said on Monday its sales rose. KLB Europe would hire more staff.',
    'Vollania Warsaw beat Legion 2-1 on Saturday. Vollania Warsaw said the coach would stay.',
    'Wimbledon finalist Tarvo Washington said on Friday he was tired.',
    'Tennis player Tarvo Washington, the 11th seed, said he would play on.',
    'Jason Scotland scored twice, and Jason Scotland said he was happy.',
  ]);
  const people = index.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  expect(people).not.toContain('KLB Europe');
  expect(people).not.toContain('Vollania Warsaw');
  // A first name of the list opens a person's name; a title and a verb of saying make one too.
  expect(people).toContain('Jason Scotland');
  expect(people).toContain('Tarvo Washington');
});

test('a name of several words holding an institution\'s head word is no person ("Kelby News Agency KNA", "Commission Tarek Vollan" of "Securities and Exchange Commission Tarek Vollan")', () => {
  const { index } = compileStories([
    'The Kelby News Agency KNA said on Monday the talks had failed. Kelby News Agency KNA said more.',
    'Securities and Exchange Commission Tarek Vollan said on Monday the rules would change.',
    'Exchange Commission Tarek Vollan said the rules were fair.',
    'Finance Minister Osric Pryce said on Friday he would retire. Osric Pryce served 24 years.',
  ]);
  const people = index.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  expect(people.filter((n) => /Agency|Commission/.test(n))).toEqual([]);
  expect(people).toContain('Osric Pryce');
});

test('a name closed by a town that sits where a team does, with no title nor verb of saying, is a club, though a learned first name opens it ("Lech Poznan")', () => {
  const results = (a: number, b: number) => `SOCCER - POLISH LEAGUE RESULTS.\nResults of Polish first division matches on Saturday:\nKelvor Dunedin ${a} Rakow Czestochowa ${b}\nAmica Wronki 2 Stomil Olsztyn 0`;
  const { index } = compileStories([
    'Kelvor Tarvosh said on Monday the talks would go on. Kelvor Tarvosh met officers.',
    'Kelvor Brandt said the vote was close. Kelvor Brandt spoke in Leeds.',
    results(3, 1),
    results(0, 2),
    results(1, 1),
  ]);
  const people = index.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  expect(people).toContain('Kelvor Tarvosh');
  expect(people).not.toContain('Kelvor Dunedin');
});

describe('a role holds no time, preposition, possessive or "fellow" before it, and says more than whom one stands beside (session 22)', () => {
  test.each([
    [['Late last month Social Affairs minister Louw Tarvosh said the plan would work.', 'Tarvosh said so again.'], 'Louw Tarvosh=person/Social Affairs minister'],
    [['The film stars Hanks alongside French actress Amelie Vollan, who plays a spy.', 'Vollan said she liked the part.'], 'Amelie Vollan=person/French actress'],
    [["The try came from Pugh's fellow Ospreys player Sonny Kelby on Saturday.", 'Kelby said he was pleased.'], 'Sonny Kelby=person/Ospreys player'],
    [["The ministry's parliamentary state secretary Ludolf Pryce said on Monday rates would stay.", 'Pryce said so again.'], 'Ludolf Pryce=person/parliamentary state secretary'],
    [["Fans cheered the Wimbledon women's champion Tara Vollan on Sunday.", 'Vollan said she was happy.'], "Tara Vollan=person/Wimbledon women's champion"],
    [["The side was led by England's cricket captain Clare Vollan on Sunday.", 'Vollan said she was happy.'], "Clare Vollan=person/England's cricket captain"],
    [['Shares rose, said the Royal Bank of Kelbania chief executive Fred Vollan on Monday.', 'Vollan said so again.'], 'Fred Vollan=person/chief executive'],
    [['Bill Tarvosh, president of Falconbridge Ltd, said output rose.', 'Tarvosh said so again.'], 'Bill Tarvosh=person/president of Falconbridge Ltd'],
    [['Output rose, said Jo Kelby, chairman of Vollan, on Monday.', 'Kelby said so again.'], 'Jo Kelby=person/chairman of Vollan'],
  ])('%j', (texts, expected) => {
    expect(entitiesOf(texts)).toContain(expected);
  });
  test.each([
    [['Russian rival Svetlana Vollanova won the race in Paris.', 'Svetlana Vollanova said she was happy. Vollanova said so.'], 'Svetlana Vollanova=person'],
    [['The Italian surged past compatriot Jo Vollan on the last lap.', 'Vollan said he was tired.'], 'Jo Vollan=person'],
    [['He beat Spanish countryman Tarek Kelbyo in Madrid.', 'Kelbyo said he was tired.'], 'Tarek Kelbyo=person'],
  ])('no role that only says whom one stands beside: %j', (texts, expected) => {
    expect(entitiesOf(texts)).toContain(expected);
  });
});

test('a name before "and Co", "& Sons" is a firm\'s, its founder\'s or not ("Edward D. Jones and Co")', () => {
  const { index, matcher } = storiesEngine([
    'Brokers at Edward D. Vollan and Co said the shares were cheap. Edward D. Vollan and Co said so again.',
    'The firm, Edward D. Vollan and Co, said on Monday it would open more offices.',
    'Analyst Tarek Kelby and his colleague Jo Pryce said the bank was strong. Kelby said so.',
  ]);
  const people = index.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  expect(people).not.toContain('Edward D. Vollan');
  expect(people).toContain('Tarek Kelby');
  const [mentions] = detectDocument(['Shares of Tom Pryce and Sons rose, said Tom Pryce and Jo Kelby.'], matcher);
  expect(mentions!.filter((m) => m.kind === 'person').map((m) => `${m.text}@${m.start}`)).toEqual(['Tom Pryce@40', 'Jo Kelby@54']);
  // A full name the lexicon knows is the person's ("Wayne Rooney and Co were beaten"); "and Co Tyrone" is a county.
  const personsIn = (sentence: string) => detectDocument([sentence], matcher)[0]!.filter((m) => m.kind === 'person').map((m) => m.text);
  expect(personsIn('Tarek Kelby and Co were beaten at home.')).toEqual(['Tarek Kelby']);
  expect(personsIn('It was condemned by Osric Vollan and Co Tyrone farmers.')).toEqual(['Osric Vollan']);
});

test('a card names a person in full where team sheets write an initial more often ("C Sweeney" is "Ceri Sweeney")', () => {
  const sheet = 'Replacements: R Kelby (Cardiff), J Pryce (Neath), G Okafor (Newport), C Vollan (Newport), R Tarvosh (Cardiff).';
  const found = entitiesOf([sheet, sheet, sheet, 'Fly-half Ceri Vollan kicked three penalties in Cardiff. Vollan said the side was happy.', 'Lock Jo Pryce won the line-out in Neath. Pryce said so.']);
  expect(found.filter((e) => /Vollan/.test(e))).toEqual(['Ceri Vollan=person']);
  expect(found.filter((e) => /Pryce/.test(e)).map((e) => e.split('=')[0])).toEqual(['Jo Pryce']);
});

test('a show\'s name is no place, though "at" and "in" stand before it ("at the New York Auto Show")', () => {
  const found = entitiesOf([
    'Carmakers showed new models at the Kelby Auto Show on Monday. Crowds were large at the Kelby Auto Show.',
    'Dealers met in the Kelby Auto Show hall. Prices fell in Paris.',
  ]);
  expect(found.filter((e) => e.startsWith('Kelby'))).toEqual([]);
  expect(found).toContain('Paris=place');
});

test('a town of the lists only that speaks a third of the time and no dateline or "in" names is a firm ("Monsanto said")', () => {
  const firm = (i: number) => `Monsanto said on Monday its seed sales rose ${i} pct. Analysts said Monsanto would gain.`;
  const town = (i: number) => `MARIETTA, Ga., March ${i} - Vollan Corp said profits rose in the quarter. Vollan Corp is based in Marietta.`;
  const found = entitiesOf([...[1, 2, 3, 4, 5, 6].map(firm), ...[1, 2, 3].map(town)]);
  expect(found.filter((e) => e.startsWith('Monsanto'))).toEqual([]);
  expect(found).toContain('Marietta=place');
});

test('in a story that names "Tony Lama Co Inc", "Tony Lama" alone is the firm\'s name ("Tony Lama said it would")', () => {
  const firm = (n: number) => `EL PASO, Texas, March ${n} - Tony Vollan Co Inc said it would close a plant. Tony Vollan said its sales fell, and Tony Vollan said it would hire.`;
  const found = entitiesOf([firm(2), firm(3), firm(4), 'Chairman Tony Kelby said the bank was strong. Tony Kelby said so again in Dallas.', 'Bethlehem Steel Corp said output rose. Pilgrims gathered in Bethlehem and in Bethlehem again.']);
  expect(found.filter((e) => e.startsWith('Tony Vollan'))).toEqual([]);
  expect(found).toContain('Tony Kelby=person/Chairman');
});

test('a known place before an everyday word that is no noun of geography is the place before a noun, no place of its own ("in U.S. Policy terms", not "Kansas City")', () => {
  const found = entitiesOf([
    'Shares fell in Japan Market trading on Monday. Dealers in Japan Market deals were calm.',
    'Prices rose in Japan Market trading again. Buyers came to Kansas City on Tuesday.',
    'Cattle prices fell in Kansas City. Traders in Kansas City were calm.',
    'The market was calm and the market rose; market makers said the market would gain.',
  ]);
  expect(found.filter((e) => e.startsWith('Japan Market'))).toEqual([]);
  expect(found).toContain('Kansas City=place');
});
