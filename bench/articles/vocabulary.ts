/**
 * Word lists for generated "A vs B" articles: tiers at three levels with the roles, work and
 * skills of each level, the dimensions tiers are compared on (with each level's wording), and
 * the page furniture scraped pages end with. Combined by a seeded generator, never at random.
 */

export type Level = 'top' | 'middle' | 'lower';

export interface TierWords {
  /** Plural or collective, as a heading says it: "Middle Management", "Line Managers". */
  name: string;
  level: Level;
  /** What the tier is, completing "<name> is/are ...". */
  gist: string;
}

export const tiers: readonly TierWords[] = [
  {
    name: 'Senior Leadership',
    level: 'top',
    gist: 'the small group of executives who set the direction of the whole organisation',
  },
  {
    name: 'Top Management',
    level: 'top',
    gist: 'the highest level of management, answerable to the owners for the results of the company',
  },
  {
    name: 'Executive Team',
    level: 'top',
    gist: 'the group of chief officers who run the company day to day on behalf of the board',
  },
  {
    name: 'Board of Directors',
    level: 'top',
    gist: 'the body elected by the shareholders to oversee the company on their behalf',
  },
  {
    name: 'C-Suite',
    level: 'top',
    gist: 'the officers whose titles start with "chief" and who answer for a whole function',
  },
  {
    name: 'Management Board',
    level: 'top',
    gist: 'the formal body of executives that takes the decisions binding the whole company',
  },
  {
    name: 'Executive Committee',
    level: 'top',
    gist: 'the standing committee of senior executives that meets weekly to steer the business',
  },
  {
    name: 'Senior Management',
    level: 'top',
    gist: 'the managers just below the chief officers who answer for a division or a function',
  },
  {
    name: 'Middle Management',
    level: 'middle',
    gist: 'the level between the top and the front line that turns plans into work',
  },
  {
    name: 'Department Heads',
    level: 'middle',
    gist: 'the managers who run one department and answer for its budget and people',
  },
  {
    name: 'Functional Managers',
    level: 'middle',
    gist: 'the managers who lead one specialist function, such as finance or marketing',
  },
  {
    name: 'Regional Managers',
    level: 'middle',
    gist: 'the managers who answer for every site in one region',
  },
  {
    name: 'Project Managers',
    level: 'middle',
    gist: 'the managers who lead a project from its start to its delivery',
  },
  {
    name: 'Program Managers',
    level: 'middle',
    gist: 'the managers who coordinate several related projects towards one goal',
  },
  {
    name: 'Product Managers',
    level: 'middle',
    gist: 'the managers who decide what a product should do and in which order',
  },
  {
    name: 'Staff Managers',
    level: 'middle',
    gist: 'the specialists who advise the line without authority over it',
  },
  {
    name: 'Line Managers',
    level: 'middle',
    gist: 'the managers in the direct chain of command that produces the goods and services',
  },
  {
    name: 'General Managers',
    level: 'middle',
    gist: 'the managers who run a business unit with its own profit and loss',
  },
  {
    name: 'Operations Managers',
    level: 'middle',
    gist: 'the managers who keep the daily operations running smoothly and efficiently',
  },
  { name: 'Branch Managers', level: 'middle', gist: 'the managers in charge of one branch and its staff' },
  {
    name: 'Frontline Management',
    level: 'lower',
    gist: 'the first level of management, working directly with the people who do the work',
  },
  {
    name: 'Lower Management',
    level: 'lower',
    gist: 'the first level of supervision, closest to the workforce',
  },
  {
    name: 'Team Leaders',
    level: 'lower',
    gist: 'the people who lead a small team while often doing some of its work themselves',
  },
  { name: 'Supervisors', level: 'lower', gist: 'the people who oversee the work of a shift or a section' },
  {
    name: 'Shift Managers',
    level: 'lower',
    gist: 'the managers in charge of a site for the length of one shift',
  },
  { name: 'First-Line Managers', level: 'lower', gist: 'the managers to whom the workers report directly' },
  { name: 'Store Managers', level: 'lower', gist: 'the managers who run a single store and its team' },
  {
    name: 'Site Managers',
    level: 'lower',
    gist: 'the managers who are responsible for one site and the work done on it',
  },
];

export const roles: Readonly<Record<Level, readonly string[]>> = {
  top: [
    'the chief executive officer (CEO)',
    'the chief financial officer (CFO)',
    'the chief operating officer (COO)',
    'the chief technology officer (CTO)',
    'the managing director',
    'the chairperson',
    'the chief marketing officer',
    'the general counsel',
    'the chief human resources officer',
    'independent directors',
    'non-executive directors',
    'the president',
    'vice presidents',
  ],
  middle: [
    'department heads',
    'branch managers',
    'division heads',
    'plant managers',
    'regional directors',
    'the HR manager',
    'the finance manager',
    'the quality assurance manager',
    'sales managers',
    'production managers',
    'engineering managers',
    'marketing managers',
    'the legal adviser',
    'area managers',
  ],
  lower: [
    'supervisors',
    'foremen',
    'section officers',
    'team leaders',
    'shift leads',
    'store managers',
    'office managers',
    'crew chiefs',
    'charge hands',
    'line supervisors',
    'head cashiers',
  ],
};

export const responsibilities: Readonly<Record<Level, readonly string[]>> = {
  top: [
    'Setting the long-term objectives and the overall direction of the company',
    'Approving the budget and allocating capital between divisions',
    'Representing the company to investors, regulators and the press',
    'Appointing the heads of departments and reviewing their performance',
    'Deciding on mergers, acquisitions and the entry into new markets',
    'Defining the mission, vision and values of the organisation',
    'Overseeing financial reporting and the external audit',
    'Making sure the company follows the law and manages its risks',
    'Shaping the culture of the organisation',
    'Approving major investments and the sale of assets',
    'Hiring, evaluating and, when needed, replacing the chief executive',
    'Reporting results and risks to the board',
    'Setting the policy on pay and succession for senior roles',
    'Building relationships with key external stakeholders',
  ],
  middle: [
    'Turning the strategy into departmental plans and schedules',
    'Interpreting company policies for the people below them',
    'Coordinating the work of different departments',
    'Reporting the performance of their units to senior management',
    'Allocating resources, staff and budget within the department',
    'Hiring and training the team leaders who report to them',
    'Monitoring progress against targets and correcting course',
    'Handling the escalations their supervisors cannot resolve',
    'Preparing the annual budget of the department',
    'Running the weekly meeting with the heads of teams',
    'Designing processes that make the work more efficient',
    'Advising the line on specialist questions',
    'Approving purchases within their delegated authority',
  ],
  lower: [
    'Assigning jobs and tasks to workers',
    'Maintaining discipline and good working conditions on the floor',
    'Passing the grievances of workers up to middle management',
    'Maintaining the quality of output and limiting the waste of materials',
    'Setting daily targets for the team',
    'Approving leave and overtime',
    'Training new starters on the job',
    'Checking that safety rules are followed on every shift',
    'Keeping records of attendance and output',
    'Solving the small problems that stop the work',
    'Conducting the first stage of any disciplinary matter',
    'Scheduling shifts and covering absences',
  ],
};

export const skills: Readonly<Record<Level, readonly string[]>> = {
  top: [
    'Strategic thinking',
    'Conceptual skills',
    'Financial literacy',
    'Independent judgement',
    'Experience of governance in a comparable company',
    'Negotiation with investors and partners',
    'Public speaking',
    'A deep understanding of the market',
    'Ability to make decisions under uncertainty',
    'Vision and the ability to inspire others',
  ],
  middle: [
    'Human skills',
    'Planning and organising',
    'Budgeting',
    'Clear communication with senior managers and with teams',
    'Conflict resolution',
    'Project management',
    'Ability to build and lead teams',
    'Analytical thinking',
    'Deep specialist knowledge',
    'Ability to influence without authority',
  ],
  lower: [
    'Technical skills',
    'Knowledge of the operation they run',
    'Decisiveness',
    'People leadership',
    'Patience and fairness',
    'Problem solving on the spot',
    'Time management',
    'Coaching new starters',
    'Attention to safety',
  ],
};

export interface DimensionWords {
  name: string;
  /** One sentence introducing the comparison. */
  intro: string;
  /** How a tier of each level stands on it; two wordings each so pairs read differently. */
  byLevel: Readonly<Record<Level, readonly [string, string]>>;
}

export const dimensions: readonly DimensionWords[] = [
  {
    name: 'Time Horizon',
    intro: 'The tiers look at different stretches of the future.',
    byLevel: {
      top: [
        'Plans for five years or more.',
        'Thinks in terms of the next decade and the long-term position of the company.',
      ],
      middle: ['Plans for one to two years.', 'Works to the annual plan and the quarterly targets.'],
      lower: ['Plans for days and weeks.', 'Looks at the current shift, the day and the week ahead.'],
    },
  },
  {
    name: 'Authority',
    intro: 'How far their decisions reach differs a great deal.',
    byLevel: {
      top: ['Holds the final authority for the whole organisation.', 'Can commit the company as a whole.'],
      middle: [
        'Has authority over one department or branch.',
        'Decides within the budget and the policies set above.',
      ],
      lower: [
        'Has limited authority over a team of workers.',
        'Decides how the work is shared within the team.',
      ],
    },
  },
  {
    name: 'Decision-Making',
    intro: 'The decisions each group takes are of different kinds.',
    byLevel: {
      top: [
        'Makes strategic, future-oriented decisions that steer the entire organisation.',
        'Decides on growth, acquisitions and shifts in the business model.',
      ],
      middle: [
        'Makes tactical decisions about resources and schedules.',
        'Decides how the plans of the top are carried out in each unit.',
      ],
      lower: [
        'Makes operational decisions on the spot.',
        'Decides who does which job today and how problems are fixed.',
      ],
    },
  },
  {
    name: 'Primary Focus',
    intro: 'Each group pays attention to different things.',
    byLevel: {
      top: [
        'Focuses on the vision, the strategy and the long-term health of the company.',
        'Looks outward, at markets, investors and competitors.',
      ],
      middle: [
        'Focuses on coordination and on meeting the targets of the unit.',
        'Looks both up and down, linking strategy and execution.',
      ],
      lower: [
        'Focuses on output, quality and the daily work of the team.',
        'Looks at the work in front of the team right now.',
      ],
    },
  },
  {
    name: 'Scope Of Influence',
    intro: 'The reach of their influence is not the same.',
    byLevel: {
      top: [
        'Influences the whole organisation and its relationships with the outside world.',
        'Shapes the public image of the company and its culture.',
      ],
      middle: [
        'Influences one department and its links with the others.',
        'Shapes how a division works and what it delivers.',
      ],
      lower: [
        'Influences a single team or shift.',
        'Shapes the daily experience of the people who do the work.',
      ],
    },
  },
  {
    name: 'Leadership Style',
    intro: 'Their leadership styles differ with their roles.',
    byLevel: {
      top: [
        'Leads through vision and inspiration.',
        'Leads by setting direction and trusting others to follow it.',
      ],
      middle: [
        'Leads by coordinating, coaching and negotiating.',
        'Leads through plans, meetings and follow-up.',
      ],
      lower: [
        'Leads by example, on the floor with the team.',
        'Leads through direct instruction and close support.',
      ],
    },
  },
  {
    name: 'Accountability',
    intro: 'Each answers to someone different.',
    byLevel: {
      top: [
        'Accountable to the shareholders and the public.',
        'Answers to the board and, through it, to the owners.',
      ],
      middle: [
        'Accountable to senior management for the results of the unit.',
        'Answers for the budget and the targets of the department.',
      ],
      lower: [
        'Accountable to middle management for the output of the team.',
        'Answers for the quality and safety of each shift.',
      ],
    },
  },
  {
    name: 'Skills Required',
    intro: 'The skills that matter most change with the level.',
    byLevel: {
      top: ['Conceptual and strategic skills above all.', 'The ability to see the company as a whole.'],
      middle: ['Human and communication skills.', 'The ability to coordinate people across departments.'],
      lower: [
        'Technical skills and knowledge of the work.',
        'The ability to solve practical problems quickly.',
      ],
    },
  },
];

export const columns = [
  'Coffee Break',
  'Business Basics',
  'Governance',
  'Management',
  'Careers',
  'Leadership Lab',
  'Org Design',
] as const;

export const subtitles = [
  'Understanding the Difference',
  'Which One Holds The Real Power?',
  'Who Really Runs the Company?',
  'Key Differences Explained',
  'What Sets Them Apart',
  'Roles, Responsibilities and Skills',
  'A Practical Guide',
  'How They Work Together',
] as const;

export const bylines = [
  'Reading time: 4 minutes',
  'Posted on March 3 by Editorial Team',
  'Share this article',
  'Updated on June 12',
  'By the HR Desk',
] as const;

export const conclusions = ['Conclusion', 'Final Thoughts', 'In Summary', 'The Bottom Line'] as const;

/** The lines a scraped page ends with after the article: widgets, comment forms. */
export const furnitureEndings: readonly (readonly string[])[] = [
  ['Share this article', 'Related Posts', 'Leave a Comment'],
  ['Was this article helpful?', 'Related Posts', 'Leave a Comment'],
  [
    'Click to rate this post!',
    '[Total: 4 Average: 4]',
    'No Responses',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
  ],
  ['Tags: management, leadership, organisation', '3 Comments', 'Leave a Reply Cancel reply'],
  ['Did you find this useful? Rate it!', '★★★★☆ (12 votes)', 'Subscribe to our newsletter'],
];
