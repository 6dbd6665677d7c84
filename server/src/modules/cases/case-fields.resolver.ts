import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../../common/clock.js';
import { Ctx } from '../../common/ctx.decorator.js';
import type { GqlContext } from '../../common/gql-context.js';
import { gridPathNames } from '../../common/loaders.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { deadlineOf } from './case-deadlines.js';
import { AttachmentType, CaseDeadlineType, CaseEventType, CaseLinkType, CaseType } from './cases.types.js';

const REPORTERS = ['ENTERPRISE', 'GRID_HEAD'];

/** The enterprise's view of its timeline: the steps that changed something or told it something, no staff names. */
function publicEvents(events: CaseEventType[]): CaseEventType[] {
  return events
    .filter((e) => e.fromState !== e.toState || e.publicNote !== null)
    .map((e) => ({
      ...e,
      internalNote: null,
      actorName: REPORTERS.includes(e.actorRole) ? e.actorName : null,
    }));
}

/** What a case shows beyond its own columns, batched per request (no N+1); both APIs, each its own view. */
@Resolver(() => CaseType)
export class CaseFieldsResolver {
  constructor(
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => CaseDeadlineType, { nullable: true, description: 'The running step’s deadline' })
  async deadline(@Parent() c: CaseType): Promise<CaseDeadlineType | null> {
    return deadlineOf(c, this.clock.now(), await this.calendar.current());
  }

  @ResolveField(() => [String], {
    description: 'Grid names from the level-1 grid down to the enterprise’s cell',
  })
  gridPath(@Parent() c: CaseType, @Ctx() ctx: GqlContext): Promise<string[]> {
    return gridPathNames(ctx.loaders, c.gridId);
  }

  @ResolveField(() => String, { nullable: true })
  namedDepartmentName(@Parent() c: CaseType, @Ctx() ctx: GqlContext): Promise<string | null> | null {
    return c.namedDepartmentId ? ctx.loaders.departmentName.load(c.namedDepartmentId) : null;
  }

  @ResolveField(() => String, { nullable: true })
  leadDepartmentName(@Parent() c: CaseType, @Ctx() ctx: GqlContext): Promise<string | null> | null {
    return c.leadDepartmentId ? ctx.loaders.departmentName.load(c.leadDepartmentId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'For anonymous tracking; shown to the enterprise and the office only',
  })
  queryCode(@Parent() c: CaseType & { queryCode: string }, @Ctx() ctx: GqlContext): string | null {
    const roles = ctx.viewer?.roles ?? [];
    return ctx.app === 'PORTAL' || roles.includes('OFFICE_STAFF') || roles.includes('OFFICE_LEADER')
      ? c.queryCode
      : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who submitted; never shown to a department for a complaint (whistle-blower protection)',
  })
  submitterName(@Parent() c: CaseType, @Ctx() ctx: GqlContext): Promise<string | null> | null {
    const roles = ctx.viewer?.roles ?? [];
    const office = roles.includes('OFFICE_STAFF') || roles.includes('OFFICE_LEADER');
    if (ctx.app === 'ADMIN' && !office && c.kind === 'COMPLAINT') return null;
    return ctx.loaders.userName.load(c.submitterId);
  }

  @ResolveField(() => CaseLinkType, { nullable: true, description: 'The original of a duplicate' })
  async duplicateOf(@Parent() c: CaseType, @Ctx() ctx: GqlContext): Promise<CaseLinkType | null> {
    return c.duplicateOfId ? ctx.loaders.caseLink.load(c.duplicateOfId) : null;
  }

  @ResolveField(() => [AttachmentType])
  attachments(@Parent() c: CaseType, @Ctx() ctx: GqlContext): Promise<AttachmentType[]> {
    return ctx.loaders.caseAttachments.load(c.id);
  }

  @ResolveField(() => [CaseEventType], {
    description:
      'Oldest first. The portal shows the public steps only, without internal notes or staff names',
  })
  async timeline(@Parent() c: CaseType, @Ctx() ctx: GqlContext): Promise<CaseEventType[]> {
    const [events, attachments] = await Promise.all([
      ctx.loaders.caseTimeline.load(c.id),
      ctx.loaders.caseAttachments.load(c.id),
    ]);
    const withFiles = events.map((e) => ({
      ...e,
      attachments: attachments.filter((a) => a.eventId === e.id),
    }));
    return ctx.app === 'PORTAL' ? publicEvents(withFiles) : withFiles;
  }
}
