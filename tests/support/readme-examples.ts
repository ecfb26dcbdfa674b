import { DORDRECHT, DOSSIER_1873661, LAMBRECHTS, LOKAAL_PLAN_JEUGD, MEE_VIVENZ, SOJ } from './known-ids.js';

/**
 * The README's examples, one named operation each, for the three kinds of user (DESIGN §1).
 * tests/integration/readme-examples.test.ts runs every one on the seeds and asserts the whole
 * result; tests/bench/readme-examples.ts prints them with their real output into README.md;
 * tests/bench/api-bench.ts times them.
 */
export interface ReadmeExample {
  /** The operation's name, as written in `query`. */
  readonly name: string;
  readonly user: 'analyst' | 'frontend' | 'journalist';
  /** The question the example answers, in the user's words. */
  readonly description: string;
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

export const LAMBRECHTS_COMMITMENTS: ReadmeExample = {
  name: 'LambrechtsCommitments',
  user: 'analyst',
  description: 'All commitments of wethouder Lambrechts, soonest deadline first, with their due window and status.',
  query: /* GraphQL */ `query LambrechtsCommitments($person: ID!) {
  person(id: $person) {
    name
    commitments(orderBy: DUE_ASC) {
      totalCount
      edges {
        node {
          text
          status
          due { text earliest latest }
          madeIn { title }
        }
      }
    }
  }
}`,
  variables: { person: LAMBRECHTS },
};

export const OVERDUE_COMMITMENTS: ReadmeExample = {
  name: 'OverdueCommitments',
  user: 'analyst',
  description: "Which of Dordrecht's commitments are overdue: still open after the last day of their due window.",
  query: /* GraphQL */ `query OverdueCommitments($municipality: String!) {
  commitments(filter: { municipality: $municipality, status: OVERDUE }, orderBy: DUE_ASC) {
    totalCount
    edges {
      node {
        text
        due { text latest }
        madeBy { name }
      }
    }
  }
}`,
  variables: { municipality: DORDRECHT },
};

const MEETINGS_PAGE = /* GraphQL */ `query MeetingsPage($municipality: String!, $after: String) {
  meetings(filter: { municipality: $municipality }, first: 2, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { title start body { name } } }
  }
}`;

export const MEETINGS_FIRST_PAGE: ReadmeExample = {
  name: 'MeetingsPage',
  user: 'frontend',
  description: "A paginated list: Dordrecht's meetings, newest first, two per page, with `pageInfo`.",
  query: MEETINGS_PAGE,
  variables: { municipality: DORDRECHT },
};

/** The cursor the first page ends with; the test checks that the first page gives exactly this. */
export const MEETINGS_FIRST_PAGE_END_CURSOR =
  'WyJ2MSIsInN0YXJ0LWRlc2MiLCIyMDE3LTAzLTE0VDIwOjE1OjAwIiwibWVldGluZzpnbTA1MDU6Y29tbWlzc2llLXNvY2lhbGUtbGVlZm9tZ2V2aW5nLTIwMTctMDMtMTQtMjAtMTUiXQ';

export const MEETINGS_NEXT_PAGE: ReadmeExample = {
  name: 'MeetingsPage',
  user: 'frontend',
  description: 'The next page: the same operation with `after` set to the `endCursor` of the page before.',
  query: MEETINGS_PAGE,
  variables: { municipality: DORDRECHT, after: MEETINGS_FIRST_PAGE_END_CURSOR },
};

export const MEE_TO_LOKAAL_PLAN_JEUGD: ReadmeExample = {
  name: 'MeeAndLokaalPlanJeugd',
  user: 'journalist',
  description: 'How are MEE-Vivenz and the Lokaal plan jeugd connected, with the quote behind every link?',
  query: /* GraphQL */ `query MeeAndLokaalPlanJeugd($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 2) {
    length
    nodes { kind name }
    edges { type evidence { quote source { fileName } } }
  }
}`,
  variables: { from: MEE_VIVENZ, to: LOKAAL_PLAN_JEUGD },
};

export const SOJ_NEIGHBOURHOOD: ReadmeExample = {
  name: 'SojNeighbourhood',
  user: 'journalist',
  description: 'The neighbourhood of the Serviceorganisatie Jeugd (SOJ): everything one fact away, ready to draw, with the quotes.',
  query: /* GraphQL */ `query SojNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1) {
    truncated
    nodes { id kind name }
    edges { type from to evidence { quote } }
  }
}`,
  variables: { id: SOJ },
};

export const DOSSIER_TIMELINE: ReadmeExample = {
  name: 'DossierTimeline',
  user: 'journalist',
  description: 'The timeline of dossier 1873661 (startnotitie Sterke basis in de wijk): what happened when.',
  query: /* GraphQL */ `query DossierTimeline($id: ID!) {
  timeline(id: $id, first: 10) {
    totalCount
    edges { node { date kind title } }
  }
}`,
  variables: { id: DOSSIER_1873661 },
};

/** In README order. */
export const README_EXAMPLES: readonly ReadmeExample[] = [
  LAMBRECHTS_COMMITMENTS,
  OVERDUE_COMMITMENTS,
  MEETINGS_FIRST_PAGE,
  MEETINGS_NEXT_PAGE,
  MEE_TO_LOKAAL_PLAN_JEUGD,
  SOJ_NEIGHBOURHOOD,
  DOSSIER_TIMELINE,
];
