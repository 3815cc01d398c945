/**
 * The words a sector puts into the plan's text, as i18next variables:
 * "de {{client}}", "elke {{staff}}", "{{staffPlural, capitalize}} doen ...".
 */
export const TERMS = ['client', 'clients', 'staff', 'staffPlural', 'workplace'] as const;
