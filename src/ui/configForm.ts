import { InvalidConfigError, workshopConfigFrom, type WorkshopConfig, type WorkshopConfigInput } from '../core/config';

/** The form's raw field values: what the facilitator typed, not yet validated. */
export type ConfigFormValues = {
  workshopName: string;
  format: 'remote' | 'inPerson';
  /** As typed; may be empty or out of range until validated. */
  groups: string;
  /** Shown on the cover, e.g. "12–15 May 2026". */
  date: string;
  /** "HH:MM", or empty for the format's usual start. */
  startTime: string;
  /** As typed: people in the room (1–30). */
  headcount: string;
  /** As typed: objectives on the OKR frame (1–5). */
  objectives: string;
  includeFuturespective: boolean;
  includeCheckout: boolean;
};

export const defaultConfigFormValues: ConfigFormValues = {
  workshopName: '',
  format: 'remote',
  groups: '3',
  date: '',
  startTime: '',
  headcount: '12',
  objectives: '3',
  includeFuturespective: true,
  includeCheckout: true,
};

export function configInputFrom(values: ConfigFormValues): WorkshopConfigInput {
  const omit: Array<'futurespective' | 'checkout'> = [];
  if (!values.includeFuturespective) omit.push('futurespective');
  if (!values.includeCheckout) omit.push('checkout');
  // NaN, not a default, so an emptied field is reported instead of silently becoming the default.
  const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));
  return {
    workshopName: values.workshopName,
    format: values.format,
    groups: numberOf(values.groups),
    date: values.date,
    startTime: values.startTime.trim(),
    headcount: numberOf(values.headcount),
    objectives: numberOf(values.objectives),
    omit,
  };
}

export type ConfigValidation = { ok: true; config: WorkshopConfig } | { ok: false; error: InvalidConfigError };

/** Validation is the public `workshopConfigFrom`; the form only turns its error into a result. */
export function validateConfigForm(values: ConfigFormValues): ConfigValidation {
  try {
    return { ok: true, config: workshopConfigFrom(configInputFrom(values)) };
  } catch (error) {
    if (error instanceof InvalidConfigError) return { ok: false, error };
    throw error;
  }
}
