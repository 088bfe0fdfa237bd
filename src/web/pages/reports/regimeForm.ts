import { DEFAULT_OUTLINE } from '../../../domain/reporting/regime';
import type { CreateRegimeInput, Regime } from '../../api/reports';
import type { CutOffRule, DeadlineRule } from './RuleFields';

export type Section = { key: string; title: string; perDomain?: boolean };

/** The regime editor's form state; reporting units are kept in both shapes so switching mode loses nothing. */
export interface RegimeForm {
  name: string;
  content: string;
  scope: 'internal' | 'administrative' | 'statistical';
  unitsMode: 'list' | 'children';
  unitIds: string[];
  childrenOf: string | null;
  receivingUnitId: string | null;
  frequency: Regime['frequency'];
  year: number;
  deadlineRule: DeadlineRule;
  cutOffRule: CutOffRule;
  outline: Section[];
  dataForm: string[];
  instructions: string;
  sendingMethods: string;
}

export function fromRegime(r: Regime): RegimeForm {
  const units = r.reportingUnits;
  return {
    name: r.name,
    content: r.content,
    scope: r.scope as RegimeForm['scope'],
    unitsMode: Array.isArray(units) ? 'list' : 'children',
    unitIds: Array.isArray(units) ? units : [],
    childrenOf: Array.isArray(units) ? null : units.childrenOf,
    receivingUnitId: r.receivingUnit.id,
    frequency: r.frequency,
    year: r.year,
    deadlineRule: r.deadlineRule,
    cutOffRule: r.cutOffRule,
    outline: r.outline,
    dataForm: r.dataForm.map((d) => d.id),
    instructions: r.instructions,
    sendingMethods: r.sendingMethods.join('\n'),
  };
}

export function blank(): RegimeForm {
  return {
    name: '',
    content: '',
    scope: 'internal',
    unitsMode: 'list',
    unitIds: [],
    childrenOf: null,
    receivingUnitId: null,
    frequency: 'monthly',
    year: new Date().getFullYear(),
    deadlineRule: { kind: 'dayOfMonth', day: 15 },
    cutOffRule: { kind: 'standard' },
    outline: DEFAULT_OUTLINE.map((s) => ({ ...s })),
    dataForm: [],
    instructions: '',
    sendingMethods: '',
  };
}

export function toInput(
  f: RegimeForm,
): Omit<CreateRegimeInput, 'receivingUnitId'> & { receivingUnitId: string } {
  return {
    name: f.name,
    content: f.content,
    scope: f.scope,
    reportingUnits: f.unitsMode === 'list' ? f.unitIds : { childrenOf: f.childrenOf ?? '' },
    receivingUnitId: f.receivingUnitId ?? '',
    frequency: f.frequency,
    year: f.year,
    deadlineRule: f.deadlineRule,
    cutOffRule: f.cutOffRule,
    outline: f.outline,
    dataForm: f.dataForm,
    instructions: f.instructions,
    sendingMethods: f.sendingMethods
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  };
}
