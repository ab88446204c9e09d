/**
 * Speakers the text names only by description or pronoun, on the whole engine (the kb stage runs before
 * quotes): a title run ending in a name, "the home secretary" for the person the article gives that title,
 * a known office holder just named, "the budget office" for the organisation, and "she" for the last woman
 * named or speaking paragraphs before. Sentences written for these tests in the shapes of BBC and US
 * political news; names are real office holders only where the knowledge base must know them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/pipeline.js';

type Row = [quote: string, speaker: string, span: string];

function quotes(text: string, published = '2005-01-15'): Row[] {
  const doc = analyze({ kind: 'text', content: `Headline of the story\n\n${text}`, meta: { published } });
  const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes.filter((q) => !q.scare).map((q) => [q.text, name(q.speaker), q.speakerSpan?.text ?? '']);
}

const speakerOf = (rows: Row[], quote: string): string | undefined =>
  rows.find(([text]) => text.includes(quote))?.[1];

describe('a title run ending in a name', () => {
  it('is the name’s entity', () => {
    const rows = quotes(
      'The Tories unveiled their poster on Monday.\n\n' +
        'But Labour\'s campaign spokeswoman Joan Ryder responded: "Voters will not be fooled by this."',
    );
    assert.equal(speakerOf(rows, 'Voters will not'), 'Joan Ryder');
  });
  it('must not give a study by two economists to the last of them', () => {
    const rows = quotes(
      'Factory jobs fell sharply after 2001.\n\n' +
        'A 2013 study by economists Peter Schott and Justin Pierce found that "the decline was steep."',
      '2016-03-01',
    );
    assert.notEqual(speakerOf(rows, 'the decline was steep'), 'Justin Pierce');
  });
  it('must not give a spokeswoman’s words to the person she speaks for', () => {
    const rows = quotes(
      'The pageant row went on for a second day.\n\n' +
        'A spokeswoman for Hillary Clinton said that "neither the nominee nor her campaign" had helped her.',
      '2016-09-30',
    );
    assert.notEqual(speakerOf(rows, 'neither the nominee'), 'Hillary Clinton');
  });
});

describe('a definite role description', () => {
  it('is the person the article gives that title, even named later', () => {
    const rows = quotes(
      'A terror suspect plans to sue the government.\n\n' +
        'The home secretary said the reports were not "well informed".\n\n' +
        'Home Secretary Charles Clarke has not commented further.',
    );
    assert.equal(speakerOf(rows, 'well informed'), 'Charles Clarke');
  });
  it('must not take a home secretary for "the foreign secretary"', () => {
    const rows = quotes(
      'New Home Secretary Charles Clarke vowed the men would stay in prison.\n\n' +
        'The foreign secretary said the right to life was "the most important liberty".',
    );
    assert.notEqual(speakerOf(rows, 'most important liberty'), 'Charles Clarke');
  });
  it('is the office holder the knowledge base knows, just named without a title', () => {
    const rows = quotes(
      'Jack Straw has attacked the ruling by the law lords.\n\n' +
        'The foreign secretary said the judges were "simply wrong" to say so.',
    );
    assert.equal(speakerOf(rows, 'simply wrong'), 'Jack Straw');
  });
  it('must not guess an office for a private person just named', () => {
    const rows = quotes(
      'Martin Dobbs, 32, from Wembley, said he was beaten at the camp.\n\n' +
        'The home secretary said the reports were not "well informed".',
    );
    assert.notEqual(speakerOf(rows, 'well informed'), 'Martin Dobbs');
  });
  it('is the speaker of the report just before, a known office holder, past a name inside that report', () => {
    const rows = quotes(
      'Jack Straw says the ruling on Gordon Brown’s budget was too harsh.\n\n' +
        'The foreign secretary said the judges had been "simply wrong" about it.',
    );
    assert.equal(speakerOf(rows, 'simply wrong'), 'Jack Straw');
  });
  it('goes on with the last person who spoke, past a report by an organisation three sentences on', () => {
    const rows = quotes(
      'Jack Straw says the ruling on Gordon Brown’s budget was too harsh. Ministers will meet the judges on ' +
        'Monday. The number of appeals rose by 8%, according to the Office for National Statistics.\n\n' +
        'The foreign secretary said the judges had been "simply wrong" about it.',
    );
    assert.equal(speakerOf(rows, 'simply wrong'), 'Jack Straw');
  });
  it('goes on with the speaker past the hearer of that report', () => {
    const rows = quotes(
      'Martin Dobbs has denied reports he told Peter Hain he would sell the firm before the election.\n\n' +
        '"There was never any such deal," the businessman told the BBC on Sunday.',
    );
    assert.equal(speakerOf(rows, 'never any such deal'), 'Martin Dobbs');
  });
  it('must not go on with the speaker past a man named after the report', () => {
    const rows = quotes(
      'Martin Dobbs has denied reports he told Peter Hain he would sell the firm. Alan Sugar was at the dinner.\n\n' +
        '"There was never any such deal," the businessman told the BBC on Sunday.',
    );
    assert.notEqual(speakerOf(rows, 'never any such deal'), 'Martin Dobbs');
  });
  it('is the person a portfolio title before her name gives that office ("Justice Minister X")', () => {
    const rows = quotes(
      'Justice Minister Cathy Jamieson will publish her plan for prisons on Monday.\n\n' +
        'The minister said: "Prisons must do far more to cut reoffending."',
    );
    assert.equal(speakerOf(rows, 'cut reoffending'), 'Cathy Jamieson');
  });
  it('is the churchman the article titles archbishop', () => {
    const rows = quotes(
      'Archbishop Rowan Williams has criticised the plans for new casinos.\n\n' +
        'The archbishop said the plans were "deeply worrying" for poor families.',
    );
    assert.equal(speakerOf(rows, 'deeply worrying'), 'Rowan Williams');
  });
  it('is the speaker just before for "the editor", a descriptor', () => {
    const rows = quotes(
      'Paul Dacre says the paper will not apologise for the story.\n\n' +
        'The editor said the report was "entirely accurate" and would stand.',
    );
    assert.equal(speakerOf(rows, 'entirely accurate'), 'Paul Dacre');
  });
  it('is the one person named who held the office at the date, when the KB codes do not tell offices apart', () => {
    const rows = quotes(
      'Gordon Brown and Tony Blair met union leaders at Downing Street on Monday. Mr Brown left early.\n\n' +
        'The prime minister said the talks had been "constructive and frank".\n\n' +
        'The chancellor said the unions would get "no special deals" on pay.',
    );
    assert.equal(speakerOf(rows, 'constructive and frank'), 'Tony Blair');
    assert.equal(speakerOf(rows, 'no special deals'), 'Gordon Brown');
  });
  it('must not give an office to someone who held it only at another date', () => {
    const rows = quotes(
      'Gordon Brown and Tony Blair met union leaders at Downing Street on Monday. Mr Brown left early.\n\n' +
        'The chancellor said the unions would get "no special deals" on pay.',
      '2008-03-10',
    );
    assert.notEqual(speakerOf(rows, 'no special deals'), 'Gordon Brown');
  });
  it('is the speaker just before for a descriptor, a private person', () => {
    const rows = quotes(
      'Martin Dobbs says the new store will bring 200 jobs to Wembley.\n\n' +
        'The businessman said the council had "dragged its feet" for two years.',
    );
    assert.equal(speakerOf(rows, 'dragged its feet'), 'Martin Dobbs');
  });
  it('must not be the speaker just before when another man is named since', () => {
    const rows = quotes(
      'Martin Dobbs says the new store will bring 200 jobs to Wembley.\n\n' +
        'Peter Hain visited the site on Monday. The businessman said the council had "dragged its feet".',
    );
    assert.notEqual(speakerOf(rows, 'dragged its feet'), 'Martin Dobbs');
  });
  it('is the organisation whose name has the description’s words', () => {
    const rows = quotes(
      'The Congressional Budget Office released its forecast on Monday.\n\n' +
        'The budget office said the deficit would "rise again" next year.',
      '2016-01-20',
    );
    assert.equal(speakerOf(rows, 'rise again'), 'Congressional Budget Office');
  });
});

describe('a bare pronoun speaker', () => {
  it('is the last woman who spoke, across paragraphs and past a man who spoke since', () => {
    const rows = quotes(
      'Ms Hewitt said new mothers would get more help.\n\n' +
        'Tory spokesman Michael Howard said the plans were "too little, too late".\n\n' +
        'Ministers would consult business on the change.\n\n' +
        'She said: "We are going to extend paid leave."',
    );
    assert.equal(speakerOf(rows, 'extend paid leave'), 'Hewitt');
  });
  it('must not be a person named inside someone’s quotation', () => {
    const rows = quotes(
      '"We have a head start on Hillary Clinton and her party," the chairman said.\n\n' +
        'The committee spent $16 million this year.\n\n' +
        '"It is by design," she said.',
      '2016-05-26',
    );
    assert.notEqual(speakerOf(rows, 'It is by design'), 'Hillary Clinton');
  });
});
