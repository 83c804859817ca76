/** A thread of the parallel corpus assembly: writes one part (write-corpus.ts). */
import { writeCorpusPart, type CorpusPart } from "./write-corpus.js";

export default async function assemblePart(part: CorpusPart): Promise<void> {
  await writeCorpusPart(part);
}
