import { graphql } from '@/gql';
import type { ServicePointsQuery } from '@/gql/graphql';
import { request } from './client';

/** A 便民服务中心 or 便民服务站 as the public list shows it. */
export type ServicePoint = ServicePointsQuery['servicePoints'][number];

const ServicePointsDocument = graphql(`
  query ServicePoints($keyword: String) {
    servicePoints(keyword: $keyword) {
      id
      kind
      name
      address
      phone
      openingHours
      services
      gridPath
    }
  }
`);

/** The active service points, narrowed to those matching `keyword` (name, address, service or grid). */
export async function fetchServicePoints(keyword = ''): Promise<ServicePoint[]> {
  return (await request(ServicePointsDocument, { keyword: keyword.trim() || null })).servicePoints;
}
