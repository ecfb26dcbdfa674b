/**
 * The peer bench:compare measures against: @neo4j/graphql's type definitions over raadsgraaf's
 * own labels and relationship types (src/ingest/facts.ts), so both servers read the same store.
 * Only what the compared query mix selects is declared. @neo4j/graphql 7 wants every
 * relationship field as a list; a single-valued one of ours (Commitment.madeIn) is a list of at
 * most one here. madeBy is a Person only: the bench data's commitments are all made by persons.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Person @node {
    id: ID!
    name: String!
    surname: String
    municipality: String
    commitments: [Commitment!]! @relationship(type: "COMMITTED", direction: OUT)
    fracties: [Fractie!]! @relationship(type: "MEMBER_OF", direction: OUT)
  }
  type Fractie @node {
    id: ID!
    name: String!
    municipality: String
  }
  type Body @node {
    id: ID!
    name: String!
    kind: String
    municipality: String
  }
  type Commitment @node {
    id: ID!
    text: String!
    kind: String
    status: String
    dueText: String
    dueEarliest: Date
    dueLatest: Date
    date: Date
    confidence: Float
    municipality: String
    madeBy: [Person!]! @relationship(type: "COMMITTED", direction: IN)
    madeIn: [Meeting!]! @relationship(type: "MADE_IN", direction: OUT)
    dossier: [Dossier!]! @relationship(type: "IN_DOSSIER", direction: OUT)
    promisedTo: [Body!]! @relationship(type: "PROMISED_TO", direction: OUT)
  }
  type Meeting @node {
    id: ID!
    title: String
    start: LocalDateTime
    date: Date
    bodyName: String
    municipality: String
    body: [Body!]! @relationship(type: "OF_BODY", direction: OUT)
  }
  type Dossier @node {
    id: ID!
    number: String!
    subject: String
    created: Date
    summary: String
    municipality: String
    documents: [Document!]! @relationship(type: "IN_DOSSIER", direction: IN)
    commitments: [Commitment!]! @relationship(type: "IN_DOSSIER", direction: IN)
    portfolioHolder: [Person!]! @relationship(type: "PORTFOLIO_HOLDER_OF", direction: IN)
  }
  type Document @node {
    id: ID!
    title: String
    kind: String
    position: Int
    municipality: String
  }
`;
