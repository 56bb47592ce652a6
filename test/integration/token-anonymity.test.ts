/**
 * "Given the database, no response can be tied to its token." Shown by indistinguishability: two
 * rounds in which the same three people, holding personal links, answer in the same order but with
 * their answers swapped around. If the database tied any response to a token, the two rounds would
 * differ on the token side; they must not, while the answers given are the same three.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { CheckedInstrument } from '../../core/surveys/check-instrument';
import { pupilAnswers } from '../builders/answers';
import { aMunicipality, type BuiltOrganisation } from '../builders/organisation';
import { personalLinkCodes } from '../builders/personal-links';
import { aRound } from '../builders/rounds';
import { aStaffUser, logIn } from '../builders/staff';
import { postJson } from '../support/http';
import { STORES, type TestStore } from '../support/stores';

type Row = Record<string, unknown>;

async function rows(store: TestStore, query: ReturnType<typeof sql>): Promise<Row[]> {
  return ((await store.db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/** Everything stored about a round's tokens, and every link from a token row to a response row. */
async function whatTheDatabaseKnows(store: TestStore, roundId: string) {
  const tokens = await rows(
    store,
    sql`select t.code_hash, t.position, t.xmin::text as xmin, t.ctid::text as ctid,
               get_bit(b.spent, t.position) as spent
        from round_tokens t join token_batches b on b.id = t.batch_id
        where b.round_id = ${roundId} order by t.position`,
  );
  const responses = await rows(
    store,
    sql`select r.*, r.xmin::text as xmin, r.ctid::text as ctid from responses r where r.round_id = ${roundId}`,
  );
  const drafts = await rows(
    store,
    sql`select d.* from token_drafts d join round_tokens t on t.code_hash = d.code_hash
        join token_batches b on b.id = t.batch_id where b.round_id = ${roundId}`,
  );
  // Any value a token row holds (its hash or its transaction id) that also appears anywhere in a
  // response row would tie the two. (Places on disk, ctid, are per table and compared by order below.)
  const links = tokens.map((token) =>
    responses.map((response) => {
      const text = JSON.stringify(response);
      return [token.code_hash, token.xmin].filter((value) => text.includes(`"${String(value)}"`)).length;
    }),
  );
  const diskOrder = (ctid: unknown) => String(ctid).slice(1, -1).split(',').map(Number);
  const byDisk = [...tokens].sort((x, y) => {
    const [px, ix] = diskOrder(x.ctid);
    const [py, iy] = diskOrder(y.ctid);
    return px! - py! || ix! - iy!;
  });
  return {
    // Hashes differ between rounds (different codes); what each position holds must not.
    tokenSide: tokens.map((t) => ({ position: t.position, spent: t.spent })),
    tokenXminsAllEqual: new Set(tokens.map((t) => t.xmin)).size === 1,
    // The order on disk is the order the codes were made in, not the order they were used in.
    diskOrder: byDisk.map((t) => t.position),
    links,
    drafts: drafts.length,
    answers: responses.map((r) => JSON.stringify(r.answers)).sort(),
    responseColumns: Object.keys(responses[0] ?? {}).sort(),
    // The scoring's fingerprint (ADR 0019) is one value for every response of the round.
    scoredWith: [...new Set(responses.map((r) => r.scored_with))],
  };
}

for (const kind of STORES) {
  describe(`${kind.name}: given the database, no response can be tied to its personal token`, () => {
    let store: TestStore;
    let org: BuiltOrganisation;
    let pupils: CheckedInstrument;

    beforeAll(async () => {
      store = await kind.start();
      org = await aMunicipality(store.db).withClasses([6]).create();
      pupils = await store.malbar.instruments.get(store.malbar.versionIds['pupil-wellbeing']!);
    });
    afterAll(() => store?.stop());

    it('when three people answer through personal links with their answers swapped between two rounds, then the database reads the same on the token side of both', async () => {
      const cookie = await logIn(store.url, await aStaffUser(store.db, org.root, 'consultant'));
      const unit = org.classes.get(6)!;
      const answers = [
        pupilAnswers(pupils, { grade: 6, wellbeing: 5, bullied: false }),
        pupilAnswers(pupils, { grade: 6, wellbeing: 1, bullied: false }),
        pupilAnswers(pupils, { grade: 6, wellbeing: 1, bullied: true }),
      ];
      // Person i holds code i of each round; in round B they give the answers of person i+1.
      const worlds = [
        { order: [0, 1, 2], roundId: '', codes: [] as string[] },
        { order: [1, 2, 0], roundId: '', codes: [] as string[] },
      ];
      for (const world of worlds) {
        world.roundId = (
          await aRound(store.db, store.malbar.versionIds, 'pupil-wellbeing').forUnits([unit]).create()
        ).roundId;
        world.codes = await personalLinkCodes(store.url, cookie, world.roundId, unit.id, 5);
      }
      // Same sequence of events in both rounds: each person saves a draft, then submits, in turn.
      for (let person = 0; person < 3; person++) {
        for (const world of worlds) {
          const code = world.codes[person]!;
          const mine = answers[world.order[person]!]!;
          const draft = await fetch(`${store.url}/api/t/${code}/draft`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ data: { grade: 6 }, pageNo: 1 }),
          });
          expect(draft.status).toBe(204);
          const res = await postJson(`${store.url}/api/t/${code}/responses`, {
            submissionId: randomUUID(),
            answers: mine,
          });
          expect(res.status).toBe(201);
        }
      }
      await store.settled();

      const [a, b] = [
        await whatTheDatabaseKnows(store, worlds[0]!.roundId),
        await whatTheDatabaseKnows(store, worlds[1]!.roundId),
      ];
      // The people answered differently in the two rounds…
      expect(worlds[0]!.order).not.toEqual(worlds[1]!.order);
      // …yet the same three answers are stored, and on the token side nothing differs.
      expect(a.answers).toEqual(b.answers);
      expect(a.tokenSide).toEqual(b.tokenSide);
      expect(a.tokenSide.map((t) => t.spent)).toEqual([1, 1, 1, 0, 0]);
      // Token rows are never written after they are made: one transaction id for all of them,
      // none shared with a response, and no token value appears in any response.
      expect(a.tokenXminsAllEqual && b.tokenXminsAllEqual).toBe(true);
      expect(a.diskOrder).toEqual([0, 1, 2, 3, 4]);
      expect(b.diskOrder).toEqual([0, 1, 2, 3, 4]);
      expect(a.links.flat().every((n) => n === 0)).toBe(true);
      expect(b.links.flat().every((n) => n === 0)).toBe(true);
      expect(a.drafts + b.drafts).toBe(0);
      // A response row is the same as one given through the open link: nothing about the token.
      expect(a.responseColumns).toEqual([
        'answers',
        'ctid',
        'id',
        'municipality_id',
        'round_id',
        'scored_with',
        'scores',
        'submission_id',
        'submitted_on',
        'unit_id',
        'xmin',
      ]);
      expect(a.scoredWith).toHaveLength(1);
      expect(b.scoredWith).toEqual(a.scoredWith);
    });

    it('when the schema is read, then no table refers to responses and responses refer to no token table', async () => {
      const references = await rows(
        store,
        sql`select conrelid::regclass::text as from_table, confrelid::regclass::text as to_table
            from pg_constraint where contype = 'f'
              and (confrelid = 'responses'::regclass or conrelid = 'responses'::regclass)`,
      );
      expect(references.filter((r) => r.to_table === 'responses')).toEqual([]);
      expect(
        references
          .filter((r) => r.from_table === 'responses')
          .map((r) => r.to_table)
          .sort(),
      ).toEqual(['municipalities', 'org_units', 'rounds']);
      const dateOnly = await rows(
        store,
        sql`select column_name, data_type from information_schema.columns
            where table_name = 'responses' and data_type like 'timestamp%'`,
      );
      expect(dateOnly).toEqual([]);
    });
  });
}
