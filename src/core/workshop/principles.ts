/** The four Data Mesh principles, in the order they are usually taught. */
export const PRINCIPLE_IDS = ['domainOwnership', 'dataAsProduct', 'selfServePlatform', 'federatedGovernance'] as const;

export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export type Principle = {
  readonly id: PrincipleId;
  readonly title: string;
  /** One line in plain language, shown above the principle's challenge area. */
  readonly explanation: string;
};

/** The principles with a one-line explanation each (our wording). */
export const PRINCIPLES: readonly Principle[] = [
  {
    id: 'domainOwnership',
    title: 'Domain ownership',
    explanation:
      'The business domains that know the data best own it and share it, rather than handing it to a central data team.',
  },
  {
    id: 'dataAsProduct',
    title: 'Data as a product',
    explanation:
      'Analytical data is served with the care of a product: easy to find, to trust and to use for the people who consume it.',
  },
  {
    id: 'selfServePlatform',
    title: 'Self-serve data platform',
    explanation:
      'A shared platform takes the heavy lifting away, so domain teams can build, run and share data products on their own.',
  },
  {
    id: 'federatedGovernance',
    title: 'Federated computational governance',
    explanation:
      'Domains and the platform agree on global rules together, and the platform applies them automatically in every data product.',
  },
];
