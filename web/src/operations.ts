import { graphql } from './gql/index.js';

/**
 * Every operation the explorer sends. GraphQL Code Generator's client preset reads this file and
 * writes web/src/gql/: each `graphql(...)` call returns a typed document, so a query's result and
 * variables are typed from the schema (npm run codegen).
 */

export const SearchDocument = graphql(`
  query ExplorerSearch($query: String!, $types: [NodeKind!], $first: Int) {
    search(query: $query, types: $types, first: $first) {
      totalCount
      edges {
        node {
          entity { id kind name }
          snippet
          matchedIn
        }
      }
    }
  }
`);

export const EntityPageDocument = graphql(`
  query ExplorerEntity($id: ID!, $depth: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Person { name givenName surname initials phone email municipality evidence { ...Evidence } }
      ... on Fractie { name abbreviation municipality evidence { ...Evidence } }
      ... on Organisation { name aliases orgKind: kind municipality evidence { ...Evidence } }
      ... on Body { name bodyKind: kind municipality evidence { ...Evidence } }
      ... on Municipality { name cbsCode }
      ... on Dossier { number subject created caseType caseNumber bwDecisionDate pillar programme summary problems municipality evidence { ...Evidence } }
      ... on Document { title docKind: kind date municipality evidence { ...Evidence } }
      ... on Meeting { meetingTitle: title start date municipality evidence { ...Evidence } }
      ... on Decision { text outcome date municipality evidence { ...Evidence } }
      ... on Commitment { text commitmentKind: kind status due { text earliest latest } date municipality evidence { ...Evidence } }
      ... on Request { text requestKind: kind date municipality evidence { ...Evidence } }
      ... on Policy { name policyKind: kind adopted { text earliest latest } aims municipality evidence { ...Evidence } }
      ... on Agreement { description agreementKind: kind period { text from to } amount { value currency per approximate } municipality evidence { ...Evidence } }
      ... on Topic { name code topicKind: kind municipality }
    }
    neighbourhood(id: $id, depth: $depth, limit: 120) {
      truncated
      nodes { id kind name }
      edges { id type from to role kind evidence { ...Evidence } }
    }
    timeline(id: $id, first: 50) {
      totalCount
      edges { node { date kind title entity { id kind name } } }
    }
  }

  fragment Evidence on Passage {
    quote
    start
    end
    source { id fileName }
  }
`);

export const PathsDocument = graphql(`
  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {
      length
      nodes { id kind name }
      edges { id type from to role evidence { ...Evidence } }
    }
  }
`);

export const EntityNamesDocument = graphql(`
  query ExplorerEntityName($id: ID!) {
    neighbourhood(id: $id, depth: 1, limit: 1) {
      nodes { id kind name }
    }
  }
`);

export const CommitmentsDocument = graphql(`
  query ExplorerCommitments($filter: CommitmentFilter, $orderBy: CommitmentOrder, $first: Int, $after: String) {
    commitments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          text
          status
          date
          municipality
          due { text earliest latest }
          madeBy { id name }
          madeIn { id title }
          dossier { id number }
          evidence { ...Evidence }
        }
      }
    }
  }
`);

export const SourceDocument = graphql(`
  query ExplorerSource($id: ID!) {
    source(id: $id) { id fileName url publishedAt title text textLength municipality }
  }
`);
