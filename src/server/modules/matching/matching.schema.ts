import { z } from 'zod';
import { matchingModes } from '#domain/matching/rank.ts';
import { targetKinds } from '#domain/targets.ts';
import { type Acting, actorRef, Id, IsoTimestamp, Ref, text } from '../../http/common.ts';
import { ComplaintEvidence } from '../andons/andons.schema.ts';

export const SimilarMatch = ComplaintEvidence.extend({
  issueCode: z.string(),
  similarity: z.number().describe('cosine similarity of the problem, 0–1'),
  verdict: z.enum(['confirm', 'reject']).nullable().describe("an agent's verdict on this pair, if any"),
  sameProblem: z.boolean().describe('at or above the threshold (or confirmed), and not rejected'),
}).meta({ id: 'SimilarMatch' });

export const SimilarResult = z
  .object({
    targetId: z.string(),
    matcher: z.string().describe('lexical (offline, bilingual) or embeddings'),
    mode: z.enum(matchingModes).describe("the rule's matching mode for this target kind"),
    threshold: z.number(),
    suggestion: z
      .object({
        complaintIds: z.array(z.string()),
        otherCustomers: z.number().int(),
        similarity: z.number(),
        message: z.string().describe('"looks like the same problem as …", in the caller\'s language'),
      })
      .nullable(),
    matches: z.array(SimilarMatch).describe('most alike first'),
  })
  .meta({ id: 'SimilarComplaints' });
export type SimilarResult = z.infer<typeof SimilarResult>;

export const SimilarQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  among: z
    .enum(['earlier', 'window'])
    .default('earlier')
    .describe("'earlier': the complaints before this one; 'window': every other complaint in the rule's window, later ones too (a desk that follows the target)"),
});

export const PreviewBody = z
  .object({
    targetId: Id.optional(),
    targetRef: Ref.optional(),
    text: text(10_000).pipe(z.string().min(1)),
    customerRef: Ref.optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .superRefine((b, ctx) => {
    if (!b.targetId && !b.targetRef) {
      ctx.addIssue({ code: 'custom', path: ['targetRef'], message: 'give targetRef or targetId', params: { i18n: 'target_required' } });
    }
  });
export type PreviewInput = z.infer<typeof PreviewBody>;

export const DecisionBody = z.object({
  otherComplaintId: Id,
  verdict: z.enum(['confirm', 'reject']).describe('confirm: the same problem (joins their groups); reject: not the same'),
  decidedBy: actorRef('the agent deciding'),
});
export type DecisionInput = Acting<z.infer<typeof DecisionBody>, 'decidedBy'>;

export const ProblemLink = z
  .object({
    id: z.string(),
    complaintA: z.string(),
    complaintB: z.string(),
    targetId: z.string(),
    verdict: z.enum(['confirm', 'reject']),
    decidedBy: z.string(),
    decidedAt: IsoTimestamp,
  })
  .meta({ id: 'ProblemLink' });

export const ProblemGroups = z
  .object({
    targetId: z.string(),
    groups: z.array(z.object({ complaintIds: z.array(z.string()), customers: z.number().int() })).describe('confirmed groups of two or more'),
    links: z.array(ProblemLink),
  })
  .meta({ id: 'ProblemGroups' });

export const MatchingSetting = z
  .object({
    targetKind: z.enum(targetKinds),
    mode: z.enum(matchingModes),
    threshold: z.number().nullable().describe('null: calibrated on the corpus'),
    updatedAt: IsoTimestamp.nullable(),
  })
  .meta({ id: 'MatchingSetting' });

export const MatchingSettingBody = z.object({
  mode: z.enum(matchingModes),
  threshold: z.number().min(0.01).max(1).nullable().default(null),
});

export const KindParams = z.object({ kind: z.enum(targetKinds) });

export const MatchingStatus = z
  .object({
    matcher: z.string(),
    threshold: z.number(),
    calibration: z
      .object({ method: z.enum(['decoy', 'default']), withinPairs: z.number(), decoyPairs: z.number(), expectedF1: z.number() })
      .nullable(),
    settings: z.array(MatchingSetting),
    learnedSynonyms: z.array(z.object({ from: z.string(), to: z.string(), support: z.number().int() })),
  })
  .meta({ id: 'MatchingStatus' });

const Concept = z.string().trim().regex(/^[\p{L}\p{N}_-]{1,64}$/u, 'letters, digits, _ or -');

export const TermBody = z.object({
  terms: z.array(z.string().trim().min(1).max(100)).min(2).max(50).describe('words for the concept in any language, e.g. ["书页未裁开", "uncut pages"]'),
});

export const Term = TermBody.extend({ concept: z.string() }).meta({ id: 'MatchTerm' });
export const ConceptParams = z.object({ concept: Concept });
