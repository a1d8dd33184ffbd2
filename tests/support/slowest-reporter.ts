// Prints, after vitest's own summary, the run's wall time and its ten slowest test files (import plus tests and
// hooks), so that the next file that slows the suite down shows up in every run, locally and in CI.
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node' with { 'resolution-mode': 'import' };

export default class SlowestFiles implements Reporter {
  private started = Date.now();

  onInit() {
    this.started = Date.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows = modules
      .map((m) => {
        const d = m.diagnostic();
        return { file: path.relative(process.cwd(), m.moduleId), ms: d.collectDuration + d.duration };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    const lines = rows.map((r) => `  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.file}`);
    process.stdout.write(
      `\nnpm test took ${((Date.now() - this.started) / 1000).toFixed(0)} s; the ten slowest files:\n${lines.join('\n')}\n`,
    );
  }
}
