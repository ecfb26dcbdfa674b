/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which commitments a list returns. Every condition given must hold. */
export type CommitmentFilter = {
  /** Concerning this entity (any id: an organisation, a policy, a document ...). */
  concerns?: string | number | null | undefined;
  /** In this dossier (dossier id). */
  dossier?: string | number | null | undefined;
  /** Due from this date: the due window starts on or after it. Commitments without a due date are left out. */
  dueAfter?: string | null | undefined;
  /** Due by this date: the due window ends on or before it. Commitments without a due date are left out. */
  dueBefore?: string | null | undefined;
  /** Made by this actor (person, fractie, organisation or body id). */
  madeBy?: string | number | null | undefined;
  /** Made in this meeting (meeting id). */
  meeting?: string | number | null | undefined;
  /**
   * Scored at least this by the extractor (0 to 1; outside that range is BAD_USER_INPUT).
   * Commitments ingested before confidence scoring have no score and are left out.
   */
  minConfidence?: number | null | undefined;
  /** Of this municipality (CBS code, e.g. GM0505). */
  municipality?: string | null | undefined;
  /** About this policy: concerning it, or in a dossier that implements it (policy id). */
  policy?: string | number | null | undefined;
  /** With this status; OVERDUE selects open commitments past their due window, OPEN the open ones that are not. */
  status?: CommitmentStatus | null | undefined;
  /** Whose text contains this, ignoring case. */
  text?: string | null | undefined;
};

/** How firmly a commitment was made. */
export type CommitmentKind =
  /** An explicit toezegging: `de wethouder zegt toe ...`. */
  | 'EXPLICIT'
  /** A commitment reported by someone else (e.g. in minutes: `het college heeft toegezegd ...`). */
  | 'REPORTED'
  /** A softer promise: `we komen erop terug`, `we gaan kijken naar ...`. */
  | 'SOFT';

/**
 * The order of a commitment list. Commitments without the date sort after those with one; ties go
 * by id.
 */
export type CommitmentOrder =
  /** Most recently made first. */
  | 'DATE_DESC'
  /** Soonest deadline (last day of the due window) first. */
  | 'DUE_ASC'
  /** Latest deadline first. */
  | 'DUE_DESC';

/**
 * Where a commitment stands. OPEN, FULFILLED and WITHDRAWN are stored (from the documents, or set by
 * an editor); OVERDUE is derived: stored OPEN with a due window that ended before today.
 */
export type CommitmentStatus =
  /** Kept. */
  | 'FULFILLED'
  /** Not yet kept, and not (yet) late. */
  | 'OPEN'
  /** Open, and the last day of its due window has passed. Derived; cannot be set. */
  | 'OVERDUE'
  /** Taken back or no longer relevant. */
  | 'WITHDRAWN';

/** The kinds of entity in the graph: one value per node label (Source and Passage are evidence, not entities). */
export type NodeKind =
  /** An agreement: subsidy, contract, funding. */
  | 'AGREEMENT'
  /** A body: council, committee, college of B&W. */
  | 'BODY'
  /** A commitment (toezegging). */
  | 'COMMITMENT'
  /** A decision taken in a meeting. */
  | 'DECISION'
  /** A document listed in a dossier or cited in a text. */
  | 'DOCUMENT'
  /** A council dossier. */
  | 'DOSSIER'
  /** A party group in the council (fractie). */
  | 'FRACTIE'
  /** A meeting of a body. */
  | 'MEETING'
  /** A municipality (gemeente). */
  | 'MUNICIPALITY'
  /** An organisation: care provider, foundation, team, professional group. */
  | 'ORGANISATION'
  /** A person: wethouder, official, council member, director. */
  | 'PERSON'
  /** A policy: plan, note, coalition agreement. */
  | 'POLICY'
  /** A question, request, proposal or vote statement. */
  | 'REQUEST'
  /** A topic: pillar, programme, topic-list entry. */
  | 'TOPIC';

/** What kind of thing was raised. */
export type RequestKind =
  /** An amendment. */
  | 'AMENDMENT'
  /** A motion. */
  | 'MOTION'
  /** A proposal. */
  | 'PROPOSAL'
  /** A question to the college or a wethouder. */
  | 'QUESTION'
  /** A request for information or action. */
  | 'REQUEST'
  /** A vote statement (stemverklaring). */
  | 'VOTE_STATEMENT';

/** What kind of moment a timeline event is. */
export type TimelineEventKind =
  /** An agreement's period ends. */
  | 'AGREEMENT_END'
  /** An agreement's period starts. */
  | 'AGREEMENT_START'
  /** A commitment falls due (the latest date of its due window). */
  | 'COMMITMENT_DUE'
  /** A commitment was made. */
  | 'COMMITMENT_MADE'
  /** A decision was taken. */
  | 'DECISION'
  /** A document is dated. */
  | 'DOCUMENT'
  /** A dossier was created. */
  | 'DOSSIER_CREATED'
  /** A meeting of a body took place. */
  | 'MEETING'
  /** A policy was adopted (the earliest date of its adoption window). */
  | 'POLICY_ADOPTED'
  /** A question, request, proposal or vote statement was made. */
  | 'REQUEST';

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  types?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: { totalCount: number, edges: Array<{ node: { snippet: string, matchedIn: string, entity: { id: string, kind: NodeKind, name: string } } }> } };

export type ExplorerEntityQueryVariables = Exact<{
  id: string | number;
  depth: number;
}>;


export type ExplorerEntityQuery = { node:
    | { __typename: 'Agreement', description: string | null, municipality: string, id: string, agreementKind: string, period: { text: string | null, from: string | null, to: string | null } | null, amount: { value: number, currency: string, per: string | null, approximate: boolean } | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Body', name: string, municipality: string, id: string, bodyKind: string | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Commitment', text: string, status: CommitmentStatus, date: string | null, municipality: string, id: string, commitmentKind: CommitmentKind, due: { text: string | null, earliest: string | null, latest: string | null } | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Decision', text: string, outcome: string | null, date: string | null, municipality: string, id: string, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Document', title: string | null, date: string | null, municipality: string, id: string, docKind: string, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Dossier', number: string, subject: string | null, created: string | null, caseType: string | null, caseNumber: string | null, bwDecisionDate: string | null, pillar: string | null, programme: string | null, summary: string | null, problems: Array<string>, municipality: string, id: string, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Fractie', name: string, abbreviation: string | null, municipality: string, id: string, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Meeting', start: string | null, date: string | null, municipality: string, id: string, meetingTitle: string, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Municipality', name: string, cbsCode: string, id: string }
    | { __typename: 'Organisation', name: string, aliases: Array<string>, municipality: string, id: string, orgKind: string | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Person', name: string, givenName: string | null, surname: string | null, initials: string | null, phone: string | null, email: string | null, municipality: string, id: string, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Policy', name: string, aims: Array<string>, municipality: string, id: string, policyKind: string | null, adopted: { text: string | null, earliest: string | null, latest: string | null } | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Request', text: string, date: string | null, municipality: string, id: string, requestKind: RequestKind, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }
    | { __typename: 'Topic', name: string, code: string | null, municipality: string, id: string, topicKind: string | null }
   | null, neighbourhood: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, name: string }>, edges: Array<{ id: string, type: string, from: string, to: string, role: string | null, kind: string | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }> } | null, timeline: { totalCount: number, edges: Array<{ node: { date: string, kind: TimelineEventKind, title: string, entity: { id: string, kind: NodeKind, name: string } } }> } };

export type EvidenceFragment = { quote: string, start: number, end: number, source: { id: string, fileName: string } };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, kind: NodeKind, name: string }>, edges: Array<{ id: string, type: string, from: string, to: string, role: string | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> }> }> };

export type ExplorerEntityNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityNameQuery = { neighbourhood: { nodes: Array<{ id: string, kind: NodeKind, name: string }> } | null };

export type ExplorerCommitmentsQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
  orderBy?: CommitmentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerCommitmentsQuery = { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, status: CommitmentStatus, date: string | null, municipality: string, due: { text: string | null, earliest: string | null, latest: string | null } | null, madeBy:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, madeIn: { id: string, title: string } | null, dossier: { id: string, number: string } | null, evidence: Array<{ quote: string, start: number, end: number, source: { id: string, fileName: string } }> } }> } };

export type ExplorerSourceQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerSourceQuery = { source: { id: string, fileName: string, url: string | null, publishedAt: string | null, title: string | null, text: string | null, textLength: number, municipality: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvidenceFragmentDoc = new TypedDocumentString(`
    fragment Evidence on Passage {
  quote
  start
  end
  source {
    id
    fileName
  }
}
    `, {"fragmentName":"Evidence"}) as unknown as TypedDocumentString<EvidenceFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $types: [NodeKind!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    totalCount
    edges {
      node {
        entity {
          id
          kind
          name
        }
        snippet
        matchedIn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($id: ID!, $depth: Int!) {
  node(id: $id) {
    __typename
    id
    ... on Person {
      name
      givenName
      surname
      initials
      phone
      email
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Fractie {
      name
      abbreviation
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Organisation {
      name
      aliases
      orgKind: kind
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Body {
      name
      bodyKind: kind
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Municipality {
      name
      cbsCode
    }
    ... on Dossier {
      number
      subject
      created
      caseType
      caseNumber
      bwDecisionDate
      pillar
      programme
      summary
      problems
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Document {
      title
      docKind: kind
      date
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Meeting {
      meetingTitle: title
      start
      date
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Decision {
      text
      outcome
      date
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Commitment {
      text
      commitmentKind: kind
      status
      due {
        text
        earliest
        latest
      }
      date
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Request {
      text
      requestKind: kind
      date
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Policy {
      name
      policyKind: kind
      adopted {
        text
        earliest
        latest
      }
      aims
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Agreement {
      description
      agreementKind: kind
      period {
        text
        from
        to
      }
      amount {
        value
        currency
        per
        approximate
      }
      municipality
      evidence {
        ...Evidence
      }
    }
    ... on Topic {
      name
      code
      topicKind: kind
      municipality
    }
  }
  neighbourhood(id: $id, depth: $depth, limit: 120) {
    truncated
    nodes {
      id
      kind
      name
    }
    edges {
      id
      type
      from
      to
      role
      kind
      evidence {
        ...Evidence
      }
    }
  }
  timeline(id: $id, first: 50) {
    totalCount
    edges {
      node {
        date
        kind
        title
        entity {
          id
          kind
          name
        }
      }
    }
  }
}
    fragment Evidence on Passage {
  quote
  start
  end
  source {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {
    length
    nodes {
      id
      kind
      name
    }
    edges {
      id
      type
      from
      to
      role
      evidence {
        ...Evidence
      }
    }
  }
}
    fragment Evidence on Passage {
  quote
  start
  end
  source {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerEntityNameDocument = new TypedDocumentString(`
    query ExplorerEntityName($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 1) {
    nodes {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerEntityNameQuery, ExplorerEntityNameQueryVariables>;
export const ExplorerCommitmentsDocument = new TypedDocumentString(`
    query ExplorerCommitments($filter: CommitmentFilter, $orderBy: CommitmentOrder, $first: Int, $after: String) {
  commitments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        text
        status
        date
        municipality
        due {
          text
          earliest
          latest
        }
        madeBy {
          id
          name
        }
        madeIn {
          id
          title
        }
        dossier {
          id
          number
        }
        evidence {
          ...Evidence
        }
      }
    }
  }
}
    fragment Evidence on Passage {
  quote
  start
  end
  source {
    id
    fileName
  }
}`) as unknown as TypedDocumentString<ExplorerCommitmentsQuery, ExplorerCommitmentsQueryVariables>;
export const ExplorerSourceDocument = new TypedDocumentString(`
    query ExplorerSource($id: ID!) {
  source(id: $id) {
    id
    fileName
    url
    publishedAt
    title
    text
    textLength
    municipality
  }
}
    `) as unknown as TypedDocumentString<ExplorerSourceQuery, ExplorerSourceQueryVariables>;