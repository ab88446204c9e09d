import { z } from 'zod';
import { NewsgraphError } from '../errors.js';
import type { ArticleJob } from '../watch/job.js';

/** An article job as it comes out of the queue's table: checked, since any process may have written it. */
const articleJobSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  feedUrl: z.string(),
  itemId: z.string().min(1),
  title: z.string().optional(),
  published: z.string().optional(),
}) satisfies z.ZodType<ArticleJob>;

/** The job's data as an ArticleJob, or INPUT_BAD_FORMAT saying which field is wrong. */
export function parseArticleJob(data: unknown, jobId: string): ArticleJob {
  const parsed = articleJobSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'data';
  throw new NewsgraphError('INPUT_BAD_FORMAT', `job ${jobId}`, `${where}: ${issue?.message ?? 'invalid'}`);
}
