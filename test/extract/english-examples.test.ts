import { describe, expect, it } from 'vitest';
import { entity, extractText, triples } from './helpers.js';

describe('English rules on small examples', () => {
  it('title + name, visit, council and quote with "said"', () => {
    const x = extractText(
      'Minister visits new school\n\nEducation Minister Sarah Collins visited Riverside Primary School in Swansea on Monday. ' +
        '“It is wonderful to see how much the pupils have achieved this year,” said Sarah Collins.',
      'en',
      '2024-05-06',
    );
    expect(entity(x, 'Person', 'Sarah Collins')?.roles[0]?.title).toBe('Education Minister');
    expect(entity(x, 'Organisation', 'Riverside Primary School')).toBeDefined();
    expect(entity(x, 'Place', 'Swansea')).toBeDefined();
    expect(triples(x)).toContainEqual(['VISITED', 'Sarah Collins', 'Riverside Primary School']);
    expect(triples(x)).toContainEqual(['QUOTED_IN', 'Sarah Collins', null]);
  });

  it('peer names, funds and unmarked quotes after "said:"', () => {
    const x = extractText(
      'Fund opens\n\nLord Williams opened the Community Renewal Fund today.\n\nLord Williams said:\n\nThis fund will help towns across the region to grow.',
      'en',
    );
    expect(entity(x, 'Person', 'Lord Williams')).toBeDefined();
    expect(entity(x, 'Initiative', 'Community Renewal Fund')).toBeDefined();
    expect(triples(x)).toContainEqual(['QUOTED_IN', 'Lord Williams', null]);
  });
});

describe('English titles, companions and roles of', () => {
  const x = extractText(
    'Minister visits flood defence scheme\n\nEnvironment Minister Rebecca Pow has visited the Carlisle Flood Defence Scheme.\n\n' +
      'During her visit, the Minister met engineers from the Environment Agency. She was joined by Councillor John Mallinson, Leader of Cumberland Council.\n\n' +
      'Rebecca Pow said:\n\n"The investment shows our commitment to protecting communities from flooding."',
    'en',
  );

  it('reads a first name after a title even when the surname is a common word', () => {
    expect(entity(x, 'Person', 'Rebecca Pow')?.roles[0]?.title).toBe('Environment Minister');
  });

  it('takes the organisation from "Leader of …" and gives companions the visit', () => {
    expect(entity(x, 'Person', 'John Mallinson')?.roles).toContainEqual({
      title: 'Leader of Cumberland Council',
      organisation: 'Cumberland Council',
    });
    expect(triples(x)).toContainEqual(['VISITED', 'Rebecca Pow', 'Carlisle Flood Defence Scheme']);
    expect(triples(x)).toContainEqual(['VISITED', 'John Mallinson', 'Carlisle Flood Defence Scheme']);
    expect(triples(x)).not.toContainEqual(['VISITED', 'Rebecca Pow', 'Environment Agency']);
  });

  it('attributes a quoted paragraph after "X said:"', () => {
    expect(triples(x)).toContainEqual(['QUOTED_IN', 'Rebecca Pow', null]);
  });
});
