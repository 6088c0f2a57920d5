import { describe, expect, test } from 'vitest';
import { isDataProduct, parseDataProductFields } from '../../src/core/map/parseDataProduct';
import { DATA_PRODUCT_TEMPLATE_LINES } from '../../src/core/workshop/templates';

describe('parseDataProductFields', () => {
  test('reads the documented format', () => {
    const fields = parseDataProductFields(
      'Customer 360\nJob: one view of each customer for churn work\nSources: CRM, Orders\nConsumers: Churn forecast, Marketing\nOwner: Sales domain',
    );
    expect(fields).toEqual({
      name: 'Customer 360',
      job: 'one view of each customer for churn work',
      sources: ['CRM', 'Orders'],
      consumers: ['Churn forecast', 'Marketing'],
      owner: 'Sales domain',
      useCase: '',
    });
    expect(isDataProduct(fields)).toBe(true);
  });

  test('reads the use case the product serves, under any of its labels', () => {
    expect(parseDataProductFields('Customer 360\nJob: one view\nUse case: churn prediction').useCase).toBe('churn prediction');
    expect(parseDataProductFields('Customer 360\nuse cases:\n  churn prediction\nOwner: Sales').useCase).toBe('churn prediction');
    expect(parseDataProductFields('Customer 360\nUSECASE: self-service reporting').useCase).toBe('self-service reporting');
    expect(parseDataProductFields('Customer 360\nJob: one view').useCase).toBe('');
  });

  test('labels are case-insensitive, singular or plural, and values split on commas, semicolons and lines', () => {
    const fields = parseDataProductFields('Orders\nSOURCE: ERP; Web shop\n  POS\n- Returns desk\nconsumer:Finance,\n\nCustomer 360');
    expect(fields.sources).toEqual(['ERP', 'Web shop', 'POS', 'Returns desk']);
    expect(fields.consumers).toEqual(['Finance', 'Customer 360']);
  });

  test('a multi-line job and owner are joined; repeated names are kept once', () => {
    const fields = parseDataProductFields('Stock\nJob: know what is\nin every shop\nSources: ERP, erp., E.R.P\nOwner: Supply\nchain');
    expect(fields.job).toBe('know what is in every shop');
    expect(fields.owner).toBe('Supply chain');
    expect(fields.sources).toEqual(['ERP', 'E.R.P']);
  });

  test('a Name: line names the product even when it is not the first line', () => {
    expect(parseDataProductFields('Job: forecast demand\nName: Demand forecast\nSources: Orders').name).toBe('Demand forecast');
    expect(parseDataProductFields('Job: forecast demand\nSources: Orders').name).toBe('');
  });

  test('an unknown label ends the field before it; the first line may contain a colon', () => {
    const fields = parseDataProductFields('Orders: v2\nSources: ERP\nSLO: 99.9%\nfresh daily\nConsumers: Finance');
    expect(fields.name).toBe('Orders: v2');
    expect(fields.sources).toEqual(['ERP']);
    expect(fields.consumers).toEqual(['Finance']);
  });

  test('the unfilled template and a bare name are not data products', () => {
    const template = parseDataProductFields(DATA_PRODUCT_TEMPLATE_LINES.join('\n'));
    expect(template).toMatchObject({ name: 'Data product name', job: '', sources: [], consumers: [], owner: '' });
    expect(isDataProduct(template)).toBe(false);
    expect(isDataProduct(parseDataProductFields('Payments'))).toBe(false);
    expect(isDataProduct(parseDataProductFields('Payments\nOwner: Finance'))).toBe(false);
    expect(isDataProduct(parseDataProductFields('Payments\nConsumers: Finance'))).toBe(true);
    expect(isDataProduct(parseDataProductFields(''))).toBe(false);
  });

  test('markup is plain text here: it is kept as written', () => {
    const fields = parseDataProductFields('<script>alert(1)</script>\nSources: <b>CRM</b>');
    expect(fields.name).toBe('<script>alert(1)</script>');
    expect(fields.sources).toEqual(['<b>CRM</b>']);
  });
});
