/** Words and names the synthetic articles are written with: business prose, so search has real terms. */

export const tierNames = ['Senior leadership', 'Senior management', 'Executive management'];
export const roleNames = [
  'CEO', 'CFO', 'COO', 'CTO', 'Department head', 'Vice president', 'Board member', 'General manager',
  'Chief marketing officer', 'Chief human resources officer', 'Chief information officer', 'Director',
];
export const dimensionNames = [
  'Primary focus', 'Decision making', 'Scope of influence', 'Leadership style', 'Definition', 'Responsibilities',
  'Skills and qualifications',
];

export const verbs = [
  'Review', 'Oversee', 'Approve', 'Plan', 'Coordinate', 'Lead', 'Monitor', 'Set', 'Negotiate', 'Report on',
  'Align', 'Manage', 'Allocate', 'Evaluate', 'Communicate', 'Shape', 'Control', 'Develop', 'Decide on', 'Drive',
];
export const objects = [
  'budgets', 'expenses', 'strategy', 'hiring', 'vendor contracts', 'quarterly targets', 'risk', 'compliance',
  'product roadmap', 'investor relations', 'culture', 'restructuring', 'pricing', 'operations', 'partnerships',
  'capital allocation', 'performance reviews', 'mergers', 'the annual plan', 'customer experience', 'security',
  'succession planning', 'sustainability goals', 'market expansion', 'cost control', 'team structure',
];
export const skillWords = [
  'Strategic planning', 'Financial literacy', 'Negotiation', 'Public speaking', 'Change management', 'Coaching',
  'Data analysis', 'Conflict resolution', 'Stakeholder management', 'Project delivery', 'Budgeting',
  'Risk assessment', 'Hiring', 'Market analysis', 'Systems thinking', 'Written communication',
];
export const fillerWords = [
  'the', 'organisation', 'teams', 'long-term', 'daily', 'results', 'vision', 'growth', 'employees', 'customers',
  'market', 'decisions', 'execution', 'goals', 'priorities', 'resources', 'board', 'policy', 'departments',
  'alignment', 'budget', 'processes', 'accountability', 'innovation', 'reporting', 'quality', 'revenue', 'trust',
  'leaders', 'managers', 'direction', 'change', 'planning', 'clarity', 'metrics', 'culture', 'stakeholders',
];
