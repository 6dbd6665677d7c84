import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, PUBLIC } from '../../common/allow.decorator.js';
import { PublicNoticePage, PublicNoticeType } from './accountability.types.js';
import { NoticesService } from './notices.service.js';

/** Portal API: the public notices 通报, for anyone, signed in or not. */
@Resolver()
export class NoticesPortalResolver {
  constructor(private readonly notices: NoticesService) {}

  @Query(() => PublicNoticePage, { description: 'Published notices, newest first; withdrawn ones are gone' })
  @Allow(PUBLIC)
  publicNotices(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PublicNoticePage> {
    return this.notices.publicList(first, after ?? null);
  }

  @Query(() => PublicNoticeType, { description: 'One published notice; NOT_FOUND once withdrawn' })
  @Allow(PUBLIC)
  publicNotice(@Args('id', { type: () => ID }) id: string): Promise<PublicNoticeType> {
    return this.notices.publicOne(id);
  }
}
