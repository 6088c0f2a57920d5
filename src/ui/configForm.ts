import { InvalidConfigError, workshopConfigFrom, type WorkshopConfig, type WorkshopConfigInput } from '../core/config';

/** The form's raw field values: what the facilitator typed, not yet validated. */
export type ConfigFormValues = {
  workshopName: string;
  format: 'remote' | 'inPerson';
  /** As typed; may be empty or out of range until validated. */
  groups: string;
  includeFuturespective: boolean;
  includeCheckout: boolean;
};

export const defaultConfigFormValues: ConfigFormValues = {
  workshopName: '',
  format: 'remote',
  groups: '3',
  includeFuturespective: true,
  includeCheckout: true,
};

export function configInputFrom(values: ConfigFormValues): WorkshopConfigInput {
  const omit: Array<'futurespective' | 'checkout'> = [];
  if (!values.includeFuturespective) omit.push('futurespective');
  if (!values.includeCheckout) omit.push('checkout');
  const groupsText = values.groups.trim();
  return {
    workshopName: values.workshopName,
    format: values.format,
    // NaN, not a default, so an emptied field is reported instead of silently becoming 3.
    groups: groupsText === '' ? Number.NaN : Number(groupsText),
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
