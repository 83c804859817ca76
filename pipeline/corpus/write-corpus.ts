/** Corpus outputs: streams per-document JSON into output/corpus/*.csv and corpus.jsonl (stub, in progress). */
export async function writeCorpus(documentJsonFiles: readonly string[], outDir: string): Promise<void> {
  void documentJsonFiles;
  void outDir;
}
