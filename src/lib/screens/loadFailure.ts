/**
 * What the error screen says when the dataset does not load: which file and why. A DatasetError names
 * them; anything else (a bug, a browser refusing) has no file to name, only its message.
 */
import { DatasetError } from '../data/loadDataset.ts';

export interface LoadFailure {
  /** The file that failed, or « — » when none is known. */
  file: string;
  /** Why, in the words of the error. */
  reason: string;
}

export function describeLoadFailure(error: unknown): LoadFailure {
  if (error instanceof DatasetError) return { file: error.file, reason: error.reason };
  return { file: '—', reason: error instanceof Error ? error.message : String(error) };
}
