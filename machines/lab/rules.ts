import { withPolicyChanges, type Policy } from '../policy/compile';
import type { LabPath } from './path';
import { seededDraws } from './normal';
import { wilson, type Share } from './stats';
import { shareCells, type LabTable } from './result';
import type { LabSetup } from './setup';
import type { Progress } from './progress';
import { stepRank } from './committee';

interface RuleSwing {
  scenario: string;
  rule: string;
  label: string;
  /** Draws whose decision changes when the rule is switched off, and in which direction. */
  changed: Share;
  up: Share;
  down: Share;
}

interface MemberSwing {
  scenario: string;
  member: string;
  name: string;
  role: string;
  /** Draws whose decision would differ without this member's vote. */
  decisive: Share;
}

export interface RulesData {
  rules: RuleSwing[];
  members: MemberSwing[];
}

/**
 * Question 2 on one scenario: every draw is decided with all the setup's rules, then again with
 * each enabled rule switched off (a veto switched off takes its holder's reliability floor with
 * it, as in play), and again without each member's vote.
 */
export function ruleSwings(lab: LabPath, setup: LabSetup, progress: Progress, seed = setup.seed): RulesData {
  const { committee } = lab;
  const policy = committee.policy;
  const draws = seededDraws(seed);
  const floors = committee.floorsFor(policy);
  const variants = [...policy.committeeRules, ...policy.rankRules].map((rule) => {
    const without: Policy = withPolicyChanges(policy, { off: [rule.id] });
    const own = committee.floorsFor(without);
    return {
      rule,
      policy: without,
      floors: own,
      sameFloors: own.every((f, i) => Object.is(f, floors[i])),
      up: 0,
      down: 0,
    };
  });
  const decisive = new Float64Array(committee.votes.length);
  for (let i = 0; i < setup.n; i++) {
    committee.drawPeople(draws, 0, setup.len);
    committee.readAll(draws, 0, setup.err);
    committee.vote(floors);
    const base = stepRank(committee.decide(policy));
    for (const v of variants) {
      if (!v.sameFloors) committee.refloor(v.floors);
      const step = stepRank(committee.decide(v.policy));
      if (step > base) v.up++;
      else if (step < base) v.down++;
      if (!v.sameFloors) committee.refloor(floors);
    }
    for (let m = 0; m < decisive.length; m++)
      if (stepRank(committee.decideWithout(m, policy)) !== base) decisive[m]! += 1;
    progress.tick(i);
  }
  const id = lab.resolved.scenario.id;
  return {
    rules: variants.map((v) => ({
      scenario: id,
      rule: v.rule.id,
      label: v.rule.label,
      changed: wilson(v.up + v.down, setup.n),
      up: wilson(v.up, setup.n),
      down: wilson(v.down, setup.n),
    })),
    members: committee.votes.map((vote, m) => ({
      scenario: id,
      member: vote.member,
      name: vote.name,
      role: vote.role,
      decisive: wilson(decisive[m]!, setup.n),
    })),
  };
}

/** The tables for question 2: rules by how often they decide (the tornado), members by how often their vote does. */
export function ruleTables(data: RulesData): LabTable[] {
  const rules = [...data.rules].sort((a, b) => b.changed.share - a.changed.share);
  return [
    {
      title: 'Outcomes that change when a rule is switched off',
      fields: ['scenario', 'rule', 'label', 'changed %', 'low %', 'high %', 'better without %', 'worse without %'],
      rows: rules.map((r) => [
        r.scenario,
        r.rule,
        r.label,
        ...shareCells(r.changed),
        shareCells(r.up)[0],
        shareCells(r.down)[0],
      ]),
    },
    {
      title: 'How often a member’s vote decides',
      fields: ['scenario', 'member', 'name', 'role', 'decisive %', 'low %', 'high %'],
      rows: data.members.map((m) => [m.scenario, m.member, m.name, m.role, ...shareCells(m.decisive)]),
    },
  ];
}
