// Starts the lab once for every lab test file and hands its LabInfo to the workers (inject('lab')).
// The teardown is synchronous and also hooked to exit and signals (see infra/cleanup.ts), so a failed or
// interrupted run leaves no namespace, process or /etc/netns entry behind.
import type { TestProject } from 'vitest/node';
import { startLab, stopLab, type LabInfo } from './infra/lab.js';
import { labPrerequisiteProblem } from './infra/prerequisites.js';

declare module 'vitest' {
  export interface ProvidedContext {
    lab: LabInfo;
  }
}

export default function setup(project: TestProject): () => void {
  const problem = labPrerequisiteProblem();
  if (problem) throw new Error(`The network lab cannot run here: ${problem}`);
  const lab = startLab();
  console.log(`[lab] up in ${lab.startMs} ms (${lab.dir})`);
  project.provide('lab', lab);
  return () => stopLab(lab);
}
