import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { CASE_COUNT_CAP } from './case-query.js';
import { CasePage } from './cases.types.js';

/**
 * The total of a case list, on both APIs. Resolved on demand: a query that does not ask for it
 * (the infinite scroll's later pages) runs no count at all.
 */
@Resolver(() => CasePage)
export class CasePageResolver {
  @ResolveField(() => Int, {
    description: `Cases in the whole filtered list (all pages), at most ${CASE_COUNT_CAP}; see totalCountCapped`,
  })
  async totalCount(page: CasePage): Promise<number> {
    return Math.min(await page.count(), CASE_COUNT_CAP);
  }

  @ResolveField(() => Boolean, {
    description: `Whether the list holds more than totalCount (${CASE_COUNT_CAP}) cases`,
  })
  async totalCountCapped(page: CasePage): Promise<boolean> {
    return (await page.count()) > CASE_COUNT_CAP;
  }
}
