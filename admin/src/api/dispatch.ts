import { graphql } from '@/gql';
import type { DispatchMatterInput, TimeLimitsInput, TimeLimitsKey } from '@/gql/graphql';
import { request } from './client';

graphql(`
  fragment DispatchMatterFields on DispatchMatter {
    id
    category
    name
    description
    keywords
    lead {
      id
      name
      shortName
      active
    }
    co {
      id
      name
      shortName
      active
    }
    version
    updatedAt
  }
`);

graphql(`
  fragment TimeLimitsFields on TimeLimits {
    category
    priority
    sign
    firstContact
    reply
    replyComplex
    review
    custom
    version
  }
`);

const DispatchMattersQuery = graphql(`
  query DispatchMatters($category: String) {
    dispatchMatters(category: $category) {
      ...DispatchMatterFields
    }
  }
`);

const CreateDispatchMatterMutation = graphql(`
  mutation CreateDispatchMatter($input: DispatchMatterInput!) {
    createDispatchMatter(input: $input) {
      ...DispatchMatterFields
    }
  }
`);

const UpdateDispatchMatterMutation = graphql(`
  mutation UpdateDispatchMatter($id: ID!, $input: DispatchMatterInput!, $version: Int!) {
    updateDispatchMatter(id: $id, input: $input, version: $version) {
      ...DispatchMatterFields
    }
  }
`);

const RemoveDispatchMatterMutation = graphql(`
  mutation RemoveDispatchMatter($id: ID!, $version: Int!) {
    removeDispatchMatter(id: $id, version: $version)
  }
`);

const SuggestionShareQuery = graphql(`
  query SuggestionShare($from: DateTime!, $to: DateTime!) {
    assignmentSuggestionShare(from: $from, to: $to) {
      assignments
      suggested
      tookFirst
      share
    }
  }
`);

const TimeLimitsQuery = graphql(`
  query TimeLimits {
    timeLimits {
      ...TimeLimitsFields
    }
  }
`);

const SaveTimeLimitsMutation = graphql(`
  mutation SaveTimeLimits($key: TimeLimitsKey!, $input: TimeLimitsInput!, $version: Int!) {
    saveTimeLimits(key: $key, input: $input, version: $version) {
      ...TimeLimitsFields
    }
  }
`);

const ResetTimeLimitsMutation = graphql(`
  mutation ResetTimeLimits($key: TimeLimitsKey!, $version: Int!) {
    resetTimeLimits(key: $key, version: $version) {
      ...TimeLimitsFields
    }
  }
`);

export async function fetchDispatchMatters(category: string | null = null) {
  return (await request(DispatchMattersQuery, { category })).dispatchMatters;
}

export async function createDispatchMatter(input: DispatchMatterInput) {
  return (await request(CreateDispatchMatterMutation, { input })).createDispatchMatter;
}

export async function updateDispatchMatter(id: string, input: DispatchMatterInput, version: number) {
  return (await request(UpdateDispatchMatterMutation, { id, input, version })).updateDispatchMatter;
}

export async function removeDispatchMatter(id: string, version: number) {
  return (await request(RemoveDispatchMatterMutation, { id, version })).removeDispatchMatter;
}

export async function fetchSuggestionShare(from: Date, to: Date) {
  return (await request(SuggestionShareQuery, { from: from.toISOString(), to: to.toISOString() }))
    .assignmentSuggestionShare;
}

export async function fetchTimeLimits() {
  return (await request(TimeLimitsQuery)).timeLimits;
}

export async function saveTimeLimits(key: TimeLimitsKey, input: TimeLimitsInput, version: number) {
  return (await request(SaveTimeLimitsMutation, { key, input, version })).saveTimeLimits;
}

export async function resetTimeLimits(key: TimeLimitsKey, version: number) {
  return (await request(ResetTimeLimitsMutation, { key, version })).resetTimeLimits;
}
