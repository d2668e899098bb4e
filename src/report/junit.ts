/**
 * JUnit XML: one testsuite per gate; each gating finding is a failing testcase, each
 * non-gating finding a passing one with its message, suppressed findings are skipped (pure).
 */
import type { CheckResult, FailOn, Finding } from '../core/types.js';
import { sortFindings, type RunReport } from './context.js';
import { stripControl } from './escape.js';

function xml(s: string): string {
  // XML 1.0 forbids most control characters even when escaped.
  return stripControl(s)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function gates(f: Finding, failOn: FailOn): boolean {
  if (f.suppression || failOn === 'never') return false;
  return f.level === 'error' || (failOn === 'warning' && f.level === 'warning');
}

function testcase(r: CheckResult, f: Finding, failOn: FailOn): string {
  const where = f.location ? `${f.location.path}:${f.location.startLine}` : 'repository';
  const open = `    <testcase classname="${xml(`guardian.${r.checkId}`)}" name="${xml(`${f.ruleId} ${where}`)}"${f.location ? ` file="${xml(f.location.path)}" line="${f.location.startLine}"` : ''}>`;
  let body: string;
  if (f.suppression) body = `      <skipped message="${xml(`suppressed (${f.suppression.kind}): ${f.suppression.reason}`)}"/>`;
  else if (gates(f, failOn)) body = `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${f.level}: ${f.message}`)}</failure>`;
  else body = `      <system-out>${xml(`${f.level}: ${f.message}`)}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

export function planJunit(report: RunReport): string {
  const failOn = report.verdict.failOn;
  const suites = report.results.map((r) => {
    const findings = sortFindings(r.findings);
    const cases = findings.map((f) => testcase(r, f, failOn));
    if (r.status === 'error') {
      cases.push(`    <testcase classname="guardian.${xml(r.checkId)}" name="${xml(r.checkId)} ran">\n      <error message="${xml(r.error ?? 'error')}"/>\n    </testcase>`);
    } else if (findings.length === 0) {
      cases.push(`    <testcase classname="guardian.${xml(r.checkId)}" name="${xml(r.checkId)} has no findings"/>`);
    }
    const failures = findings.filter((f) => gates(f, failOn)).length;
    const skipped = findings.filter((f) => f.suppression).length;
    const tests = Math.max(cases.length, 1);
    return `  <testsuite name="${xml(r.title)}" tests="${tests}" failures="${failures}" errors="${r.status === 'error' ? 1 : 0}" skipped="${skipped}" time="${(r.durationMs / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const total = report.results.reduce((n, r) => n + Math.max(r.findings.length, 1), 0);
  const failures = report.results.reduce((n, r) => n + r.findings.filter((f) => gates(f, failOn)).length, 0);
  const errors = report.results.filter((r) => r.status === 'error').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(report.context.checkName)}" tests="${total}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
