// CVSS vectors are parsed strictly (every base metric, valid values) and scored with ae-cvss-calculator;
// a given base score must match the vector, and the severity follows the score bands.
import { Cvss3P0, Cvss3P1, Cvss4P0 } from 'ae-cvss-calculator';
import { BadInputError } from '../../core/errors';
import { CvssVersion, Severity } from './entry.enums';

const V3 = /^CVSS:3\.([01])\/AV:[NALP]\/AC:[LH]\/PR:[NLH]\/UI:[NR]\/S:[UC]\/C:[HLN]\/I:[HLN]\/A:[HLN]$/;
const V4 =
  /^CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN]$/;

export interface ScoredCvss {
  version: CvssVersion;
  vector: string;
  baseScore: number;
}

export function severityFor(score: number): Severity {
  if (score >= 9) return Severity.CRITICAL;
  if (score >= 7) return Severity.HIGH;
  if (score >= 4) return Severity.MEDIUM;
  if (score > 0) return Severity.LOW;
  return Severity.NONE;
}

/** Validates a base vector and computes its score; a claimed score that differs is BAD_USER_INPUT. */
export function scoreCvss(vector: string, claimedScore?: number | null, field = 'cvss'): ScoredCvss {
  let version: CvssVersion;
  let score: number;
  const v3 = V3.exec(vector);
  if (v3) {
    version = v3[1] === '1' ? CvssVersion.V3_1 : CvssVersion.V3_0;
    score = (v3[1] === '1' ? new Cvss3P1(vector) : new Cvss3P0(vector)).calculateScores().base as number;
  } else if (V4.test(vector)) {
    version = CvssVersion.V4_0;
    score = new Cvss4P0(vector).calculateScores().base as number;
  } else {
    throw new BadInputError('The CVSS vector is not a valid CVSS 3.0, 3.1 or 4.0 base vector.', {
      [`${field}.vector`]: 'expected e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    });
  }
  if (claimedScore !== undefined && claimedScore !== null && Math.abs(claimedScore - score) > 0.05) {
    throw new BadInputError(`baseScore ${claimedScore} does not match the vector, which scores ${score}.`, {
      [`${field}.baseScore`]: `the vector scores ${score}`,
    });
  }
  return { version, vector, baseScore: score };
}
